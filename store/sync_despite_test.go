package store

import (
	"testing"

	"github.com/parvande/parvande/domain"
)

// TestNoteRegisteredDespiteElsewhere: a save over a match found only in
// the hub's index is audited on the new file, naming a file this database
// does not hold and its center; only who may create at the new file's
// center may note it, and only for a file that exists here.
func TestNoteRegisteredDespiteElsewhere(t *testing.T) {
	e := newEnv(t)
	mine := e.create(family(e.c2.ID, "زهرا", "احمدی", "", ""))
	far := domain.NewID(7, 42) // another center's file, known only by the index
	cases := []struct {
		name string
		a    Actor
		file domain.ID
		want error
	}{
		{"caseworker of the file's center", e.actorAt(domain.RoleCaseworker, e.c2.ID), mine.ID, nil},
		{"caseworker elsewhere", e.actorAt(domain.RoleCaseworker, e.c1.ID), mine.ID, ErrDenied},
		{"no such new file", e.actorAt(domain.RoleCaseworker, e.c2.ID), domain.NewID(e.c2.ID, 999), ErrNotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := e.s.NoteRegisteredDespiteElsewhere(c.a, c.file, far, 7, 31.5)
			if c.want == nil {
				mustNoErr(t, err)
				return
			}
			wantErr(t, err, c.want)
		})
	}
	h, err := e.s.History(e.admin(), mine.ID)
	mustNoErr(t, err)
	n := 0
	for _, ev := range h {
		if ev.Kind == "duplicate" {
			n++
			if ev.Target != far || ev.File != mine.ID || ev.Action != domain.ActFileCreate || len(ev.Changes) != 3 || ev.Changes[1].After != "7" {
				t.Errorf("event %+v", ev)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d notes, want the one allowed", n)
	}
	e.check()
}
