package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
)

// Lock-out after failed logins: free tries, then a delay that doubles with
// every further failure, up to a ceiling.
const (
	freeTries    = 3
	firstLockout = 5 * time.Second
	maxLockout   = 5 * time.Minute
)

// loginScreen asks for a user name and a password. The check (argon2, slow
// on purpose) runs in a Cmd.
type loginScreen struct {
	s        *Session
	ring     FocusRing
	keys     loginKeys
	failures int
	until    time.Time // locked out until then
	checking bool
	err      string
	note     string // information line above the form (after setup, logout)
}

type loginKeys struct {
	Next, Prev, Submit, Lang key.Binding
}

type (
	loginResultMsg struct {
		user domain.User
		err  error
	}
	lockTickMsg struct{}
)

func newLogin(s *Session) *loginScreen {
	m := &loginScreen{s: s}
	m.ring.Fields = []Field{
		NewField(s, i18n.LoginUser, ""),
		NewField(s, i18n.LoginPassword, "").Password(),
	}
	m.ring.Focus(0)
	m.keys = newLoginKeys(s.Tr)
	return m
}

// withUser prefills the login name and focuses the password.
func (m *loginScreen) withUser(login, note string) *loginScreen {
	m.ring.Fields[0].Input.SetValue(login)
	m.ring.Focus(1)
	m.note = note
	return m
}

func newLoginKeys(tr *i18n.T) loginKeys {
	return loginKeys{
		Next:   Bind("tab/↓", tr.T(i18n.HelpNextField), "tab", "down"),
		Prev:   Bind("shift+tab/↑", tr.T(i18n.HelpPrevField), "shift+tab", "up"),
		Submit: Bind("enter", tr.T(i18n.HelpSubmit), "enter"),
		Lang:   Bind("ctrl+l", tr.T(i18n.HelpLang), "ctrl+l"),
	}
}

func (m *loginScreen) Init() tea.Cmd { return nil }

func (m *loginScreen) Title() string { return m.s.Tr.T(i18n.TitleLogin) }

func (m *loginScreen) KeyMap() help.KeyMap {
	return KeyList{Short: []key.Binding{m.keys.Submit, m.keys.Next, m.keys.Lang}}
}

// Captures keeps every printable key: user names may contain q, and
// passwords anything.
func (m *loginScreen) Captures(k tea.KeyMsg) bool {
	return k.Type == tea.KeyRunes || k.Type == tea.KeySpace
}

func (m *loginScreen) locked() time.Duration {
	if m.until.IsZero() {
		return 0
	}
	return max(0, m.until.Sub(m.s.Now()))
}

func (m *loginScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case LangChangedMsg:
		m.keys = newLoginKeys(m.s.Tr)
		m.err = ""
	case lockTickMsg:
		if m.locked() > 0 {
			return m, m.lockTick()
		}
		m.err = ""
	case loginResultMsg:
		return m, m.result(msg)
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *loginScreen) key(k tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.Lang):
		return Emit(SetLangMsg{Lang: m.s.Lang.Other()})
	case key.Matches(k, m.keys.Submit):
		if m.ring.At == 0 && m.ring.Fields[1].Value() == "" {
			return m.ring.Next()
		}
		return m.submit()
	case key.Matches(k, m.keys.Next):
		return m.ring.Next()
	case key.Matches(k, m.keys.Prev):
		return m.ring.Prev()
	}
	return m.ring.Update(m.s.Theme.InputKey(k, m.ring.Current().Value()))
}

func (m *loginScreen) submit() tea.Cmd {
	if m.checking || m.locked() > 0 {
		return nil
	}
	login, pass := m.ring.Fields[0].Value(), m.ring.Fields[1].Value()
	if login == "" || pass == "" {
		m.err = m.s.Tr.T(i18n.LoginEmpty)
		return nil
	}
	m.checking, m.err = true, ""
	st := m.s.Store
	return func() tea.Msg {
		u, err := st.Authenticate(normalLogin(login), pass)
		return loginResultMsg{u, err}
	}
}

func (m *loginScreen) result(r loginResultMsg) tea.Cmd {
	m.checking = false
	if r.err == nil {
		m.failures = 0
		return Emit(LoggedInMsg{User: r.user})
	}
	// A wrong password keeps the name and clears the password; any other
	// error (a damaged database) is shown as it is.
	m.ring.Fields[1].Input.SetValue("")
	m.ring.Focus(1)
	m.failures++
	m.err = m.s.Tr.Err(r.err)
	if m.failures >= freeTries {
		m.until = m.s.Now().Add(lockoutFor(m.failures))
		return m.lockTick()
	}
	return nil
}

// lockoutFor is the delay after the n-th failure: 5 s after the third,
// doubling after each further one, at most five minutes.
func lockoutFor(n int) time.Duration {
	if n < freeTries {
		return 0
	}
	d := firstLockout
	for i := freeTries; i < n && d < maxLockout; i++ {
		d *= 2
	}
	return min(d, maxLockout)
}

func (m *loginScreen) lockTick() tea.Cmd {
	return m.s.tick(time.Second, func(time.Time) tea.Msg { return lockTickMsg{} })
}

func (m *loginScreen) View() string {
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	w := min(s.Width, 72)
	lines := []string{
		"",
		th.Line(tr.T(i18n.AppName), w, th.S.Title),
		"",
	}
	if m.note != "" {
		lines = append(lines, th.Wrap(m.note, w, th.S.Success)...)
		lines = append(lines, "")
	}
	lines = append(lines, th.Wrap(tr.T(i18n.LoginWelcome), w, th.S.Value)...)
	lines = append(lines, "",
		m.ring.View(s, 14, w), "")
	switch {
	case m.locked() > 0:
		secs := int((m.locked() + time.Second - 1) / time.Second)
		lines = append(lines, th.Line(tr.T(i18n.LoginLocked, secs), w, th.S.Warn))
	case m.checking:
		lines = append(lines, th.Line(tr.T(i18n.LoginChecking), w, th.S.Muted))
	case m.err != "":
		lines = append(lines, th.Line(m.err, w, th.S.Error))
	default:
		lines = append(lines, "")
	}
	lines = append(lines, "", th.Line(tr.T(i18n.LoginLangHint), w, th.S.Muted))
	return indent(s, joinLines(lines), w)
}
