package store

import (
	"errors"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// FileRow is what a list row shows of a file: its number, the head's name
// and the status. Reading rows is listing, not viewing: it is not
// audited (a coordinator's visits-due list names every center's files; a
// view event per row would bury the real views).
type FileRow struct {
	ID     domain.ID
	Center domain.CenterID
	Number string
	Name   string
	Status domain.Status
}

// FileRows reads the rows of files a may view, in the order asked; files
// that are gone or that a may not view are left out.
func (s *Store) FileRows(a Actor, ids []domain.ID) ([]FileRow, error) {
	out := make([]FileRow, 0, len(ids))
	err := s.db.View(func(tx *bbolt.Tx) error {
		for _, id := range ids {
			f, err := fileFor(tx, a, id, domain.ActFileView)
			switch {
			case errors.Is(err, ErrDenied), errors.Is(err, ErrNotFound):
				continue
			case err != nil:
				return err
			}
			out = append(out, FileRow{ID: f.ID, Center: f.Center, Number: f.Number, Name: f.Head.FullName(), Status: f.Status})
		}
		return nil
	})
	return out, err
}
