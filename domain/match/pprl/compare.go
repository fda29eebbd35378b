package pprl

import "github.com/parvande/parvande/domain/match"

// Dice cut-offs of the name levels, standing for the engine's Jaro–Winkler
// 0.92 (close) and 0.84 (similar). On the public set (TestCalibrateFilters)
// the encoded name levels agree with the engine's in 98.1% of candidate
// comparisons at 0.75/0.65 (best, 98.3%, at 0.85/0.70), and the warning
// has the plaintext F1 (0.9997: 0.85/0.70 loses a true pair, 0.75/0.60
// adds a false one: «علی» inside «شیرعلی»). Dice is lower than
// Jaro–Winkler for one changed letter in a short name (حسین/حسی 0.71) and
// higher for a name inside a compound (ابراهیم/محمدابراهیم 0.81).
const (
	DiceClose   = 0.75
	DiceSimilar = 0.65
)

// nameEntry is a distinct encoded name in an index, with how many records
// hold it as first, last and father's name.
type nameEntry struct {
	Name
	n [3]int32
}

func (n *nameEntry) count(role int) int32 {
	if n == nil {
		return 0
	}
	return n.n[role]
}

const (
	roleFirst = iota
	roleLast
	roleFather
)

// view is an encoded record ready to compare.
type view struct {
	first, last, father *nameEntry
	seyyed              bool
	gender, nat         uint8
	birth               Birth
	nc                  uint64
	ncOK                bool
	near                []uint64
	fid                 uint64
	fparts              []uint32
	mob                 uint64
	addr                []uint32 // telling tokens only, sorted
	addrAll             []uint32 // every token, for the same-door key
}

// cmpName is the engine's name comparison on encodings: exact when the
// tags are equal; close when the sounds are (for surnames, the stems'
// sounds), or the filters are DiceClose alike and the names differ in more
// than a vowel letter, or are one slip of the finger apart (slips.go);
// similar at DiceSimilar.
func cmpName(a, b *nameEntry, surname bool) (match.Level, float64) {
	return cmpNameAt(a, b, surname, DiceClose, DiceSimilar)
}

// cmpNameAt is cmpName with the cut-offs given (for calibration).
func cmpNameAt(a, b *nameEntry, surname bool, diceClose, diceSimilar float64) (match.Level, float64) {
	if a == nil || b == nil {
		return match.LevelMissing, 0
	}
	if a == b || a.Tag == b.Tag {
		return match.LevelExact, 1
	}
	sim := Dice(&a.Filter, &b.Filter)
	vowelOnly := a.Skeleton == b.Skeleton
	switch {
	case a.Sound == b.Sound:
		return match.LevelClose, sim
	case surname && a.StemSound == b.StemSound:
		return match.LevelClose, sim
	case sim >= diceClose && !vowelOnly:
		return match.LevelClose, sim
	case slipApart(a, b, vowelOnly):
		return match.LevelClose, sim
	case sim >= diceSimilar:
		return match.LevelSimilar, sim
	}
	return match.LevelDifferent, sim
}

// namesAlike is the loose test for names typed in each other's columns.
func namesAlike(a, b *nameEntry) bool {
	if a == nil || b == nil {
		return false
	}
	return a.Tag == b.Tag || a.Sound == b.Sound || a.StemSound == b.StemSound ||
		Dice(&a.Filter, &b.Filter) >= DiceClose
}

func weakName(l match.Level) bool { return l == match.LevelDifferent || l == match.LevelSimilar }

// compareNames fills the name levels as the engine does, crossed names
// included (symmetric in a and b: the weaker crossing goes to the first
// name).
func compareNames(a, b *view, ev *match.Evidence) {
	v := &ev.Levels
	v[match.FieldFirst], ev.Sims[0] = cmpName(a.first, b.first, false)
	v[match.FieldLast], ev.Sims[1] = cmpName(a.last, b.last, true)
	if weakName(v[match.FieldFirst]) && weakName(v[match.FieldLast]) &&
		namesAlike(a.first, b.last) && namesAlike(a.last, b.first) {
		ev.Swapped = true
		l1, s1 := cmpName(a.first, b.last, true)
		l2, s2 := cmpName(a.last, b.first, true)
		if l1 < l2 || (l1 == l2 && s1 > s2) {
			l1, s1, l2, s2 = l2, s2, l1, s1
		}
		v[match.FieldFirst], ev.Sims[0] = l1, s1
		v[match.FieldLast], ev.Sims[1] = l2, s2
	}
	v[match.FieldFather], ev.Sims[2] = cmpName(a.father, b.father, false)
}

// cmpBirth is the engine's birth comparison; the keyed permutation of
// month and day keeps every equality it tests.
func cmpBirth(a, b Birth) match.Level {
	if a.Year == 0 || b.Year == 0 {
		return match.LevelMissing
	}
	if a == b {
		return match.LevelExact
	}
	ma, da, mb, db := a.Month, a.Day, b.Month, b.Day
	if a.NewYear {
		ma, da = 0, 0
	}
	if b.NewYear {
		mb, db = 0, 0
	}
	full := ma != 0 && da != 0 && mb != 0 && db != 0
	compatible := (ma == 0 || mb == 0 || ma == mb) && (da == 0 || db == 0 || da == db)
	dy := int(a.Year) - int(b.Year)
	switch {
	case dy == 0 && full && ma == db && da == mb:
		return match.LevelSwap
	case dy == 0 && compatible:
		return match.LevelPartial
	case dy == 0:
		return match.LevelSameYear
	case (dy == 1 || dy == -1) && compatible:
		return match.LevelNear
	}
	return match.LevelDifferent
}

