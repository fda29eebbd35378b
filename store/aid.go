package store

import (
	"bytes"
	"slices"
	"strconv"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// AddAid records aid given to a household. The giving center (x.Center,
// by default the actor's, else the file's) may differ from the file's
// owner: that is how parallel aid becomes visible. It needs the aid
// permission at the giving center, which also mints the id.
func (s *Store) AddAid(a Actor, x domain.Aid) (domain.Aid, error) {
	if err := x.Validate(); err != nil {
		return domain.Aid{}, err
	}
	if x.Center == 0 {
		x.Center = a.User.Center
	}
	err := s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock() // under the writer lock: audit times follow commit order
		f, err := getFile(tx, x.File)
		if err != nil {
			return err
		}
		if x.Center == 0 {
			x.Center = f.Center
		}
		if !can(a, domain.ActAidRecord, x.Center) {
			return ErrDenied
		}
		if _, err := getCenter(tx, x.Center); err != nil {
			return err
		}
		if x.ID, err = newID(tx, seqAid, x.Center); err != nil {
			return err
		}
		x.RecordedBy, x.CreatedAt = a.User.ID, now
		if err := bucket(tx, bAid).Put(pairKey(x.File, x.ID), encodeAid(&x)); err != nil {
			return err
		}
		if err := putEntries(tx, []ixEntry{aidEntry(&x)}); err != nil {
			return err
		}
		var d differ
		d.date("date", fa.Date{}, x.Date)
		d.str("kind", "", name(aidKindNames, x.Kind))
		d.int("amount", 0, x.Amount)
		d.int("quantity", 0, int64(x.Quantity))
		d.str("description", "", x.Description)
		d.str("funding", "", x.Funding)
		if x.Center != f.Center {
			d.str("given_by", "", strconv.Itoa(int(x.Center)))
		}
		return s.audit(tx, a, now, &domain.AuditEvent{
			Action: domain.ActAidRecord, Kind: kindAid, Target: x.ID, File: x.File,
			Center: x.Center, Changes: d.out,
		})
	})
	if err != nil {
		return domain.Aid{}, err
	}
	s.publish(Change{Kind: kindAid, IDs: []domain.ID{x.File, x.ID}, Center: x.Center})
	return x, nil
}

// aidOf reads a file's aid records in id order.
func aidOf(tx *bbolt.Tx, file domain.ID) ([]domain.Aid, error) {
	var out []domain.Aid
	prefix := file.Key()
	c := tx.Bucket(bAid).Cursor()
	for k, v := c.Seek(prefix); hasPrefix(k, prefix); k, v = c.Next() {
		x, err := decodeAid(file, domain.IDFromKey(k[8:]), v)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}

// newestAidFirst orders by date, then id, newest first.
func newestAidFirst(x, y domain.Aid) int {
	if c := y.Date.Compare(x.Date); c != 0 {
		return c
	}
	switch {
	case x.ID > y.ID:
		return -1
	case x.ID < y.ID:
		return 1
	}
	return 0
}

// Aids lists the aid a file's household received from any center, newest
// first.
func (s *Store) Aids(a Actor, file domain.ID) ([]domain.Aid, error) {
	var out []domain.Aid
	err := s.db.View(func(tx *bbolt.Tx) error {
		_, err := fileFor(tx, a, file, domain.ActFileView)
		if err != nil {
			return err
		}
		out, err = aidOf(tx, file)
		return err
	})
	slices.SortFunc(out, newestAidFirst)
	return out, err
}

// AidBetween lists aid dated from..to (inclusive) in date order, as far as
// the actor may see it: aid their center gave, or aid to files they may
// view.
func (s *Store) AidBetween(a Actor, from, to fa.Date) ([]domain.Aid, error) {
	r := reachOf(a, domain.ActFileView)
	if r.none() {
		return nil, ErrDenied
	}
	var out []domain.Aid
	err := s.db.View(func(tx *bbolt.Tx) error {
		owner := map[domain.ID]domain.CenterID{}
		end := putDate(nil, to)
		aid := tx.Bucket(bAid)
		c := tx.Bucket(ixAidDate).Cursor()
		for k, v := c.Seek(putDate(nil, from)); k != nil && bytes.Compare(k[:4], end) <= 0; k, v = c.Next() {
			if len(k) != 12 || len(v) != 8 {
				continue // Check reports malformed entries
			}
			file, id := domain.IDFromKey(v), domain.IDFromKey(k[4:])
			raw := aid.Get(pairKey(file, id))
			if raw == nil {
				continue
			}
			x, err := decodeAid(file, id, raw)
			if err != nil {
				return err
			}
			if !r.all && !r.has(x.Center) {
				oc, ok := owner[file]
				if !ok {
					f, err := getFile(tx, file)
					if err != nil {
						return err
					}
					oc, owner[file] = f.Center, f.Center
				}
				if !r.has(oc) {
					continue
				}
			}
			out = append(out, x)
		}
		return nil
	})
	return out, err
}

// LastAid is the date of the latest aid a file received from any center,
// or the zero date. It is on the match card every role may see.
func (s *Store) LastAid(file domain.ID) (fa.Date, error) {
	var last fa.Date
	err := s.db.View(func(tx *bbolt.Tx) error {
		xs, err := aidOf(tx, file)
		for _, x := range xs {
			if last.Before(x.Date) {
				last = x.Date
			}
		}
		return err
	})
	return last, err
}
