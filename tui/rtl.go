package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// RTLModeMsg: the user chose how right-to-left text is shown (calibration
// screen). The root switches the whole UI at once and stores the choice.
type RTLModeMsg struct{ Mode theme.Mode }

// Terminal controls for VTE and mintty, which reorder lines themselves
// unless told not to (ECMA-48 BDSM, mode 8): explicit in the visual modes,
// where the program has already reordered; implicit (their default) after.
const (
	bidiExplicit = "\x1b[8l"
	// TerminalReset gives the terminal back its own bidi. Run writes it at
	// exit; a server running sessions itself writes it to the session's
	// output when the program ends.
	TerminalReset = "\x1b[8h"
)

// rtlMode is the session's mode: --rtl or this session's choice, else the
// user's stored one, else logical (text as stored) until they choose.
func (s *Session) rtlMode() theme.Mode {
	if m, ok := theme.ParseMode(s.rtl); ok {
		return m
	}
	if m, ok := theme.ParseMode(s.User.RTLMode); ok {
		return m
	}
	return theme.Logical
}

// needsCalibration: a logged-in user who has never chosen, with no --rtl.
func (s *Session) needsCalibration() bool {
	_, flag := theme.ParseMode(s.rtl)
	_, chosen := theme.ParseMode(s.User.RTLMode)
	return s.User.ID != 0 && !flag && !chosen
}

// applyRTL puts the session's mode into its theme.
func (s *Session) applyRTL() {
	m := s.rtlMode()
	s.Theme.SetMode(m)
	if m != theme.Logical {
		s.explicitSent = true
	}
}

// bidiControl goes before every frame (a no-op for terminals that do not
// know it): explicit direction in the visual modes and on the calibration
// screen; implicit once those were left; nothing for a session that never
// used them, so a logical terminal is sent nothing new.
//
// The calibration screen is explicit on purpose: VTE and mintty would
// otherwise reorder the visual samples again and make the logical one
// look right, and in logical mode they scramble the mirrored columns.
// Explicit, they show the visual sample right, which is the mode that
// serves them.
func (s *Session) bidiControl(top Screen) string {
	_, calibrating := top.(*calibrateScreen)
	switch {
	case s.quitting && s.explicitSent:
		return TerminalReset
	case s.Theme.Mode() != theme.Logical || calibrating:
		return bidiExplicit
	case s.explicitSent:
		return TerminalReset
	}
	return ""
}

// quit ends the program; its last frame, which Bubble Tea still sends,
// restores the terminal's implicit bidi (so an SSH client gets it too).
func (s *Session) quit() tea.Cmd {
	s.quitting = true
	return tea.Quit
}

// setRTL switches the session to m and, for a logged-in user, stores it.
func (a *App) setRTL(m theme.Mode) tea.Cmd {
	s := a.s
	s.rtl = m.String()
	s.applyRTL()
	a.help = s.Theme.Help()
	if _, ok := a.Top().(*calibrateScreen); ok && len(a.stack) > 1 {
		a.stack = a.stack[:len(a.stack)-1]
	}
	name := modeName(s.Tr, m)
	if s.User.ID == 0 {
		return tea.Batch(a.broadcast(LangChangedMsg{}), Flash(s.Tr.T(i18n.RTLSessionOnly, name)))
	}
	s.User.RTLMode = m.String()
	st, actor, id, saved := s.Store, s.Actor(), s.User.ID, s.Tr.T(i18n.RTLSaved, name)
	save := func() tea.Msg {
		if _, err := st.SetUserRTL(actor, id, m.String()); err != nil {
			return ErrMsg{Err: err}
		}
		return FlashMsg{Text: saved}
	}
	return tea.Batch(a.broadcast(LangChangedMsg{}), save)
}

// calibrate opens the calibration screen, unless it is already on top.
func (a *App) calibrate() tea.Cmd {
	if _, ok := a.Top().(*calibrateScreen); ok {
		return nil
	}
	a.s.explicitSent = true // the screen is drawn in explicit mode (bidiControl)
	return a.push(newCalibrate(a.s))
}

func modeName(tr *i18n.T, m theme.Mode) string {
	switch m {
	case theme.Visual:
		return tr.T(i18n.RTLNameVisual)
	case theme.VisualUnshaped:
		return tr.T(i18n.RTLNameUnshaped)
	}
	return tr.T(i18n.RTLNameLogical)
}
