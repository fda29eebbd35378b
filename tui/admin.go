package tui

import (
	"slices"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// adminScreen lists the users the logged-in user may manage (everyone
// for an admin; their own center's caseworkers and supervisors for a
// supervisor: the store decides, through UsersFor) and opens the forms
// that add, edit, disable, set passwords and manage SSH keys. Choices a
// user may not make (a higher role, another center) are never offered;
// the store refuses them anyway.
type adminScreen struct {
	s      *Session
	keys   adminKeys
	ckeys  confirmKeys
	users  []domain.User
	ask    *confirm
	loaded bool
	err    error
	seq    int
	cursor int
	offset int
}

type (
	adminLoadedMsg struct {
		seq   int
		users []domain.User
		err   error
	}
	// adminReloadMsg: a form of this screen saved; read the users again.
	adminReloadMsg struct{}
	// adminDoneMsg answers a change made from the list itself.
	adminDoneMsg struct {
		said string
		err  error
	}
)

type adminKeys struct {
	navKeys
	New, Edit, Toggle, Password, Keys, Reload key.Binding
}

// The letters answer at their place on a Persian keyboard too.
func newAdminKeys(tr *i18n.T) adminKeys {
	return adminKeys{
		navKeys:  newNavKeys(tr),
		New:      Bind("n", tr.T(i18n.HelpAdminNew), "n", "د"),
		Edit:     Bind("enter/e", tr.T(i18n.HelpAdminEdit), "enter", "e", "ث"),
		Toggle:   Bind("x", tr.T(i18n.HelpAdminToggle), "x", "ط"),
		Password: Bind("p", tr.T(i18n.HelpAdminPassword), "p", "ح"),
		Keys:     Bind("s", tr.T(i18n.HelpAdminKeys), "s", "س"),
		Reload:   Bind("r", tr.T(i18n.HelpReload), "r", "ق"),
	}
}

// canAdmin: the screen is offered to those who may manage some users.
func canAdmin(s *Session) bool {
	return s.Can(domain.ActUserManage, domain.Target{Center: s.User.Center}) ||
		s.Can(domain.ActUserManage, domain.Target{Center: s.User.Center + 1})
}

func newAdminScreen(s *Session) *adminScreen {
	return &adminScreen{s: s, keys: newAdminKeys(s.Tr), ckeys: newConfirmKeys(s.Tr)}
}

func (m *adminScreen) Init() tea.Cmd { return m.load() }

func (m *adminScreen) Title() string { return m.s.Tr.T(i18n.TitleAdmin) }

// Captures: an open question takes every key (esc answers no).
func (m *adminScreen) Captures(k tea.KeyMsg) bool { return m.ask != nil && k.Type != tea.KeyCtrlC }

func (m *adminScreen) load() tea.Cmd {
	m.seq++
	seq, st, actor := m.seq, m.s.Store, m.s.Actor()
	return func() tea.Msg {
		us, err := st.UsersFor(actor)
		return adminLoadedMsg{seq: seq, users: us, err: err}
	}
}

func (m *adminScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case adminLoadedMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loaded, m.err = true, msg.err
		if msg.err != nil {
			return m, Fail(msg.err)
		}
		m.users = msg.users
		m.cursor = clampInt(m.cursor, 0, max(0, len(m.users)-1))
		return m, nil
	case adminReloadMsg:
		return m, m.load()
	case adminDoneMsg:
		if msg.err != nil {
			return m, tea.Batch(Fail(msg.err), m.load())
		}
		return m, tea.Batch(Flash(msg.said), m.load())
	case ChangedMsg:
		if msg.Change.Kind == "user" || msg.Change.Kind == "center" {
			return m, m.load()
		}
	case LangChangedMsg:
		m.keys, m.ckeys = newAdminKeys(m.s.Tr), newConfirmKeys(m.s.Tr)
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *adminScreen) selected() (domain.User, bool) {
	if m.cursor < len(m.users) {
		return m.users[m.cursor], true
	}
	return domain.User{}, false
}

func (m *adminScreen) key(k tea.KeyMsg) tea.Cmd {
	if m.ask != nil {
		cmd, done := m.ask.answer(k, m.ckeys)
		if done {
			m.ask = nil
		}
		return cmd
	}
	ks := m.keys
	u, ok := m.selected()
	switch {
	case key.Matches(k, ks.New):
		return Push(newUserForm(m.s, nil))
	case key.Matches(k, ks.Reload):
		return m.load()
	case !ok:
	case key.Matches(k, ks.Edit):
		return Push(newUserForm(m.s, &u))
	case key.Matches(k, ks.Password):
		return Push(newPasswordForm(m.s, u))
	case key.Matches(k, ks.Keys):
		return Push(newKeysScreen(m.s, u.ID))
	case key.Matches(k, ks.Toggle):
		q := i18n.AdminConfirmDisable
		if u.Disabled {
			q = i18n.AdminConfirmEnable
		}
		m.ask = &confirm{text: m.s.Tr.T(q, u.Login), yes: func() tea.Cmd { return m.toggle(u) }}
	default:
		m.cursor, _ = ks.move(k, m.cursor, len(m.users), m.rowsShown())
	}
	return nil
}

// toggle disables or enables u.
func (m *adminScreen) toggle(u domain.User) tea.Cmd {
	st, actor, tr := m.s.Store, m.s.Actor(), m.s.Tr
	u.Disabled = !u.Disabled
	said := tr.T(i18n.AdminEnabledDone, u.Login)
	if u.Disabled {
		said = tr.T(i18n.AdminDisabledDone, u.Login)
	}
	return func() tea.Msg {
		_, err := st.UpdateUser(actor, u)
		return adminDoneMsg{said: said, err: err}
	}
}

func (m *adminScreen) KeyMap() help.KeyMap {
	if m.ask != nil {
		return KeyList{Short: []key.Binding{m.ckeys.Yes, m.ckeys.No}}
	}
	ks := m.keys
	return KeyList{
		Short: []key.Binding{ks.New, ks.Edit, ks.Toggle, ks.Password, ks.Keys},
		Full:  [][]key.Binding{{ks.New, ks.Edit, ks.Toggle, ks.Password, ks.Keys, ks.Reload}, {ks.Up, ks.Down, ks.PageUp, ks.PageDown, ks.First, ks.Last}},
	}
}

// roleChoices are the roles s's user may give at center c (nil: any
// center they may manage): never above their own.
func roleChoices(s *Session, c domain.CenterID) []domain.Role {
	var out []domain.Role
	for _, r := range domain.Roles {
		for _, cc := range centerChoices(s) {
			if (c == 0 || cc == c) && s.Can(domain.ActUserManage, domain.Target{Center: cc, Role: r}) {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// centerChoices are the home centers s's user may give: every center
// (and none, for coordinators and admins) for an admin; their own for a
// supervisor.
func centerChoices(s *Session) []domain.CenterID {
	if s.Can(domain.ActUserManage, domain.Target{Center: s.User.Center + 1}) {
		out := []domain.CenterID{0}
		for id := range s.Centers {
			out = append(out, id)
		}
		slices.Sort(out)
		return out
	}
	return []domain.CenterID{s.User.Center}
}

// userIn finds id among users.
func userIn(users []domain.User, id domain.ID) (domain.User, bool) {
	i := slices.IndexFunc(users, func(u domain.User) bool { return u.ID == id })
	if i < 0 {
		return domain.User{}, false
	}
	return users[i], true
}

// keyCount is how many of u's keys can log in.
func keyCount(u domain.User) int { return len(store.KeysOf(u)) }
