package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
)

// startScreen is the first frame: it asks the store whether anyone can log
// in yet and hands over to setup or login. It shows "loading" meanwhile, so
// the first frame is never blank.
type startScreen struct {
	s    *Session
	user *domain.User // already authenticated (SSH key): skip the login
	err  error
}

type hasUsersMsg struct {
	has bool
	err error
}

func newStart(s *Session, user *domain.User) *startScreen { return &startScreen{s: s, user: user} }

func (m *startScreen) Init() tea.Cmd {
	if m.user != nil {
		return Emit(LoggedInMsg{User: *m.user})
	}
	st := m.s.Store
	return func() tea.Msg {
		has, err := st.HasUsers()
		return hasUsersMsg{has, err}
	}
}

func (m *startScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	if msg, ok := msg.(hasUsersMsg); ok {
		switch {
		case msg.err != nil:
			m.err = msg.err
		case msg.has:
			return m, Replace(newLogin(m.s))
		default:
			return m, Replace(newSetup(m.s))
		}
	}
	return m, nil
}

func (m *startScreen) View() string {
	th := m.s.Theme
	if m.err != nil {
		return th.Line(m.s.Tr.Err(m.err), m.s.Width, th.S.Error)
	}
	return th.Line(m.s.Tr.T(i18n.Loading), m.s.Width, th.S.Muted)
}

func (m *startScreen) KeyMap() help.KeyMap { return KeyList{} }
func (m *startScreen) Title() string       { return m.s.Tr.T(i18n.AppName) }
