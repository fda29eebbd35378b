package dupes

import (
	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
)

// scanResult is a full scan kept until the index or its weights change.
type scanResult struct {
	gen    uint64
	pairs  []Pair
	report match.Report
}

// Pair is a candidate duplicate: two files, their centers, the engine's
// verdict and, when a reviewer has decided "same", that verdict.
type Pair struct {
	A, B             domain.ID
	CenterA, CenterB domain.CenterID
	Verdict          domain.Verdict // 0 undecided; VerdictSame: linked
	match.Result
}

// QueueFilter narrows the queue. Zero values select everything the actor
// may see that is still undecided.
type QueueFilter struct {
	Center  domain.CenterID // pairs with a file at this center
	MinBand match.Band      // at least this band; 0 means possible
	// Linked keeps pairs already decided "same", for a full listing.
	// Pairs decided "different" are never shown.
	Linked bool
	// Progress, if set, hears how a scan that has to run is getting on.
	Progress func(done, total int)
}

// scan returns the cached full scan, running it when stale.
func (s *Service) scan(progress func(done, total int)) *scanResult {
	s.scanMu.Lock()
	defer s.scanMu.Unlock()
	s.mu.RLock()
	ix, gen, cached := s.ix, s.gen, s.cache
	s.mu.RUnlock()
	if cached != nil && cached.gen == gen {
		return cached
	}
	// The scan runs without s.mu, so refreshes and lookups never queue
	// behind it; a change meanwhile leaves the result tagged stale.
	ps, rep := ix.Scan(progress)
	out := make([]Pair, len(ps))
	s.mu.RLock()
	for i, p := range ps {
		out[i] = Pair{A: p.A, B: p.B, CenterA: s.centerOf(p.A), CenterB: s.centerOf(p.B), Result: p.Result}
	}
	s.mu.RUnlock()
	r := &scanResult{gen: gen, pairs: out, report: rep}
	s.mu.Lock()
	s.cache = r
	s.mu.Unlock()
	return r
}

// Report is what the last scan did (running one if none is cached).
func (s *Service) Report() match.Report { return s.scan(nil).report }

// visibleTo says which pairs an actor may see in the queue.
func visibleTo(a store.Actor) (func(ca, cb domain.CenterID) bool, error) {
	u := a.User
	if !domain.Can(u, domain.ActDuplicateView, domain.Target{Center: probe(u)}) &&
		!domain.Can(u, domain.ActDuplicateView, domain.Target{Center: u.Center}) {
		return nil, store.ErrDenied
	}
	return func(ca, cb domain.CenterID) bool {
		return domain.Can(u, domain.ActDuplicateView, domain.Target{Center: ca, Other: cb})
	}, nil
}

// probe is a center the user does not belong to: a role allowed there is
// allowed everywhere.
func probe(u domain.User) domain.CenterID {
	if u.Center == domain.MaxCenterID {
		return domain.MaxCenterID - 1
	}
	return domain.MaxCenterID
}

// Queue lists the candidate pairs at or above "possible" that the actor
// may review (a caseworker or supervisor: pairs touching their center;
// coordinators: all), minus pairs decided "different", in file-id order.
// The scan behind it is cached until a file or the weights change.
func (s *Service) Queue(a store.Actor, f QueueFilter) ([]Pair, error) {
	visible, err := visibleTo(a)
	if err != nil {
		return nil, err
	}
	ds, err := s.st.Decisions()
	if err != nil {
		return nil, err
	}
	verdict := make(map[[2]domain.ID]domain.Verdict, len(ds))
	for _, d := range ds {
		verdict[[2]domain.ID{d.A, d.B}] = d.Verdict
	}
	var out []Pair
	for _, p := range s.scan(f.Progress).pairs {
		if p.Band < f.MinBand || f.Center != 0 && p.CenterA != f.Center && p.CenterB != f.Center ||
			!visible(p.CenterA, p.CenterB) {
			continue
		}
		switch p.Verdict = verdict[[2]domain.ID{p.A, p.B}]; p.Verdict {
		case domain.VerdictDifferent:
			continue
		case domain.VerdictSame:
			if !f.Linked {
				continue
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// Household is a "same household?" finding: two files that are not one
// person but share an address, a phone or a surname the way one family's
// do.
type Household struct {
	A, B             domain.ID
	CenterA, CenterB domain.CenterID
	Reasons          []match.Reason
}

// Households lists the household findings of the scan the actor may see,
// apart from person duplicates.
func (s *Service) Households(a store.Actor, f QueueFilter) ([]Household, error) {
	visible, err := visibleTo(a)
	if err != nil {
		return nil, err
	}
	r := s.scan(f.Progress)
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Household
	for _, h := range r.report.Households {
		ca, cb := s.centerOf(h.A), s.centerOf(h.B)
		if f.Center != 0 && ca != f.Center && cb != f.Center || !visible(ca, cb) {
			continue
		}
		out = append(out, Household{A: h.A, B: h.B, CenterA: ca, CenterB: cb, Reasons: h.Reasons})
	}
	return out, nil
}
