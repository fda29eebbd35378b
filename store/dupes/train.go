package dupes

import (
	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
)

// Train re-estimates the weights from the database itself (match.Estimate:
// u from random pairs, m by EM over candidate pairs), stores them and
// scores with them from now on. Only roles that decide duplicates at every
// center may: the weights serve all of them.
func (s *Service) Train(a store.Actor) (match.Weights, error) {
	if !domain.Can(a.User, domain.ActDuplicateDecide, domain.Target{Center: probe(a.User)}) {
		return match.Weights{}, store.ErrDenied
	}
	var recs []match.Record
	if st, err := s.st.Stats(); err == nil {
		recs = make([]match.Record, 0, st.Files)
	}
	err := s.st.EachFile(func(f domain.File) error {
		recs = append(recs, match.FromFile(f))
		return nil
	})
	if err != nil {
		return match.Weights{}, err
	}
	w := match.Estimate(recs)
	recs = nil
	if err := s.st.SetMatchWeights(a, w); err != nil {
		return match.Weights{}, err
	}
	s.mu.Lock()
	s.ix.SetWeights(w)
	s.gen++
	s.mu.Unlock()
	return w, nil
}
