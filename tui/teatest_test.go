package tui

import (
	"bytes"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/parvande/parvande/domain/fa"
)

// TestProgramLoginSearchOpen runs the root model in a real Bubble Tea
// program (teatest): log in, type a compound name without its half-space,
// open the file, quit; the final view is a golden, in fa and in en. The
// other screen tests drive Update directly; this one proves the same
// screens work under the real event loop, ticks and all.
func TestProgramLoginSearchOpen(t *testing.T) {
	for _, lang := range []string{"fa", "en"} {
		t.Run(lang, func(t *testing.T) {
			e := seed(t)
			f := e.addFile(t, "محمد\u200cرضا", "کاظمی", "غلامعلی", nil)
			e.addFile(t, "زهرا", "رضایی", "حسن", nil)
			m := New(e.st, e.ix, Options{Lang: lang, RTL: "logical", Renderer: asciiRenderer(), Now: func() time.Time { return testNow }})
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30))
			number := f.Number
			if lang == "fa" {
				number = fa.ToPersianDigits(number)
			}
			wait := func(s string) {
				t.Helper()
				teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
					teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
			}
			runes := func(s string) tea.Msg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

			wait("ctrl+l") // the login screen, in either language
			tm.Send(runes("admin"))
			tm.Send(tea.KeyMsg{Type: tea.KeyTab})
			tm.Send(runes("secret-pass"))
			tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
			wait("مدیر")
			tm.Send(runes("محمدرضا کاظ"))
			wait(number)
			tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
			wait("غلامعلی")
			tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).View()
			golden(t, "program_file_"+lang, final)
		})
	}
}
