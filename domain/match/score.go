package match

import (
	"math"

	"github.com/parvande/parvande/domain"
)

// view is a record ready to compare: names resolved to their shared
// entries, identifiers as integers, address tokens as sorted ids.
type view struct {
	first, last, father *name
	titles              Titles
	gender, nat         uint8
	birth               uint32
	nc, fid, mob        uint64
	ncOK                bool
	addr                []uint32
}

// comparison is what comparing two views found, before weighing.
type comparison struct {
	v       Vector
	sims    [3]float64 // first, last, father name similarity
	addrSim float64
	relBits float64 // taken off because the pair looks like relatives
	swapped bool
}

// TF adjustment bounds, in bits. Upward it is capped because a rare value
// shared by two records is often a shared spelling mistake of a relative's
// file, and because fields of one family agree together (the independence
// Fellegi–Sunter assumes is weakest there); downward it may take most of the
// exact weight of a very common name away.
const (
	tfMaxUp   = 4
	tfMaxDown = -8
)

// scorer holds weights turned into bits, for one table of frequencies.
type scorer struct {
	w        Weights
	tf       *TF
	bits     [NumFields][NumLevels]float64
	rbits    [NumFields][NumLevels]float64 // log2(R/U): relatives against unrelated
	logRel   float64                       // log2 ρ, the prior of relatives
	uExact   [NumFields]float64
	maxBits  [NumFields]float64 // best a field can add, TF included
	logPrior float64
	cut      [4]float64 // band thresholds as scores: none, possible, likely, certain
}

// order is the order fields are weighed in: the most decisive and the
// cheapest first, so that hopeless pairs stop early during a scan.
var order = [NumFields]Field{
	FieldNationalCode, FieldForeignID, FieldGender, FieldBirth, FieldFirst, FieldLast,
	FieldFather, FieldNationality, FieldMobile, FieldAddress, FieldTitles,
}

func newScorer(w Weights, tf *TF) *scorer {
	s := &scorer{w: w, tf: tf}
	for f := Field(0); f < NumFields; f++ {
		best := 0.0
		for _, l := range f.Levels() {
			b := w.Levels[f][l].Weight()
			s.bits[f][l] = b
			s.rbits[f][l] = w.Levels[f][l].RelWeight()
			best = max(best, b)
		}
		s.uExact[f] = w.Levels[f][LevelExact].U
		if w.TF[f] > 0 {
			best += w.TF[f] * tfMaxUp
		}
		s.maxBits[f] = best
	}
	n := float64(max(tf.n, 2))
	lambda := min(w.DupRate/(n-1), 0.5)
	s.logPrior = math.Log2(lambda / (1 - lambda))
	s.logRel = math.Inf(-1)
	if w.RelRate > 0 {
		s.logRel = math.Log2(w.RelRate / (n - 1))
	}
	s.cut = [4]float64{math.Inf(-1), logit2(w.Bands.Possible), logit2(w.Bands.Likely), logit2(w.Bands.Certain)}
	return s
}

func logit2(p float64) float64 { return math.Log2(p / (1 - p)) }

// tfAdjust is the term-frequency correction of an exact agreement on a value
// held by a share freq of the records: log2(u/freq), so a value more common
// than the average agreement weighs less, a rarer one more.
func (s *scorer) tfAdjust(f Field, freq float64) float64 {
	k := s.w.TF[f]
	if k == 0 || freq <= 0 {
		return 0
	}
	return k * min(max(math.Log2(s.uExact[f]/freq), tfMaxDown), tfMaxUp)
}

