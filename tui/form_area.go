package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textarea"

	"github.com/parvande/parvande/tui/theme"
)

// areaHeight is how many lines a several-line field shows; longer text
// scrolls inside it.
const areaHeight = 3

// newArea is a bubbles textarea styled from the session's renderer (its
// defaults use the global one, wrong over SSH), without prompt or line
// numbers, with a steady cursor like the text inputs.
func newArea(s *Session) textarea.Model {
	th := s.Theme
	n := th.Renderer().NewStyle
	a := textarea.New()
	a.Prompt = ""
	a.ShowLineNumbers = false
	a.CharLimit = 4000
	a.MaxHeight = 0
	st := textarea.Style{
		Base: n(), CursorLine: n(), CursorLineNumber: n(), EndOfBuffer: n(),
		LineNumber: n(), Placeholder: th.S.Muted, Prompt: n(), Text: th.S.Value,
	}
	a.FocusedStyle, a.BlurredStyle = st, st
	a.Cursor.Style = n()
	a.Cursor.TextStyle = n()
	a.Cursor.SetMode(cursor.CursorStatic)
	a.SetHeight(areaHeight)
	return a
}

// areaLines draws a textarea in width w, one string per line. In RTL its
// padding is dropped so each line sits against the label, as Theme.Input
// does for one-line inputs.
func areaLines(th *theme.Theme, a *textarea.Model, w int) []string {
	a.SetWidth(w)
	if th.Mode() != theme.Logical {
		// The textarea draws logical order; the visual modes draw the
		// same value and caret themselves (the value stays logical).
		li := a.LineInfo()
		return th.AreaLines(strings.Split(a.Value(), "\n"), a.Line(), li.StartColumn+li.CharOffset, a.Focused(), w, a.Height(), th.S.Value)
	}
	lines := strings.Split(a.View(), "\n")
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if th.RTL() {
			l = strings.TrimRight(l, " ")
		}
		out = append(out, th.Block(l, w))
	}
	return out
}
