package dupes

import (
	"cmp"
	"slices"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
)

// ParallelFamily is one family that received aid from more than one
// center in a period: its files (linked, or paired "likely" or above; a
// single file when other centers gave to it directly) and what each
// center gave.
type ParallelFamily struct {
	Files   []domain.ID // ascending
	Centers []CenterAid // by center
	Total   int64       // Rial, all centers
	Linked  bool        // every file joined by a reviewer's link, not only by the engine
}

// CenterAid is what one center gave a family in the period.
type CenterAid struct {
	Center      domain.CenterID
	Count       int
	Amount      int64 // Rial
	First, Last fa.Date
}

// families joins files into families: union-find over active links and
// the scan's pairs at "likely" or above not decided "different".
type families struct {
	parent map[domain.ID]domain.ID
	engine map[domain.ID]bool // roots of families joined by the engine somewhere
}

func (fs *families) find(x domain.ID) domain.ID {
	for {
		p, ok := fs.parent[x]
		if !ok || p == x {
			return x
		}
		g := fs.parent[p]
		fs.parent[x] = g // path halving
		x = g
	}
}

func (fs *families) union(a, b domain.ID, byEngine bool) {
	ra, rb := fs.find(a), fs.find(b)
	if _, ok := fs.parent[ra]; !ok {
		fs.parent[ra] = ra
	}
	if _, ok := fs.parent[rb]; !ok {
		fs.parent[rb] = rb
	}
	e := byEngine || fs.engine[ra] || fs.engine[rb]
	if ra != rb {
		fs.parent[rb] = ra
	}
	delete(fs.engine, rb)
	if e {
		fs.engine[ra] = true
	}
}

// ParallelAid lists the families that received aid from more than one
// center between from and to (inclusive), largest total first: the report
// the coordination center exists to produce. Coordinators see every
// family; a supervisor those their own center gave to or owns a file of.
func (s *Service) ParallelAid(a store.Actor, from, to fa.Date) ([]ParallelFamily, error) {
	u := a.User
	all := domain.Can(u, domain.ActReportView, domain.Target{Center: probe(u)})
	if !all && !domain.Can(u, domain.ActReportView, domain.Target{Center: u.Center}) {
		return nil, store.ErrDenied
	}
	fs := &families{parent: map[domain.ID]domain.ID{}, engine: map[domain.ID]bool{}}
	links, err := s.st.Links()
	if err != nil {
		return nil, err
	}
	for _, l := range links {
		if l.Active() {
			fs.union(l.A, l.B, false)
		}
	}
	pairs, err := s.Queue(store.SystemActor(), QueueFilter{MinBand: match.BandLikely})
	if err != nil {
		return nil, err
	}
	for _, p := range pairs {
		fs.union(p.A, p.B, true)
	}
	aid, err := s.st.AidBetween(store.SystemActor(), from, to)
	if err != nil {
		return nil, err
	}
	byFamily := map[domain.ID]map[domain.CenterID]*CenterAid{}
	for _, x := range aid {
		r := fs.find(x.File) // a file with no duplicate is a family of one
		m := byFamily[r]
		if m == nil {
			m = map[domain.CenterID]*CenterAid{}
			byFamily[r] = m
		}
		c := m[x.Center]
		if c == nil {
			c = &CenterAid{Center: x.Center, First: x.Date, Last: x.Date}
			m[x.Center] = c
		}
		c.Count++
		c.Amount += x.Amount
		if x.Date.Before(c.First) {
			c.First = x.Date
		}
		if c.Last.Before(x.Date) {
			c.Last = x.Date
		}
	}
	members := map[domain.ID][]domain.ID{}
	for id := range fs.parent {
		if r := fs.find(id); len(byFamily[r]) > 1 {
			members[r] = append(members[r], id)
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []ParallelFamily
	for r, m := range byFamily {
		if len(m) < 2 {
			continue
		}
		pf := ParallelFamily{Files: members[r], Linked: !fs.engine[r]}
		if len(pf.Files) == 0 {
			pf.Files = []domain.ID{r}
		}
		slices.Sort(pf.Files)
		mine := all
		for _, c := range m {
			pf.Centers = append(pf.Centers, *c)
			pf.Total += c.Amount
			mine = mine || c.Center == u.Center
		}
		for _, f := range pf.Files {
			mine = mine || s.centerOf(f) == u.Center
		}
		if !mine {
			continue
		}
		slices.SortFunc(pf.Centers, func(x, y CenterAid) int { return cmp.Compare(x.Center, y.Center) })
		out = append(out, pf)
	}
	slices.SortFunc(out, func(x, y ParallelFamily) int {
		if c := cmp.Compare(y.Total, x.Total); c != 0 {
			return c
		}
		return cmp.Compare(x.Files[0], y.Files[0])
	})
	return out, nil
}
