package store

import (
	"errors"
	"strconv"
	"time"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// Audit and change kinds of duplicate review.
const (
	kindDecision  = "decision"
	kindLink      = "link"
	kindDuplicate = "duplicate"
	kindWeights   = "weights"
)

// ErrBadPair: a decision needs two different existing files and a known
// verdict.
var ErrBadPair = errors.New("a duplicate decision needs two different files and a verdict")

var verdictNames = map[domain.Verdict]string{domain.VerdictSame: "same", domain.VerdictDifferent: "different"}

// pairFiles reads both files of a pair and checks the actor may act on
// the pair: the target is the first file's center and the other's.
func pairFiles(tx *bbolt.Tx, a Actor, act domain.Action, x, y domain.ID) (fx, fy domain.File, err error) {
	if x == 0 || y == 0 || x == y {
		return fx, fy, ErrBadPair
	}
	if fx, err = getFile(tx, x); err != nil {
		return
	}
	if fy, err = getFile(tx, y); err != nil {
		return
	}
	if !domain.Can(a.User, act, domain.Target{Center: fx.Center, Other: fy.Center}) {
		err = ErrDenied
	}
	return
}

func getDecision(tx *bbolt.Tx, a, b domain.ID) (domain.Decision, bool, error) {
	v := tx.Bucket(bDecisions).Get(pairKey(a, b))
	if v == nil {
		return domain.Decision{}, false, nil
	}
	d, err := decodeDecision(v)
	return d, err == nil, err
}

// Decide records a reviewer's verdict on a pair of files, replacing any
// earlier one. "Same" links the files (nothing is merged); "different"
// keeps the pair out of the queue for good, and undoes an earlier link.
// The decision is audited on both files' histories, with before and after.
func (s *Store) Decide(a Actor, x, y domain.ID, v domain.Verdict, score float64, note string) (domain.Decision, error) {
	if _, ok := verdictNames[v]; !ok {
		return domain.Decision{}, ErrBadPair
	}
	A, B := domain.OrderPair(x, y)
	var d domain.Decision
	var centerA domain.CenterID
	err := s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock()
		fa, fb, err := pairFiles(tx, a, domain.ActDuplicateDecide, A, B)
		if err != nil {
			return err
		}
		centerA = fa.Center
		old, had, err := getDecision(tx, A, B)
		if err != nil {
			return err
		}
		d = domain.Decision{A: A, B: B, Verdict: v, Score: score, Note: note, By: a.User.ID, At: now}
		if err := tx.Bucket(bDecisions).Put(pairKey(A, B), encodeDecision(&d)); err != nil {
			return err
		}
		l, linked, err := activeLink(tx, A, B)
		if err != nil {
			return err
		}
		switch {
		case v == domain.VerdictSame && !linked:
			l = domain.Link{A: A, B: B, By: a.User.ID, At: now, Note: note}
			if l.ID, err = newID(tx, seqLink, fa.Center); err != nil {
				return err
			}
		case v == domain.VerdictDifferent && linked:
			l.UnlinkedBy, l.UnlinkedAt = a.User.ID, now
		default:
			l = domain.Link{}
		}
		if l.ID != 0 {
			if err := tx.Bucket(bLinks).Put(l.ID.Key(), encodeLink(&l)); err != nil {
				return err
			}
		}
		changes := []domain.FieldChange{
			{Field: "pair", After: A.String() + " " + B.String()},
			{Field: "verdict", After: verdictNames[v]},
			{Field: "score", After: strconv.FormatFloat(score, 'f', 2, 64)},
		}
		if had {
			changes[1].Before = verdictNames[old.Verdict]
			changes[2].Before = strconv.FormatFloat(old.Score, 'f', 2, 64)
		}
		if l.ID != 0 {
			ch := domain.FieldChange{Field: "link", After: l.ID.String()}
			if !l.Active() {
				ch = domain.FieldChange{Field: "link", Before: l.ID.String()}
			}
			changes = append(changes, ch)
		}
		return s.auditPair(tx, a, now, fa, fb, domain.AuditEvent{
			Action: domain.ActDuplicateDecide, Kind: kindDecision, Target: l.ID,
			Changes: changes, Note: note,
		})
	})
	if err != nil {
		return domain.Decision{}, err
	}
	s.publish(Change{Kind: kindDecision, IDs: []domain.ID{A, B}, Center: centerA})
	return d, nil
}

// auditPair writes one event per file of the pair, so that each file's
// history and each center's audit trail shows it (a history entry names
// one file).
func (s *Store) auditPair(tx *bbolt.Tx, a Actor, now time.Time, fa, fb domain.File, ev domain.AuditEvent) error {
	for _, f := range []domain.File{fa, fb} {
		e := ev
		e.File, e.Center = f.ID, f.Center
		if err := s.audit(tx, a, now, &e); err != nil {
			return err
		}
	}
	return nil
}

// Decision is the standing decision on a pair, if any.
func (s *Store) Decision(x, y domain.ID) (domain.Decision, bool, error) {
	A, B := domain.OrderPair(x, y)
	var d domain.Decision
	var ok bool
	err := s.db.View(func(tx *bbolt.Tx) (err error) {
		d, ok, err = getDecision(tx, A, B)
		return err
	})
	return d, ok, err
}

// Decisions lists every standing decision in pair order, for the
// duplicate service to filter its queue. It checks no permission: a
// decision shows only file ids and a verdict.
func (s *Store) Decisions() ([]domain.Decision, error) {
	var out []domain.Decision
	err := s.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bDecisions).ForEach(func(_, v []byte) error {
			d, err := decodeDecision(v)
			if err != nil {
				return err
			}
			out = append(out, d)
			return nil
		})
	})
	return out, err
}

// NoteRegisteredDespite puts on record that a user saved a new file
// although the engine found a certain match for it: the choice is theirs,
// but it is audited.
func (s *Store) NoteRegisteredDespite(a Actor, newFile, matched domain.ID, score float64) error {
	return s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock()
		f, err := getFile(tx, newFile)
		if err != nil {
			return err
		}
		if _, err := getFile(tx, matched); err != nil {
			return err
		}
		if !can(a, domain.ActFileCreate, f.Center) {
			return ErrDenied
		}
		return s.audit(tx, a, now, &domain.AuditEvent{
			Action: domain.ActFileCreate, Kind: kindDuplicate, Target: matched, File: newFile,
			Center: f.Center, Note: "registered despite a certain match",
			Changes: []domain.FieldChange{
				{Field: "matched", After: matched.String()},
				{Field: "score", After: strconv.FormatFloat(score, 'f', 2, 64)},
			},
		})
	})
}
