package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

// Screen is one full view on the root's stack: login, the search list, a
// household file, a form. The root draws the status bar, the message line
// and the help footer around it; View draws only the body, at most
// Session.Width × Session.BodyHeight().
//
// Screens keep a *Session, do all IO in tea.Cmds that return messages, and
// navigate by returning messages (Push, Pop, Replace, OpenFileMsg…), never
// by touching the stack. Every message the root does not handle itself goes
// to the top screen; tea.WindowSizeMsg, ChangedMsg and LangChangedMsg go to
// every screen on the stack, so screens below the top stay current.
type Screen interface {
	Init() tea.Cmd
	Update(msg tea.Msg) (Screen, tea.Cmd)
	View() string
	// KeyMap lists the screen's keys for the footer (ShortHelp) and for
	// "?" (FullHelp). The root adds its own (help, back, quit).
	KeyMap() help.KeyMap
	// Title names the screen in the status bar.
	Title() string
}

// Capturer is implemented by screens that need a key the root would
// otherwise take: a focused text field keeps "?" and "q" as letters, a form
// with unsaved input asks before "esc" goes back. ctrl+c is never captured.
type Capturer interface {
	Captures(k tea.KeyMsg) bool
}

// Dirtier is implemented by screens holding unsaved input; the root asks
// before quitting with "q" from them.
type Dirtier interface {
	Dirty() bool
}
