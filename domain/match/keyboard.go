package match

// The Persian standard keyboard (ISIRI 9147), letter rows, left to right as
// the keys sit: a slip of the finger types a neighbour of the intended key.
var keyboardRows = [3][]rune{
	[]rune("ضصثقفغعهخحجچ"),
	[]rune("شسیبلاتنمکگ"),
	[]rune("ظطزرذدپو"),
}

type keyPos struct{ row, col int8 }

// keyboardPos finds a letter's key; ok false for letters off the three rows.
func keyboardPos(r rune) (keyPos, bool) {
	for i, row := range keyboardRows {
		for j, c := range row {
			if c == r {
				return keyPos{int8(i), int8(j)}, true
			}
		}
	}
	return keyPos{}, false
}

// neighbours reports keys that touch: side by side on a row, or on the rows
// above and below, which sit half a key to the right (a key touches the two
// below-left and below it, and the two above it and above-right).
func neighbours(a, b rune) bool {
	pa, okA := keyboardPos(a)
	pb, okB := keyboardPos(b)
	if !okA || !okB || a == b {
		return false
	}
	if pa.row > pb.row {
		pa, pb = pb, pa
	}
	switch pb.row - pa.row {
	case 0:
		return pa.col-pb.col == 1 || pb.col-pa.col == 1
	case 1:
		return pb.col == pa.col || pb.col == pa.col-1
	}
	return false
}

// keyboardSlip reports whether b is a with one slip of the finger: two
// letters swapped, or, unless onlySwap, a key replaced by a neighbour, a
// neighbour of the letter before or after pressed too, or a letter left out
// (in names of four letters or more). It is symmetric.
func keyboardSlip(a, b []rune, onlySwap bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) {
			return false
		}
		if i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:]) {
			return true // swapped
		}
		return !onlySwap && string(a[i+1:]) == string(b[i+1:]) && neighbours(a[i], b[i])
	case 1:
		if onlySwap {
			return false
		}
		// b has one letter more: left out of a, or pressed with a neighbour.
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if string(a[i:]) != string(b[i+1:]) {
			return false
		}
		if len(b) >= 4 {
			return true
		}
		x := b[i]
		return (i > 0 && neighbours(x, b[i-1])) || (i+1 < len(b) && neighbours(x, b[i+1]))
	}
	return false
}
