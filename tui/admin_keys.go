package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// keysScreen lists one user's SSH keys (type, fingerprint, comment) and
// adds or removes them; removing asks first.
type keysScreen struct {
	s      *Session
	id     domain.ID
	u      domain.User
	keys   []store.Key
	ks     keysKeys
	ckeys  confirmKeys
	ask    *confirm
	loaded bool
	err    error
	seq    int
	cursor int
}

type keysLoadedMsg struct {
	seq int
	u   domain.User
	err error
}

type keysKeys struct {
	navKeys
	Add, Remove key.Binding
}

func newKeysKeys(tr *i18n.T) keysKeys {
	return keysKeys{
		navKeys: newNavKeys(tr),
		Add:     Bind("a", tr.T(i18n.HelpAdminAddKey), "a", "ش"),
		Remove:  Bind("x", tr.T(i18n.HelpAdminRemoveKey), "x", "ط", "delete"),
	}
}

func newKeysScreen(s *Session, id domain.ID) *keysScreen {
	return &keysScreen{s: s, id: id, ks: newKeysKeys(s.Tr), ckeys: newConfirmKeys(s.Tr)}
}

func (m *keysScreen) Init() tea.Cmd { return m.load() }

func (m *keysScreen) Title() string { return m.s.Tr.T(i18n.TitleAdminKeys) }

func (m *keysScreen) Captures(k tea.KeyMsg) bool { return m.ask != nil && k.Type != tea.KeyCtrlC }

// load reads the user through UsersFor, so a user who left the
// manager's reach (moved to another center) is not shown.
func (m *keysScreen) load() tea.Cmd {
	m.seq++
	seq, st, actor, id := m.seq, m.s.Store, m.s.Actor(), m.id
	return func() tea.Msg {
		us, err := st.UsersFor(actor)
		if err != nil {
			return keysLoadedMsg{seq: seq, err: err}
		}
		u, ok := userIn(us, id)
		if !ok {
			return keysLoadedMsg{seq: seq, err: errUserGone}
		}
		return keysLoadedMsg{seq: seq, u: u}
	}
}

// errUserGone: the user is no longer among those one may manage.
var errUserGone = errorString("user no longer managed")

type errorString string

func (e errorString) Error() string { return string(e) }

func (m *keysScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case keysLoadedMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loaded, m.err = true, msg.err
		if msg.err == nil {
			m.u, m.keys = msg.u, store.KeysOf(msg.u)
			m.cursor = clampInt(m.cursor, 0, max(0, len(m.keys)-1))
		}
		return m, nil
	case adminReloadMsg:
		return m, m.load()
	case adminDoneMsg:
		if msg.err != nil {
			return m, tea.Batch(Fail(msg.err), m.load())
		}
		return m, tea.Batch(Flash(msg.said), m.load())
	case ChangedMsg:
		if msg.Change.Kind == "user" {
			return m, m.load()
		}
	case LangChangedMsg:
		m.ks, m.ckeys = newKeysKeys(m.s.Tr), newConfirmKeys(m.s.Tr)
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *keysScreen) key(k tea.KeyMsg) tea.Cmd {
	if m.ask != nil {
		cmd, done := m.ask.answer(k, m.ckeys)
		if done {
			m.ask = nil
		}
		return cmd
	}
	switch {
	case !m.loaded || m.err != nil:
	case key.Matches(k, m.ks.Add):
		return Push(newKeyForm(m.s, m.u))
	case key.Matches(k, m.ks.Remove) && m.cursor < len(m.keys):
		kk := m.keys[m.cursor]
		m.ask = &confirm{text: m.s.Tr.T(i18n.AdminConfirmRemoveKey, kk.Fingerprint, m.u.Login),
			yes: func() tea.Cmd { return m.remove(kk.Fingerprint) }}
	default:
		m.cursor, _ = m.ks.move(k, m.cursor, len(m.keys), max(1, m.s.BodyHeight()-3))
	}
	return nil
}

func (m *keysScreen) remove(fp string) tea.Cmd {
	st, actor, id, said := m.s.Store, m.s.Actor(), m.u.ID, m.s.Tr.T(i18n.AdminKeyRemoved)
	return func() tea.Msg {
		return adminDoneMsg{said: said, err: st.RemoveKey(actor, id, fp)}
	}
}

func (m *keysScreen) KeyMap() help.KeyMap {
	if m.ask != nil {
		return KeyList{Short: []key.Binding{m.ckeys.Yes, m.ckeys.No}}
	}
	return KeyList{
		Short: []key.Binding{m.ks.Add, m.ks.Remove},
		Full:  [][]key.Binding{{m.ks.Add, m.ks.Remove}, {m.ks.Up, m.ks.Down, m.ks.First, m.ks.Last}},
	}
}

var keyCols = []tcol{
	{i18n.AdminColType, 12, 1, theme.Start},
	{i18n.AdminColPrint, 51, 0, theme.Start},
	{i18n.AdminColComment, 0, 0, theme.Start},
}

func (m *keysScreen) View() string {
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	w := s.Width
	switch {
	case !m.loaded:
		return th.Line(tr.T(i18n.Loading), w, th.S.Muted)
	case m.err == errUserGone:
		return joinLines(th.Wrap(tr.T(i18n.AdminUserGone), w, th.S.Error))
	case m.err != nil:
		return joinLines(th.Wrap(tr.Err(m.err), w, th.S.Error))
	}
	out := []string{th.Line(tr.T(i18n.AdminKeysOf, m.u.Login), w, th.S.Title), ""}
	if len(m.keys) == 0 {
		out = append(out, th.Wrap(tr.T(i18n.AdminKeysNone), w, th.S.Muted)...)
	} else {
		t := newTable(th, tr, keyCols, w-markW)
		out = append(out, th.Row(w, th.Cell("", markW, theme.Start, th.S.Value), t.header()))
		for i, k := range m.keys {
			cells := plain(th.S.Value, k.Type, k.Fingerprint, k.Comment)
			if i == m.cursor {
				for j := range cells {
					cells[j].st = th.S.Selected
				}
			}
			out = append(out, th.Row(w, th.Marker(i == m.cursor, th.S.Focused), t.row(cells)))
		}
	}
	h := s.BodyHeight()
	if m.ask != nil {
		q := th.Wrap(m.ask.text, w, th.S.Warn)
		for len(out) < h-len(q) {
			out = append(out, "")
		}
		out = append(out[:min(len(out), h-len(q))], q...)
	}
	return joinLines(out)
}
