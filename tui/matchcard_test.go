package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

func TestPanelOpensCardOrFile(t *testing.T) {
	e := seedReview(t)
	// A caseworker of the third center: the matches are other centers'
	// files, so only their cards.
	d, m := registerAs(t, e, "worker", "en")
	typeZahra(d)
	d.settle(m)
	d.press(tea.KeyCtrlN)
	sel := m.panel.matches[m.panel.sel]
	d.press(tea.KeyCtrlO)
	card, ok := d.top().(*matchCardScreen)
	if !ok {
		t.Fatalf("ctrl+o opened %T", d.top())
	}
	if card.m.File != sel.File {
		t.Errorf("card of %v, want the selected %v", card.m.File, sel.File)
	}
	d.wantView("Match card: زهرا محمدی", "you may see only its match card", "Father's name", "حسن", "Birth year", "1360 SH", "certain 99%", "same national code")
	if strings.Contains(d.view(), "0084575948") {
		t.Error("the card shows the national code")
	}
	// The look is audited, as a deliberate view of another center's family.
	if !viewedCard(t, e, sel.File) {
		t.Error("opening the card left no audited view")
	}
	d.typeText("q") // a reflex: must not quit over the form
	if d.quit {
		t.Fatal("q on the card quit and lost the form")
	}
	d.press(tea.KeyEsc)
	if d.registerForm() != m || m.form.value(m.head.nc) != "0084575948" {
		t.Fatal("esc from the card did not return to the form as it was")
	}

	// A coordinator may view every center's file: the file itself.
	d, m = registerAs(t, e, "coord", "en")
	typeZahra(d)
	d.settle(m)
	want := m.panel.matches[0].File
	d.press(tea.KeyCtrlO)
	fs := d.fileScreen()
	if fs.id != want {
		t.Errorf("opened %v, want %v", fs.id, want)
	}
	d.press(tea.KeyEsc)
	if d.registerForm() != m || m.form.value(m.head.first) != "زهرا" {
		t.Fatal("esc from the file did not return to the form as it was")
	}
}

// viewedCard: the worker's look at file id's match card is on record.
func viewedCard(t *testing.T, e reviewEnv, id domain.ID) bool {
	t.Helper()
	coord, err := e.st.UserByLogin("coord")
	if err != nil {
		t.Fatal(err)
	}
	evs, err := e.st.Audit(store.Actor{User: coord}, store.AuditFilter{File: id})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if ev.Action == domain.ActFileMatchCard && ev.Target == id && ev.Login == "worker" {
			return true
		}
	}
	return false
}
