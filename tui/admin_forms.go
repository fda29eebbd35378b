package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// The admin screen's forms, on the shared form screen (formscreen.go):
// a failed save keeps what was typed and says why.

// userForm adds a user (u nil) or edits one: name, role, center and
// language; a new user also gets a login and, optionally, a password.
type userForm struct {
	entry
	old                             *domain.User
	roles                           []domain.Role
	centers                         []domain.CenterID
	login, name, role, center, lang int
	password                        int
}

var userLangs = []string{"", "fa", "en"}

func newUserForm(s *Session, u *domain.User) *userForm {
	title := i18n.TitleAdminNewUser
	if u != nil {
		title = i18n.TitleAdminEditUser
	}
	m := &userForm{entry: newEntry(s, title), old: u, centers: centerChoices(s), login: -1, password: -1}
	m.roles = roleChoices(s, 0)
	if len(m.roles) == 0 {
		m.roles = []domain.Role{domain.RoleCaseworker} // never empty; the store refuses what is not allowed
	}
	cur := domain.User{Role: domain.RoleCaseworker, Center: s.User.Center}
	if u != nil {
		cur = *u
		m.context = u.Login
		if !containsRole(m.roles, u.Role) {
			m.roles = append(m.roles, u.Role) // shown as it is; the store says whether it may stay
		}
	}
	fm := &m.form
	if u == nil {
		m.login = fm.text(i18n.AdminFieldLogin, "", nil)
		fm.fields[m.login].hint = i18n.AdminLoginHint
	}
	m.name = fm.text(i18n.AdminFieldName, cur.Name, nil)
	m.role = fm.choice(i18n.AdminFieldRole, enumOptions(m.roles, (*i18n.T).Role), indexOf(m.roles, cur.Role))
	m.center = fm.choice(i18n.AdminFieldCenter, enumOptions(m.centers, func(tr *i18n.T, c domain.CenterID) string {
		if c == 0 {
			return tr.T(i18n.AdminNoCenter)
		}
		return s.CenterName(c)
	}), indexOf(m.centers, cur.Center))
	m.lang = fm.choice(i18n.AdminFieldLang, enumOptions(userLangs, func(tr *i18n.T, l string) string {
		switch l {
		case "fa":
			return tr.T(i18n.AdminLangFa)
		case "en":
			return tr.T(i18n.AdminLangEn)
		}
		return tr.T(i18n.AdminLangAuto)
	}), indexOf(userLangs, cur.Lang))
	if u == nil {
		m.password = fm.text(i18n.AdminFieldPassword, "", nil)
		fm.fields[m.password].input.EchoMode = textinput.EchoPassword
		fm.fields[m.password].hint = i18n.AdminPasswordHint
	}
	fm.ready(0)
	return m
}

func containsRole(rs []domain.Role, r domain.Role) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

func (m *userForm) Update(msg tea.Msg) (Screen, tea.Cmd) { return m, m.update(msg, m) }

// user is the user the form describes.
func (m *userForm) user() domain.User {
	fm := &m.form
	u := domain.User{}
	if m.old != nil {
		u = *m.old
	} else {
		u.Login = strings.ToLower(strings.TrimSpace(fm.value(m.login)))
	}
	u.Name = strings.TrimSpace(fm.value(m.name))
	u.Role = m.roles[fm.fields[m.role].sel]
	u.Center = m.centers[fm.fields[m.center].sel]
	u.Lang = userLangs[fm.fields[m.lang].sel]
	return u
}

func (m *userForm) validate() {
	if m.login < 0 {
		return
	}
	u := m.user()
	switch {
	case u.Login == "":
		m.form.setErr(m.login, m.s.Tr.T(i18n.AdminNeedLogin))
	case u.Validate() != nil:
		m.form.setErr(m.login, m.s.Tr.Err(u.Validate()))
	}
	if pw := m.form.value(m.password); pw != "" && len([]rune(pw)) < store.MinPasswordLen {
		m.form.setErr(m.password, m.s.Tr.Err(store.ErrWeakPassword))
	}
}

func (m *userForm) confirmText() string { return "" }

func (m *userForm) submit() tea.Cmd {
	st, actor, e, u := m.s.Store, m.s.Actor(), &m.entry, m.user()
	pw := ""
	if m.password >= 0 {
		pw = m.form.value(m.password)
	}
	create := m.old == nil
	return func() tea.Msg {
		var err error
		if create {
			_, err = st.CreateUser(actor, u, pw)
		} else {
			_, err = st.UpdateUser(actor, u)
		}
		return e.answer(domain.File{}, err)
	}
}

