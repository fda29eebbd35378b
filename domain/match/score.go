package match

import (
	"math"
	"math/bits"

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
	// adj, when set, holds the term-frequency adjustments of this record's
	// own values (exactAdjusts): a scan works them out once for the record
	// it compares with all its candidates, not once a pair.
	adj *adjusts
}

// adjusts are a record's term-frequency adjustments of exact agreement, by
// field (birth, mobile and the names; zero elsewhere).
type adjusts [NumFields]float64

// exactAdjusts works out v's adjustments into a and returns a.
func (s *scorer) exactAdjusts(v *view, a *adjusts) *adjusts {
	*a = adjusts{}
	if v.birth != 0 {
		a[FieldBirth] = s.birthAdjust(v.birth)
	}
	// The mobile's is looked up in the postings, and few pairs share a
	// mobile: it waits until one does.
	a[FieldMobile] = math.NaN()
	for f := FieldFirst; f <= FieldFather; f++ {
		a[f] = s.nameAdjust(f, v, v)
	}
	return a
}

// exactAdjust is the adjustment of an exact agreement of a with another
// record on f: a's value is theirs too, so it is a's alone.
func (s *scorer) exactAdjust(f Field, a *view) float64 {
	if a.adj != nil {
		if f == FieldMobile && math.IsNaN(a.adj[f]) {
			a.adj[f] = s.tfAdjust(FieldMobile, s.tf.mobileCount(a.mob))
		}
		return a.adj[f]
	}
	switch f {
	case FieldBirth:
		return s.birthAdjust(a.birth)
	case FieldMobile:
		return s.tfAdjust(FieldMobile, s.tf.mobileCount(a.mob))
	}
	return s.nameAdjust(f, a, a)
}

