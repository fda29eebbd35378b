package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// chromeLines are the lines the root draws around a screen's body: the
// status bar, the message line and the help footer.
const chromeLines = 3

// Minimum terminal size the screens are laid out for.
const (
	MinWidth  = 80
	MinHeight = 24
)

// App is the root model: a stack of screens under one status bar, message
// line and help footer. It owns the Session and is the only code that
// changes it.
type App struct {
	s       *Session
	stack   []Screen
	screens Screens
	keys    globalKeys
	help    help.Model
	showAll bool // full help in place of the body

	line    string // the message line
	lineErr bool
	memo    frameMemo // the last frame's chrome and fitted lines (frame_memo.go)
}

// Top is the screen on top of the stack (for tests and the SSH server).
func (a *App) Top() Screen { return a.stack[len(a.stack)-1] }

// Session is the app's session (for tests and the SSH server).
func (a *App) Session() *Session { return a.s }

// Init starts the first screen.
func (a *App) Init() tea.Cmd { return a.Top().Init() }

// Update routes a message: keys go to the top screen unless they are the
// root's (ctrl+c, ?, esc, q); navigation and session messages are the
// root's; everything else goes to every screen on the stack, so a result
// reaches the screen that asked for it even after another was pushed.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return a, a.key(msg)
	case tea.WindowSizeMsg:
		a.s.Width, a.s.Height = msg.Width, msg.Height
		return a, a.broadcast(msg)
	case PushMsg:
		return a, a.push(msg.Screen)
	case PopMsg:
		if len(a.stack) > 1 {
			a.stack = a.stack[:len(a.stack)-1]
		}
		return a, nil
	case ReplaceMsg:
		a.stack = a.stack[:len(a.stack)-1]
		return a, a.push(msg.Screen)
	case ResetMsg:
		a.stack = a.stack[:0]
		return a, a.push(msg.Screen)
	case OpenFileMsg, NewFileMsg, VisitsDueMsg, ReviewMsg, ParallelMsg, AuditMsg, AdminMsg, SyncStatusMsg:
		return a, a.open(msg)
	case syncRoleMsg:
		a.s.SyncRole = msg.role
		return a, nil
	case LoggedInMsg:
		return a, a.loggedIn(msg.User)
	case RTLModeMsg:
		return a, a.setRTL(msg.Mode)
	case centersMsg:
		if msg.err != nil {
			return a, Fail(msg.err)
		}
		a.s.Centers = centerMap(msg.centers)
		return a, nil
	case SetLangMsg:
		a.setLang(msg.Lang)
		return a, a.broadcast(LangChangedMsg{})
	case ChangedMsg:
		var cmd tea.Cmd
		if msg.Change.Kind == "center" {
			cmd = loadCenters(a.s)
		}
		return a, tea.Batch(cmd, a.broadcast(msg))
	case FlashMsg:
		a.line, a.lineErr = msg.Text, false
		return a, nil
	case ErrMsg:
		a.line, a.lineErr = a.s.Tr.Err(msg.Err), true
		return a, nil
	}
	return a, a.broadcast(msg)
}

func (a *App) key(k tea.KeyMsg) tea.Cmd {
	if key.Matches(k, a.keys.Quit) {
		return a.s.quit()
	}
	if key.Matches(k, a.keys.RTL) {
		a.showAll = false
		return a.calibrate()
	}
	if key.Matches(k, a.keys.HelpF1) && !a.showAll {
		a.line, a.showAll = "", true
		return nil
	}
	a.line = ""
	if a.showAll {
		// Full help covers the body: any key closes it, and only closes it.
		a.showAll = false
		return nil
	}
	top := a.Top()
	if c, ok := top.(Capturer); !ok || !c.Captures(k) {
		switch {
		case key.Matches(k, a.keys.Help, a.keys.HelpF1):
			a.showAll = true
			return nil
		case key.Matches(k, a.keys.Back):
			if len(a.stack) > 1 {
				a.stack = a.stack[:len(a.stack)-1]
			}
			return nil
		case key.Matches(k, a.keys.QuitQ):
			return a.quitQ()
		}
	}
	next, cmd := top.Update(k)
	a.stack[len(a.stack)-1] = next
	return cmd
}

// quitQ quits on "q", unless a screen on the stack holds unsaved input
// (a form under a file opened from its duplicate panel): then the form
// comes back to the top, asking, so a reflexive q loses nothing typed.
// ctrl+c still quits at once.
func (a *App) quitQ() tea.Cmd {
	for i := len(a.stack) - 1; i >= 0; i-- {
		if d, ok := a.stack[i].(Dirtier); ok && d.Dirty() {
			a.stack = a.stack[:i+1]
			a.line, a.lineErr = a.s.Tr.T(i18n.UnsavedBeforeQuit), true
			return nil
		}
	}
	return a.s.quit()
}

// push puts s on the stack, tells it the window size and starts it.
func (a *App) push(s Screen) tea.Cmd {
	if s == nil {
		return nil
	}
	s, sizeCmd := s.Update(tea.WindowSizeMsg{Width: a.s.Width, Height: a.s.Height})
	a.stack = append(a.stack, s)
	return tea.Batch(sizeCmd, s.Init())
}

