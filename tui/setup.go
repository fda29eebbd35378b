package tui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/demo"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// setupScreen runs on an empty database: choose between creating the first
// center and administrator, or loading demo data.
type setupScreen struct {
	s      *Session
	choice int  // 0: create, 1: demo
	form   bool // the create form is showing
	ring   FocusRing
	keys   setupKeys
	busy   string // what is running, "" when idle
	err    string
}

type setupKeys struct {
	Up, Down, Select, Next, Prev, Save, Lang key.Binding
}

type (
	setupDoneMsg struct {
		user domain.User
		err  error
	}
	demoDoneMsg struct{ err error }
)

// The create form's fields, in order.
const (
	fCenter = iota
	fNeighborhood
	fLogin
	fName
	fPass
	fPass2
)

func newSetup(s *Session) *setupScreen {
	m := &setupScreen{s: s, keys: newSetupKeys(s.Tr)}
	m.ring.Fields = []Field{
		NewField(s, i18n.SetupCenterName, ""),
		NewField(s, i18n.SetupNeighborhood, ""),
		NewField(s, i18n.SetupLogin, "admin"),
		NewField(s, i18n.SetupDisplayName, ""),
		NewField(s, i18n.SetupPassword, "").Password(),
		NewField(s, i18n.SetupPassword2, "").Password(),
	}
	m.ring.Fields[fLogin].Hint = s.Tr.T(i18n.SetupLoginHint)
	return m
}

func newSetupKeys(tr *i18n.T) setupKeys {
	return setupKeys{
		Up:     Bind("↑/k", tr.T(i18n.HelpUp), "up", "k"),
		Down:   Bind("↓/j", tr.T(i18n.HelpDown), "down", "j"),
		Select: Bind("enter", tr.T(i18n.HelpSelect), "enter"),
		Next:   Bind("tab/enter", tr.T(i18n.HelpNextField), "tab", "down"),
		Prev:   Bind("shift+tab", tr.T(i18n.HelpPrevField), "shift+tab", "up"),
		Save:   Bind("ctrl+s", tr.T(i18n.HelpSave), "ctrl+s"),
		Lang:   Bind("ctrl+l", tr.T(i18n.HelpLang), "ctrl+l"),
	}
}

func (m *setupScreen) Init() tea.Cmd { return nil }

func (m *setupScreen) Title() string { return m.s.Tr.T(i18n.TitleSetup) }

func (m *setupScreen) KeyMap() help.KeyMap {
	if m.form {
		return KeyList{Short: []key.Binding{m.keys.Save, m.keys.Next, m.keys.Prev, m.keys.Lang}}
	}
	return KeyList{Short: []key.Binding{m.keys.Up, m.keys.Down, m.keys.Select, m.keys.Lang}}
}

// Captures: in the form every printable key is text, and esc goes back to
// the choice rather than leaving setup (there is nothing under it).
func (m *setupScreen) Captures(k tea.KeyMsg) bool {
	if !m.form {
		return false
	}
	return k.Type == tea.KeyRunes || k.Type == tea.KeySpace || k.Type == tea.KeyEsc
}

func (m *setupScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case LangChangedMsg:
		m.keys = newSetupKeys(m.s.Tr)
		m.ring.Fields[fLogin].Hint = m.s.Tr.T(i18n.SetupLoginHint)
	case setupDoneMsg:
		m.busy = ""
		if msg.err != nil {
			m.err = m.s.Tr.Err(msg.err)
			return m, nil
		}
		return m, tea.Batch(Emit(LoggedInMsg{User: msg.user}), Flash(m.s.Tr.T(i18n.SetupDone)))
	case demoDoneMsg:
		m.busy = ""
		if msg.err != nil {
			m.err = m.s.Tr.Err(msg.err)
			return m, nil
		}
		note := m.s.Tr.T(i18n.SetupDemoDone, joinComma(m.s.Tr, demo.Logins), demo.Password)
		return m, Replace(newLogin(m.s).withUser(demoLogin(), note))
	case tea.KeyMsg:
		if m.busy != "" {
			return m, nil
		}
		if key.Matches(msg, m.keys.Lang) {
			return m, Emit(SetLangMsg{Lang: m.s.Lang.Other()})
		}
		if m.form {
			return m, m.formKey(msg)
		}
		return m, m.choiceKey(msg)
	}
	return m, nil
}

func (m *setupScreen) choiceKey(k tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.Up):
		m.choice = 0
	case key.Matches(k, m.keys.Down):
		m.choice = 1
	case key.Matches(k, m.keys.Select):
		m.err = ""
		if m.choice == 0 {
			m.form = true
			return m.ring.Focus(0)
		}
		m.busy = m.s.Tr.T(i18n.SetupDemoLoading)
		st := m.s.Store
		return func() tea.Msg { return demoDoneMsg{demo.Load(st)} }
	}
	return nil
}

