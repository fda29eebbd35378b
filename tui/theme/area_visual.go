package theme

import (
	"github.com/charmbracelet/lipgloss"
	"github.com/mattn/go-runewidth"
)

// AreaLines draws a several-line input in the visual modes: each logical
// line is wrapped at spaces into rows of width-1 cells (one is kept for
// the caret), each row reordered on its own, and height rows shown around
// the caret at line row, rune col. The caller keeps the value in logical
// order; in Logical mode it draws the bubbles textarea itself.
func (t *Theme) AreaLines(lines []string, row, col int, focused bool, width, height int, st lipgloss.Style) []string {
	type seg struct{ line, lo, hi int }
	var segs []seg
	cur := 0
	for li, l := range lines {
		rs := []rune(l)
		for _, r := range wrapRunes(rs, max(1, width-1)) {
			if li == row && col >= r[0] && (col < r[1] || r[1] == len(rs)) {
				cur = len(segs)
			}
			segs = append(segs, seg{li, r[0], r[1]})
		}
	}
	first := max(0, cur-height+1)
	out := make([]string, 0, height)
	for i := first; i < len(segs) && len(out) < height; i++ {
		sg := segs[i]
		rs := []rune(lines[sg.line])[sg.lo:sg.hi]
		if i == cur {
			out = append(out, t.caretLine(rs, col-sg.lo, col == sg.hi, focused, st, width))
			continue
		}
		out = append(out, t.caretLine(rs, -1, false, false, st, width))
	}
	for len(out) < height {
		out = append(out, t.Block("", width))
	}
	return out
}

// wrapRunes splits rs into [lo, hi) rows of at most width cells, breaking
// after a space where it can. An empty line is one empty row.
func wrapRunes(rs []rune, width int) [][2]int {
	var rows [][2]int
	lo := 0
	for lo < len(rs) {
		w, hi, brk := 0, lo, -1
		for hi < len(rs) && w+runewidth.RuneWidth(rs[hi]) <= width {
			w += runewidth.RuneWidth(rs[hi])
			if rs[hi] == ' ' {
				brk = hi + 1
			}
			hi++
		}
		if hi == lo {
			hi = lo + 1 // a rune wider than the row: show it alone
		} else if hi < len(rs) && brk > lo {
			hi = brk
		}
		rows = append(rows, [2]int{lo, hi})
		lo = hi
	}
	if len(rows) == 0 {
		rows = append(rows, [2]int{0, 0})
	}
	return rows
}
