package store

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

var (
	// ErrCenterChange: UpdateFile cannot move a file; use TransferFile.
	ErrCenterChange = errors.New("a file changes center only by transfer")
	// ErrRefTaken: another file of the center has the same external reference.
	ErrRefTaken = fmt.Errorf("external reference %w at this center", ErrExists)
)

// getFile reads and decodes one file.
func getFile(tx *bbolt.Tx, id domain.ID) (domain.File, error) {
	v := tx.Bucket(bFiles).Get(id.Key())
	if v == nil {
		return domain.File{}, fmt.Errorf("file %s: %w", id, ErrNotFound)
	}
	return decodeFile(id, v)
}

// fileEntriesOf computes a file's index entries into a fresh builder.
func fileEntriesOf(f *domain.File) []ixEntry {
	var x ixBuilder
	x.file(f)
	return x.es
}

// normalizeIDs makes an identifier's Value and Flag agree with its Raw when
// a caller filled in only one side (a form that set Raw, a test that set
// Value), so every stored identifier can be indexed. Members are copied
// before a change: the caller's slice is never written to.
func normalizeIDs(f *domain.File) {
	fixPerson(&f.Head)
	for i := range f.Members {
		if unparsed(&f.Members[i].Person) {
			f.Members = slices.Clone(f.Members)
			for j := range f.Members {
				fixPerson(&f.Members[j].Person)
			}
			return
		}
	}
}

// half reports whether an identifier has only one of Raw and Value: Flag
// OK (the zero value) with no Value means it was never parsed.
func half(raw, value string, flag domain.IDFlag) bool {
	return value == "" && flag == domain.FlagOK && raw != "" || raw == "" && value != ""
}

func unparsed(p *domain.Person) bool {
	return half(p.NationalCode.Raw, p.NationalCode.Value, p.NationalCode.Flag) ||
		half(p.ForeignID.Raw, p.ForeignID.Value, p.ForeignID.Flag) ||
		half(p.Mobile.Raw, p.Mobile.Value, p.Mobile.Flag)
}

func fixPerson(p *domain.Person) {
	if n := &p.NationalCode; half(n.Raw, n.Value, n.Flag) {
		*n = domain.ParseNationalCode(n.Raw + n.Value)
	}
	if x := &p.ForeignID; half(x.Raw, x.Value, x.Flag) {
		*x = domain.ParseForeignID(x.Raw + x.Value)
	}
	if m := &p.Mobile; half(m.Raw, m.Value, m.Flag) {
		*m = domain.ParseMobile(m.Raw + m.Value)
	}
}

// needsReason: suspending or closing a file needs a reason.
func needsReason(old, new domain.Status, reason string) bool {
	return new != old && new != domain.StatusActive && strings.TrimSpace(reason) == ""
}

// touchesClosed: closing a file, or reopening a closed one, is the
// close permission's business, not plain editing.
func touchesClosed(old, new domain.Status) bool {
	return old != new && (old == domain.StatusClosed || new == domain.StatusClosed)
}

// fileNumber makes the next center-local number, e.g. "TUS-1403-0042".
func fileNumber(code string, year int, n uint64) string {
	return fmt.Sprintf("%s-%d-%04d", code, year, n)
}

// numberYear is the Jalali year a new file is numbered in.
func numberYear(f *domain.File, now time.Time) int {
	if f.OpenedOn.Year != 0 {
		return f.OpenedOn.Year
	}
	return fa.FromTime(now).Year
}