func (m *userForm) saved(savedMsg) tea.Cmd {
	said := i18n.AdminSaved
	if m.old == nil {
		said = i18n.AdminCreated
	}
	return tea.Batch(Pop, Flash(m.s.Tr.T(said, m.user().Login)), Emit(adminReloadMsg{}))
}

// passwordForm sets another user's password.
type passwordForm struct {
	entry
	u  domain.User
	pw int
}

func newPasswordForm(s *Session, u domain.User) *passwordForm {
	m := &passwordForm{entry: newEntry(s, i18n.TitleAdminPassword), u: u}
	m.context = u.Login
	m.pw = m.form.text(i18n.AdminFieldPassword, "", nil)
	m.form.fields[m.pw].input.EchoMode = textinput.EchoPassword
	m.form.fields[m.pw].hint = i18n.AdminNewPassHint
	m.form.ready(0)
	return m
}

func (m *passwordForm) Update(msg tea.Msg) (Screen, tea.Cmd) { return m, m.update(msg, m) }

func (m *passwordForm) validate() {
	switch pw := m.form.value(m.pw); {
	case pw == "":
		m.form.setErr(m.pw, m.s.Tr.T(i18n.AdminNeedPassword))
	case len([]rune(pw)) < store.MinPasswordLen:
		m.form.setErr(m.pw, m.s.Tr.Err(store.ErrWeakPassword))
	}
}

func (m *passwordForm) confirmText() string { return "" }

func (m *passwordForm) submit() tea.Cmd {
	st, actor, e, id, pw := m.s.Store, m.s.Actor(), &m.entry, m.u.ID, m.form.value(m.pw)
	return func() tea.Msg { return e.answer(domain.File{}, st.SetPassword(actor, id, pw)) }
}

func (m *passwordForm) saved(savedMsg) tea.Cmd {
	return tea.Batch(Pop, Flash(m.s.Tr.T(i18n.AdminPasswordDone, m.u.Login)))
}

// keyForm adds one SSH key, pasted as an authorized_keys line. The line
// is long: the input scrolls sideways under the caret.
type keyForm struct {
	entry
	u    domain.User
	line int
	fp   string // the added key's fingerprint, for the message
}

func newKeyForm(s *Session, u domain.User) *keyForm {
	m := &keyForm{entry: newEntry(s, i18n.TitleAdminAddKey), u: u}
	m.context = u.Login
	m.line = m.form.text(i18n.AdminFieldKey, "", nil)
	m.form.fields[m.line].input.CharLimit = 16 << 10 // an RSA-8192 line is under 1.5 KB
	m.form.fields[m.line].hint = i18n.AdminKeyHint
	m.fit()
	m.form.ready(0)
	return m
}

// fit tells the input how wide it is drawn, so that it scrolls sideways
// with the caret as the line is typed or pasted (textinput tracks its
// window in Update, by its own Width).
func (m *keyForm) fit() {
	m.form.fields[m.line].input.Width = max(8, m.s.Width-markW-m.form.labelWidth()-4)
}

func (m *keyForm) Update(msg tea.Msg) (Screen, tea.Cmd) {
	if _, ok := msg.(tea.WindowSizeMsg); ok {
		m.fit()
	}
	return m, m.update(msg, m)
}

func (m *keyForm) validate() {
	line := strings.TrimSpace(m.form.value(m.line))
	if line == "" {
		m.form.setErr(m.line, m.s.Tr.T(i18n.AdminNeedKey))
		return
	}
	k, _, err := store.ParseKey(line)
	if err != nil {
		m.form.setErr(m.line, m.s.Tr.Err(err))
		return
	}
	m.fp = k.Fingerprint
}

func (m *keyForm) confirmText() string { return "" }

func (m *keyForm) submit() tea.Cmd {
	st, actor, e, id, line := m.s.Store, m.s.Actor(), &m.entry, m.u.ID, m.form.value(m.line)
	return func() tea.Msg {
		_, err := st.AddKey(actor, id, line)
		return e.answer(domain.File{}, err)
	}
}

func (m *keyForm) saved(savedMsg) tea.Cmd {
	return tea.Batch(Pop, Flash(m.s.Tr.T(i18n.AdminKeyAdded, m.fp)), Emit(adminReloadMsg{}))
}
