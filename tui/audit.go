package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// auditPage is how many events one page holds.
const auditPage = 100

// auditScreen is the audit trail for supervisors (their center's events)
// and coordinators and admins (every center's): newest first, a page at a
// time, with the selected event's changes spelled out under the list.
// The store decides what each role sees; the screen only asks.
type auditScreen struct {
	s       *Session
	keys    auditKeys
	form    *auditForm        // the filter panel; kept when closed, so its text stays
	query   store.AuditFilter // the filter applied
	editing bool              // the filter panel is open

	events  []domain.AuditEvent
	numbers map[domain.ID]string // file numbers of the events' files
	pages   []store.AuditCursor  // pages[i]: where page i begins (zero: the newest)
	more    bool                 // an older page exists
	loaded  bool
	err     error
	seq     int
	cursor  int
	offset  int
}

type auditLoadedMsg struct {
	seq     int
	query   store.AuditFilter
	events  []domain.AuditEvent
	numbers map[domain.ID]string
	more    bool
	err     error
}

type auditKeys struct {
	navKeys
	Filter, Clear, Older, Newer, Reload key.Binding
}

// The letters also answer where they sit on a Persian keyboard.
func newAuditKeys(tr *i18n.T) auditKeys {
	return auditKeys{
		navKeys: newNavKeys(tr),
		Filter:  Bind("f", tr.T(i18n.HelpAuditFilter), "f", "ب"),
		Clear:   Bind("x", tr.T(i18n.HelpAuditClear), "x", "ط"),
		Older:   Bind("]", tr.T(i18n.HelpAuditOlder), "]"),
		Newer:   Bind("[", tr.T(i18n.HelpAuditNewer), "["),
		Reload:  Bind("r", tr.T(i18n.HelpReload), "r", "ق"),
	}
}

func newAuditScreen(s *Session) *auditScreen {
	m := &auditScreen{s: s, keys: newAuditKeys(s.Tr), pages: []store.AuditCursor{{}}}
	m.form = newAuditForm(s)
	return m
}

func (m *auditScreen) Init() tea.Cmd { return m.load(m.query, len(m.pages)-1) }

func (m *auditScreen) Title() string { return m.s.Tr.T(i18n.TitleAudit) }

// Captures: the open filter panel takes every key but ctrl+c (esc
// closes it, letters are text).
func (m *auditScreen) Captures(k tea.KeyMsg) bool { return m.editing && k.Type != tea.KeyCtrlC }

// load reads page p of the trail under q. One event more than a page is
// asked for, to know whether an older page exists.
func (m *auditScreen) load(q store.AuditFilter, p int) tea.Cmd {
	m.seq++
	seq, st, actor := m.seq, m.s.Store, m.s.Actor()
	q.Older, q.Limit = m.pages[p], auditPage+1
	return func() tea.Msg {
		evs, err := st.Audit(actor, q)
		if err != nil {
			return auditLoadedMsg{seq: seq, query: q, err: err}
		}
		more := len(evs) > auditPage
		evs = evs[:min(len(evs), auditPage)]
		ids := make([]domain.ID, 0, len(evs))
		for _, ev := range evs {
			ids = append(ids, auditFileOf(ev))
		}
		nums, err := st.FileNumbers(ids)
		return auditLoadedMsg{seq: seq, query: q, events: evs, numbers: nums, more: more, err: err}
	}
}

// auditFileOf is the file an event is about: a change's file, a view's
// target.
func auditFileOf(ev domain.AuditEvent) domain.ID {
	if ev.Kind == store.ViewKind {
		return ev.Target
	}
	return ev.File
}

func (m *auditScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case auditLoadedMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loaded, m.err = true, msg.err
		if msg.err != nil {
			return m, Fail(msg.err)
		}
		m.events, m.numbers, m.more = msg.events, msg.numbers, msg.more
		m.cursor = clampInt(m.cursor, 0, max(0, len(m.events)-1))
		return m, nil
	case auditFilterMsg:
		if msg.err != nil {
			m.form.refused(msg.err) // the panel stays open with what was typed
			return m, nil
		}
		m.editing, m.query = false, msg.query
		m.pages, m.cursor, m.offset = []store.AuditCursor{{}}, 0, 0
		return m, m.load(m.query, 0)
	case ChangedMsg:
		if len(m.pages) == 1 && !m.editing {
			return m, m.load(m.query, 0) // the newest page follows the trail
		}
	case LangChangedMsg:
		m.keys = newAuditKeys(m.s.Tr)
		m.form.relabel()
	case tea.KeyMsg:
		if m.editing {
			return m, m.formKey(msg)
		}
		return m, m.key(msg)
	}
	return m, nil
}

func (m *auditScreen) key(k tea.KeyMsg) tea.Cmd {
	ks := m.keys
	switch {
	case key.Matches(k, ks.Filter):
		m.editing = true
		return m.form.focus()
	case key.Matches(k, ks.Clear):
		m.form = newAuditForm(m.s)
		m.query = store.AuditFilter{}
		m.pages, m.cursor, m.offset = []store.AuditCursor{{}}, 0, 0
		return m.load(m.query, 0)
	case key.Matches(k, ks.Older):
		if !m.more || len(m.events) == 0 {
			return nil
		}
		m.pages = append(m.pages, store.CursorOf(m.events[len(m.events)-1]))
		m.cursor, m.offset = 0, 0
		return m.load(m.query, len(m.pages)-1)
	case key.Matches(k, ks.Newer):
		if len(m.pages) == 1 {
			return nil
		}
		m.pages = m.pages[:len(m.pages)-1]
		m.cursor, m.offset = 0, 0
		return m.load(m.query, len(m.pages)-1)
	case key.Matches(k, ks.Reload):
		return m.load(m.query, len(m.pages)-1)
	default:
		m.cursor, _ = ks.move(k, m.cursor, len(m.events), m.listRows())
	}
	return nil
}

// formKey: esc closes the panel and keeps the filter applied before;
// enter checks and applies what was typed.
func (m *auditScreen) formKey(k tea.KeyMsg) tea.Cmd {
	switch k.Type {
	case tea.KeyEsc:
		m.editing = false
		return nil
	case tea.KeyEnter:
		return m.form.apply()
	}
	return m.form.key(k)
}

func (m *auditScreen) KeyMap() help.KeyMap {
	if m.editing {
		return m.form.keyMap()
	}
	ks := m.keys
	return KeyList{
		Short: []key.Binding{ks.Filter, ks.Older, ks.Newer},
		Full:  [][]key.Binding{{ks.Filter, ks.Clear, ks.Older, ks.Newer, ks.Reload}, {ks.Up, ks.Down, ks.PageUp, ks.PageDown, ks.First, ks.Last}},
	}
}

// canAudit: the audit trail is offered to those who may read some of it
// (supervisors their center's, coordinators and admins all).
func canAudit(s *Session) bool {
	return s.Can(domain.ActAuditView, domain.Target{Center: s.User.Center}) ||
		s.Can(domain.ActAuditView, domain.Target{Center: s.User.Center + 1})
}
