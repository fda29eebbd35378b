package theme

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// This file is the one place through which text reaches the screen.
// Screens hand it logical text (as typed and stored) and widths; it
// truncates and pads by display width, styles, and lays cells out in the
// reading direction. A later change adds right-to-left visual modes (for
// terminals that do not reorder) in Text and here alone, so screens must
// never write user or catalog text to the screen any other way.

// Align places text within a cell, relative to the reading direction.
type Align uint8

const (
	Start Align = iota // left in LTR, right in RTL
	End                // right in LTR, left in RTL
	Center
)

const ellipsis = "…"

// Text turns one line of logical text into what is sent to the terminal:
// the text itself in Logical mode, its visual order (shaped or not) in the
// visual modes.
func (t *Theme) Text(s string) string {
	if t.mode == Logical {
		return s
	}
	out, _ := t.visual([]rune(s))
	return string(out)
}

// Fit truncates s (with …) or pads it with spaces to exactly width cells,
// aligned a in the reading direction. s is plain logical text.
func (t *Theme) Fit(s string, width int, a Align) string {
	if width <= 0 {
		return ""
	}
	s = oneLine(s)
	if Width(s) > width {
		// Cut in logical order, so the ellipsis marks the logical end;
		// shaping only narrows, so the visual text fits too.
		s = ansi.Truncate(s, width, ellipsis)
	}
	// Padding is added after reordering: it belongs to the cell, not
	// to the text.
	return pad(t.Text(s), width, t.physical(a))
}

// Cell is one styled table or form cell of exactly width cells.
func (t *Theme) Cell(s string, width int, a Align, st lipgloss.Style) string {
	return st.Render(t.Fit(s, width, a))
}

// Label renders a field label of width cells; labels sit against their
// value (right-aligned in LTR, left-aligned in RTL).
func (t *Theme) Label(s string, width int) string {
	return t.Cell(s, width, End, t.S.Label)
}

// Value renders a field value of width cells.
func (t *Theme) Value(s string, width int) string {
	return t.Cell(s, width, Start, t.S.Value)
}

// Styled renders s in st without padding, for short inline pieces.
func (t *Theme) Styled(s string, st lipgloss.Style) string {
	return st.Render(t.Text(oneLine(s)))
}

// Row lays rendered cells out in reading order (left to right in LTR,
// right to left in RTL) and fills the line to width.
func (t *Theme) Row(width int, cells ...string) string {
	if t.dir == RTL {
		rev := make([]string, len(cells))
		for i, c := range cells {
			rev[len(cells)-1-i] = c
		}
		cells = rev
	}
	return t.Block(strings.Join(cells, ""), width)
}

// Field is one "label: value" line: label on the left in LTR, on the right
// in RTL, the value beside it.
func (t *Theme) Field(label, value string, labelW, width int, vs lipgloss.Style) string {
	vw := max(0, width-labelW-1)
	return t.Row(width, t.Label(label, labelW), " ", t.Cell(value, vw, Start, vs))
}

// Line renders plain text styled st as a full line of width, aligned to the
// reading direction's start.
func (t *Theme) Line(s string, width int, st lipgloss.Style) string {
	return st.Render(t.Fit(s, width, Start))
}

// Block aligns an already rendered line (or lines) to the reading
// direction's start within width, truncating lines that are too long.
func (t *Theme) Block(s string, width int) string {
	if width <= 0 {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if Width(l) > width {
			l = ansi.Truncate(l, width, ellipsis)
		}
		lines[i] = pad(l, width, t.physical(Start))
	}
	return strings.Join(lines, "\n")
}

// Highlight renders s in base with the runes at indexes idx (rune offsets
// into s, as the search index reports them) in hl, fitted to width.
func (t *Theme) Highlight(s string, idx []int, width int, a Align, base, hl lipgloss.Style) string {
	return t.highlight(s, idx, width, a, styled{base}, styled{hl})
}

