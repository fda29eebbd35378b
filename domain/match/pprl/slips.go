package pprl

import "slices"

// The engine calls two names close when one is the other with one slip of
// the finger on the Persian keyboard (match's keyboard.go): two letters
// swapped, a key replaced by a neighbour, or a letter left out or pressed
// with its neighbour. Filters cannot tell «علی» from «علز» apart from any
// two short names sharing a bigram, so each name carries the tags of its
// slips instead, computed where the name is known: two names are a slip
// apart when one's tag is among the other's slips. It tells a spoke which
// names are one slip apart, which is what the engine uses too.

// keyboardRows is the Persian standard keyboard (ISIRI 9147), letter rows
// as the keys sit.
var keyboardRows = [3][]rune{
	[]rune("ضصثقفغعهخحجچ"),
	[]rune("شسیبلاتنمکگ"),
	[]rune("ظطزرذدپو"),
}

// keyNeighbours lists the keys touching r: side by side, and on the rows
// above and below, which sit half a key to the right.
func keyNeighbours(r rune) []rune {
	row, col := -1, -1
	for i, rs := range keyboardRows {
		if j := slices.Index(rs, r); j >= 0 {
			row, col = i, j
		}
	}
	if row < 0 {
		return nil
	}
	var out []rune
	at := func(i, j int) {
		if i >= 0 && i < len(keyboardRows) && j >= 0 && j < len(keyboardRows[i]) {
			out = append(out, keyboardRows[i][j])
		}
	}
	at(row, col-1)
	at(row, col+1)
	at(row+1, col) // below: the key under and the one to its left
	at(row+1, col-1)
	at(row-1, col) // above: the key over and the one to its right
	at(row-1, col+1)
	return out
}

func isNeighbour(a, b rune) bool { return slices.Contains(keyNeighbours(a), b) }

// slipVariants returns the strings one slip from s: swaps (two different
// neighbouring letters exchanged) apart from the others (a letter replaced
// by a neighbouring key; a letter left out, where the name keeps four
// letters or more, or where the letter was pressed with its neighbour).
// The relation is symmetric: a letter pressed too in b is a letter left
// out of b.
func slipVariants(s string) (swaps, others []string) {
	r := []rune(s)
	if len(r) > 32 {
		return nil, nil
	}
	for i := 0; i+1 < len(r); i++ {
		if r[i] != r[i+1] {
			r[i], r[i+1] = r[i+1], r[i]
			swaps = append(swaps, string(r))
			r[i], r[i+1] = r[i+1], r[i]
		}
	}
	for i, c := range r {
		for _, n := range keyNeighbours(c) {
			r[i] = n
			others = append(others, string(r))
		}
		r[i] = c
	}
	for i := range r {
		if len(r) >= 4 || (i > 0 && isNeighbour(r[i], r[i-1])) || (i+1 < len(r) && isNeighbour(r[i], r[i+1])) {
			if len(r) > 1 {
				others = append(others, string(r[:i])+string(r[i+1:]))
			}
		}
	}
	return swaps, others
}

// slipTag is the short form of a name tag kept in slip lists: 4 bytes are
// plenty to test a few dozen variants against one name.
func slipTag(tag uint64) uint32 { return uint32(tag) | 1 }

// slipApart reports whether a and b are one slip apart (swaps only when
// onlySwap), from their tags and slip lists.
func slipApart(a, b *nameEntry, onlySwap bool) bool {
	ta, tb := slipTag(a.Tag), slipTag(b.Tag)
	has := func(s []uint32, t uint32) bool { _, ok := slices.BinarySearch(s, t); return ok }
	if has(a.Swaps, tb) || has(b.Swaps, ta) {
		return true
	}
	return !onlySwap && (has(a.Slips, tb) || has(b.Slips, ta))
}