// comparison is what comparing two views found, before weighing.
type comparison struct {
	v        Vector
	sims     [3]float64 // first, last, father name similarity
	addrSim  float64
	relBits  float64            // taken off because the pair looks like relatives
	adj      [NumFields]float64 // term-frequency adjustments applied
	addrDone bool               // the address was compared before compare stopped
	swapped  bool
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

// minN: see newScorer.
const minN = 1000

// scorer holds weights turned into bits, for one table of frequencies.
type scorer struct {
	w        Weights
	tf       *TF
	bits     [NumFields][NumLevels]float64
	rbits    [NumFields][NumLevels]float64 // log2(R/U): relatives against unrelated
	logRel   float64                       // log2 ρ, the prior of relatives
	log2U    [NumFields]float64            // log2 of the u of exact agreement
	log2N    float64
	useTF    bool
	maxBits  [NumFields]float64 // best a field can add, TF included
	nameMax  [NumFields]float64 // best a name field can add when not equal
	adjFloor [NumFields]float64 // lowest TF adjustment of exact agreement (monotone.go)
	yearOnly float64            // … of a birth date that is a year alone
	logPrior float64
	cut      [4]float64 // band thresholds as scores: none, possible, likely, certain
}

func newScorer(w Weights, tf *TF) *scorer {
	s := &scorer{w: w, tf: tf}
	for f := Field(0); f < NumFields; f++ {
		for _, l := range f.Levels() {
			s.bits[f][l] = w.Levels[f][l].Weight()
			s.rbits[f][l] = w.Levels[f][l].RelWeight()
		}
	}
	s.monotone()
	for f := Field(0); f < NumFields; f++ {
		best := 0.0
		for _, l := range f.Levels() {
			best = max(best, s.bits[f][l])
		}
		if u := w.Levels[f][LevelExact].U; u > 0 {
			s.log2U[f] = math.Log2(u)
		}
		if w.TF[f] > 0 {
			best += w.TF[f] * tfMaxUp
		}
		s.maxBits[f] = best
		s.nameMax[f] = max(s.bits[f][LevelClose], s.bits[f][LevelSimilar], s.bits[f][LevelDifferent])
	}
	// A database of a few hundred files knows too little to be sure of
	// frequencies, or of how rare a duplicate is: below minN the prior is
	// that of minN files and exact agreement is not adjusted.
	n := float64(max(tf.n, minN))
	s.log2N = math.Log2(n)
	s.useTF = tf.n >= minN
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
// held by count of the records: log2(u/freq) with freq = count/N, so a
// value more common than the average agreement weighs less, a rarer one
// more.
func (s *scorer) tfAdjust(f Field, count int32) float64 {
	return s.tfAdjustAbove(f, count, s.adjFloor[f])
}

// tfAdjustAbove is tfAdjust with the floor given (see monotone.go).
func (s *scorer) tfAdjustAbove(f Field, count int32, floor float64) float64 {
	k := s.w.TF[f]
	if k == 0 || !s.useTF {
		return 0
	}
	return max(k*min(max(s.log2U[f]+s.log2N-log2Count(count), tfMaxDown), tfMaxUp), floor)
}

// log2Small holds log2 of small counts: TF adjustments run for most
// candidate pairs, and the logarithm was a visible part of a scan.
var log2Small = func() (t [1024]float64) {
	for i := 1; i < len(t); i++ {
		t[i] = math.Log2(float64(i))
	}
	return t
}()

// log2Count is log2(c) from the table, for large c by its top ten bits
// (within 0.002 bits: plenty for a frequency).
func log2Count(c int32) float64 {
	if c < 1 {
		return 0
	}
	if int(c) < len(log2Small) {
		return log2Small[c]
	}
	shift := bits.Len32(uint32(c)) - 10
	return float64(shift) + log2Small[c>>shift]
}

// compare weighs a against b. It stops as soon as the score can no longer
// reach floor (pass math.Inf(-1) to weigh everything) and then returns
// ok=false. Fields that cost nothing come first, with names that are
// plainly equal; the address and the names that need Jaro–Winkler come
// last, only for pairs that can still make it. The additions run in an
// order fixed by the pair itself, so (a, b) and (b, a) sum alike.
func (s *scorer) compare(a, b *view, floor float64, c *comparison) (score float64, ok bool) {
	*c = comparison{}
	// The field sums are written out rather than through a helper closure:
	// this runs for every candidate pair of a scan, and the closure kept
	// the sums out of registers.
	c.v[FieldNationalCode] = cmpNationalCode(a.nc, b.nc, a.ncOK, b.ncOK)
	c.v[FieldForeignID] = cmpForeignID(a.fid, b.fid)
	c.v[FieldGender] = cmpEnum(a.gender, b.gender)
	c.v[FieldNationality] = cmpEnum(a.nat, b.nat)
	c.v[FieldBirth] = cmpBirth(a.birth, b.birth)
	c.v[FieldMobile] = cmpMobile(a.mob, b.mob)
	c.v[FieldTitles] = cmpTitles(a.titles, b.titles)
	score = s.logPrior
	rel := s.logRel // log2(ρ·P(γ|R)/P(γ|U)) so far
	for _, f := range [...]Field{FieldNationalCode, FieldForeignID, FieldGender, FieldNationality,
		FieldBirth, FieldMobile, FieldTitles} {
		score += s.bits[f][c.v[f]]
		rel += s.rbits[f][c.v[f]]
	}
	// A term-frequency adjustment replaces the average u of exact agreement
	// by the value's own frequency: that is in both ratios, m/u and r/u.
	if c.v[FieldBirth] == LevelExact {
		adj := s.exactAdjust(FieldBirth, a)
		c.adj[FieldBirth] = adj
		score += adj
		rel += adj
	}
	if c.v[FieldMobile] == LevelExact {
		adj := s.exactAdjust(FieldMobile, a)
		c.adj[FieldMobile] = adj
		score += adj
		rel += adj
	}
	put := func(f Field, l Level, adj float64) {
		c.v[f] = l
		c.adj[f] = adj
		score += s.bits[f][l] + adj
		rel += s.rbits[f][l] + adj
	}

	// Names: equal ones now, the rest bounded by what they could add.
	var known [3]bool
	pending := 0.0
	swappable := !sameName(a.first, b.first) && !sameName(a.last, b.last) &&
		a.first != nil && a.last != nil && b.first != nil && b.last != nil
	for i, nx := range [3][2]*name{{a.first, b.first}, {a.last, b.last}, {a.father, b.father}} {
		f := FieldFirst + Field(i)
		switch {
		case nx[0] == nil || nx[1] == nil:
			known[i] = true
			put(f, LevelMissing, 0)
		case sameName(nx[0], nx[1]):
			known[i] = true
			put(f, LevelExact, s.exactAdjust(f, a))
		case swappable && f != FieldFather:
			pending += s.bits[f][LevelExact] // crossed names may be equal
		default:
			pending += s.nameMax[f]
		}
	}
	if score+pending+s.maxBits[FieldAddress] < floor {
		return score, false
	}
	var l Level
	l, c.addrSim = cmpAddress(a.addr, b.addr)
	c.addrDone = true
	put(FieldAddress, l, 0)
	if score+pending < floor {
		return score, false
	}
	if !known[0] || !known[1] || !known[2] {
		var v Vector
		c.swapped = compareNames(a, b, &v, &c.sims)
		for i := range known {
			if !known[i] {
				f := FieldFirst + Field(i)
				put(f, v[f], 0)
			}
		}
		if c.swapped {
			// Taken off like a term-frequency adjustment: see crossedCap.
			crossed := s.bits[FieldFirst][v[FieldFirst]] + s.bits[FieldLast][v[FieldLast]]
			if adj := s.crossedCap(a, b) - crossed; adj < 0 {
				c.adj[FieldFirst] += adj
				score += adj
				rel += adj
			}
		}
	}
	c.relBits = relTerm(rel)
	score -= c.relBits
	return score, true
}

// sameName reports equal folded names: names are interned (TF.lookupName),
// so that is equal pointers.
func sameName(a, b *name) bool { return a != nil && a == b }

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
		return s.tfAdjust(f, s.tf.nameCount(a.first, roleFirst))
	case FieldLast:
		return s.tfAdjust(f, s.tf.nameCount(a.last, roleLast))
	}
	return s.tfAdjust(f, s.tf.nameCount(a.father, roleFather))
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
