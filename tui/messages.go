package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// Navigation: screens return these (as Cmds) and the root moves the stack.
type (
	// PushMsg opens Screen on top of the current one; esc comes back.
	PushMsg struct{ Screen Screen }
	// PopMsg closes the top screen. On the last screen it does nothing.
	PopMsg struct{}
	// ReplaceMsg swaps the top screen (setup → login → list).
	ReplaceMsg struct{ Screen Screen }
	// ResetMsg empties the stack and starts again from Screen (logout).
	ResetMsg struct{ Screen Screen }
)

// Requests to open screens that are built by Screens hooks (see screens.go),
// so the list need not import the file screen or the forms.
type (
	// OpenFileMsg opens the household file ID.
	OpenFileMsg struct{ ID domain.ID }
	// NewFileMsg opens the registration form.
	NewFileMsg struct{}
	// VisitsDueMsg opens the visits-due view.
	VisitsDueMsg struct{}
	// ReviewMsg opens the duplicate review queue.
	ReviewMsg struct{}
	// ParallelMsg opens the parallel-aid report.
	ParallelMsg struct{}
	// AuditMsg opens the audit trail.
	AuditMsg struct{}
	// AdminMsg opens user and key management.
	AdminMsg struct{}
	// SyncStatusMsg opens the sync status of a hub or spoke.
	SyncStatusMsg struct{}
)

// Session events.
type (
	// LoggedInMsg: the user authenticated; the root loads centers and opens
	// the home screen.
	LoggedInMsg struct{ User domain.User }
	// centersMsg carries the centers loaded after login.
	centersMsg struct {
		centers []domain.Center
		err     error
	}
	// SetLangMsg asks the root to switch language (login screen key).
	SetLangMsg struct{ Lang i18n.Lang }
	// LangChangedMsg tells every screen the language changed, so they can
	// rebuild what they cached (placeholders, column widths).
	LangChangedMsg struct{}
	// ChangedMsg is a committed store change, from this or another session.
	// The root forwards it to every screen on the stack.
	ChangedMsg struct{ Change store.Change }
)

// The message line under the body: one transient line, cleared by the
// next key.
type (
	// FlashMsg shows a success or information line.
	FlashMsg struct{ Text string }
	// ErrMsg shows an error, translated by i18n.T.Err.
	ErrMsg struct{ Err error }
)

// Push returns a Cmd that pushes s.
func Push(s Screen) tea.Cmd { return func() tea.Msg { return PushMsg{s} } }

// Pop returns a Cmd that pops the top screen.
func Pop() tea.Msg { return PopMsg{} }

// Replace returns a Cmd that replaces the top screen with s.
func Replace(s Screen) tea.Cmd { return func() tea.Msg { return ReplaceMsg{s} } }

// Flash returns a Cmd that shows text on the message line.
func Flash(text string) tea.Cmd { return func() tea.Msg { return FlashMsg{text} } }

// Fail returns a Cmd that shows err on the message line.
func Fail(err error) tea.Cmd { return func() tea.Msg { return ErrMsg{err} } }

// Emit returns a Cmd that yields msg, for handing a message to the root.
func Emit(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
