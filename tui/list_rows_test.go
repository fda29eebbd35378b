package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// The rows, search line and info line the list keeps are what it would
// draw afresh, through typing, moving, sorting, resizing, a change to a
// row, a language switch and a right-to-left mode change.
func TestListKeptLinesDrawAsFresh(t *testing.T) {
	e := seed(t)
	fs := households(t, e)
	d := loggedIn(t, e, "fa", Screens{})
	check := func(step string) {
		t.Helper()
		m := d.list()
		kept := m.View()
		m.cache = nil
		if fresh := m.View(); kept != fresh {
			t.Errorf("%s: kept\n%s\nfresh\n%s", step, kept, fresh)
		}
	}
	check("start")
	d.typeText("ز")
	check("typed")
	d.typeText("هرا")
	check("typed more")
	d.press(tea.KeyDown)
	check("moved")
	d.press(tea.KeyBackspace)
	check("deleted")
	d.press(tea.KeyTab)
	check("left the input")
	d.typeText("s")
	check("sorted")
	f := fs["زهرا احمدی"]
	f.Head.FatherName = "یوسف"
	if _, err := e.st.UpdateFile(store.Actor{User: e.admin}, f); err != nil {
		t.Fatal(err)
	}
	e.ix.Put(f, f.OpenedOn, f.OpenedOn)
	d.clock.t = d.clock.t.Add(refreshEvery)
	d.send(ChangedMsg{Change: store.Change{Kind: "file", IDs: []domain.ID{f.ID}, Center: f.Center}})
	check("a row changed")
	d.wantView("یوسف")
	d.send(tea.WindowSizeMsg{Width: 130, Height: 35})
	check("resized")
	d.send(SetLangMsg{Lang: i18n.En})
	check("english")
	d.app.s.Theme.SetMode(theme.Visual)
	check("visual")
}
