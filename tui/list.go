package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui/i18n"
)

// listScreen is the home screen: search as you type over every file the
// user may see, one page at a time from the index, so it stays fast at a
// million files.
type listScreen struct {
	s      *Session
	input  textinput.Model
	typing bool // keys go to the search input
	keys   listKeys
	filter listFilter
	sort   search.Sort
	bar    *filterBar // open filter popup, nil when closed

	page    search.Page // rows offset..offset+len(page.Results)
	offset  int         // first row shown
	cursor  int         // selected row, absolute
	seq     int         // last query sent; older answers are dropped
	ready   bool        // a page has arrived
	cache   *rowCache   // rows drawn for the current look (list_rows.go)
	refresh refresher   // re-queries for changes (list_refresh.go)
}

// pageMsg is the index's answer to query seq.
type pageMsg struct {
	seq    int
	offset int
	page   search.Page
}

func newList(s *Session) *listScreen {
	m := &listScreen{s: s, keys: newListKeys(s.Tr), typing: true, filter: anyFilter()}
	m.input = s.Theme.TextInput(s.Tr.T(i18n.ListPlaceholder))
	m.input.Focus()
	return m
}

func (m *listScreen) Init() tea.Cmd { return m.query() }

func (m *listScreen) Title() string { return m.s.Tr.T(i18n.TitleSearch) }

// Captures: while typing, letters (q, ?, j, k…) are search text and esc
// leaves the input rather than the screen.
func (m *listScreen) Captures(k tea.KeyMsg) bool {
	if m.bar != nil {
		return k.Type != tea.KeyCtrlC
	}
	return m.typing && (k.Type == tea.KeyRunes || k.Type == tea.KeySpace || k.Type == tea.KeyEsc)
}

// rows is how many result rows fit under the search line, the info line
// and the column header.
func (m *listScreen) rows() int { return max(1, m.s.BodyHeight()-3) }

// query asks the index for the page at m.offset, tagged with a new
// sequence number.
func (m *listScreen) query() tea.Cmd {
	m.seq++
	seq, off, n := m.seq, m.offset, m.rows()
	ix, q, f, srt, u := m.s.Index, m.input.Value(), m.filter.compile(m.s), m.sort, m.s.User
	if ix == nil {
		return nil
	}
	return func() tea.Msg {
		// SearchFor keeps to the centers u may view, whatever the filter says
		return pageMsg{seq: seq, offset: off, page: ix.SearchFor(u, q, f, srt, off, n)}
	}
}

func (m *listScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case pageMsg:
		if msg.seq != m.seq {
			return m, nil // a newer query is on its way
		}
		m.page, m.offset, m.ready = msg.page, msg.offset, true
		if m.page.Total > 0 && m.offset >= m.page.Total {
			// The list shrank under us (a filter, another session): back
			// to its last page.
			m.offset = max(0, m.page.Total-m.rows())
			m.cursor = min(m.cursor, m.page.Total-1)
			return m, m.query()
		}
		m.cursor = clampInt(m.cursor, 0, max(0, m.page.Total-1))
		return m, nil
	case tea.WindowSizeMsg:
		return m, m.query()
	case ChangedMsg:
		return m, m.changed(msg.Change)
	case refreshTickMsg:
		return m, m.refreshTick(msg)
	case centersMsg:
		return m, m.query()
	case LangChangedMsg:
		m.keys = newListKeys(m.s.Tr)
		m.input.Placeholder = m.s.Tr.T(i18n.ListPlaceholder)
		return m, nil
	case tea.KeyMsg:
		if m.bar != nil {
			return m, m.barKey(msg)
		}
		return m, m.key(msg)
	}
	return m, nil
}

func (m *listScreen) key(k tea.KeyMsg) tea.Cmd {
	ks := m.keys
	switch {
	case key.Matches(k, ks.Open):
		if r, ok := m.selected(); ok {
			return Emit(OpenFileMsg{ID: r.ID})
		}
		return nil
	case key.Matches(k, ks.Up):
		return m.moveTo(m.cursor - 1)
	case key.Matches(k, ks.Down):
		return m.moveTo(m.cursor + 1)
	case key.Matches(k, ks.PageUp):
		return m.pageBy(-1)
	case key.Matches(k, ks.PageDown):
		return m.pageBy(+1)
	case key.Matches(k, ks.First):
		return m.moveTo(0)
	case key.Matches(k, ks.Last):
		return m.moveTo(m.page.Total - 1)
	case key.Matches(k, ks.Toggle):
		return m.setTyping(!m.typing)
	}
	if m.typing {
		if k.Type == tea.KeyEsc {
			return m.setTyping(false)
		}
		before := m.input.Value()
		var cmd tea.Cmd
		// Arrows follow the reading direction in the visual modes.
		m.input, cmd = m.input.Update(m.s.Theme.InputKey(k, m.input.Value()))
		if m.input.Value() != before {
			m.offset, m.cursor = 0, 0
			return tea.Batch(cmd, m.query())
		}
		return cmd
	}
	switch {
	case key.Matches(k, ks.Search):
		return m.setTyping(true)
	case key.Matches(k, ks.UpJ):
		return m.moveTo(m.cursor - 1)
	case key.Matches(k, ks.DownJ):
		return m.moveTo(m.cursor + 1)
	case key.Matches(k, ks.FirstG):
		return m.moveTo(0)
	case key.Matches(k, ks.LastG):
		return m.moveTo(m.page.Total - 1)
	case key.Matches(k, ks.New):
		return Emit(NewFileMsg{})
	case key.Matches(k, ks.Due):
		return Emit(VisitsDueMsg{})
	case key.Matches(k, ks.Review) && m.s.Dupes != nil:
		return Emit(ReviewMsg{})
	// The root checks the role, and says so to one who may not.
	case key.Matches(k, ks.Parallel) && m.s.Dupes != nil:
		return Emit(ParallelMsg{})
	case key.Matches(k, ks.Audit):
		return Emit(AuditMsg{})
	case key.Matches(k, ks.Admin):
		return Emit(AdminMsg{})
	case key.Matches(k, ks.Sync):
		return Emit(SyncStatusMsg{})
	case key.Matches(k, ks.Filter):
		m.bar = newFilterBar(m.s, m.filter)
		return nil
	case key.Matches(k, ks.Sort):
		m.sort = nextSort(m.sort)
		m.offset, m.cursor = 0, 0
		return m.query()
	}
	return nil
}

