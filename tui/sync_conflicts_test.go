package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// openConflicts takes user from the list through the status screen to
// the conflicts.
func openConflicts(t *testing.T, e spokeEnv, user, lang string, size tea.WindowSizeMsg) (*driver, *syncConflictsScreen) {
	t.Helper()
	d := hubAs(t, e, user, lang)
	d.send(size)
	d.typeText("c")
	d.typeText("c")
	m, ok := d.top().(*syncConflictsScreen)
	if !ok {
		t.Fatalf("top is %T\n%s", d.top(), d.view())
	}
	return d, m
}

// TestSyncConflictsScreen: the restored spoke's reused id is listed with
// both files' fields (here → incoming); goldens in both languages.
func TestSyncConflictsScreen(t *testing.T) {
	e := syncedHub(t)
	for _, lang := range []string{"en", "fa"} {
		for _, sz := range []tea.WindowSizeMsg{{Width: 100, Height: 30}, {Width: 80, Height: 24}} {
			name := lang + "_" + map[int]string{100: "100x30", 80: "80x24"}[sz.Width]
			t.Run(name, func(t *testing.T) {
				d, m := openConflicts(t, e, "coord", lang, sz)
				if len(m.rows) != 1 {
					t.Fatalf("conflicts: %+v", m.rows)
				}
				// the file here is نرگس's; the restored copy sent پروین's
				d.wantView("مرکز الزهرا", "نرگس", "پروین")
				golden(t, "sync_conflicts_"+name, d.view())
			})
		}
	}
}

// TestSyncConflictDismissNeedsNote: x asks for a note; enter without one
// says what to write and settles nothing; esc puts the note away; with a
// note (q typed in it is a letter, not quit) the conflict is settled,
// what is here stays, and the note is on record.
func TestSyncConflictDismissNeedsNote(t *testing.T) {
	e := syncedHub(t)
	coord, err := e.st.UserByLogin("coord")
	if err != nil {
		t.Fatal(err)
	}
	before, err := e.st.SyncConflicts(store.Actor{User: coord})
	if err != nil || len(before) != 1 {
		t.Fatalf("conflicts before: %v %+v", err, before)
	}
	x, _ := before[0].Record()
	here, err := e.st.File(store.SystemActor(), x)
	if err != nil {
		t.Fatal(err)
	}

	d, m := openConflicts(t, e, "coord", "en", tea.WindowSizeMsg{Width: 100, Height: 30})
	d.typeText("x")
	if !m.noting {
		t.Fatal("x did not ask for a note")
	}
	d.wantView("a note is required")
	d.press(tea.KeyEnter)
	d.wantView("Write a note saying why")
	if cs, _ := e.st.SyncConflicts(store.Actor{User: coord}); len(cs) != 1 {
		t.Fatal("settled without a note")
	}
	d.typeText("draft")
	d.press(tea.KeyEsc)
	if m.noting || d.top() != Screen(m) {
		t.Fatalf("esc did not put the note away (noting %v, top %T)", m.noting, d.top())
	}
	d.typeText("x")
	d.typeText("quarrel: ours is the true one")
	if d.quit {
		t.Fatal("q in the note quit")
	}
	d.press(tea.KeyEnter)
	d.wantView("Conflict 1 settled", "No conflicts waiting")
	if cs, _ := e.st.SyncConflicts(store.Actor{User: coord}); len(cs) != 0 {
		t.Fatalf("still waiting: %+v", cs)
	}
	after, err := e.st.File(store.SystemActor(), x)
	if err != nil {
		t.Fatal(err)
	}
	if after.Head.FirstName != here.Head.FirstName {
		t.Errorf("what was here changed: %q → %q", here.Head.FirstName, after.Head.FirstName)
	}
	evs, err := e.st.Audit(store.Actor{User: coord}, store.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ev := range evs {
		found = found || ev.Action == domain.ActDuplicateDecide && ev.Login == coord.Login && strings.Contains(ev.Note, "ours is the true one")
	}
	if !found {
		t.Error("the dismissal and its note are not on record")
	}
}

// TestSyncConflictsRefusedToSupervisor: the screen, reached anyway, shows
// the store's refusal in words, not a crash or an empty list.
func TestSyncConflictsRefusedToSupervisor(t *testing.T) {
	e := syncedHub(t)
	if _, err := e.st.CreateUser(store.SystemActor(), domain.User{Login: "super", Name: "سرپرست", Role: domain.RoleSupervisor, Center: e.c1.ID, Lang: "en"}, "secret-pass"); err != nil {
		t.Fatal(err)
	}
	d := hubAs(t, e, "super", "en")
	d.send(PushMsg{Screen: newSyncConflictsScreen(d.app.s)})
	d.wantView("Only a coordinator or an admin")
	d.typeText("x")
	if m := d.top().(*syncConflictsScreen); m.noting {
		t.Error("a supervisor was asked for a note")
	}
}
