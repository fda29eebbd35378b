package match

// Similarity cut-offs of the name levels (Jaro–Winkler on folded, compact
// names). 0.92 takes a keyboard slip or a dropped letter in a name of five
// or more letters; 0.84 a slip in a short name (علی/عای is 0.80 and stays
// different: short names are where siblings differ by one letter).
const (
	nameClose   = 0.92
	nameSimilar = 0.84
)

// cmpName compares two names: exact when equal after folding and joining
// compound parts; close when they sound the same (fa.Phonetic: homophone
// letters, ی/ا endings, doubled letters) or are ≥ nameClose alike, and for
// surnames also when they differ only by a suffix (حسینی/حسین‌زاده);
// similar when ≥ nameSimilar alike. sim is the Jaro–Winkler similarity, for
// the explanation ("names 94% alike").
//
// Persian names that differ only in a vowel letter are different names, not
// slips: محمد/محمود, حسن/حسین, زهرا/زهره score 0.88–0.95 on Jaro–Winkler,
// which would call them close. When the sounds differ and the consonants
// (the sound without ا و ی ه) are the same, the names are at most similar.
// One slip of the finger on the Persian keyboard (keyboard.go) is close.
func cmpName(a, b *name, surname bool) (l Level, sim float64) {
	if a == nil || b == nil {
		return LevelMissing, 0
	}
	if a == b || a.s == b.s {
		return LevelExact, 1
	}
	sim = jaroWinkler(a.r, b.r)
	vowelOnly := a.skeleton == b.skeleton
	switch {
	case a.sound == b.sound:
		return LevelClose, sim
	case surname && (a.stem == b.stem || a.stemSound == b.stemSound):
		return LevelClose, sim
	case sim >= nameClose && !vowelOnly:
		return LevelClose, sim
	case keyboardSlip(a.r, b.r, vowelOnly):
		// «علی» typed «علز», «حسن» «حسخ»: short names lose most of their
		// Jaro–Winkler to one slip of the finger.
		return LevelClose, sim
	case sim >= nameSimilar:
		return LevelSimilar, sim
	}
	return LevelDifferent, sim
}

// namesAlike is the loose test for first and last name typed in each
// other's columns: the same name, sound or stem.
func namesAlike(a, b *name) bool {
	if a == nil || b == nil {
		return false
	}
	return a == b || a.s == b.s || a.sound == b.sound || a.stem == b.stem ||
		a.stemSound == b.stemSound || jaroWinkler(a.r, b.r) >= nameClose
}

// weakName reports a level that leaves room for the names to be swapped.
func weakName(l Level) bool { return l == LevelDifferent || l == LevelSimilar }

// compareNames fills the three name fields of v and reports whether first
// and last name are swapped between a and b. They are read as swapped only
// when the straight reading fails on both and the crossed one holds on both,
// which is symmetric in a and b.
func compareNames(a, b *view, v *Vector, sims *[3]float64) (swapped bool) {
	v[FieldFirst], sims[0] = cmpName(a.first, b.first, false)
	v[FieldLast], sims[1] = cmpName(a.last, b.last, true)
	if weakName(v[FieldFirst]) && weakName(v[FieldLast]) &&
		namesAlike(a.first, b.last) && namesAlike(a.last, b.first) {
		swapped = true
		// Each crossed name is compared as a surname (one of the two is
		// one). Which crossing lands in which field must not depend on the
		// order of a and b, so the weaker goes to the first name.
		l1, s1 := cmpName(a.first, b.last, true)
		l2, s2 := cmpName(a.last, b.first, true)
		if l1 < l2 || (l1 == l2 && s1 > s2) {
			l1, s1, l2, s2 = l2, s2, l1, s1
		}
		v[FieldFirst], sims[0] = l1, s1
		v[FieldLast], sims[1] = l2, s2
	}
	v[FieldFather], sims[2] = cmpName(a.father, b.father, false)
	return swapped
}
