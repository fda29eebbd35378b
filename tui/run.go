package tui

import (
	"io"
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui/i18n"
)

// Options configure one terminal session.
type Options struct {
	Lang     string // --lang: "fa" or "en"; empty decides from the user and LANG
	EnvLang  string // the session's LANG; Run reads the process's when empty
	In       io.Reader
	Out      io.Writer
	Renderer *lipgloss.Renderer // the session's renderer; nil: one for Out
	Source   string             // "local", or the SSH client's address
	Now      func() time.Time
	Screens  Screens // hooks to override (tests); empty ones use the real screens
	// Dupes is the process's duplicate service (registration panel, review
	// queue, linked aid); Run refreshes it on store changes like the index.
	Dupes *dupes.Service
	// LoadIndex, when set, fills the index in the background after the first
	// frame, so a large database shows the login screen at once instead of
	// after the index is built; searches wait for it.
	LoadIndex func() error
	// User, when set, is already authenticated (the SSH server checked the
	// key): the session starts logged in, without the login screen.
	User *domain.User
	// RTL is --rtl: "visual", "visual-unshaped" or "logical" overrides the
	// user's stored right-to-left mode and skips first-login calibration.
	RTL string
}

// New builds the root model for one session. The SSH server calls it per
// connection with that client's renderer; Run calls it for the local
// terminal.
func New(st *store.Store, ix *search.Index, opt Options) tea.Model {
	return newApp(st, ix, opt)
}

func newApp(st *store.Store, ix *search.Index, opt Options) *App {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Source == "" {
		opt.Source = "local"
	}
	r := opt.Renderer
	if r == nil {
		if opt.Out != nil {
			r = lipgloss.NewRenderer(opt.Out)
		} else {
			r = lipgloss.DefaultRenderer()
		}
	}
	s := &Session{
		Store: st, Index: ix, Dupes: opt.Dupes, Source: opt.Source, Now: opt.Now,
		Width: MinWidth, Height: MinHeight,
		renderer: r, langFlag: opt.Lang, envLang: opt.EnvLang, tick: tea.Tick,
		rtl: opt.RTL,
	}
	a := &App{s: s, screens: opt.Screens.merge(defaultScreens())}
	a.setLang(i18n.Detect(opt.Lang, "", opt.EnvLang))
	a.stack = []Screen{newStart(s, opt.User)}
	return a
}

// Run runs the workstation on the local terminal until the user quits. It
// subscribes to the store so that writes (from this session or, on a
// server, others) refresh the index and the screens.
func Run(st *store.Store, ix *search.Index, opt Options) error {
	if opt.EnvLang == "" {
		opt.EnvLang = os.Getenv("LANG")
	}
	popts := []tea.ProgramOption{tea.WithAltScreen()}
	if opt.In != nil {
		popts = append(popts, tea.WithInput(opt.In))
	}
	if opt.Out != nil {
		popts = append(popts, tea.WithOutput(opt.Out))
	}
	p := tea.NewProgram(New(st, ix, opt), popts...)
	var more []func(store.Change) error
	if opt.Dupes != nil {
		more = append(more, opt.Dupes.Refresh)
	}
	stop := Forward(st, ix, p.Send, more...)
	defer stop()
	if opt.LoadIndex != nil {
		go func() {
			if err := opt.LoadIndex(); err != nil {
				p.Send(ErrMsg{Err: err})
			}
		}()
	}
	m, err := p.Run()
	out := opt.Out
	if out == nil {
		out = os.Stdout
	}
	RestoreTerminal(m, out)
	return err
}

// RestoreTerminal gives VTE and mintty their own bidi back (see rtl.go)
// after a program whose model is m has ended, however it ended: the user
// quitting, or the SSH server ending the session (idle, shutdown).
func RestoreTerminal(m tea.Model, out io.Writer) {
	if a, ok := m.(*App); ok && a.s.explicitSent {
		_, _ = io.WriteString(out, TerminalReset)
	}
}

// Forward subscribes to st and, for every committed change, refreshes ix
// (and any more in-memory indexes, such as the duplicate service) and sends
// ChangedMsg through send (tea.Program.Send). It is a Fanout with one
// receiver; stop unsubscribes.
func Forward(st *store.Store, ix *search.Index, send func(tea.Msg), more ...func(store.Change) error) (stop func()) {
	f := NewFanout(st, ix, more...)
	f.Add(send)
	return f.Close
}
