package theme

import (
	"github.com/parvande/parvande/tui/bidi"
)

// Mode is how right-to-left text is sent to the terminal. No terminal can
// be asked which it needs, so the user chooses (calibration screen).
type Mode uint8

const (
	// Logical sends text as stored, for terminals that reorder and shape
	// by themselves (VTE, Konsole, PuTTY, mintty, macOS Terminal).
	Logical Mode = iota
	// Visual reorders each field to visual order and shapes letters into
	// their joined forms, for terminals with no bidi (Windows Terminal,
	// conhost, xterm, Alacritty, tmux).
	Visual
	// VisualUnshaped reorders but keeps base letters, for terminals that
	// join letters but do not reorder.
	VisualUnshaped
)

// Modes lists the modes in the order the calibration screen offers them.
var Modes = [...]Mode{Visual, VisualUnshaped, Logical}

// String is the mode's name as the --rtl flag and the user record spell it.
func (m Mode) String() string {
	switch m {
	case Visual:
		return "visual"
	case VisualUnshaped:
		return "visual-unshaped"
	}
	return "logical"
}

// ParseMode reads a mode name; ok is false for anything else (including
// "", which means "not chosen yet").
func ParseMode(s string) (Mode, bool) {
	switch s {
	case "visual":
		return Visual, true
	case "visual-unshaped":
		return VisualUnshaped, true
	case "logical":
		return Logical, true
	}
	return Logical, false
}

// Mode is the session's right-to-left mode.
func (t *Theme) Mode() Mode { return t.mode }

// SetMode switches the right-to-left mode; every later View uses it.
func (t *Theme) SetMode(m Mode) { t.mode = m }

// paraDir is the paragraph direction of one field: RTL in the fa UI; in
// the en UI from the field's first strong letter, so a Persian name reads
// right inside the LTR layout.
func (t *Theme) paraDir() bidi.Dir {
	if t.dir == RTL {
		return bidi.RTL
	}
	return bidi.Auto
}

// visual is Text's work in the visual modes: runes in visual order and,
// for each, its logical index.
func (t *Theme) visual(rs []rune) ([]rune, []int) {
	return bidi.Visual(rs, t.paraDir(), t.mode == Visual)
}

// ModeText renders s as mode m would, whatever the session's mode. Only
// the calibration screen wants this: it shows one sample in every mode
// side by side so the user can say which reads right.
func (t *Theme) ModeText(s string, m Mode) string {
	if m == Logical {
		return s
	}
	return bidi.String(oneLine(s), t.paraDir(), m == Visual)
}
