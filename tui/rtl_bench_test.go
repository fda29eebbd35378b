package tui

import (
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// BenchmarkListViewModes draws the home screen (a full page of Persian
// rows at 100×30) in each right-to-left mode: what reordering and shaping
// every cell adds to a frame.
func BenchmarkListViewModes(b *testing.B) {
	ix := benchIndex(10_000)
	for _, m := range theme.Modes {
		b.Run(m.String(), func(b *testing.B) {
			s := &Session{
				Index: ix, User: domain.User{ID: 1, Role: domain.RoleAdmin, Center: 1},
				Tr: i18n.New(i18n.Fa), Theme: theme.New(asciiRenderer(), theme.RTL),
				Width: 100, Height: 30, Now: func() time.Time { return testNow },
				Centers: map[domain.CenterID]domain.Center{1: {ID: 1, Name: "یک"}, 2: {ID: 2, Name: "دو"}},
			}
			s.Theme.SetMode(m)
			l := newList(s)
			for _, msg := range runAll(l.Init()) {
				l.Update(msg)
			}
			if len(l.page.Results) == 0 {
				b.Fatal("no rows to draw")
			}
			b.ReportAllocs()
			for b.Loop() {
				_ = l.View()
			}
		})
	}
}