// broadcast gives msg to every screen on the stack, bottom first.
func (a *App) broadcast(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(a.stack))
	for i, s := range a.stack {
		next, cmd := s.Update(msg)
		a.stack[i] = next
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// open builds a screen through the Screens hooks. A screen the user's role
// may not open says so, with what to do; one this program was built
// without (a hook not provided, or no duplicate service) says that it is
// not available, rather than leaving the user on a blank screen.
func (a *App) open(msg tea.Msg) tea.Cmd {
	var s Screen
	denied := false
	allowed := func(ok bool) bool {
		denied = denied || !ok
		return ok
	}
	switch msg := msg.(type) {
	case OpenFileMsg:
		if a.screens.File != nil {
			s = a.screens.File(a.s, msg.ID)
		}
	case NewFileMsg:
		if a.screens.NewFile != nil {
			s = a.screens.NewFile(a.s)
		}
	case VisitsDueMsg:
		if a.screens.VisitsDue != nil {
			s = a.screens.VisitsDue(a.s)
		}
	case ReviewMsg:
		if a.screens.Review != nil && a.s.Dupes != nil {
			s = a.screens.Review(a.s)
		}
	case ParallelMsg:
		if a.screens.Parallel != nil && a.s.Dupes != nil && allowed(canReport(a.s)) {
			s = a.screens.Parallel(a.s)
		}
	case AuditMsg:
		if a.screens.Audit != nil && allowed(canAudit(a.s)) {
			s = a.screens.Audit(a.s)
		}
	case AdminMsg:
		if a.screens.Admin != nil && allowed(canAdmin(a.s)) {
			s = a.screens.Admin(a.s)
		}
	case SyncStatusMsg:
		if a.screens.SyncStatus != nil && allowed(canSyncStatus(a.s)) {
			s = a.screens.SyncStatus(a.s)
		}
	}
	switch {
	case denied:
		return Fail(store.ErrDenied)
	case s == nil:
		return Flash(a.s.Tr.T(i18n.NotAvailable))
	}
	return a.push(s)
}

// loggedIn records the user, takes their language unless --lang said
// otherwise, loads centers and opens the home screen.
func (a *App) loggedIn(u domain.User) tea.Cmd {
	a.s.User = u
	if l := i18n.Detect(a.s.langFlag, u.Lang, a.s.envLang); l != a.s.Lang {
		a.setLang(l)
	}
	a.s.applyRTL() // the user's stored mode, unless --rtl said otherwise
	a.line = ""
	a.stack = a.stack[:0]
	home := a.push(a.screens.Home(a.s))
	if a.s.needsCalibration() {
		return tea.Batch(loadCenters(a.s), loadSyncRole(a.s), home, a.calibrate())
	}
	return tea.Batch(loadCenters(a.s), loadSyncRole(a.s), home)
}

func (a *App) setLang(l i18n.Lang) {
	a.s.setLang(l)
	a.keys = newGlobalKeys(a.s.Tr)
	a.help = a.s.Theme.Help()
}

// rootHelp lists the root's keys as they work on top: "?" and "q" when
// the screen leaves them to the root, f1 and ctrl+c when it keeps them as
// text; "esc" only when there is a screen to go back to.
func (a *App) rootHelp(top Screen) []key.Binding {
	c, _ := top.(Capturer)
	captured := func(r rune) bool {
		return c != nil && c.Captures(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	out := make([]key.Binding, 0, 3)
	if captured('?') {
		out = append(out, a.keys.HelpF1)
	} else {
		out = append(out, a.keys.Help)
	}
	if len(a.stack) > 1 {
		out = append(out, a.keys.Back)
	}
	if captured('q') {
		return append(out, a.keys.Quit)
	}
	return append(out, a.keys.QuitQ)
}

// View draws the status bar, the top screen's body (or the full help), the
// message line and the help footer.
func (a *App) View() string {
	s, th := a.s, a.s.Theme
	if s.Width < MinWidth || s.Height < MinHeight {
		msg := th.Wrap(s.Tr.T(i18n.TooSmall, s.Width, s.Height), max(s.Width, 1), th.S.Warn)
		return th.Frame(joinLines(msg), s.Width, s.Height)
	}
	top := a.Top()
	keys := footerKeys{screen: top.KeyMap(), root: a.rootHelp(top), more: []key.Binding{a.keys.RTL}}
	var body string
	if a.showAll {
		h := a.help
		h.ShowAll = true
		body = th.Line(s.Tr.T(i18n.TitleHelp)+" — "+top.Title(), s.Width, th.S.Title) + "\n\n" +
			th.HelpView(h, keys, s.Width)
	} else {
		body = top.View()
	}
	msgStyle := th.S.Success
	if a.lineErr {
		msgStyle = th.S.Error
	}
	return strings.Join([]string{
		s.bidiControl(top) + a.memo.status(s, top.Title()),
		a.memo.frame(s, body, s.BodyHeight()),
		th.Line(a.line, s.Width, msgStyle),
		a.memo.help(s, a.help, keys),
	}, "\n")
}
