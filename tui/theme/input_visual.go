package theme

import (
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/mattn/go-runewidth"

	"github.com/parvande/parvande/tui/bidi"
)

// inputVisual draws a text input in visual order: the part of the value
// that fits around the caret is reordered (and shaped) as one line, and
// the caret is drawn on the cell of the logical character it stands
// before, or on a blank at the line's logical end (the left in RTL).
func (t *Theme) inputVisual(ti textinput.Model, width int) string {
	if width <= 0 {
		return ""
	}
	val := []rune(ti.Value())
	if len(val) == 0 {
		ph := ""
		if ti.Placeholder != "" {
			ph = t.Cell(ti.Placeholder, max(0, width-1), Start, ti.PlaceholderStyle)
		}
		caret := " "
		if ti.Focused() {
			caret = t.S.Selected.Render(" ")
		}
		return t.Block(t.rowPair(caret, ph), width)
	}
	pos := min(max(ti.Position(), 0), len(val))
	lo, hi := inputWindow(val, pos, width)
	return t.caretLine(val[lo:hi], pos-lo, pos == len(val), ti.Focused(), ti.TextStyle, width)
}

// caretLine draws seg in visual order within width, the caret (when
// focused) on the cell of logical index caret; atEnd adds the blank cell
// the caret takes after the last letter, at the line's logical end.
func (t *Theme) caretLine(seg []rune, caret int, atEnd, focused bool, st lipgloss.Style, width int) string {
	seg = append([]rune(nil), seg...)
	if atEnd {
		seg = append(seg, ' ')
	}
	vis, order := t.visual(seg)
	at := -1
	if focused {
		at = caretCell(order, caret)
	}
	var b strings.Builder
	for i := 0; i < len(vis); {
		if i == at {
			b.WriteString(t.S.Selected.Render(string(vis[i])))
			i++
			continue
		}
		j := i + 1
		for j < len(vis) && j != at {
			j++
		}
		b.WriteString(st.Render(string(vis[i:j])))
		i = j
	}
	return t.Block(b.String(), width)
}

// rowPair lays out a caret and a placeholder in reading order.
func (t *Theme) rowPair(caret, rest string) string {
	if t.dir == RTL {
		return rest + caret
	}
	return caret + rest
}

// inputWindow picks the logical stretch [lo, hi) of val shown in width
// cells: it holds the caret's character (or the blank after the end)
// and as much before it, then after it, as fits.
func inputWindow(val []rune, pos, width int) (lo, hi int) {
	w := 1 // the caret's cell
	lo, hi = pos, pos
	if pos < len(val) {
		hi = pos + 1
		w = max(1, runewidth.RuneWidth(val[pos]))
	}
	for lo > 0 && w+runewidth.RuneWidth(val[lo-1]) <= width {
		lo--
		w += runewidth.RuneWidth(val[lo])
	}
	for hi < len(val) && w+runewidth.RuneWidth(val[hi]) <= width {
		w += runewidth.RuneWidth(val[hi])
		hi++
	}
	return lo, hi
}

// caretCell is the visual position of logical index c; when shaping
// dropped that rune (ZWNJ, the alef of lam-alef), the next kept one.
func caretCell(order []int, c int) int {
	best, bestDist := -1, 0
	for i, li := range order {
		if li == c {
			return i
		}
		if d := li - c; d > 0 && (best < 0 || d < bestDist) {
			best, bestDist = i, d
		}
	}
	if best < 0 && len(order) > 0 {
		best = len(order) - 1
	}
	return best
}

// InputKey adapts a key for a text input holding value: in the visual
// modes, when the field reads right to left, ← moves forward in logical
// order and → back (the caret then goes the way the reader's eye does),
// word jumps likewise. Other keys, and every key in Logical mode, pass
// unchanged; the value stays logical whatever the mode.
func (t *Theme) InputKey(k tea.KeyMsg, value string) tea.KeyMsg {
	if t.mode == Logical || !t.fieldRTL(value) {
		return k
	}
	swap := map[tea.KeyType]tea.KeyType{
		tea.KeyLeft: tea.KeyRight, tea.KeyRight: tea.KeyLeft,
		tea.KeyCtrlLeft: tea.KeyCtrlRight, tea.KeyCtrlRight: tea.KeyCtrlLeft,
	}
	if to, ok := swap[k.Type]; ok {
		k.Type = to
	}
	return k
}

// fieldRTL reports whether a field holding value reads right to left.
func (t *Theme) fieldRTL(value string) bool {
	if t.dir == RTL {
		return true
	}
	return bidi.IsRTL([]rune(value), bidi.Auto)
}
