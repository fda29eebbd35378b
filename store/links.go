package store

import (
	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// Links are few (one per "same person" decision), so they are found by
// walking the links bucket rather than through an index of their own.

func eachLink(tx *bbolt.Tx, fn func(domain.Link) error) error {
	return tx.Bucket(bLinks).ForEach(func(k, v []byte) error {
		l, err := decodeLink(domain.IDFromKey(k), v)
		if err != nil {
			return err
		}
		return fn(l)
	})
}

// activeLink finds the active link of a pair (a < b).
func activeLink(tx *bbolt.Tx, a, b domain.ID) (domain.Link, bool, error) {
	var found domain.Link
	err := eachLink(tx, func(l domain.Link) error {
		if l.A == a && l.B == b && l.Active() {
			found = l
		}
		return nil
	})
	return found, found.ID != 0, err
}

// Unlink ends the link between two files: it stays on record with who
// unlinked it and when, and the "same" decision goes, so the pair may be
// reviewed again. Audited on both files.
func (s *Store) Unlink(a Actor, x, y domain.ID, note string) error {
	A, B := domain.OrderPair(x, y)
	var centerA domain.CenterID
	err := s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock()
		fa, fb, err := pairFiles(tx, a, domain.ActDuplicateDecide, A, B)
		if err != nil {
			return err
		}
		centerA = fa.Center
		l, ok, err := activeLink(tx, A, B)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		l.UnlinkedBy, l.UnlinkedAt = a.User.ID, now
		if err := tx.Bucket(bLinks).Put(l.ID.Key(), encodeLink(&l)); err != nil {
			return err
		}
		changes := []domain.FieldChange{{Field: "link", Before: l.ID.String()}}
		if d, had, err := getDecision(tx, A, B); err != nil {
			return err
		} else if had && d.Verdict == domain.VerdictSame {
			if err := tx.Bucket(bDecisions).Delete(pairKey(A, B)); err != nil {
				return err
			}
			changes = append(changes, domain.FieldChange{Field: "verdict", Before: verdictNames[d.Verdict]})
		}
		return s.auditPair(tx, a, now, fa, fb, domain.AuditEvent{
			Action: domain.ActDuplicateDecide, Kind: kindLink, Target: l.ID, Changes: changes, Note: note,
		})
	})
	if err != nil {
		return err
	}
	s.publish(Change{Kind: kindLink, IDs: []domain.ID{A, B}, Center: centerA})
	return nil
}

// Links lists every link, active or not, in id order, for the duplicate
// service (families for the parallel-aid report). It checks no
// permission: never hand its output to a user unfiltered.
func (s *Store) Links() ([]domain.Link, error) {
	var out []domain.Link
	err := s.db.View(func(tx *bbolt.Tx) error {
		return eachLink(tx, func(l domain.Link) error {
			out = append(out, l)
			return nil
		})
	})
	return out, err
}

// LinksOf lists a file's active links. Knowing a link exists reveals no
// more than a match card, so that is the permission asked.
func (s *Store) LinksOf(a Actor, file domain.ID) ([]domain.Link, error) {
	var out []domain.Link
	err := s.db.View(func(tx *bbolt.Tx) error {
		_, err := fileFor(tx, a, file, domain.ActFileMatchCard)
		if err != nil {
			return err
		}
		return eachLink(tx, func(l domain.Link) error {
			if l.Active() && (l.A == file || l.B == file) {
				out = append(out, l)
			}
			return nil
		})
	})
	return out, err
}
