package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// dueWindow is how far ahead "this week" looks.
const dueWindow = 7

// dueScreen lists the user's center's files whose next visit is overdue
// or falls within the week: overdue first (most overdue on top, with the
// days late), then this week's. enter opens the file.
type dueScreen struct {
	s      *Session
	rows   []dueRow // overdue first, then by due date
	today  fa.Date
	loaded bool
	err    error
	seq    int
	cursor int
	offset int
	keys   dueKeys
}

// dueRow is one file due for a visit.
type dueRow struct {
	store.Due
	name, number string
}

type dueLoadedMsg struct {
	seq   int
	today fa.Date
	rows  []dueRow
	err   error
}

type dueKeys struct {
	navKeys
	Open, Reload key.Binding
}

func newDueKeys(tr *i18n.T) dueKeys {
	return dueKeys{
		navKeys: newNavKeys(tr),
		Open:    Bind("enter", tr.T(i18n.HelpOpen), "enter"),
		Reload:  Bind("r", tr.T(i18n.HelpReload), "r", "ق"),
	}
}

func newDueScreen(s *Session) *dueScreen {
	return &dueScreen{s: s, keys: newDueKeys(s.Tr)}
}

func (m *dueScreen) Init() tea.Cmd { return m.load() }

func (m *dueScreen) Title() string { return m.s.Tr.T(i18n.TitleVisitsDue) }

func (m *dueScreen) load() tea.Cmd {
	m.seq++
	seq, st, actor, center := m.seq, m.s.Store, m.s.Actor(), m.s.User.Center
	day := today(m.s)
	return func() tea.Msg {
		rows, err := loadDue(st, actor, center, day)
		return dueLoadedMsg{seq: seq, today: day, rows: rows, err: err}
	}
}

// loadDue reads what falls due by the end of the week, with each file's
// name and number. Files the user may not see are left out.
func loadDue(st *store.Store, a store.Actor, center domain.CenterID, day fa.Date) ([]dueRow, error) {
	due, err := st.VisitsDue(a, center, day.AddDays(dueWindow))
	if err != nil {
		return nil, err
	}
	ids := make([]domain.ID, len(due))
	for i, d := range due {
		ids[i] = d.File
	}
	// rows, not views: a coordinator's list names every center's files,
	// and a view audited per row would bury the real views
	heads, err := st.FileRows(a, ids)
	if err != nil {
		return nil, err
	}
	byID := make(map[domain.ID]store.FileRow, len(heads))
	for _, h := range heads {
		byID[h.ID] = h
	}
	rows := make([]dueRow, 0, len(due))
	for _, d := range due {
		h, ok := byID[d.File]
		if !ok || h.Status == domain.StatusClosed {
			continue // gone, not viewable, or closed: no one visits a closed file
		}
		rows = append(rows, dueRow{Due: d, name: h.Name, number: h.Number})
	}
	return rows, nil
}

func (m *dueScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case dueLoadedMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loaded, m.err = true, msg.err
		if msg.err != nil {
			return m, Fail(msg.err)
		}
		m.rows, m.today = msg.rows, msg.today
		m.cursor = clampInt(m.cursor, 0, max(0, len(m.rows)-1))
		return m, nil
	case ChangedMsg:
		switch msg.Change.Kind {
		case "visit", "file", "import":
			return m, m.load()
		}
	case fileReloadMsg:
		return m, m.load()
	case LangChangedMsg:
		m.keys = newDueKeys(m.s.Tr)
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *dueScreen) key(k tea.KeyMsg) tea.Cmd {
	ks, page := m.keys, m.rowsShown()
	switch {
	case key.Matches(k, ks.Open):
		if m.cursor < len(m.rows) {
			return Emit(OpenFileMsg{ID: m.rows[m.cursor].File})
		}
	case key.Matches(k, ks.Reload):
		return m.load()
	default:
		m.cursor, _ = ks.move(k, m.cursor, len(m.rows), page)
	}
	return nil
}

func (m *dueScreen) KeyMap() help.KeyMap {
	ks := m.keys
	return KeyList{
		Short: []key.Binding{ks.Open, ks.Reload}, // fits 80 columns in Persian
		Full:  [][]key.Binding{{ks.Open, ks.Reload}, {ks.Up, ks.Down, ks.PageUp, ks.PageDown, ks.First, ks.Last}},
	}
}
