package match

// cmpBirth compares two packed (partial) birth dates. A full date of 1/1
// (Nowruz) is what is written when only the year is known, so against a
// different day of the same year it reads as the year alone.
func cmpBirth(a, b uint32) Level {
	if a == 0 || b == 0 {
		return LevelMissing
	}
	if a == b {
		return LevelExact
	}
	ya, ma, da := unpackDate(a)
	yb, mb, db := unpackDate(b)
	if ma == 1 && da == 1 {
		ma, da = 0, 0
	}
	if mb == 1 && db == 1 {
		mb, db = 0, 0
	}
	full := ma != 0 && da != 0 && mb != 0 && db != 0
	// Do what is known agree (month and day where both have them)?
	compatible := (ma == 0 || mb == 0 || ma == mb) && (da == 0 || db == 0 || da == db)
	dy := ya - yb
	switch {
	case ya == yb && full && ma == db && da == mb:
		return LevelSwap
	case ya == yb && compatible:
		return LevelPartial
	case ya == yb:
		return LevelSameYear
	case (dy == 1 || dy == -1) && compatible:
		return LevelNear
	}
	return LevelDifferent
}

// cmpEnum compares gender or nationality codes, 0 being unknown.
func cmpEnum(a, b uint8) Level {
	switch {
	case a == 0 || b == 0:
		return LevelMissing
	case a == b:
		return LevelExact
	}
	return LevelDifferent
}

// cmpNationalCode: equal; one digit wrong or two neighbours swapped (a
// typo); different where both check (two real people: strong evidence
// against); different otherwise.
func cmpNationalCode(a, b uint64, aOK, bOK bool) Level {
	switch {
	case a == 0 || b == 0:
		return LevelMissing
	case a == b:
		return LevelExact
	case oneEdit(a, b):
		return LevelTypo
	case aOK && bOK:
		return LevelConflict
	}
	return LevelDifferent
}

// cmpForeignID: foreign numbers have no check digit, so a difference is
// never a proven conflict: the national-code rule with neither side valid.
func cmpForeignID(a, b uint64) Level { return cmpNationalCode(a, b, false, false) }

func cmpMobile(a, b uint64) Level {
	switch {
	case a == 0 || b == 0:
		return LevelMissing
	case a == b:
		return LevelExact
	}
	return LevelDifferent
}

// oneEdit reports whether two numbers differ in exactly one decimal digit or
// by two neighbouring digits swapped. Identifiers of one kind have a fixed
// width, so comparing digit by digit from the right is comparing positions.
func oneEdit(a, b uint64) bool {
	// Quick refusal: one substitution changes the number by d·10^k, a swap
	// of neighbours by (x−y)·9·10^k; any other difference is neither.
	d := a - b
	if b > a {
		d = b - a
	}
	for d != 0 && d%10 == 0 {
		d /= 10
	}
	if d > 9 && (d > 81 || d%9 != 0) {
		return false
	}
	diff, first := 0, -1
	var da, db [20]uint8
	n := 0
	for a != 0 || b != 0 {
		da[n], db[n] = uint8(a%10), uint8(b%10)
		if da[n] != db[n] {
			if diff == 0 {
				first = n
			}
			diff++
			if diff > 2 {
				return false
			}
		}
		a, b = a/10, b/10
		n++
	}
	switch diff {
	case 1:
		return true
	case 2:
		return first+1 < n && da[first] == db[first+1] && da[first+1] == db[first]
	}
	return false
}

// Address levels by the Dice coefficient of their tokens, tokens held by
// many records left out (the caller passes only the telling ones).
const (
	addrSame  = 0.8
	addrClose = 0.5
)

// cmpAddress compares sorted token-id sets; sim is the Dice coefficient.
// unknownToken is only ever on a query's side, so it equals nothing.
func cmpAddress(a, b []uint32) (Level, float64) { return AddressLevel(a, b) }

// AddressLevel is the address level of two sorted sets of token ids (or
// of their keyed tags, in the encoded index) and their Dice coefficient.
func AddressLevel(a, b []uint32) (Level, float64) {
	if len(a) == 0 || len(b) == 0 {
		return LevelMissing, 0
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case b[j] < a[i]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	sim := 2 * float64(common) / float64(len(a)+len(b))
	switch {
	case sim >= addrSame:
		return LevelExact, sim
	case sim >= addrClose:
		return LevelClose, sim
	}
	return LevelDifferent, sim
}

// cmpTitles: both seyyed is weak evidence for, one only weak evidence
// against (the title comes and goes in about a third of copies); other
// titles are earned during life (حاج) and say nothing.
func cmpTitles(a, b Titles) Level {
	sa, sb := a&TitleSeyyed != 0, b&TitleSeyyed != 0
	switch {
	case sa && sb:
		return LevelExact
	case sa != sb:
		return LevelDifferent
	}
	return LevelMissing
}
