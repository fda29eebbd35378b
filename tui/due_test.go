package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// dueFiles: four households whose next visits fall 10 days ago, 2 days
// ago, in 3 days and in 20 days (1403/09/12 is today).
func dueFiles(t *testing.T, e env) map[string]domain.File {
	t.Helper()
	today := fa.Date{Year: 1403, Month: 9, Day: 12}
	a := store.Actor{User: e.admin}
	out := map[string]domain.File{}
	for _, h := range []struct {
		name string
		days int
	}{{"سه‌روزه", 3}, {"دیرکرده", -10}, {"دوروزه", -2}, {"دور", 20}} {
		f := e.addFile(t, h.name, "خانواده", "", nil)
		last := today.AddDays(-30)
		if _, err := e.st.AddVisit(a, domain.Visit{File: f.ID, Date: last, NextDue: today.AddDays(h.days)}); err != nil {
			t.Fatal(err)
		}
		out[h.name] = f
	}
	return out
}

func TestVisitsDueOverdueFirst(t *testing.T) {
	e := seed(t)
	fs := dueFiles(t, e)
	d := loggedIn(t, e, "en", Screens{})
	d.send(VisitsDueMsg{})
	m, ok := d.top().(*dueScreen)
	if !ok {
		t.Fatalf("top is %T", d.top())
	}
	var got []string
	for _, r := range m.rows {
		got = append(got, r.name)
	}
	want := []string{"دیرکرده خانواده", "دوروزه خانواده", "سه‌روزه خانواده"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Fatalf("rows %v, want %v", got, want)
	}
	d.wantView("2 overdue · 1 this week", "Overdue (2)", "10 days late", "2 days late",
		"This week (1)", "in 3 days", "2024-11-22", "IMR-1403-0002")
	d.press(tea.KeyDown)
	d.press(tea.KeyEnter)
	if fm := d.fileScreen(); fm.id != fs["دوروزه"].ID {
		t.Errorf("opened %v, want the second row's file", fm.id)
	}
	d.press(tea.KeyEsc)
	// A visit logged elsewhere takes the file off the list.
	if _, err := e.st.AddVisit(store.Actor{User: e.admin}, domain.Visit{File: fs["دیرکرده"].ID, Date: fa.Date{Year: 1403, Month: 9, Day: 12}}); err != nil {
		t.Fatal(err)
	}
	d.send(ChangedMsg{Change: store.Change{Kind: "visit", IDs: []domain.ID{fs["دیرکرده"].ID}}})
	if len(m.rows) != 2 {
		t.Errorf("after the visit: %d rows", len(m.rows))
	}
}

func TestVisitsDueEmptyAndPersian(t *testing.T) {
	e := seed(t)
	d := loggedIn(t, e, "fa", Screens{})
	d.send(VisitsDueMsg{})
	d.wantView("بازدید موعدداری ندارید.")
	dueFiles(t, e)
	d.typeText("r")
	d.wantView("۲ عقب‌افتاده · ۱ در این هفته", "۱۰ روز گذشته", "۳ روز دیگر")
}
