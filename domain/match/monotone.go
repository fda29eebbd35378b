package match

// Monotone scoring. The score of a pair is
//
//	log2 λ + Σ M_f − log2(1 + ρ·2^(Σ R_f))
//
// with M_f = log2(m/u) and R_f = log2(r/u) of each field's level. It rises
// with every M_f and with every D_f = M_f − R_f = log2(m/r), and with
// nothing else, so it never falls when one field's agreement improves
// exactly when, along each field's levels (strongest first, Field.Levels),
// both M and D never rise, an exact agreement is worth at least nothing
// (missing) in both, and the weakest level at most nothing (a record
// without the seyyed title has "missing" titles against itself and
// "different" against a seyyed). The priors break that for D: relatives share an exact
// surname or father more often than a close one, so a close surname looked
// less like siblings than an exact one, and a record scored higher against
// a near-copy than against itself. Estimated weights can break either.
//
// monotone repairs this where it is weakest in principle: a weaker level
// of a field also arises as a slip of the stronger one, among relatives as
// among copies of one person, so r of the weaker level is at least r of
// the stronger one times m_weaker/m_stronger; that is D of a weaker level
// capped by D of the stronger. M is capped the same way; the exact level is
// floored at zero in both and the weakest capped at zero in both (a
// disagreement is never evidence for, nor more common in one person's
// files than in relatives').
func (s *scorer) monotone() {
	for f := Field(0); f < NumFields; f++ {
		ls := f.Levels()
		var d [NumLevels]float64
		for i, l := range ls {
			d[l] = s.bits[f][l] - s.rbits[f][l]
			if i == 0 {
				s.bits[f][l], d[l] = max(s.bits[f][l], 0), max(d[l], 0)
			} else {
				s.bits[f][l], d[l] = min(s.bits[f][l], s.bits[f][ls[i-1]]), min(d[l], d[ls[i-1]])
			}
			if i == len(ls)-1 {
				s.bits[f][l], d[l] = min(s.bits[f][l], 0), min(d[l], 0)
			}
			s.rbits[f][l] = s.bits[f][l] - d[l]
		}
		// A term-frequency adjustment of exact agreement (added to M and R
		// alike, so D is untouched) must not take it below the next level
		// or below nothing: two «محمد» agree less than two rare names, but
		// not less than «محمد» and «محمّد» typed with a slip.
		next := 0.0
		if len(ls) > 1 {
			next = max(next, s.bits[f][ls[1]])
		}
		s.adjFloor[f] = next - s.bits[f][LevelExact]
	}
	// A birth date that is the year alone (or the 1/1 written for one)
	// never meets another as its day and month swapped: below its exact
	// level is the same year. Floored at the swap level, the many files
	// born "1360/1/1" agreed almost as strongly as a rare full date.
	s.yearOnly = max(0, s.bits[FieldBirth][LevelPartial]) - s.bits[FieldBirth][LevelExact]
}

// birthAdjust is the TF adjustment of an exact birth date d.
func (s *scorer) birthAdjust(d uint32) float64 {
	floor := s.adjFloor[FieldBirth]
	if _, m, day := unpackDate(d); m == 0 || day == 0 || m == 1 && day == 1 {
		floor = s.yearOnly
	}
	return s.tfAdjustAbove(FieldBirth, s.tf.dateCount(d), floor)
}

// crossedCap is what first and last name typed in each other's columns may
// add at most: no more than either record's own names add when compared
// with themselves. The crossed levels carry no term-frequency adjustment of
// their own, and a crossed pair of common names would otherwise outscore
// the record against itself. Symmetric in a and b.
func (s *scorer) crossedCap(a, b *view) float64 {
	self := func(v *view) float64 {
		return s.bits[FieldFirst][LevelExact] + s.nameAdjust(FieldFirst, v, v) +
			s.bits[FieldLast][LevelExact] + s.nameAdjust(FieldLast, v, v)
	}
	return min(self(a), self(b))
}
