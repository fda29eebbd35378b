package tui

import (
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// benchApp is a whole App (status bar, list, message line, help footer)
// at 100×30 with a colour renderer, as an SSH session of an xterm has:
// with Ascii, lipgloss skips most of the work a real client costs.
func benchApp(b *testing.B, lang i18n.Lang, mode theme.Mode) *App {
	b.Helper()
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	s := &Session{
		Index: benchIndex(2000), User: domain.User{ID: 1, Name: "مدیر", Role: domain.RoleCaseworker, Center: 1},
		Now: func() time.Time { return testNow }, Width: 100, Height: 30, renderer: r,
		Centers: map[domain.CenterID]domain.Center{1: {ID: 1, Name: "یک"}, 2: {ID: 2, Name: "دو"}},
		tick:    func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil },
	}
	a := &App{s: s}
	a.setLang(lang)
	s.Theme.SetMode(mode)
	a.stack = []Screen{newList(s)}
	for _, msg := range runAll(a.Top().Init()) {
		a.Update(msg)
	}
	return a
}

var frameCases = []struct {
	name string
	lang i18n.Lang
	mode theme.Mode
}{
	{"en", i18n.En, theme.Logical},
	{"fa-logical", i18n.Fa, theme.Logical},
	{"fa-visual", i18n.Fa, theme.Visual},
}

// BenchmarkListFrame is one frame of the home screen with nothing changed
// since the last: what Bubble Tea's renderer asks for after any message.
func BenchmarkListFrame(b *testing.B) {
	for _, c := range frameCases {
		b.Run(c.name, func(b *testing.B) {
			a := benchApp(b, c.lang, c.mode)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				_ = a.View()
			}
		})
	}
}

// BenchmarkListTypeFrame is one keystroke through the whole App: the key,
// the index's page, and the frame that shows it.
func BenchmarkListTypeFrame(b *testing.B) {
	for _, c := range frameCases {
		b.Run(c.name, func(b *testing.B) {
			a := benchApp(b, c.lang, c.mode)
			q := []rune("زهرا احم")
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				if i%len(q) == 0 {
					a.Top().(*listScreen).input.SetValue("")
				}
				_, cmd := a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: q[i%len(q) : i%len(q)+1]})
				for _, msg := range runAll(cmd) {
					a.Update(msg)
				}
				_ = a.View()
			}
		})
	}
}

// BenchmarkListChanged is one other session's write as an open list
// hears it: the change message, whatever query it causes, and a frame.
func BenchmarkListChanged(b *testing.B) {
	for _, c := range frameCases[:1] {
		b.Run(c.name, func(b *testing.B) {
			a := benchApp(b, c.lang, c.mode)
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				ch := ChangedMsg{Change: store.Change{Kind: "aid", Center: domain.CenterID(1 + i%2), IDs: []domain.ID{domain.NewID(1, 1)}}}
				_, cmd := a.Update(ch)
				for _, msg := range runAll(cmd) {
					a.Update(msg)
				}
				_ = a.View()
			}
		})
	}
}
