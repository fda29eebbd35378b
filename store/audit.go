package store

import (
	"bytes"
	"slices"
	"strings"
	"time"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// Audit record kinds (AuditEvent.Kind).
const (
	kindFile   = "file"
	kindVisit  = "visit"
	kindAid    = "aid"
	kindUser   = "user"
	kindCenter = "center"
	kindImport = "import"
)

// auditKey orders the audit bucket by time, then id: the key of an event
// at t is t's nanoseconds (8 bytes) then its id (8 bytes).
func auditKey(at time.Time, id domain.ID) []byte {
	return putID(putTime(make([]byte, 0, 16), at.UnixNano()), id)
}

// audit fills in the event's id, time and actor and stores it with its
// history entry, in the caller's transaction: a change and its audit
// commit together or not at all.
func (s *Store) audit(tx *bbolt.Tx, a Actor, at time.Time, ev *domain.AuditEvent) error {
	k, err := prepareAudit(tx, a, at, ev)
	if err != nil {
		return err
	}
	if err := bucket(tx, bAudit).Put(k, encodeAudit(ev)); err != nil {
		return err
	}
	if err := syncNote(tx, ev); err != nil { // the change log of a sync network (synclog.go)
		return err
	}
	if ev.File != 0 {
		return bucket(tx, ixAuditF).Put(auditFileKey(ev.File, k), empty)
	}
	return nil
}

// prepareAudit mints the event's id, stamps time and actor, and returns
// its key, for callers (imports) that fill in the changes later.
func prepareAudit(tx *bbolt.Tx, a Actor, at time.Time, ev *domain.AuditEvent) ([]byte, error) {
	id, err := newID(tx, seqAudit, ev.Center)
	if err != nil {
		return nil, err
	}
	ev.ID, ev.At = id, at
	ev.Actor, ev.Login, ev.Source = a.User.ID, a.User.Login, a.Source
	return auditKey(at, id), nil
}

// History is a file's audit trail, newest first: every change to the file,
// its visits and aid, and the imports that created or updated it. An
// import event is narrowed to this file: its Changes are the file's own
// field changes, or one "import" change saying "created".
func (s *Store) History(a Actor, file domain.ID) ([]domain.AuditEvent, error) {
	var out []domain.AuditEvent
	err := s.db.View(func(tx *bbolt.Tx) error {
		_, err := fileFor(tx, a, file, domain.ActFileView)
		if err != nil {
			return err
		}
		var keys [][]byte
		prefix := file.Key()
		c := tx.Bucket(ixAuditF).Cursor()
		for k, _ := c.Seek(prefix); hasPrefix(k, prefix); k, _ = c.Next() {
			keys = append(keys, k[8:])
		}
		if k := createdBy(tx, file); k != nil {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, bytes.Compare)
		audit := tx.Bucket(bAudit)
		for _, k := range keys {
			v := audit.Get(k)
			if v == nil {
				continue // Check reports dangling entries
			}
			ev, err := decodeAudit(v)
			if err != nil {
				return err
			}
			if ev.Kind == kindImport {
				ev = narrowImport(ev, file)
			}
			out = append(out, ev)
		}
		return nil
	})
	slices.Reverse(out)
	return out, err
}

// AuditFilter selects audit events. Zero fields select everything; Until
// is exclusive. Limit ≤ 0 means DefaultLimit.
type AuditFilter struct {
	Since, Until time.Time
	Login        string
	Center       domain.CenterID
	Action       domain.Action // 0: any
	// File keeps the events about one file: its changes, and the views of
	// it (whose Target is the file).
	File  domain.ID
	Limit int
	// Older pages back: only events strictly older than this one (the last
	// of the previous page) are listed. Zero starts at the newest.
	Older AuditCursor
}

// AuditCursor is where an event sits in the trail: its time, then its id.
type AuditCursor struct {
	At time.Time
	ID domain.ID
}

// CursorOf is the position of ev, for AuditFilter.Older.
func CursorOf(ev domain.AuditEvent) AuditCursor { return AuditCursor{At: ev.At, ID: ev.ID} }

// keep reports whether ev passes the filter's field tests.
func (f *AuditFilter) keep(ev *domain.AuditEvent, login string) bool {
	switch {
	case login != "" && ev.Login != login:
	case f.Center != 0 && ev.Center != f.Center:
	case f.Action != 0 && ev.Action != f.Action:
	case f.File != 0 && ev.File != f.File && !(ev.Kind == kindView && ev.Target == f.File):
	default:
		return true
	}
	return false
}

// start is the key the newest-first walk begins before: the earlier of
// Until and the page cursor; nil starts at the last event.
func (f *AuditFilter) start() []byte {
	var k []byte
	if !f.Until.IsZero() {
		k = putTime(nil, f.Until.UnixNano())
	}
	if !f.Older.At.IsZero() {
		if o := auditKey(f.Older.At, f.Older.ID); k == nil || bytes.Compare(o, k) < 0 {
			k = o
		}
	}
	return k
}

// Audit lists audit events newest first. Supervisors see their own
// center's events; coordinators and admins every center's and the
// system-wide ones (users, centers, imports across centers).
func (s *Store) Audit(a Actor, f AuditFilter) ([]domain.AuditEvent, error) {
	r := reachOf(a, domain.ActAuditView)
	if f.Center != 0 && !r.has(f.Center) || r.none() {
		return nil, ErrDenied
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	login := strings.ToLower(strings.TrimSpace(f.Login))
	var out []domain.AuditEvent
	err := s.db.View(func(tx *bbolt.Tx) error {
		c := tx.Bucket(bAudit).Cursor()
		var k, v []byte
		if start := f.start(); start == nil {
			k, v = c.Last()
		} else {
			// seek lands on the first key at or after start, which is
			// excluded: step back from there
			if k, _ = c.Seek(start); k == nil {
				k, v = c.Last()
			} else {
				k, v = c.Prev()
			}
		}
		since := putTime(nil, f.Since.UnixNano())
		for ; k != nil && len(out) < limit; k, v = c.Prev() {
			if !f.Since.IsZero() && string(k[:8]) < string(since) {
				break
			}
			ev, err := decodeAudit(v)
			if err != nil {
				return err
			}
			if f.keep(&ev, login) && (r.all || ev.Center != 0 && r.has(ev.Center)) {
				out = append(out, ev)
			}
		}
		return nil
	})
	return out, err
}

// narrowImport keeps what an import event says about one file.
func narrowImport(ev domain.AuditEvent, file domain.ID) domain.AuditEvent {
	prefix := file.String() + " "
	var mine []domain.FieldChange
	for _, c := range ev.Changes {
		if rest, ok := strings.CutPrefix(c.Field, prefix); ok {
			mine = append(mine, domain.FieldChange{Field: rest, Before: c.Before, After: c.After})
		}
	}
	if len(mine) == 0 {
		mine = []domain.FieldChange{{Field: kindImport, After: "created"}}
	}
	ev.Changes = mine
	ev.File = file
	return ev
}