func (t *Theme) highlight(s string, idx []int, width int, a Align, base, hl painter) string {
	if width <= 0 {
		return ""
	}
	s = oneLine(s)
	full := Width(s)
	if full > width {
		s = ansi.Truncate(s, width, ellipsis)
	}
	mark := make(map[int]bool, len(idx))
	for _, i := range idx {
		mark[i] = true
	}
	if t.mode != Logical {
		return padStyled(t.highlightVisual(s, mark, base, hl), width, t.physical(a), base)
	}
	var b strings.Builder
	var run []rune
	inMatch := false
	flush := func() {
		if len(run) == 0 {
			return
		}
		st := base
		if inMatch {
			st = hl
		}
		b.WriteString(st.Render(t.Text(string(run))))
		run = run[:0]
	}
	for i, r := range []rune(s) {
		m := mark[i]
		if m != inMatch {
			flush()
			inMatch = m
		}
		run = append(run, r)
	}
	flush()
	return padStyled(b.String(), width, t.physical(a), base)
}

// Box draws a bordered popup around rendered content.
func (t *Theme) Box(content string) string { return t.S.Border.Render(content) }

// physical turns a direction-relative alignment into left/right.
func (t *Theme) physical(a Align) lipgloss.Position {
	switch {
	case a == Center:
		return lipgloss.Center
	case (a == Start) == (t.dir == LTR):
		return lipgloss.Left
	}
	return lipgloss.Right
}

func pad(s string, width int, pos lipgloss.Position) string {
	return padStyled(s, width, pos, unstyled{})
}

func padStyled(s string, width int, pos lipgloss.Position, st painter) string {
	gap := width - Width(s)
	if gap <= 0 {
		return s
	}
	fill := func(n int) string {
		if n == 0 {
			return ""
		}
		return st.Render(strings.Repeat(" ", n))
	}
	switch pos {
	case lipgloss.Right:
		return fill(gap) + s
	case lipgloss.Center:
		return fill(gap/2) + s + fill(gap-gap/2)
	}
	return s + fill(gap)
}

// oneLine keeps a cell on one line: stored text may hold newlines and
// tabs. Other control characters (ESC above all) would reach the terminal
// as commands and break every width: they show as U+FFFD.
func oneLine(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

// isControl: C0, DEL and C1, the characters a terminal may obey.
func isControl(r rune) bool { return r < 0x20 || (r >= 0x7F && r <= 0x9F) }

// Frame fits rendered content into exactly height lines of width cells:
// longer content is cut, shorter is filled with blank lines, so the chrome
// below a screen never moves.
func (t *Theme) Frame(s string, width, height int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	return t.Block(strings.Join(lines, "\n"), width)
}

// Center places a rendered block in the middle of width.
func (t *Theme) Center(s string, width int) string {
	return t.r.PlaceHorizontal(width, lipgloss.Center, s)
}

// Wrap breaks plain text into lines of at most width cells at spaces, each
// styled st and aligned to the reading direction's start.
func (t *Theme) Wrap(s string, width int, st lipgloss.Style) []string {
	if width <= 0 {
		return nil
	}
	var out []string
	line := ""
	for _, w := range strings.Fields(oneLine(s)) {
		switch {
		case line == "":
			line = w
		case Width(line)+1+Width(w) <= width:
			line += " " + w
		default:
			out = append(out, t.Line(line, width, st))
			line = w
		}
	}
	if line != "" {
		out = append(out, t.Line(line, width, st))
	}
	return out
}

// MarkerWidth is the width of Marker.
const MarkerWidth = 2

// Marker is the two-cell selection cursor at the start of a row, pointing
// at the row's content: "› " in LTR, " ‹" in RTL, blank when not selected.
// It carries the selection where colours cannot (NO_COLOR).
func (t *Theme) Marker(selected bool, st lipgloss.Style) string {
	return st.Render(t.marker(selected))
}

func (t *Theme) marker(selected bool) string {
	switch {
	case !selected:
		return "  "
	case t.dir == RTL:
		return " ‹"
	}
	return "› "
}