func (m *setupScreen) formKey(k tea.KeyMsg) tea.Cmd {
	switch {
	case k.Type == tea.KeyEsc:
		m.form, m.err = false, ""
		return nil
	case key.Matches(k, m.keys.Save):
		return m.submit()
	case k.Type == tea.KeyEnter:
		if m.ring.At == len(m.ring.Fields)-1 {
			return m.submit()
		}
		return m.ring.Next()
	case key.Matches(k, m.keys.Next):
		return m.ring.Next()
	case key.Matches(k, m.keys.Prev):
		return m.ring.Prev()
	}
	return m.ring.Update(m.s.Theme.InputKey(k, m.ring.Current().Value()))
}

// check validates the form, marks the fields at fault and returns the
// first one, or -1.
func (m *setupScreen) check() int {
	tr, f := m.s.Tr, m.ring.Fields
	for i := range f {
		f[i].Err = ""
	}
	for _, i := range []int{fCenter, fLogin, fPass, fPass2} {
		if strings.TrimSpace(f[i].Value()) == "" {
			f[i].Err = tr.T(i18n.SetupRequired, tr.T(f[i].Label))
		}
	}
	if f[fLogin].Err == "" {
		if err := (domain.User{Login: normalLogin(f[fLogin].Value()), Role: domain.RoleAdmin}).Validate(); err != nil {
			f[fLogin].Err = tr.Err(err)
		}
	}
	if f[fPass].Err == "" && utf8.RuneCountInString(f[fPass].Value()) < store.MinPasswordLen {
		f[fPass].Err = tr.T(i18n.SetupPassShort, store.MinPasswordLen)
	}
	if f[fPass2].Err == "" && f[fPass].Value() != f[fPass2].Value() {
		f[fPass2].Err = tr.T(i18n.SetupPassMismatch)
	}
	for i := range f {
		if f[i].Err != "" {
			return i
		}
	}
	return -1
}

func (m *setupScreen) submit() tea.Cmd {
	if bad := m.check(); bad >= 0 {
		return m.ring.Focus(bad)
	}
	f := m.ring.Fields
	center := domain.Center{Name: strings.TrimSpace(f[fCenter].Value()), Neighborhood: strings.TrimSpace(f[fNeighborhood].Value())}
	user := domain.User{
		Login: normalLogin(f[fLogin].Value()), Name: strings.TrimSpace(f[fName].Value()),
		Role: domain.RoleAdmin, Lang: m.s.Lang.Code(),
	}
	pass := f[fPass].Value()
	m.busy, m.err = m.s.Tr.T(i18n.SetupCreating), ""
	st := m.s.Store
	return func() tea.Msg {
		sys := store.SystemActor()
		c, err := st.CreateCenter(sys, center)
		if err != nil {
			return setupDoneMsg{err: err}
		}
		user.Center = c.ID
		u, err := st.CreateUser(sys, user, pass)
		return setupDoneMsg{u, err}
	}
}

func (m *setupScreen) View() string {
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	w := min(s.Width, 76)
	lines := []string{"", th.Line(tr.T(i18n.TitleSetup), w, th.S.Title), ""}
	lines = append(lines, th.Wrap(tr.T(i18n.SetupIntro), w, th.S.Value)...)
	lines = append(lines, "")
	if !m.form {
		for i, k := range []i18n.Key{i18n.SetupChooseCreate, i18n.SetupChooseDemo} {
			st := th.S.Value
			if i == m.choice {
				st = th.S.Selected
			}
			lines = append(lines, th.Row(w, th.Marker(i == m.choice, th.S.Focused), th.Cell(tr.T(k), w-theme.MarkerWidth, theme.Start, st)))
		}
		lines = append(lines, "", th.Line(tr.T(i18n.SetupChooseHint), w, th.S.Muted))
	} else {
		lines = append(lines, th.Line(tr.T(i18n.SetupCenterHead), w, th.S.Header))
		lines = append(lines, m.ring.Fields[fCenter].View(s, 18, w), m.ring.Fields[fNeighborhood].View(s, 18, w), "")
		lines = append(lines, th.Line(tr.T(i18n.SetupAdminHead), w, th.S.Header))
		for _, i := range []int{fLogin, fName, fPass, fPass2} {
			lines = append(lines, m.ring.Fields[i].View(s, 18, w))
		}
	}
	lines = append(lines, "")
	switch {
	case m.busy != "":
		lines = append(lines, th.Line(m.busy, w, th.S.Muted))
	case m.err != "":
		lines = append(lines, th.Line(m.err, w, th.S.Error))
	}
	return indent(s, joinLines(lines), w)
}

// demoLogin is the demo user to offer first: a caseworker, the everyday
// role.
func demoLogin() string {
	for _, l := range demo.Logins {
		if l == "caseworker" {
			return l
		}
	}
	return demo.Logins[0]
}