// CreateFile registers a household: validated, allowed for the actor's
// role at f.Center, given an id and (when empty) a number, stored with its
// index entries and an audit event in one transaction.
func (s *Store) CreateFile(a Actor, f domain.File) (domain.File, error) {
	if err := f.Validate(); err != nil {
		return domain.File{}, err
	}
	if !can(a, domain.ActFileCreate, f.Center) {
		return domain.File{}, ErrDenied
	}
	normalizeIDs(&f)
	err := s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock() // under the writer lock: audit times follow commit order
		c, err := getCenter(tx, f.Center)
		if err != nil {
			return err
		}
		if f.ExternalRef != "" && tx.Bucket(ixRef).Get(append(centerKey(f.Center), f.ExternalRef...)) != nil {
			return ErrRefTaken
		}
		if f.ID, err = newID(tx, seqFile, f.Center); err != nil {
			return err
		}
		if f.Number == "" {
			y := numberYear(&f, now)
			n, err := nextSeq(tx, seqNumber, f.Center, y)
			if err != nil {
				return err
			}
			f.Number = fileNumber(c.Code, y, n)
		}
		f.CreatedAt, f.CreatedBy = now, a.User.ID
		f.UpdatedAt, f.UpdatedBy = now, a.User.ID
		f.Version = 1
		if err := bucket(tx, bFiles).Put(f.ID.Key(), encodeFile(&f)); err != nil {
			return err
		}
		if err := putEntries(tx, fileEntriesOf(&f)); err != nil {
			return err
		}
		return s.audit(tx, a, now, &domain.AuditEvent{
			Action: domain.ActFileCreate, Kind: kindFile, Target: f.ID, File: f.ID,
			Center: f.Center, Changes: diffFile(&domain.File{}, &f),
		})
	})
	if err != nil {
		return domain.File{}, err
	}
	s.publish(Change{Kind: kindFile, IDs: []domain.ID{f.ID}, Center: f.Center})
	return f, nil
}

// UpdateFile saves an edited file. f.Version must be the version that was
// read (else ErrConflict). A save that changes nothing returns the stored
// file as it is, without a new version or audit event.
func (s *Store) UpdateFile(a Actor, f domain.File) (domain.File, error) {
	if err := f.Validate(); err != nil {
		return domain.File{}, err
	}
	normalizeIDs(&f)
	changed := false
	err := s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock() // under the writer lock: audit times follow commit order
		old, err := getFile(tx, f.ID)
		if err != nil {
			return err
		}
		switch {
		case !can(a, domain.ActFileEdit, old.Center):
			return ErrDenied
		case touchesClosed(old.Status, f.Status) && !can(a, domain.ActFileClose, old.Center):
			return ErrDenied
		case f.Version != old.Version:
			return ErrConflict
		case f.Center != old.Center:
			return ErrCenterChange
		case needsReason(old.Status, f.Status, f.StatusReason):
			return domain.ErrClosedReason
		}
		if f.Number == "" {
			f.Number = old.Number
		}
		f.CreatedAt, f.CreatedBy = old.CreatedAt, old.CreatedBy
		f.UpdatedAt, f.UpdatedBy = old.UpdatedAt, old.UpdatedBy
		changes := diffFile(&old, &f)
		if len(changes) == 0 {
			f = old
			return nil
		}
		changed = true
		if f.ExternalRef != old.ExternalRef && f.ExternalRef != "" &&
			tx.Bucket(ixRef).Get(append(centerKey(f.Center), f.ExternalRef...)) != nil {
			return ErrRefTaken
		}
		f.UpdatedAt, f.UpdatedBy, f.Version = now, a.User.ID, old.Version+1
		action := domain.ActFileEdit
		if touchesClosed(old.Status, f.Status) {
			action = domain.ActFileClose
		}
		return s.rewriteFile(tx, a, now, &old, &f, &domain.AuditEvent{
			Action: action, Kind: kindFile, Changes: changes,
		})
	})
	if err != nil {
		return domain.File{}, err
	}
	if changed {
		s.publish(Change{Kind: kindFile, IDs: []domain.ID{f.ID}, Center: f.Center})
	}
	return f, nil
}

// rewriteFile stores a changed file, swaps its index entries and writes
// ev (completed with target, file and center) in tx.
func (s *Store) rewriteFile(tx *bbolt.Tx, a Actor, now time.Time, old, f *domain.File, ev *domain.AuditEvent) error {
	if err := bucket(tx, bFiles).Put(f.ID.Key(), encodeFile(f)); err != nil {
		return err
	}
	if err := swapEntries(tx, fileEntriesOf(old), fileEntriesOf(f)); err != nil {
		return err
	}
	ev.Target, ev.File, ev.Center = f.ID, f.ID, f.Center
	return s.audit(tx, a, now, ev)
}

