package tui

import (
	"io"
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

var sgr = regexp.MustCompile(`\x1b\[[0-9;]+m`)

// With colours on, no screen hands already styled text back to the theme
// (which would reorder escape sequences in the visual modes, and shows
// control characters as U+FFFD in every mode).
func TestStyledTextNotReprocessed(t *testing.T) {
	for _, rtl := range []string{"logical", "visual"} {
		e := seed(t)
		households(t, e)
		f := richFile(t, e)
		r := lipgloss.NewRenderer(io.Discard)
		r.SetColorProfile(termenv.ANSI)
		d := startWith(t, e.st, e.ix, Options{Lang: "fa", RTL: rtl})
		d.app.s.renderer = r
		d.app.setLang(d.app.s.Lang) // rebuild the theme on the colour renderer
		check := func(where string) {
			t.Helper()
			v := d.view()
			if !sgr.MatchString(v) {
				t.Fatalf("%s %s: no colour at all, the test proves nothing", rtl, where)
			}
			if strings.ContainsRune(v, '\uFFFD') {
				t.Errorf("%s %s: styled text went through the theme again:\n%q", rtl, where, v)
			}
		}
		check("login")
		d.login("admin", "secret-pass")
		d.typeText("زهرا")
		check("list")
		d.send(OpenFileMsg{ID: f.ID})
		for _, k := range []string{"1", "2", "3", "4", "5", "6"} {
			d.typeText(k)
			check("file tab " + k)
		}
		d.typeText("v")
		check("visit form")
		d.press(tea.KeyEsc)
		d.press(tea.KeyEsc)
		d.send(NewFileMsg{})
		d.typeText("علی")
		check("register")
		d.press(tea.KeyF8)
		check("calibration")
		d.press(tea.KeyF1)
		check("help")
	}
}