func (m *listScreen) setTyping(on bool) tea.Cmd {
	m.typing = on
	if on {
		return m.input.Focus()
	}
	m.input.Blur()
	return nil
}

// moveTo selects row i (clamped) and, when it lies outside the page shown,
// asks for the page that holds it.
func (m *listScreen) moveTo(i int) tea.Cmd {
	if m.page.Total == 0 {
		return nil
	}
	i = clampInt(i, 0, m.page.Total-1)
	m.cursor = i
	rows := m.rows()
	switch {
	case i < m.offset:
		m.offset = i
	case i >= m.offset+rows:
		m.offset = i - rows + 1
	default:
		return nil
	}
	return m.query()
}

// pageBy turns d pages: the window and the cursor both move a page, as in
// a pager, and stop at the ends.
func (m *listScreen) pageBy(d int) tea.Cmd {
	total, rows := m.page.Total, m.rows()
	if total == 0 {
		return nil
	}
	off := clampInt(m.offset+d*rows, 0, max(0, total-rows))
	cur := clampInt(m.cursor+d*rows, 0, total-1)
	if d > 0 && off == m.offset {
		cur = total - 1 // already on the last page: go to its end
	}
	if d < 0 && off == m.offset {
		cur = 0
	}
	cur = clampInt(cur, off, off+rows-1)
	m.cursor = cur
	if off == m.offset {
		return nil
	}
	m.offset = off
	return m.query()
}

// selected is the result under the cursor, if its page is loaded.
func (m *listScreen) selected() (search.Result, bool) {
	i := m.cursor - m.offset
	if i < 0 || i >= len(m.page.Results) {
		return search.Result{}, false
	}
	return m.page.Results[i], true
}

func (m *listScreen) barKey(k tea.KeyMsg) tea.Cmd {
	f, done := m.bar.key(k)
	if done {
		m.bar = nil
	}
	if f != m.filter {
		m.filter = f
		m.offset, m.cursor = 0, 0
		return m.query()
	}
	return nil
}

func (m *listScreen) KeyMap() help.KeyMap {
	ks := m.keys
	if m.bar != nil {
		return m.bar.keyMap()
	}
	if m.typing {
		return KeyList{
			Short: []key.Binding{ks.Open, ks.Up, ks.Down, ks.Toggle},
			Full:  [][]key.Binding{{ks.Open, ks.Up, ks.Down, ks.PageUp, ks.PageDown, ks.First, ks.Last}, {ks.Toggle}},
		}
	}
	more := []key.Binding{ks.Search, ks.New, ks.Due, ks.Filter, ks.Sort}
	if m.s.Dupes != nil {
		more = append(more, ks.Review)
	}
	if canReport(m.s) {
		more = append(more, ks.Parallel)
	}
	if canAudit(m.s) {
		more = append(more, ks.Audit)
	}
	if canAdmin(m.s) {
		more = append(more, ks.Admin)
	}
	if canSyncStatus(m.s) {
		more = append(more, ks.Sync)
	}
	return KeyList{
		Short: []key.Binding{ks.Open, ks.Search, ks.New, ks.Due, ks.Filter, ks.Sort},
		Full: [][]key.Binding{
			{ks.Open, ks.UpJ, ks.DownJ, ks.PageUp, ks.PageDown, ks.FirstG, ks.LastG},
			more,
		},
	}
}

func nextSort(s search.Sort) search.Sort {
	switch s {
	case search.Relevance:
		return search.ByName
	case search.ByName:
		return search.ByLastActivity
	case search.ByLastActivity:
		return search.ByNumber
	}
	return search.Relevance
}

func clampInt(v, lo, hi int) int { return max(lo, min(v, hi)) }
