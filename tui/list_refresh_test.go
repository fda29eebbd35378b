package tui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// refreshList is a caseworker's list at center 1 over files of centers 1
// and 2, with a clock the test moves and ticks it collects.
type refreshList struct {
	m      *listScreen
	clock  *clock
	ticks  []time.Duration
	fire   []tea.Cmd
	firing bool
}

func newRefreshList(t *testing.T, role domain.Role) *refreshList {
	t.Helper()
	rl := &refreshList{clock: &clock{t: testNow}}
	s := &Session{
		Index: benchIndex(40), User: domain.User{ID: 1, Role: role, Center: 1},
		Tr: i18n.New(i18n.En), Theme: theme.New(asciiRenderer(), theme.LTR),
		Width: 100, Height: 30, Now: rl.clock.now,
		tick: func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
			rl.ticks = append(rl.ticks, d)
			cmd := func() tea.Msg { return fn(testNow) }
			rl.fire = append(rl.fire, cmd)
			return cmd
		},
	}
	rl.m = newList(s)
	rl.deliver(rl.m.Init())
	if rl.m.page.Total == 0 {
		t.Fatal("no files listed")
	}
	return rl
}

// deliver runs cmd and hands its messages to the list; it reports whether
// a page was queried. A tick is not delivered: the test fires it itself.
func (rl *refreshList) deliver(cmd tea.Cmd) (queried bool) {
	for _, msg := range runAll(cmd) {
		switch msg.(type) {
		case refreshTickMsg:
			if !rl.firing {
				continue
			}
		case pageMsg:
			queried = true
		}
		_, next := rl.m.Update(msg)
		if rl.deliver(next) {
			queried = true
		}
	}
	return queried
}

// fireTick delivers the i-th tick scheduled.
func (rl *refreshList) fireTick(i int) bool {
	rl.firing = true
	defer func() { rl.firing = false }()
	return rl.deliver(rl.fire[i])
}

func (rl *refreshList) change(c store.Change) bool {
	_, cmd := rl.m.Update(ChangedMsg{Change: c})
	return rl.deliver(cmd)
}

func TestListRefreshCoalescesBursts(t *testing.T) {
	rl := newRefreshList(t, domain.RoleCaseworker)
	file := store.Change{Kind: "file", Center: 1, IDs: []domain.ID{domain.NewID(1, 999)}}
	if !rl.change(file) {
		t.Fatal("the first change did not re-query at once")
	}
	rl.clock.t = rl.clock.t.Add(100 * time.Millisecond)
	for i := range 3 {
		if rl.change(file) {
			t.Fatalf("change %d within the interval re-queried at once", i+1)
		}
	}
	if len(rl.ticks) != 1 || rl.ticks[0] != refreshEvery-100*time.Millisecond {
		t.Fatalf("ticks %v, want one of %v", rl.ticks, refreshEvery-100*time.Millisecond)
	}
	rl.clock.t = rl.clock.t.Add(200 * time.Millisecond)
	if !rl.fireTick(0) {
		t.Fatal("the end of the interval did not re-query for the burst")
	}
	if rl.fireTick(0) {
		t.Error("an old tick re-queried again")
	}
	// A quiet interval later, a change re-queries at once again.
	rl.clock.t = rl.clock.t.Add(time.Second)
	if !rl.change(file) {
		t.Error("a change after a quiet interval waited")
	}
	if len(rl.ticks) != 1 {
		t.Errorf("ticks %v", rl.ticks)
	}
}

func TestListRefreshOnlyForWhatItShows(t *testing.T) {
	rl := newRefreshList(t, domain.RoleCaseworker) // sees center 1 only
	mine := rl.m.page.Results[0].ID
	other := domain.NewID(2, 7)
	step := func() { rl.clock.t = rl.clock.t.Add(time.Second) }
	for _, c := range []struct {
		name string
		ch   store.Change
		want bool
	}{
		{"a file at another center", store.Change{Kind: "file", Center: 2, IDs: []domain.ID{other}}, false},
		{"a file at the user's center", store.Change{Kind: "file", Center: 1, IDs: []domain.ID{domain.NewID(1, 5000)}}, true},
		{"a file on the page moved to another center", store.Change{Kind: "file", Center: 2, IDs: []domain.ID{mine}}, true},
		{"aid at another center", store.Change{Kind: "aid", Center: 2, IDs: []domain.ID{other, 1}}, false},
		{"aid to a file not on the page", store.Change{Kind: "aid", Center: 1, IDs: []domain.ID{domain.NewID(1, 5000), 1}}, false},
		{"aid to a file on the page", store.Change{Kind: "aid", Center: 1, IDs: []domain.ID{mine, 1}}, true},
		{"a visit to a file on the page", store.Change{Kind: "visit", Center: 1, IDs: []domain.ID{mine, 1}}, true},
		{"an import across centers", store.Change{Kind: "import"}, true},
		{"a user", store.Change{Kind: "user", Center: 1}, false},
		{"a decision", store.Change{Kind: "decision", Center: 1}, false},
	} {
		step()
		if got := rl.change(c.ch); got != c.want {
			t.Errorf("%s: re-queried %v, want %v", c.name, got, c.want)
		}
	}
	// Sorted by last activity, aid anywhere the user sees can reorder it.
	rl.m.sort = search.ByLastActivity
	step()
	if !rl.change(store.Change{Kind: "aid", Center: 1, IDs: []domain.ID{domain.NewID(1, 5000), 1}}) {
		t.Error("aid did not re-query a list sorted by last activity")
	}
	// A coordinator sees every center.
	co := newRefreshList(t, domain.RoleCoordinator)
	co.clock.t = co.clock.t.Add(time.Second)
	if !co.change(store.Change{Kind: "file", Center: 2, IDs: []domain.ID{other}}) {
		t.Error("a coordinator's list ignored a file at center 2")
	}
}
