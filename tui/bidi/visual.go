package bidi

import "unicode"

// Visual turns one line of logical text into the runes to send to a
// terminal that paints left to right, for paragraph direction d: levels
// resolved, runs reordered, brackets mirrored in right-to-left runs and,
// when shape is set, letters in their joined presentation forms. order[i]
// is the logical index of out[i], so a caller can style or place a caret
// by logical position. Runes with no cell of their own (see Shape) are
// left out of both.
func Visual(rs []rune, d Dir, shape bool) (out []rune, order []int) {
	if !needsBidi(rs) && !(shape && hasJoiner(rs)) {
		order = make([]int, len(rs))
		for i := range order {
			order[i] = i
		}
		return append([]rune(nil), rs...), order
	}
	levels, para := Levels(rs, d)
	src := rs
	if shape {
		src = Shape(rs)
	}
	vis := keepMarksAfterBase(Order(levels, para), levels, rs)
	out = make([]rune, 0, len(rs))
	order = make([]int, 0, len(rs))
	for _, i := range vis {
		r := src[i]
		if r == Dropped {
			continue
		}
		if levels[i]%2 == 1 {
			if m, ok := mirror[r]; ok {
				r = m
			}
		}
		out = append(out, r)
		order = append(order, i)
	}
	return out, order
}

// String is Visual for a string.
func String(s string, d Dir, shape bool) string {
	out, _ := Visual([]rune(s), d, shape)
	return string(out)
}

// needsBidi reports whether rs holds anything right-to-left; text
// without it is the same in logical and visual order (in any paragraph
// direction a terminal line needs: L1 puts trailing spaces at the line's
// end either way, and an RTL paragraph of only LTR text is one run).
func needsBidi(rs []rune) bool {
	for _, r := range rs {
		if r >= 0x0590 && (r < 0x2000 || r >= 0xFB1D) {
			c := classOf(r)
			if c == cR || c == cAL || c == cAN {
				return true
			}
		}
	}
	return false
}

// hasJoiner reports ZWNJ or ZWJ, which shaping drops.
func hasJoiner(rs []rune) bool {
	for _, r := range rs {
		if r == zwnj || r == zwj {
			return true
		}
	}
	return false
}

// keepMarksAfterBase moves combining marks that reordering put before
// their base (in right-to-left runs) back after it (L3), since a terminal
// attaches a mark to the cell before it.
func keepMarksAfterBase(order []int, levels []int8, rs []rune) []int {
	for i := 0; i < len(order); i++ {
		if !isMark(rs[order[i]]) || levels[order[i]]%2 == 0 {
			continue
		}
		j := i
		for j < len(order) && isMark(rs[order[j]]) {
			j++
		}
		if j < len(order) {
			base := order[j]
			copy(order[i+1:j+1], order[i:j])
			order[i] = base
		}
		i = j
	}
	return order
}

func isMark(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Me) }