// SetStatus suspends, closes or reactivates a file. Suspending and
// closing need a reason; closing or reopening a closed file needs the
// close permission.
func (s *Store) SetStatus(a Actor, id domain.ID, st domain.Status, reason string) (domain.File, error) {
	if st > domain.StatusClosed {
		return domain.File{}, domain.ErrFileStatus
	}
	var f domain.File
	err := s.changeFile(a, id, func(old *domain.File) (domain.Action, string, error) {
		switch {
		case !can(a, domain.ActFileEdit, old.Center):
			return 0, "", ErrDenied
		case touchesClosed(old.Status, st) && !can(a, domain.ActFileClose, old.Center):
			return 0, "", ErrDenied
		case needsReason(old.Status, st, reason):
			return 0, "", domain.ErrClosedReason
		}
		f = *old
		f.Status, f.StatusReason = st, reason
		if touchesClosed(old.Status, st) {
			return domain.ActFileClose, "", nil
		}
		return domain.ActFileEdit, "", nil
	}, &f)
	return f, err
}

// TransferFile hands a file to another center. The file keeps its id (ids
// never change) and gets a number in the new center's series; its
// external reference, which named a row of the old center's sheet, is
// dropped. Both are in the audit event.
func (s *Store) TransferFile(a Actor, id domain.ID, to domain.CenterID, note string) (domain.File, error) {
	var f domain.File
	err := s.changeFile(a, id, func(old *domain.File) (domain.Action, string, error) {
		if !can(a, domain.ActFileTransfer, old.Center) {
			return 0, "", ErrDenied
		}
		if to == old.Center {
			return 0, "", fmt.Errorf("file %s is already at center %d", id, to)
		}
		f = *old
		f.Center, f.ExternalRef, f.Number = to, "", ""
		return domain.ActFileTransfer, note, nil
	}, &f)
	return f, err
}

// changeFile runs the read-check-write cycle shared by SetStatus and
// TransferFile: edit fills *f from the stored file and says which action
// to audit, with what note.
func (s *Store) changeFile(a Actor, id domain.ID, edit func(old *domain.File) (domain.Action, string, error), f *domain.File) error {
	changed := false
	err := s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock() // under the writer lock: audit times follow commit order
		old, err := getFile(tx, id)
		if err != nil {
			return err
		}
		act, note, err := edit(&old)
		if err != nil {
			return err
		}
		if f.Center != old.Center {
			c, err := getCenter(tx, f.Center)
			if err != nil {
				return err
			}
			y := fa.FromTime(now).Year
			n, err := nextSeq(tx, seqNumber, f.Center, y)
			if err != nil {
				return err
			}
			f.Number = fileNumber(c.Code, y, n)
			if err := moveDue(tx, f.ID, f.Center); err != nil {
				return err
			}
		}
		changes := diffFile(&old, f)
		if len(changes) == 0 {
			*f = old
			return nil
		}
		changed = true
		f.UpdatedAt, f.UpdatedBy, f.Version = now, a.User.ID, old.Version+1
		return s.rewriteFile(tx, a, now, &old, f, &domain.AuditEvent{
			Action: act, Kind: kindFile, Changes: changes, Note: note,
		})
	})
	if err != nil {
		*f = domain.File{}
		return err
	}
	if changed {
		s.publish(Change{Kind: kindFile, IDs: []domain.ID{f.ID}, Center: f.Center})
	}
	return nil
}

// moveDue rewrites the center in a file's visits-due entry.
func moveDue(tx *bbolt.Tx, file domain.ID, to domain.CenterID) error {
	latest, err := latestVisit(tx, file)
	if err != nil {
		return err
	}
	if e, ok := dueEntry(file, to, latest); ok {
		return putEntries(tx, []ixEntry{e})
	}
	return nil
}
