package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// Session is what every screen of one terminal (or one SSH client) shares:
// the store, the search index, who is logged in, the language and the look.
// Screens hold a *Session and read it; only the root App changes it, on the
// Bubble Tea goroutine, so it needs no lock.
type Session struct {
	Store *store.Store
	Index *search.Index
	// Dupes is the duplicate service shared by every session of the
	// process; nil when duplicate detection is not running.
	Dupes  *dupes.Service
	User   domain.User // zero until login
	Source string      // "local" or the SSH client's address, for the audit trail
	Lang   i18n.Lang
	Tr     *i18n.T
	Theme  *theme.Theme
	Now    func() time.Time
	// Width and Height are the terminal's size; BodyHeight is what a screen
	// may fill (the root keeps the status bar, message line and help).
	Width, Height int
	// Centers by id, loaded at login, for names in rows and the status bar.
	Centers map[domain.CenterID]domain.Center
	// SyncRole is the database's place in a sync network, read at login
	// (it changes only by commands that need the database to themselves).
	SyncRole store.SyncRole

	// tick schedules a message after d: tea.Tick, or a stand-in in tests
	// so that countdowns do not sleep.
	tick func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd

	renderer *lipgloss.Renderer
	langFlag string // --lang, which beats the user's setting
	// rtl is --rtl, or this session's calibration choice; it beats the
	// user's stored mode (rtl.go). explicitSent: a visual mode was used,
	// so the terminal must get its implicit bidi back.
	rtl          string
	explicitSent bool
	quitting     bool   // the last frame gives the terminal its bidi back
	envLang      string // LANG, the last resort
}

// Actor is who the store should audit for this session's writes.
func (s *Session) Actor() store.Actor { return store.Actor{User: s.User, Source: s.Source} }

// Can reports whether the logged-in user may do a to t; screens hide or
// refuse actions with it (the store checks again).
func (s *Session) Can(a domain.Action, t domain.Target) bool {
	return s.User.ID != 0 && domain.Can(s.User, a, t)
}

// CenterName is the center's name, or its number when unknown.
func (s *Session) CenterName(id domain.CenterID) string {
	if c, ok := s.Centers[id]; ok {
		return c.Name
	}
	if id == 0 {
		return ""
	}
	return s.Tr.Num(int(id))
}

// BodyHeight is the number of lines a screen's View may use.
func (s *Session) BodyHeight() int { return max(1, s.Height-chromeLines) }

// setLang switches language, translator and layout direction together.
func (s *Session) setLang(l i18n.Lang) {
	s.Lang = l
	s.Tr = i18n.New(l)
	dir := theme.LTR
	if l.RTL() {
		dir = theme.RTL
	}
	s.Theme = theme.New(s.renderer, dir)
	s.applyRTL()
}
