package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/parvande/parvande/tui/theme"
)

// Golden views of the list, the file and the registration form in each
// right-to-left mode, fa and en. Beside the goldens, every line must fill
// the width exactly and the panel borders (│) must stand in the same
// column in every mode: widths are measured after shaping.
func TestGoldenRTLModes(t *testing.T) {
	for _, lang := range []string{"fa", "en"} {
		borders := map[string][]int{} // screen → border columns in logical mode
		for _, m := range []theme.Mode{theme.Logical, theme.Visual, theme.VisualUnshaped} {
			t.Run(lang+"_"+m.String(), func(t *testing.T) {
				e := seed(t)
				households(t, e)
				f := richFile(t, e)
				d := startWith(t, e.st, e.ix, Options{Lang: lang, RTL: m.String()})
				d.login("admin", "secret-pass")
				if d.mode() != m {
					t.Fatalf("mode %v, want %v", d.mode(), m)
				}
				check := func(screen string) {
					t.Helper()
					v := d.view()
					golden(t, "rtl_"+screen+"_"+lang+"_"+m.String(), v)
					cols := borderColumns(t, v)
					if want, ok := borders[screen]; ok && !equalInts(cols, want) {
						t.Errorf("%s: borders at %v, in logical mode at %v", screen, cols, want)
					} else if !ok {
						borders[screen] = cols
					}
				}
				d.typeText("زهرا")
				check("list")
				d.send(OpenFileMsg{ID: f.ID})
				d.fileScreen()
				check("file")
				d.press(tea.KeyEsc)
				d.send(NewFileMsg{})
				d.typeText("محمد\u200cرضا")
				d.press(tea.KeyTab)
				d.typeText("Ali 12 لاله")
				check("register")
			})
		}
	}
}

// borderColumns checks that every line is exactly 100 cells and returns
// the cell columns of every │ on every line.
func borderColumns(t *testing.T, v string) []int {
	t.Helper()
	var cols []int
	for i, l := range strings.Split(v, "\n") {
		if w := theme.Width(l); w != 100 {
			t.Errorf("line %d is %d cells wide: %q", i, w, l)
		}
		cell := 0
		for _, r := range ansi.Strip(l) { // the frame starts with CSI 8 l in visual modes
			if r == '│' {
				cols = append(cols, i*1000+cell)
			}
			cell += theme.Width(string(r))
		}
	}
	return cols
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
