package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/tui/theme"
)

// Golden views of the file screen and the forms at 100×30, Ascii
// profile, fa and en. go test ./tui -update rewrites them.

func TestGoldenFile(t *testing.T) {
	for _, lang := range []string{"fa", "en"} {
		t.Run(lang, func(t *testing.T) {
			e := seed(t)
			f := richFile(t, e)
			d := openFile(t, e, lang, f.ID)
			golden(t, "file_overview_"+lang, d.view())
			d.typeText("2")
			golden(t, "file_visits_"+lang, d.view())
			d.typeText("3")
			golden(t, "file_aid_"+lang, d.view())
		})
	}
}

func TestGoldenForms(t *testing.T) {
	for _, lang := range []string{"fa", "en"} {
		t.Run(lang, func(t *testing.T) {
			e := seed(t)
			f := richFile(t, e)
			d := loggedIn(t, e, lang, Screens{})
			d.send(NewFileMsg{})
			d.fill("زهرا")
			d.fill("کریمی")
			d.fill("")           // no father's name
			d.typeText("2")      // female; on to the birth date
			d.fill("1365")       // a year is enough
			d.typeText("1")      // Iranian
			d.fill("0012345678") // wrong check digit: flagged
			golden(t, "register_"+lang, d.view())

			d.press(tea.KeyEsc)
			d.typeText("y")
			d.send(OpenFileMsg{ID: f.ID})
			d.typeText("v")
			d.typeText("1")
			d.typeText("یخچال را تعمیر کردند.")
			d.press(tea.KeyTab)
			d.typeText("+30")
			d.press(tea.KeyShiftTab)
			golden(t, "visit_form_"+lang, d.view())
		})
	}
}

// TestFormScreensFit: every screen of this part draws exactly the
// window, from 80×24 up, in both languages.
func TestFormScreensFit(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	dueFiles(t, e)
	for _, lang := range []string{"fa", "en"} {
		d := loggedIn(t, e, lang, Screens{})
		open := map[string]func(){
			"overview": func() { d.send(OpenFileMsg{ID: f.ID}) },
			"visits":   func() { d.send(OpenFileMsg{ID: f.ID}); d.typeText("2") },
			"aid":      func() { d.send(OpenFileMsg{ID: f.ID}); d.typeText("3") },
			"notes":    func() { d.send(OpenFileMsg{ID: f.ID}); d.typeText("4") },
			"history":  func() { d.send(OpenFileMsg{ID: f.ID}); d.typeText("5") },
			"register": func() { d.send(NewFileMsg{}); d.fill("زهرا"); d.press(tea.KeyCtrlS) },
			"edit":     func() { d.send(OpenFileMsg{ID: f.ID}); d.typeText("e"); d.typeText("j") },
			"member":   func() { d.send(OpenFileMsg{ID: f.ID}); d.typeText("m") },
			"visit":    func() { d.send(OpenFileMsg{ID: f.ID}); d.typeText("v") },
			"aid form": func() { d.send(OpenFileMsg{ID: f.ID}); d.typeText("a") },
			"status":   func() { d.send(OpenFileMsg{ID: f.ID}); d.typeText("s") },
			"due":      func() { d.send(VisitsDueMsg{}) },
		}
		for name, o := range open {
			for _, sz := range [][2]int{{80, 24}, {100, 30}, {173, 51}} {
				d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				o()
				lines := strings.Split(d.view(), "\n")
				if len(lines) != sz[1] {
					t.Errorf("%s %s %v: %d lines", lang, name, sz, len(lines))
				}
				for i, l := range lines {
					if w := theme.Width(l); w != sz[0] {
						t.Errorf("%s %s %v: line %d is %d wide: %q", lang, name, sz, i, w, l)
					}
				}
				for len(d.app.stack) > 1 {
					d.send(PopMsg{})
				}
			}
		}
	}
}
