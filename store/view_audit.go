package store

import (
	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// kindView marks an audit event that records a read, not a change: who
// looked at another center's file, whole or as a match card. Target is the
// file; File stays 0 so views stay out of the file's change history (the
// owning center reads them on the audit screen, filtered by file).
const kindView = "view"

// viewAudited says whether a's reading a file of center c is written to
// the audit trail: only reads across centers are. A caseworker opening
// their own center's files dozens of times a day would bury the reads
// that matter (someone outside the center looking at a family) in noise.
// The system actor (no user id) is the machine itself: its reads feed
// process-internal indexes (the duplicate service refreshes from File) or
// are the operator's, who holds the database file; a read-only store is
// opened only by such tools, and cannot write anyway.
func (s *Store) viewAudited(a Actor, c domain.CenterID) bool {
	return a.User.ID != 0 && a.User.Center != c && !s.db.IsReadOnly()
}

// auditView writes one view event. It runs after the read transaction has
// ended (a write transaction may not open inside a read one) and through
// db.Batch, so that many sessions viewing at once share one commit; the
// function only writes inside its transaction, so Batch may safely re-run
// it. Screens call the store from tea.Cmds, so this never blocks a frame.
func (s *Store) auditView(a Actor, act domain.Action, f *domain.File) error {
	ev := domain.AuditEvent{
		Action: act, Kind: kindView, Target: f.ID, Center: f.Center,
		Changes: []domain.FieldChange{{Field: "number", After: f.Number}},
	}
	return s.db.Batch(func(tx *bbolt.Tx) error {
		e := ev // a re-run starts from the same event
		return s.audit(tx, a, s.clock(), &e)
	})
}

// ViewCard reads a file's match card because a user asked to look at it
// (opened it from a list or a duplicate pair), and audits the look when
// the file is another center's. MatchCard, which screens use to name the
// files of a queue, is not audited. A look that cannot be recorded is not
// shown: the error is returned instead of the card.
func (s *Store) ViewCard(a Actor, id domain.ID) (Card, error) {
	var (
		c Card
		f domain.File
	)
	err := s.db.View(func(tx *bbolt.Tx) (err error) {
		if f, err = fileFor(tx, a, id, domain.ActFileMatchCard); err != nil {
			return err
		}
		c, err = cardOf(tx, &f)
		return err
	})
	if err != nil {
		return Card{}, err
	}
	if s.viewAudited(a, f.Center) {
		if err := s.auditView(a, domain.ActFileMatchCard, &f); err != nil {
			return Card{}, err
		}
	}
	return c, nil
}
