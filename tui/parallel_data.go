package tui

import (
	"slices"
	"strconv"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/store/exchange"
)

// The parallel-aid report's data, shared by its screen and by
// `parvande report parallel`: the duplicate service's families with what
// the reader may see of each file.

// parallelFamily is one family of the report, ready to show.
type parallelFamily struct {
	dupes.ParallelFamily
	name  string // the head's name on the first file's card
	files []parallelFile
}

// parallelFile is one of a family's files: its number only when the
// reader may open it, else the match card's center alone.
type parallelFile struct {
	id     domain.ID
	center domain.CenterID
	number string
	card   bool
}

// ParallelPeriod is the report's default period: this Solar Hijri month
// and the two before it, through today.
func ParallelPeriod(today fa.Date) (from, to fa.Date) {
	y, m := today.Year, today.Month-2
	if m < 1 {
		y, m = y-1, m+12
	}
	return fa.Date{Year: y, Month: m, Day: 1}, today
}

// loadParallel runs the report and names each file from its match card
// (MatchCard, not File: naming a file in a list is not a look at it, and
// a coordinator's report must not write an audited view per family). The
// number is shown where the user may open the file.
func loadParallel(svc *dupes.Service, st *store.Store, a store.Actor, from, to fa.Date) ([]parallelFamily, error) {
	if err := svc.LoadErr(); err != nil {
		return nil, err
	}
	fams, err := svc.ParallelAid(a, from, to)
	if err != nil {
		return nil, err
	}
	var ids []domain.ID
	for _, f := range fams {
		ids = append(ids, f.Files...)
	}
	numbers, err := st.FileNumbers(ids)
	if err != nil {
		return nil, err
	}
	out := make([]parallelFamily, 0, len(fams))
	for _, f := range fams {
		pf := parallelFamily{ParallelFamily: f}
		for _, id := range f.Files {
			c, err := st.MatchCard(a, id)
			if err != nil {
				return nil, err
			}
			if pf.name == "" {
				pf.name = domain.Person{FirstName: c.FirstName, LastName: c.LastName}.FullName()
			}
			x := parallelFile{id: id, center: c.Center, card: true}
			if domain.Can(a.User, domain.ActFileView, domain.Target{Center: c.Center}) {
				x.number, x.card = numbers[id], false
			}
			pf.files = append(pf.files, x)
		}
		out = append(out, pf)
	}
	return out, nil
}

// involves reports whether center c owns one of the family's files or
// gave it aid in the period; c 0 is every center.
func (f *parallelFamily) involves(c domain.CenterID) bool {
	if c == 0 {
		return true
	}
	for _, x := range f.files {
		if x.center == c {
			return true
		}
	}
	return slices.ContainsFunc(f.Centers, func(a dupes.CenterAid) bool { return a.Center == c })
}

// filterParallel keeps the families center c is involved in.
func filterParallel(fams []parallelFamily, c domain.CenterID) []parallelFamily {
	if c == 0 {
		return fams
	}
	var out []parallelFamily
	for i := range fams {
		if fams[i].involves(c) {
			out = append(out, fams[i])
		}
	}
	return out
}

// sheetOf turns the report into the rows exchange writes, centers named
// by name.
func sheetOf(fams []parallelFamily, name func(domain.CenterID) string) []exchange.ParallelFamily {
	out := make([]exchange.ParallelFamily, len(fams))
	for i, f := range fams {
		ef := exchange.ParallelFamily{Name: f.name, Linked: f.Linked, Total: f.Total}
		for _, x := range f.files {
			ref := name(x.center)
			if x.number != "" {
				ref += ": " + x.number
			}
			ef.Files = append(ef.Files, ref)
		}
		for _, c := range f.Centers {
			ef.Centers = append(ef.Centers, exchange.ParallelCenter{Center: name(c.Center), Count: c.Count, Amount: c.Amount, First: c.First, Last: c.Last})
		}
		out[i] = ef
	}
	return out
}

// ParallelSheet runs the parallel-aid report for a over from..to, kept to
// the families center is involved in (0: all), as the rows a sheet or
// table is written from. The duplicate service must be loaded.
func ParallelSheet(svc *dupes.Service, st *store.Store, a store.Actor, from, to fa.Date, center domain.CenterID, centers []domain.Center) ([]exchange.ParallelFamily, error) {
	fams, err := loadParallel(svc, st, a, from, to)
	if err != nil {
		return nil, err
	}
	names := map[domain.CenterID]string{}
	for _, c := range centers {
		names[c.ID] = c.Name
	}
	return sheetOf(filterParallel(fams, center), func(id domain.CenterID) string {
		if n, ok := names[id]; ok {
			return n
		}
		return strconv.Itoa(int(id))
	}), nil
}
