package store

import (
	"encoding/json"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
)

// metaWeights holds the duplicate engine's weights as JSON, as estimated
// from this database (match.Estimate); absent until someone trains them.
var metaWeights = []byte("match.weights")

// MatchWeights returns the stored weights; ok is false when none are
// stored and the engine's defaults apply.
func (s *Store) MatchWeights() (w match.Weights, ok bool, err error) {
	err = s.db.View(func(tx *bbolt.Tx) error {
		v := tx.Bucket(bMeta).Get(metaWeights)
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &w)
	})
	return w, ok && err == nil, err
}

// SetMatchWeights stores weights for every center's duplicate checks, so
// only roles that decide duplicates across all centers (coordinators,
// admins) may. Audited with the weights before and after.
func (s *Store) SetMatchWeights(a Actor, w match.Weights) error {
	if err := w.Validate(); err != nil {
		return err
	}
	if !reachOf(a, domain.ActDuplicateDecide).all {
		return ErrDenied
	}
	b, err := json.Marshal(w)
	if err != nil {
		return err
	}
	err = s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock()
		m := tx.Bucket(bMeta)
		before := string(m.Get(metaWeights))
		if err := m.Put(metaWeights, b); err != nil {
			return err
		}
		return s.audit(tx, a, now, &domain.AuditEvent{
			Action: domain.ActDuplicateDecide, Kind: kindWeights,
			Changes: []domain.FieldChange{{Field: "weights", Before: before, After: string(b)}},
		})
	})
	if err != nil {
		return err
	}
	s.publish(Change{Kind: kindWeights})
	return nil
}
