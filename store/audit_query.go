package store

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// Helpers for the audit screen and command: filters typed by people name
// days and file numbers, the trail stores instants and ids.

// SetDays limits f to the days from..to (both included; a zero date leaves
// that end open), each day midnight to midnight in loc.
func (f *AuditFilter) SetDays(from, to fa.Date, loc *time.Location) {
	f.Since, f.Until = time.Time{}, time.Time{}
	if t, ok := from.Time(); ok {
		f.Since = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
	}
	if to.IsZero() {
		return
	}
	if t, ok := to.AddDays(1).Time(); ok {
		f.Until = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
	}
}

// ErrNoSuchNumber: no file has the file number asked for.
var ErrNoSuchNumber = fmt.Errorf("no file with that number: %w", ErrNotFound)

// FileIDByNumber finds a file by its center-local number ("TUS-1403-0042",
// in Persian or Latin digits, any letter case), for the audit filters. It
// returns only the id, which says nothing of the household; it walks the
// files, which is fine for a filter typed by a person.
func (s *Store) FileIDByNumber(number string) (domain.ID, error) {
	want := normNumber(number)
	if want == "" {
		return 0, ErrNoSuchNumber
	}
	var id domain.ID
	err := s.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bFiles).ForEach(func(k, v []byte) error {
			f, err := decodeFile(domain.IDFromKey(k), v)
			if err != nil {
				return err
			}
			if normNumber(f.Number) == want {
				id = f.ID
				return errFound
			}
			return nil
		})
	})
	switch {
	case errors.Is(err, errFound):
		return id, nil
	case err != nil:
		return 0, err
	}
	return 0, ErrNoSuchNumber
}

var errFound = errors.New("found")

// FileNumbers names files by their numbers, for showing the files audit
// events are about; ids that no longer exist are left out. A number says
// nothing of the household.
func (s *Store) FileNumbers(ids []domain.ID) (map[domain.ID]string, error) {
	out := make(map[domain.ID]string, len(ids))
	err := s.db.View(func(tx *bbolt.Tx) error {
		for _, id := range ids {
			if _, done := out[id]; done || id == 0 {
				continue
			}
			f, err := getFile(tx, id)
			switch {
			case errors.Is(err, ErrNotFound):
				continue
			case err != nil:
				return err
			}
			out[id] = f.Number
		}
		return nil
	})
	return out, err
}

// ViewKind is the Kind of the audit events that record a view.
const ViewKind = kindView

func normNumber(s string) string {
	return strings.ToUpper(strings.TrimSpace(fa.ToLatinDigits(s)))
}
