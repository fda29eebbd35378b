package tui

import (
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// What the root keeps from frame to frame is what it would draw afresh,
// through typing, moving, resizing, a language switch and a right-to-left
// mode change.
func TestFrameMemoDrawsAsFresh(t *testing.T) {
	e := seed(t)
	households(t, e)
	d := loggedIn(t, e, "fa", Screens{})
	check := func(step string) {
		t.Helper()
		a, s := d.app, d.app.s
		top := a.Top()
		keys := footerKeys{screen: top.KeyMap(), root: a.rootHelp(top), more: []key.Binding{a.keys.RTL}}
		body := top.View()
		if got, want := a.memo.frame(s, body, s.BodyHeight()), s.Theme.Frame(body, s.Width, s.BodyHeight()); got != want {
			t.Errorf("%s: body\n%s\nwant\n%s", step, got, want)
		}
		if got, want := a.memo.status(s, top.Title()), statusBar(s, top.Title()); got != want {
			t.Errorf("%s: status bar %q, want %q", step, got, want)
		}
		if got, want := a.memo.help(s, a.help, keys), s.Theme.HelpView(a.help, keys, s.Width); got != want {
			t.Errorf("%s: help %q, want %q", step, got, want)
		}
	}
	check("start")
	d.typeText("زهرا")
	check("typed")
	d.press(tea.KeyDown)
	check("moved")
	d.press(tea.KeyTab)
	check("left the input") // the footer's keys changed
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	check("resized")
	d.send(SetLangMsg{Lang: i18n.En})
	check("english")
	d.app.s.Theme.SetMode(theme.Visual)
	check("visual")
	d.send(tea.WindowSizeMsg{Width: 100, Height: 24})
	check("shorter")
}
