package tui

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

var (
	benchFirst = []string{"زهرا", "فاطمه", "محمد", "علی", "معصومه", "حسین", "رقیه", "محمدرضا", "سکینه", "عباس", "گلناز", "ذبیح‌الله"}
	benchLast  = []string{"احمدی", "رضایی", "محمدی", "حسینی", "کریمی", "موسوی", "جعفری", "نوروزی", "قاسمی", "پورمحمد", "اکبرزاده"}
)

// benchIndex is an index of n invented files at two centers.
func benchIndex(n int) *search.Index {
	ix := search.New()
	r := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		c := domain.CenterID(1 + i%2)
		f := domain.File{
			ID: domain.NewID(c, uint64(i+1)), Center: c, Number: fmt.Sprintf("B-%06d", i),
			Head: domain.Person{
				FirstName: benchFirst[r.IntN(len(benchFirst))], LastName: benchLast[r.IntN(len(benchLast))],
				FatherName: benchFirst[r.IntN(len(benchFirst))],
			},
			Categories: []domain.Category{domain.Categories[r.IntN(len(domain.Categories))]},
		}
		ix.Put(f, fa.Date{Year: 1403, Month: 1 + r.IntN(12), Day: 1 + r.IntN(29)}, fa.Date{})
	}
	return ix
}

// BenchmarkListKeystroke is one keystroke on the home screen at 100×30:
// the input updates, the index answers one page, the screen redraws. The
// search itself is store/search's; this measures what the screen adds.
func BenchmarkListKeystroke(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		ix := benchIndex(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s := &Session{
				Index: ix, User: domain.User{ID: 1, Role: domain.RoleAdmin, Center: 1},
				Tr: i18n.New(i18n.Fa), Theme: theme.New(asciiRenderer(), theme.RTL),
				Width: 100, Height: 30, Now: func() time.Time { return testNow },
				Centers: map[domain.CenterID]domain.Center{1: {ID: 1, Name: "یک"}, 2: {ID: 2, Name: "دو"}},
			}
			m := newList(s)
			q := []rune("زهرا احم")
			took := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := range b.N {
				if i%len(q) == 0 {
					m.input.SetValue("")
				}
				t0 := time.Now()
				_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: q[i%len(q) : i%len(q)+1]})
				for _, msg := range runAll(cmd) {
					m.Update(msg)
				}
				_ = m.View()
				took = append(took, time.Since(t0))
			}
			// The budget is per keystroke at the 95th percentile, not the
			// mean: a caseworker notices the slow ones.
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)*95/100].Microseconds())/1000, "p95-ms")
		})
	}
}

// runAll runs cmd and any batch it returns, collecting the messages.
func runAll(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runAll(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}
