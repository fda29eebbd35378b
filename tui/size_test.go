package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/tui/theme"
)

// TestEveryLineFits: at any size from 80×24 up, every screen draws exactly
// Height lines of exactly Width cells, so nothing wraps or scrolls away.
func TestEveryLineFits(t *testing.T) {
	e := seed(t)
	households(t, e)
	for _, lang := range []string{"fa", "en"} {
		d := loggedIn(t, e, lang, Screens{})
		d.typeText("زهرا")
		views := map[string]func(){
			"list":   func() {},
			"help":   func() { d.send(tea.KeyMsg{Type: tea.KeyF1}) },
			"filter": func() { d.press(tea.KeyEsc); d.typeText("f") },
		}
		for name, open := range views {
			for _, sz := range [][2]int{{80, 24}, {100, 30}, {173, 51}} {
				d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				open()
				lines := strings.Split(d.view(), "\n")
				if len(lines) != sz[1] {
					t.Errorf("%s %s %v: %d lines", lang, name, sz, len(lines))
				}
				for i, l := range lines {
					if w := theme.Width(l); w != sz[0] {
						t.Errorf("%s %s %v: line %d is %d wide: %q", lang, name, sz, i, w, l)
					}
				}
				// Close what was opened.
				if name == "help" {
					d.press(tea.KeyEsc)
				}
				if name == "filter" {
					d.press(tea.KeyEsc)
					d.typeText("/")
				}
			}
		}
	}
}
