// Package theme holds one session's look: styles built from that session's
// lipgloss renderer (over SSH every client has its own colour profile), and
// the single place through which text reaches the screen (text.go).
//
// Colours are the 16 ANSI ones, so an old console shows them as meant; with
// NO_COLOR (or any Ascii profile) everything still reads, because meaning is
// also carried by markers (the selection cursor, brackets), never by colour
// alone.
package theme

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Dir is the reading direction of the session's language.
type Dir uint8

const (
	LTR Dir = iota
	RTL
)

// Styles are the named looks screens use. Screens never build colours of
// their own, so the palette stays in one place.
type Styles struct {
	Title     lipgloss.Style // screen and section titles
	Label     lipgloss.Style // field labels
	Value     lipgloss.Style // field values
	Muted     lipgloss.Style // secondary text, hints, empty-state text
	Error     lipgloss.Style
	Success   lipgloss.Style
	Warn      lipgloss.Style // flagged values, overdue dates
	Match     lipgloss.Style // search characters that matched
	Selected  lipgloss.Style // the row under the cursor
	Header    lipgloss.Style // table column headers
	Focused   lipgloss.Style // the focused field's label
	Bar       lipgloss.Style // status bar
	BarStrong lipgloss.Style // status bar: user and screen
	Key       lipgloss.Style // a key in help text
	Desc      lipgloss.Style // a key's description in help text
	Border    lipgloss.Style // boxes (popups, panes)
}

// Theme is one session's look and its text painter. Build one per session
// with New; never share styles between sessions.
type Theme struct {
	r    *lipgloss.Renderer
	dir  Dir
	mode Mode // how right-to-left text is sent (mode.go)
	// Plain is true when the profile shows no styling at all (NO_COLOR, a
	// dumb terminal, tests): screens then rely on markers.
	Plain bool
	S     Styles
}

// New builds the theme for renderer r and reading direction dir. A nil r
// uses lipgloss's default renderer (a local terminal).
func New(r *lipgloss.Renderer, dir Dir) *Theme {
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	t := &Theme{r: r, dir: dir, Plain: r.ColorProfile() == termenv.Ascii}
	n := r.NewStyle
	t.S = Styles{
		Title:     n().Bold(true).Foreground(lipgloss.Color("6")),
		Label:     n().Bold(true),
		Value:     n(),
		Muted:     n().Faint(true),
		Error:     n().Bold(true).Foreground(lipgloss.Color("1")),
		Success:   n().Foreground(lipgloss.Color("2")),
		Warn:      n().Foreground(lipgloss.Color("3")),
		Match:     n().Bold(true).Underline(true).Foreground(lipgloss.Color("3")),
		Selected:  n().Reverse(true),
		Header:    n().Bold(true).Underline(true),
		Focused:   n().Bold(true).Foreground(lipgloss.Color("6")),
		Bar:       n().Reverse(true),
		BarStrong: n().Reverse(true).Bold(true),
		Key:       n().Bold(true),
		Desc:      n().Faint(true),
		Border:    n().Border(lipgloss.NormalBorder()).Padding(0, 1),
	}
	return t
}

// Renderer is the session's renderer, for the rare style a screen needs
// beyond Styles.
func (t *Theme) Renderer() *lipgloss.Renderer { return t.r }

// Dir is the session's reading direction.
func (t *Theme) Dir() Dir { return t.dir }

// RTL reports whether the layout is mirrored.
func (t *Theme) RTL() bool { return t.dir == RTL }

// Help is a bubbles help model styled from this session's renderer (the
// bubbles defaults use the global renderer, wrong over SSH).
func (t *Theme) Help() help.Model {
	h := help.New()
	h.Styles = help.Styles{
		Ellipsis:       t.S.Desc,
		ShortKey:       t.S.Key,
		ShortDesc:      t.S.Desc,
		ShortSeparator: t.S.Desc,
		FullKey:        t.S.Key,
		FullDesc:       t.S.Desc,
		FullSeparator:  t.S.Desc,
	}
	return h
}

// TextInput is a bubbles text input styled from this session's renderer,
// with a steady cursor: a blinking one costs a redraw twice a second on
// every SSH session and every old PC.
func (t *Theme) TextInput(placeholder string) textinput.Model {
	ti := textinput.New()
	ti.Prompt = ""
	ti.Placeholder = placeholder
	ti.PromptStyle = t.S.Label
	ti.TextStyle = t.S.Value
	ti.PlaceholderStyle = t.S.Muted
	ti.CompletionStyle = t.S.Muted
	ti.Cursor.Style = t.r.NewStyle()
	ti.Cursor.TextStyle = t.r.NewStyle()
	ti.Cursor.SetMode(cursor.CursorStatic)
	return ti
}