// compare weighs a against b. It stops as soon as the score can no longer
// reach floor (pass math.Inf(-1) to weigh everything) and then returns
// ok=false. The sum runs in a fixed field order, so it is the same for
// (a, b) and (b, a).
func (s *scorer) compare(a, b *view, floor float64) (c comparison, score float64, ok bool) {
	rest := 0.0
	for _, f := range order {
		rest += s.maxBits[f]
	}
	score = s.logPrior
	rel := s.logRel // log2(ρ·P(γ|R)/P(γ|U)) so far
	namesDone := false
	for _, f := range order {
		rest -= s.maxBits[f]
		var l Level
		adj := 0.0
		switch f {
		case FieldNationalCode:
			l = cmpNationalCode(a.nc, b.nc, a.ncOK, b.ncOK)
		case FieldForeignID:
			l = cmpForeignID(a.fid, b.fid)
		case FieldGender:
			l = cmpEnum(a.gender, b.gender)
		case FieldNationality:
			l = cmpEnum(a.nat, b.nat)
		case FieldBirth:
			l = cmpBirth(a.birth, b.birth)
			if l == LevelExact {
				adj = s.tfAdjust(f, s.tf.dateFreq(a.birth))
			}
		case FieldFirst, FieldLast, FieldFather:
			if !namesDone {
				c.swapped = compareNames(a, b, &c.v, &c.sims)
				namesDone = true
			}
			l = c.v[f]
			if l == LevelExact && !c.swapped || l == LevelExact && f == FieldFather {
				adj = s.nameAdjust(f, a, b)
			}
		case FieldMobile:
			l = cmpMobile(a.mob, b.mob)
			if l == LevelExact {
				adj = s.tfAdjust(f, s.tf.mobileFreq(a.mob))
			}
		case FieldAddress:
			l, c.addrSim = cmpAddress(s.tf, a.addr, b.addr)
		case FieldTitles:
			l = cmpTitles(a.titles, b.titles)
		}
		c.v[f] = l
		score += s.bits[f][l] + adj
		rel += s.rbits[f][l]
		// The relatives term only lowers the score: the bound holds.
		if score+rest < floor {
			return c, score, false
		}
	}
	c.relBits = relTerm(rel)
	score -= c.relBits
	return c, score, true
}

// relTerm is log2(1 + 2^rel): how many bits "they are relatives" takes off.
func relTerm(rel float64) float64 {
	if rel < -30 {
		return 0
	}
	if rel > 30 {
		return rel
	}
	return math.Log2(1 + math.Exp2(rel))
}

// nameAdjust is the TF correction of an exact name agreement.
func (s *scorer) nameAdjust(f Field, a, b *view) float64 {
	switch f {
	case FieldFirst:
		return s.tfAdjust(f, s.tf.nameFreq(a.first, roleFirst))
	case FieldLast:
		return s.tfAdjust(f, s.tf.nameFreq(a.last, roleLast))
	}
	return s.tfAdjust(f, s.tf.nameFreq(a.father, roleFather))
}

// band places a score.
func (s *scorer) band(score float64) Band {
	switch {
	case score >= s.cut[BandCertain]:
		return BandCertain
	case score >= s.cut[BandLikely]:
		return BandLikely
	case score >= s.cut[BandPossible]:
		return BandPossible
	}
	return BandNone
}

// Result is the verdict on one pair: the score in bits (log2 of the odds
// that the two files are one person, prior included), that chance as a
// probability, the band, each field's level and the reasons to show.
type Result struct {
	Score   float64
	Prob    float64
	Band    Band
	Levels  Vector
	Swapped bool // first and last name typed in each other's columns
	Reasons []Reason
}

// result turns a finished comparison into a Result with its reasons.
func (s *scorer) result(a, b *view, c *comparison, score float64) Result {
	return Result{
		Score:   score,
		Prob:    1 / (1 + math.Exp2(-score)),
		Band:    s.band(score),
		Levels:  c.v,
		Swapped: c.swapped,
		Reasons: s.reasons(a, b, c),
	}
}

// Pair is a candidate duplicate found by a scan; A < B.
type Pair struct {
	A, B domain.ID
	Result
}

// Match is a file that looks like a looked-up record.
type Match struct {
	ID     domain.ID
	Center domain.CenterID
	Result
}