func cmpEnum(a, b uint8) match.Level {
	switch {
	case a == 0 || b == 0:
		return match.LevelMissing
	case a == b:
		return match.LevelExact
	}
	return match.LevelDifferent
}

// cmpNationalCode: equal; one typo (see nationalNeighbours); both valid
// and different (a conflict: two people); different.
func cmpNationalCode(a, b *view) match.Level {
	switch {
	case a.nc == 0 || b.nc == 0:
		return match.LevelMissing
	case a.nc == b.nc:
		return match.LevelExact
	case contains64(a.near, b.nc) || contains64(b.near, a.nc) ||
		(!a.ncOK && !b.ncOK && intersects(a.near, b.near)):
		return match.LevelTypo
	case a.ncOK && b.ncOK:
		return match.LevelConflict
	}
	return match.LevelDifferent
}

func cmpForeignID(a, b *view) match.Level {
	switch {
	case a.fid == 0 || b.fid == 0:
		return match.LevelMissing
	case a.fid == b.fid:
		return match.LevelExact
	case foreignTypo(a.fparts, b.fparts):
		return match.LevelTypo
	}
	return match.LevelDifferent
}

func cmpTag(a, b uint64) match.Level {
	switch {
	case a == 0 || b == 0:
		return match.LevelMissing
	case a == b:
		return match.LevelExact
	}
	return match.LevelDifferent
}

// cmpAddress levels two sorted sets of address-token tags exactly as the
// engine levels its token ids: the tags stand for the same tokens.
func cmpAddress(a, b []uint32) (match.Level, float64) { return match.AddressLevel(a, b) }

func cmpSeyyed(a, b bool) match.Level {
	switch {
	case a && b:
		return match.LevelExact
	case a != b:
		return match.LevelDifferent
	}
	return match.LevelMissing
}

// counter gives the term frequencies an index holds.
type counter interface {
	dateCount(packed uint32) int32
	mobileCount(tag uint64) int32
}

// compare finds the evidence about a and b; a's counts are used for exact
// agreement (equal values have equal counts).
func compare(a, b *view, tf counter, ev *match.Evidence) {
	*ev = match.Evidence{}
	compareCheap(a, b, tf, ev)
	compareDear(a, b, ev)
}

// dearFields are what compareDear fills: names (Bloom filters) and the
// address (token lists). The rest costs a few comparisons of integers.
var dearFields = [match.NumFields]bool{match.FieldFirst: true, match.FieldLast: true,
	match.FieldFather: true, match.FieldAddress: true}

// compareCheap fills every field but the names and the address.
func compareCheap(a, b *view, tf counter, ev *match.Evidence) {
	v := &ev.Levels
	v[match.FieldBirth] = cmpBirth(a.birth, b.birth)
	if v[match.FieldBirth] == match.LevelExact {
		ev.Counts[match.FieldBirth] = tf.dateCount(a.birth.packed())
	}
	v[match.FieldGender] = cmpEnum(a.gender, b.gender)
	v[match.FieldNationality] = cmpEnum(a.nat, b.nat)
	v[match.FieldNationalCode] = cmpNationalCode(a, b)
	v[match.FieldForeignID] = cmpForeignID(a, b)
	v[match.FieldMobile] = cmpTag(a.mob, b.mob)
	if v[match.FieldMobile] == match.LevelExact {
		ev.Counts[match.FieldMobile] = tf.mobileCount(a.mob)
	}
	v[match.FieldTitles] = cmpSeyyed(a.seyyed, b.seyyed)
}

// addressField is the field left after the names.
var addressField = [match.NumFields]bool{match.FieldAddress: true}

// compareDear fills the names and the address.
func compareDear(a, b *view, ev *match.Evidence) {
	compareNameFields(a, b, ev)
	compareAddress(a, b, ev)
}

// compareNameFields fills the three names, with their counts.
func compareNameFields(a, b *view, ev *match.Evidence) {
	v := &ev.Levels
	compareNames(a, b, ev)
	if v[match.FieldFirst] == match.LevelExact {
		ev.Counts[match.FieldFirst] = a.first.count(roleFirst)
	}
	if v[match.FieldLast] == match.LevelExact {
		ev.Counts[match.FieldLast] = a.last.count(roleLast)
	}
	if v[match.FieldFather] == match.LevelExact {
		ev.Counts[match.FieldFather] = a.father.count(roleFather)
	}
	if ev.Swapped {
		ev.Self = [2][2]int32{{a.first.count(roleFirst), a.last.count(roleLast)},
			{b.first.count(roleFirst), b.last.count(roleLast)}}
	}
}

func compareAddress(a, b *view, ev *match.Evidence) {
	ev.Levels[match.FieldAddress], ev.AddrSim = cmpAddress(a.addr, b.addr)
}
