package theme

import (
	"github.com/charmbracelet/bubbles/textinput"
)

// Input renders a text input's view fitted to width. In the visual modes
// the theme draws the value and the caret itself (input_visual.go); the
// model's value stays in logical order.
func (t *Theme) Input(ti textinput.Model, width int) string {
	if t.mode != Logical && ti.EchoMode == textinput.EchoNormal {
		return t.inputVisual(ti, width)
	}
	if t.dir == RTL && Width(ti.Value())+1 < width {
		// Unpadded, so the text sits against its label on the right.
		ti.Width = 0
		return t.Block(ti.View(), width)
	}
	ti.Width = max(1, width-1) // the cursor takes a cell past the text
	return t.Block(ti.View(), width)
}
