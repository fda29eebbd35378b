package bidi

import (
	xbidi "golang.org/x/text/unicode/bidi"
)

// Dir is a paragraph direction.
type Dir uint8

const (
	Auto Dir = iota // from the first strong character; LTR when there is none
	LTR
	RTL
	AutoRTL // from the first strong character; RTL when there is none
)

// class is a bidi class as the algorithm sees it (x/text's Class).
type class = xbidi.Class

const (
	cL   = xbidi.L
	cR   = xbidi.R
	cEN  = xbidi.EN
	cES  = xbidi.ES
	cET  = xbidi.ET
	cAN  = xbidi.AN
	cCS  = xbidi.CS
	cB   = xbidi.B
	cS   = xbidi.S
	cWS  = xbidi.WS
	cON  = xbidi.ON
	cBN  = xbidi.BN
	cNSM = xbidi.NSM
	cAL  = xbidi.AL
)

// classOf is r's bidi class, with the explicit controls folded into what
// this single-line algorithm does with them (see the package comment).
func classOf(r rune) class {
	p, _ := xbidi.LookupRune(r)
	switch c := p.Class(); c {
	case xbidi.LRE, xbidi.RLE, xbidi.LRO, xbidi.RLO, xbidi.PDF:
		return cBN
	case xbidi.LRI, xbidi.RLI, xbidi.FSI, xbidi.PDI:
		return cON
	case xbidi.Control:
		return cON
	default:
		return c
	}
}

// Removed is the level Levels reports for characters X9 removes
// (BN and the embedding controls); they take no part in reordering.
const Removed = -1

// Levels resolves the embedding level of every rune of one line in
// paragraph direction d, and returns them with the paragraph level.
// Runes removed by X9 get Removed.
func Levels(rs []rune, d Dir) (levels []int8, para int8) {
	n := len(rs)
	orig := make([]class, n)
	for i, r := range rs {
		orig[i] = classOf(r)
	}
	para = paragraphLevel(orig, d)
	levels = make([]int8, n)

	// X9: work on the runes that remain, by index.
	idx := make([]int, 0, n)
	for i, c := range orig {
		if c == cBN {
			levels[i] = Removed
			continue
		}
		idx = append(idx, i)
	}
	t := make([]class, len(idx))
	for k, i := range idx {
		t[k] = orig[i]
	}
	e := cL // embedding direction, also sos and eos (X10 for one run)
	if para%2 == 1 {
		e = cR
	}
	resolveWeak(t, e)
	resolveBrackets(t, idx, rs, orig, e)
	resolveNeutral(t, e)
	for k, i := range idx { // I1–I2
		lv := para
		switch {
		case lv%2 == 0 && t[k] == cR:
			lv++
		case lv%2 == 0 && (t[k] == cAN || t[k] == cEN):
			lv += 2
		case lv%2 == 1 && (t[k] == cL || t[k] == cEN || t[k] == cAN):
			lv++
		}
		levels[i] = lv
	}
	// L1: separators, and whitespace before them or at the line's end,
	// go back to the paragraph level. Removed runes inside such a
	// stretch are skipped over.
	trailing := true
	for i := n - 1; i >= 0; i-- {
		switch orig[i] {
		case cS, cB:
			levels[i] = para
			trailing = true
		case cWS, xbidi.LRI, xbidi.RLI, xbidi.FSI, xbidi.PDI:
			if trailing {
				levels[i] = para
			}
		case cBN:
		default:
			if isIsolate(rs[i]) && trailing {
				levels[i] = para
				continue
			}
			trailing = false
		}
	}
	return levels, para
}

// isIsolate reports the isolate controls, which L1 treats as whitespace.
func isIsolate(r rune) bool { return r >= 0x2066 && r <= 0x2069 }

// IsRTL reports whether a line in direction d is a right-to-left
// paragraph (P2–P3 for Auto).
func IsRTL(rs []rune, d Dir) bool {
	t := make([]class, 0, len(rs))
	for _, r := range rs {
		if c := classOf(r); c == cL || c == cR || c == cAL {
			t = append(t, c)
			break
		}
	}
	return paragraphLevel(t, d) == 1
}

func paragraphLevel(t []class, d Dir) int8 {
	switch d {
	case LTR:
		return 0
	case RTL:
		return 1
	}
	for _, c := range t {
		switch c {
		case cL:
			return 0
		case cR, cAL:
			return 1
		}
	}
	if d == AutoRTL {
		return 1
	}
	return 0
}

// resolveWeak applies W1–W7 to one isolating run sequence whose sos and
// eos are e.
func resolveWeak(t []class, e class) {
	// W1: NSM takes the type of what precedes it.
	prev := e
	for i, c := range t {
		if c == cNSM {
			t[i] = prev
		} else {
			prev = t[i]
		}
	}
	// W2, W3.
	strong := e
	for i, c := range t {
		switch c {
		case cL, cR, cAL:
			strong = c
		case cEN:
			if strong == cAL {
				t[i] = cAN
			}
		}
	}
	for i, c := range t {
		if c == cAL {
			t[i] = cR
		}
	}
	// W4.
	for i := 1; i+1 < len(t); i++ {
		a, c, b := t[i-1], t[i], t[i+1]
		switch {
		case c == cES && a == cEN && b == cEN:
			t[i] = cEN
		case c == cCS && a == cEN && b == cEN:
			t[i] = cEN
		case c == cCS && a == cAN && b == cAN:
			t[i] = cAN
		}
	}
	// W5: a sequence of ETs next to an EN becomes EN.
	for i := 0; i < len(t); {
		if t[i] != cET {
			i++
			continue
		}
		j := i
		for j < len(t) && t[j] == cET {
			j++
		}
		if (i > 0 && t[i-1] == cEN) || (j < len(t) && t[j] == cEN) {
			for k := i; k < j; k++ {
				t[k] = cEN
			}
		}
		i = j
	}
	// W6.
	for i, c := range t {
		if c == cES || c == cET || c == cCS {
			t[i] = cON
		}
	}
	// W7.
	strong = e
	for i, c := range t {
		switch c {
		case cL, cR:
			strong = c
		case cEN:
			if strong == cL {
				t[i] = cL
			}
		}
	}
}

// strongOf is the direction a resolved type counts as in N0–N2 (EN and
// AN count as R); 0 for neutrals.
func strongOf(c class) class {
	switch c {
	case cL:
		return cL
	case cR, cEN, cAN:
		return cR
	}
	return cON
}

func isNI(c class) bool { return c == cB || c == cS || c == cWS || c == cON }

// resolveNeutral applies N1 and N2.
func resolveNeutral(t []class, e class) {
	for i := 0; i < len(t); {
		if !isNI(t[i]) {
			i++
			continue
		}
		j := i
		for j < len(t) && isNI(t[j]) {
			j++
		}
		before, after := e, e
		if i > 0 {
			before = strongOf(t[i-1])
		}
		if j < len(t) {
			after = strongOf(t[j])
		}
		dir := e
		if before == after {
			dir = before
		}
		for k := i; k < j; k++ {
			t[k] = dir
		}
		i = j
	}
}
