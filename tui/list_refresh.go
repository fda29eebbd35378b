package tui

import (
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/search"
)

// Every write on a server reaches every open list. Searching and redrawing
// for each one made a hundred sessions' cost writes × sessions, so a list
// re-queries only for a change that can alter what it shows, and at most
// once per refreshEvery: the first change at once, the rest of a burst
// together when the interval is over. Others still see a write well
// within the second the live-refresh promise gives.
const refreshEvery = 300 * time.Millisecond

// refreshTickMsg ends an interval in which changes arrived; seq tells a
// list its own latest tick from older ones and from other lists'.
type refreshTickMsg struct {
	m   *listScreen
	seq int
}

// refresher is the list's state of re-queries for changes.
type refresher struct {
	last    time.Time // when a change last re-queried
	pending bool      // changes arrived since, and a tick will query for them
	seq     int
}

// changed handles another session's (or this one's) write.
func (m *listScreen) changed(c store.Change) tea.Cmd {
	if !m.concerns(c) {
		return nil
	}
	r := &m.refresh
	if r.pending {
		return nil // the tick on its way queries for this one too
	}
	now := m.s.Now()
	if wait := r.last.Add(refreshEvery).Sub(now); wait > 0 && wait <= refreshEvery {
		r.pending = true
		r.seq++
		msg := refreshTickMsg{m: m, seq: r.seq}
		return m.s.tick(wait, func(time.Time) tea.Msg { return msg })
	}
	r.last = now
	return m.query()
}

// refreshTick is the end of an interval with changes in it.
func (m *listScreen) refreshTick(msg refreshTickMsg) tea.Cmd {
	r := &m.refresh
	if msg.m != m || msg.seq != r.seq || !r.pending {
		return nil
	}
	r.pending, r.last = false, m.s.Now()
	return m.query()
}

// concerns reports whether change c can alter the rows this list shows:
// files and imports in a center the user may see (or on the page, which
// covers a file moved away); aid and visits only to a file on the page,
// or when the order or the overdue filter follows them. Users, centers
// (names are read at each frame), decisions and links show in no row.
func (m *listScreen) concerns(c store.Change) bool {
	onPage := func(ids []domain.ID) bool {
		return slices.ContainsFunc(m.page.Results, func(r search.Result) bool { return slices.Contains(ids, r.ID) })
	}
	switch c.Kind {
	case "file", "import":
		return m.mayShow(c.Center) || onPage(c.IDs)
	case "aid", "visit":
		if len(c.IDs) == 0 {
			return m.mayShow(c.Center)
		}
		if onPage(c.IDs[:1]) {
			return true
		}
		return m.mayShow(c.Center) && (m.sort == search.ByLastActivity || m.filter.overdue)
	}
	return false
}

// mayShow: files of center c can be in this list (0 is any center).
func (m *listScreen) mayShow(c domain.CenterID) bool {
	if c == 0 {
		return true
	}
	if m.filter.center != 0 {
		return m.filter.center == c
	}
	vis := visibleCenters(m.s)
	return vis == nil || slices.Contains(vis, c)
}
