package store

import (
	"bytes"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// ixEntry is one secondary-index entry: bucket, key and (usually empty)
// value.
type ixEntry struct {
	b    []byte
	k, v []byte
}

// ixBuilder computes index entries. Keys are carved out of one growing
// arena, so an import batch allocates a few large buffers instead of one
// slice per key. A carved key keeps its bytes even when the arena moves.
type ixBuilder struct {
	arena []byte
	es    []ixEntry
}

// reset forgets the entries and reuses the arena: only for entries that
// are read, never for ones handed to bbolt, whose Put keeps the slices
// until the transaction ends.
func (x *ixBuilder) reset() { x.arena, x.es = x.arena[:0], x.es[:0] }

// carve returns the bytes appended since off as a key of its own.
func (x *ixBuilder) carve(off int) []byte {
	return x.arena[off:len(x.arena):len(x.arena)]
}

// empty is the value of key-only entries; not nil, because bbolt hands a
// nil value back as "missing" within a write transaction.
var empty = []byte{}

// file appends every index entry that f's record implies.
func (x *ixBuilder) file(f *domain.File) {
	start := len(x.es)
	x.person(start, &f.Head, f.ID)
	for i := range f.Members {
		x.person(start, &f.Members[i].Person, f.ID)
	}
	// (center, status, id) also serves "a center's files in id order", by
	// merging its three status ranges: a separate (center, id) index
	// would cost every file another entry for no faster answer.
	off := len(x.arena)
	x.arena = putID(append(putCenter(x.arena, f.Center), byte(f.Status)), f.ID)
	x.es = append(x.es, ixEntry{ixStatus, x.carve(off), empty})
	if f.ExternalRef != "" {
		off = len(x.arena)
		x.arena = append(putCenter(x.arena, f.Center), f.ExternalRef...)
		k := x.carve(off)
		off = len(x.arena)
		x.arena = putID(x.arena, f.ID)
		x.es = append(x.es, ixEntry{ixRef, k, x.carve(off)})
	}
}

// person adds the identifier entries of a head or member, skipping values
// that are already there for this file (households share phones).
func (x *ixBuilder) person(start int, p *domain.Person, id domain.ID) {
	x.ident(start, identNational, p.NationalCode.Value, p.NationalCode.Flag, id)
	x.ident(start, identForeign, p.ForeignID.Value, p.ForeignID.Flag, id)
	x.ident(start, identMobile, p.Mobile.Value, p.Mobile.Flag, id)
}

// ident indexes a canonical identifier. Suspect values (one repeated
// digit, typed as placeholders) are left out: a lookup would return every
// household without a real number. Values with a wrong check digit are
// kept, so a code copied with the same typo is still found. New entries
// go to the recent tier (see idents.go).
func (x *ixBuilder) ident(start int, kind identKind, value string, flag domain.IDFlag, id domain.ID) {
	if value == "" || flag == domain.FlagSuspect {
		return
	}
	off := len(x.arena)
	var ok bool
	if x.arena, ok = packDigits(append(x.arena, kind.tag), value, kind.digits); !ok {
		x.arena = x.arena[:off]
		return
	}
	x.arena = putID(x.arena, id)
	k := x.carve(off)
	for _, e := range x.es[start:] {
		if bytes.Equal(e.k, k) && bytes.Equal(e.b, ixIdentNew) {
			x.arena = x.arena[:off]
			return
		}
	}
	x.es = append(x.es, ixEntry{ixIdentNew, k, empty})
}

// putEntries writes entries.
func putEntries(tx *bbolt.Tx, es []ixEntry) error {
	idents := 0
	for _, e := range es {
		if err := bucket(tx, e.b).Put(e.k, e.v); err != nil {
			return err
		}
		if isIdent(e.b) {
			idents++
		}
	}
	return identsAdded(tx, idents)
}

// swapEntries replaces a record's old entries with its new ones, touching
// only those that differ.
func swapEntries(tx *bbolt.Tx, old, new []ixEntry) error {
	for _, o := range old {
		if containsEntry(new, o, false) {
			continue
		}
		if err := bucket(tx, o.b).Delete(o.k); err != nil {
			return err
		}
		if isIdent(o.b) { // it may have been merged into the main tier
			if err := bucket(tx, ixIdent).Delete(o.k); err != nil {
				return err
			}
		}
	}
	var add []ixEntry
	for _, n := range new {
		if !containsEntry(old, n, true) {
			add = append(add, n)
		}
	}
	return putEntries(tx, add)
}

func containsEntry(es []ixEntry, e ixEntry, value bool) bool {
	for _, x := range es {
		if bytes.Equal(x.b, e.b) && bytes.Equal(x.k, e.k) && (!value || bytes.Equal(x.v, e.v)) {
			return true
		}
	}
	return false
}

// has reports whether key k exists in b. bbolt's Get cannot tell an empty
// value from a missing key inside a write transaction.
func has(b *bbolt.Bucket, k []byte) bool {
	got, _ := b.Cursor().Seek(k)
	return got != nil && bytes.Equal(got, k)
}

// idsWithPrefix lists the file ids at the end of every key starting with
// prefix, in key order.
func idsWithPrefix(b *bbolt.Bucket, prefix []byte) []domain.ID {
	var out []domain.ID
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		out = append(out, domain.IDFromKey(k[len(k)-8:]))
	}
	return out
}

// dueEntry is the visits-due entry of a file's latest visit: only that
// visit's next-due date counts, so each file has at most one entry.
func dueEntry(file domain.ID, center domain.CenterID, latest *domain.Visit) (ixEntry, bool) {
	if latest == nil || latest.NextDue.IsZero() {
		return ixEntry{}, false
	}
	k := putID(putID(putDate(make([]byte, 0, 20), latest.NextDue), file), latest.ID)
	v := putDate(putCenter(make([]byte, 0, 8), center), latest.Date)
	return ixEntry{ixDue, k, v}, true
}

// later reports whether visit a supersedes b as a file's latest: by date,
// then by when it was logged (ids of a transferred file's visits come from
// two centers and do not order them), then by id.
func later(a, b *domain.Visit) bool {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c > 0
	}
	if !a.CreatedAt.Equal(b.CreatedAt) {
		return a.CreatedAt.After(b.CreatedAt)
	}
	return a.ID > b.ID
}

// latestVisit finds a file's latest visit.
func latestVisit(tx *bbolt.Tx, file domain.ID) (*domain.Visit, error) {
	var best *domain.Visit
	prefix := file.Key()
	c := tx.Bucket(bVisits).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		vis, err := decodeVisit(file, domain.IDFromKey(k[8:]), v)
		if err != nil {
			return nil, err
		}
		if best == nil || later(&vis, best) {
			best = &vis
		}
	}
	return best, nil
}

// aidEntry is an aid record's entry in the aid-by-date index.
func aidEntry(a *domain.Aid) ixEntry {
	return ixEntry{ixAidDate, putID(putDate(make([]byte, 0, 12), a.Date), a.ID), a.File.Key()}
}

// putDate appends the 4-byte sortable date key (fa.Date.Key).
func putDate(b []byte, d fa.Date) []byte {
	k := d.Key()
	return append(b, byte(k>>24), byte(k>>16), byte(k>>8), byte(k))
}

func dateAt(b []byte) fa.Date {
	if len(b) < 4 {
		return fa.Date{}
	}
	return fa.DateFromKey(uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3]))
}
