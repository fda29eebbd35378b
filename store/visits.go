package store

import (
	"bytes"
	"encoding/binary"
	"slices"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// AddVisit records a visit to a file's household. It needs the visit
// permission at the file's center; the id is minted under that center and
// Caseworker defaults to the actor. When the visit is the file's latest
// (by date, then id) its next-due date replaces the file's previous one in
// the visits-due index; a back-dated visit leaves it alone.
func (s *Store) AddVisit(a Actor, v domain.Visit) (domain.Visit, error) {
	if err := v.Validate(); err != nil {
		return domain.Visit{}, err
	}
	var center domain.CenterID
	err := s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock() // under the writer lock: audit times follow commit order
		f, err := getFile(tx, v.File)
		if err != nil {
			return err
		}
		if center = f.Center; !can(a, domain.ActVisitRecord, center) {
			return ErrDenied
		}
		prev, err := latestVisit(tx, f.ID)
		if err != nil {
			return err
		}
		if v.ID, err = newID(tx, seqVisit, center); err != nil {
			return err
		}
		if v.Caseworker == 0 {
			v.Caseworker = a.User.ID
		}
		v.CreatedAt = now
		if err := bucket(tx, bVisits).Put(pairKey(v.File, v.ID), encodeVisit(&v)); err != nil {
			return err
		}
		if prev == nil || later(&v, prev) {
			old, _ := dueEntry(f.ID, center, prev)
			new, _ := dueEntry(f.ID, center, &v)
			if err := swapEntries(tx, nonEmpty(old), nonEmpty(new)); err != nil {
				return err
			}
		}
		var d differ
		d.date("date", fa.Date{}, v.Date)
		d.str("kind", "", name(visitKindNames, v.Kind))
		d.str("findings", "", v.Findings)
		d.date("next_due", fa.Date{}, v.NextDue)
		return s.audit(tx, a, now, &domain.AuditEvent{
			Action: domain.ActVisitRecord, Kind: kindVisit, Target: v.ID, File: v.File,
			Center: center, Changes: d.out,
		})
	})
	if err != nil {
		return domain.Visit{}, err
	}
	s.publish(Change{Kind: kindVisit, IDs: []domain.ID{v.File, v.ID}, Center: center})
	return v, nil
}

func nonEmpty(e ixEntry) []ixEntry {
	if e.k == nil {
		return nil
	}
	return []ixEntry{e}
}

// Visits lists a file's visits, newest first.
func (s *Store) Visits(a Actor, file domain.ID) ([]domain.Visit, error) {
	var out []domain.Visit
	err := s.db.View(func(tx *bbolt.Tx) error {
		_, err := fileFor(tx, a, file, domain.ActFileView)
		if err != nil {
			return err
		}
		prefix := file.Key()
		c := tx.Bucket(bVisits).Cursor()
		for k, v := c.Seek(prefix); hasPrefix(k, prefix); k, v = c.Next() {
			vis, err := decodeVisit(file, domain.IDFromKey(k[8:]), v)
			if err != nil {
				return err
			}
			out = append(out, vis)
		}
		return nil
	})
	slices.SortFunc(out, func(x, y domain.Visit) int {
		if later(&x, &y) {
			return -1
		}
		return 1
	})
	return out, err
}

// Due is a file whose next visit falls due.
type Due struct {
	File      domain.ID
	NextDue   fa.Date
	LastVisit fa.Date
}

// VisitsDue lists files of a center whose latest visit set a next-due date
// on or before until (overdue ones included), earliest first. Center 0
// means every center the actor may view.
func (s *Store) VisitsDue(a Actor, center domain.CenterID, until fa.Date) ([]Due, error) {
	r := reachOf(a, domain.ActFileView)
	if center != 0 && !r.has(center) || r.none() {
		return nil, ErrDenied
	}
	end := putDate(nil, until)
	var out []Due
	err := s.db.View(func(tx *bbolt.Tx) error {
		c := tx.Bucket(ixDue).Cursor()
		for k, v := c.First(); k != nil && bytes.Compare(k[:4], end) <= 0; k, v = c.Next() {
			if len(k) != 20 || len(v) != 8 {
				continue // Check reports malformed entries
			}
			ctr := domain.CenterID(binary.BigEndian.Uint32(v))
			if center != 0 && ctr != center || !r.has(ctr) {
				continue
			}
			out = append(out, Due{File: domain.IDFromKey(k[4:]), NextDue: dateAt(k), LastVisit: dateAt(v[4:])})
		}
		return nil
	})
	return out, err
}
