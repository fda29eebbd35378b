package theme

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// Paint is a style reduced to the escape codes it puts before and after
// text. Style.Render works out those codes afresh on every call (and, for
// underlined text, wraps every letter on its own); a table row of ten
// cells, fifty times a second, for a hundred SSH sessions, spent most of
// the server's time there. Build Paints once per theme and reuse them.
type Paint struct {
	st        lipgloss.Style
	pre, post string
	ok        bool // reduced; otherwise Render falls back to the style
}

// paintProbe is a private-use letter: no style's codes contain it.
const paintProbe = "\uE000"

// Paint reduces st. A style that does more than colour and attributes
// (width, padding, borders, a transform) cannot be reduced and is kept as
// it is, so Paint is never wrong, only sometimes not faster.
func (t *Theme) Paint(st lipgloss.Style) Paint {
	out := st.Render(paintProbe)
	i := strings.Index(out, paintProbe)
	if i < 0 || ansi.Strip(out) != paintProbe {
		return Paint{st: st}
	}
	return Paint{st: st, pre: out[:i], post: out[i+len(paintProbe):], ok: true}
}

// Render paints one line of already fitted text.
func (p Paint) Render(s string) string {
	if !p.ok || strings.ContainsAny(s, "\n\t") {
		return p.st.Render(s)
	}
	if s == "" || p.pre == "" {
		return s
	}
	return p.pre + s + p.post
}

// painter is what Highlight and padding paint with: a Paint, or a style
// rendered the slow way.
type painter interface{ Render(string) string }

type styled struct{ st lipgloss.Style }

func (s styled) Render(x string) string { return s.st.Render(x) }

// unstyled leaves text as it is (padding outside any style).
type unstyled struct{}

func (unstyled) Render(x string) string { return x }

// PaintCell is Cell with a Paint.
func (t *Theme) PaintCell(s string, width int, a Align, p Paint) string {
	return p.Render(t.Fit(s, width, a))
}

// PaintHighlight is Highlight with Paints.
func (t *Theme) PaintHighlight(s string, idx []int, width int, a Align, base, hl Paint) string {
	return t.highlight(s, idx, width, a, base, hl)
}

// PaintMarker is Marker with a Paint.
func (t *Theme) PaintMarker(selected bool, p Paint) string {
	return p.Render(t.marker(selected))
}

// RowSized is Row for cells that are already exactly their widths, used
// cells together (PaintCell, PaintHighlight and PaintMarker make such
// cells): it fills the line without measuring the styled text again.
// When used is more than width it measures and cuts, as Row does.
func (t *Theme) RowSized(width, used int, cells ...string) string {
	if used > width || width <= 0 {
		return t.Row(width, cells...)
	}
	var b strings.Builder
	fill := strings.Repeat(" ", width-used)
	if t.dir == RTL {
		b.WriteString(fill)
		for i := len(cells) - 1; i >= 0; i-- {
			b.WriteString(cells[i])
		}
		return b.String()
	}
	for _, c := range cells {
		b.WriteString(c)
	}
	b.WriteString(fill)
	return b.String()
}
