package store

import (
	"strconv"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// NoteRegisteredDespiteElsewhere puts on record that newFile was
// registered over a "certain" match a spoke found in the hub's encoded
// index: matched is the other center's file, which this database does not
// hold (so NoteRegisteredDespite, which reads it, cannot be used), and
// center is the one the index says serves it.
func (s *Store) NoteRegisteredDespiteElsewhere(a Actor, newFile, matched domain.ID, center domain.CenterID, score float64) error {
	return s.db.Update(func(tx *bbolt.Tx) error {
		f, err := getFile(tx, newFile)
		if err != nil {
			return err
		}
		if !can(a, domain.ActFileCreate, f.Center) {
			return ErrDenied
		}
		return s.audit(tx, a, s.clock(), &domain.AuditEvent{
			Action: domain.ActFileCreate, Kind: kindDuplicate, Target: matched, File: newFile,
			Center: f.Center, Note: "registered despite a certain match in the hub's match index",
			Changes: []domain.FieldChange{
				{Field: "matched", After: matched.String()},
				{Field: "matched center", After: strconv.Itoa(int(center))},
				{Field: "score", After: strconv.FormatFloat(score, 'f', 2, 64)},
			},
		})
	})
}
