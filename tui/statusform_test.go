package tui

import (
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

func TestStatusChangeNeedsReason(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	d := openFile(t, e, "en", f.ID)
	d.typeText("s")
	if _, ok := d.top().(*statusForm); !ok {
		t.Fatalf("s opened %T", d.top())
	}
	d.typeText("2") // suspended; on to the reason
	d.press(tea.KeyCtrlS)
	d.wantView("Write the reason.")
	d.typeText("moved to Tehran for three months")
	d.press(tea.KeyEnter) // the last field: save
	d.fileScreen()
	d.wantView("File status changed.", "suspended (moved to Tehran for three months)")
	got, _ := e.st.File(store.Actor{User: e.admin}, f.ID)
	if got.Status != domain.StatusSuspended || got.StatusReason != "moved to Tehran for three months" {
		t.Errorf("status %v %q", got.Status, got.StatusReason)
	}
	d.typeText("5")
	d.wantView("Status: “active” → “suspended”", "Reason: set to “moved to Tehran for three months”")
}

func TestCloseAsksFirst(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	d := openFile(t, e, "fa", f.ID)
	d.typeText("s")
	d.typeText("3") // closed
	d.typeText("خانواده از مشهد رفته است")
	d.press(tea.KeyCtrlS)
	d.wantView("پرونده «زهرا احمدی» بسته شود؟")
	d.typeText("n")
	if _, ok := d.top().(*statusForm); !ok {
		t.Fatal("no: left the form")
	}
	got, _ := e.st.File(store.Actor{User: e.admin}, f.ID)
	if got.Status != domain.StatusActive {
		t.Fatal("closed without a yes")
	}
	d.press(tea.KeyCtrlS)
	d.typeText("y")
	d.fileScreen()
	d.wantView("بسته (خانواده از مشهد رفته است)")
}

// A caseworker is not offered closing, and a closed file's status is not
// theirs to change.
func TestCaseworkerCannotClose(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	d := caseworker(t, e, "en")
	d.send(OpenFileMsg{ID: f.ID})
	d.fileScreen()
	d.typeText("s")
	m, ok := d.top().(*statusForm)
	if !ok {
		t.Fatalf("s opened %T", d.top())
	}
	for _, st := range m.offered {
		if st == domain.StatusClosed {
			t.Fatal("closing offered to a caseworker")
		}
	}
	d.wantView("Closing a file is for your center's supervisor.")
	d.typeText("3") // there is no third option
	if m.chosen() == domain.StatusClosed {
		t.Fatal("3 chose closed")
	}
	d.press(tea.KeyEsc)

	if _, err := e.st.SetStatus(store.Actor{User: e.admin}, f.ID, domain.StatusClosed, "moved away"); err != nil {
		t.Fatal(err)
	}
	d.send(ChangedMsg{Change: store.Change{Kind: "file", IDs: []domain.ID{f.ID}}})
	d.wantView("closed (moved away)")
	if h := d.fileScreen().KeyMap().ShortHelp(); containsKey(h, "s") || !containsKey(h, "e") {
		t.Errorf("help offers status on a closed file, or lost edit: %v", h)
	}
	d.typeText("s")
	d.fileScreen()
	d.wantView("Your role does not allow this.")
	// The store refuses too, whatever a screen would offer.
	cw, _ := e.st.UserByLogin("cw")
	if _, err := e.st.SetStatus(store.Actor{User: cw}, f.ID, domain.StatusActive, ""); err != store.ErrDenied {
		t.Errorf("store let a caseworker reopen: %v", err)
	}
}

func containsKey(bs []key.Binding, k string) bool {
	for _, b := range bs {
		if b.Help().Key == k {
			return true
		}
	}
	return false
}
