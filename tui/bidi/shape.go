package bidi

import "unicode"

// Dropped marks, in Shape's output, a rune that has no cell of its own:
// the alef merged into a lam-alef ligature, and ZWNJ/ZWJ, whose only job
// (breaking or forcing a join) the presentation forms already show. Some
// terminals draw a box for ZWNJ; dropping it is safer than sending it.
const Dropped rune = -1

const (
	zwnj = 0x200C
	zwj  = 0x200D
	lam  = 0x0644
)

// joinType is r's Arabic joining type: 'D' dual, 'R' right, 'L' left,
// 'C' join-causing, 'T' transparent, 'U' non-joining.
func joinType(r rune) byte {
	if j, ok := joining[r]; ok {
		return j
	}
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
		return 'T'
	}
	return 'U'
}

// joinsAfter: the rune connects to the one after it (in logical order).
func joinsAfter(j byte) bool { return j == 'D' || j == 'L' || j == 'C' }

// joinsBefore: the rune connects to the one before it.
func joinsBefore(j byte) bool { return j == 'D' || j == 'R' || j == 'C' }

// Shape replaces Arabic-script letters with their presentation forms
// (isolated, final, initial, medial) by their neighbours in logical order,
// and lam + alef with one ligature. The result has the same length as rs,
// so index i still names logical rune i; runes with no cell of their own
// are Dropped. Harakat are transparent: they neither join nor break a
// join, and stay after their letter.
func Shape(rs []rune) []rune {
	out := make([]rune, len(rs))
	copy(out, rs)
	// prevJoins: the last non-transparent rune joins forward.
	prevJoins := false
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		j := joinType(r)
		if j == 'T' && r != zwnj && r != zwj {
			continue
		}
		if r == zwnj || r == zwj {
			out[i] = Dropped
		}
		next, nj := nextJoining(rs, i+1)
		if r == lam {
			if lig, ok := lamAlef[rs[nextOrSelf(next, i)]]; ok && next >= 0 {
				f := 0
				if prevJoins {
					f = 1
				}
				out[i], out[next] = lig[f], Dropped
				prevJoins = false // the alef ends the join
				i = next
				continue
			}
		}
		before := prevJoins && joinsBefore(j)
		after := joinsAfter(j) && next >= 0 && joinsBefore(nj)
		if fs, ok := forms[r]; ok {
			out[i] = pick(fs, before, after, r)
		}
		prevJoins = joinsAfter(j)
	}
	return out
}

func nextOrSelf(next, i int) int {
	if next < 0 {
		return i
	}
	return next
}

// nextJoining is the index and joining type of the first non-transparent
// rune from i on (-1 at the end).
func nextJoining(rs []rune, i int) (int, byte) {
	for ; i < len(rs); i++ {
		r := rs[i]
		if j := joinType(r); j != 'T' || r == zwnj || r == zwj {
			if r == zwnj {
				return i, 'U'
			}
			if r == zwj {
				return i, 'C'
			}
			return i, j
		}
	}
	return -1, 'U'
}

// pick chooses the form; a letter without the form wanted falls back to
// the nearest it has (a right-joining letter has no initial or medial).
func pick(fs [4]rune, before, after bool, base rune) rune {
	const iso, fin, ini, med = 0, 1, 2, 3
	want := iso
	switch {
	case before && after:
		want = med
		if fs[med] == 0 {
			want = fin
		}
	case before:
		want = fin
	case after:
		want = ini
	}
	if fs[want] != 0 {
		return fs[want]
	}
	if fs[iso] != 0 {
		return fs[iso]
	}
	return base
}
