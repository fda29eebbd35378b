package theme

import (
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
)

// Width is the display width of s in cells (ZWNJ and harakat count 0).
//
// Every line is measured on its way to the screen, so this is hot: the
// exact measure segments graphemes, which for a frame of a hundred-column
// table was most of a frame's time. Lines made only of ASCII, the letters
// and digits Persian uses, a few symbols the screens draw, and the SGR
// codes styles emit are counted directly; anything else (harakat, other
// scripts, emoji, other escape sequences) goes to the exact measure.
// width_test.go checks the two agree on every rune the fast path takes.
func Width(s string) int {
	if w, ok := fastWidth(s); ok {
		return w
	}
	return lipgloss.Width(s)
}

// fastWidth counts s when it holds only what oneCell and zeroCell know;
// ok is false otherwise.
func fastWidth(s string) (w int, ok bool) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7F:
			w++
			i++
		case c == 0x1b: // CSI parameters intermediates final, as SGR is
			j := i + 1
			if j >= len(s) || s[j] != '[' {
				return 0, false
			}
			j++
			for j < len(s) && s[j] >= 0x30 && s[j] <= 0x3F {
				j++
			}
			for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2F {
				j++
			}
			if j >= len(s) || s[j] < 0x40 || s[j] > 0x7E {
				return 0, false
			}
			i = j + 1
		case c < 0x80:
			return 0, false // newlines and other controls
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case inRanges(r, oneCell[:]):
				w++
			case inRanges(r, zeroCell[:]):
			default:
				return 0, false
			}
			i += n
		}
	}
	return w, true
}

type runeRange struct{ lo, hi rune }

// oneCell: runes one cell wide that never join the rune before or after
// them into one grapheme.
var oneCell = [...]runeRange{
	{0x00A1, 0x00AC}, {0x00AE, 0x02FF}, // Latin-1 and Latin Extended (no soft hyphen)
	{0x0621, 0x064A}, // Arabic letters and tatweel
	{0x0660, 0x066D}, // Arabic-Indic digits and signs
	{0x0671, 0x06D3}, // Persian and other letters (پ چ ژ ک گ ی …)
	{0x06F0, 0x06F9}, // Persian digits
	{0x2010, 0x2027}, // dashes, quotes, bullets, ellipsis
	{0x2030, 0x205E}, // ‹ › and other punctuation
	{0x2190, 0x21FF}, // arrows
	{0x2500, 0x257F}, // box drawing
	{0xFB50, 0xFBB1}, // Persian presentation forms (shaped text)
	{0xFBD3, 0xFD3D},
	{0xFE80, 0xFEFC}, // Arabic presentation forms, lam-alef ligatures
}

// zeroCell: joiners and marks that take no cell.
var zeroCell = [...]runeRange{
	{0x200B, 0x200F}, // ZWSP, ZWNJ, ZWJ, LRM, RLM
}

func inRanges(r rune, rs []runeRange) bool {
	for _, x := range rs {
		if r < x.lo {
			return false
		}
		if r <= x.hi {
			return true
		}
	}
	return false
}
