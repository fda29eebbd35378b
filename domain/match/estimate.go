package match

import (
	"slices"

	"github.com/parvande/parvande/domain"
)

// EstimateOptions tune Estimate; zero values take the defaults.
type EstimateOptions struct {
	RandomPairs int     // pairs drawn at random for u (default 400,000)
	Candidates  int     // candidate pairs for EM on m (default 600,000)
	Iterations  int     // EM rounds at most (default 50)
	Strength    float64 // pseudo-pairs the starting m carry (default 100)
	Seed        uint64  // for the random draws (default 1)
}

// EstimateStats say what an estimate saw.
type EstimateStats struct {
	Records       int
	RandomPairs   int
	Candidates    int     // candidate pairs used
	Patterns      int     // distinct level vectors among them
	Anchors       int     // pairs sharing a valid national code or a foreign id
	Iterations    int     // EM rounds run
	MatchShare    float64 // estimated share of candidate pairs that are one person
	RelativeShare float64 // … that are relatives
	DupRate       float64 // estimated other files per file of one person
	RelRate       float64 // estimated files of relatives per file
}

// Estimate refines DefaultWeights from the records themselves, as Splink
// does: u (how often unrelated people agree) from pairs drawn at random,
// where nearly every pair is two people; m (how often one person's files
// agree) and r (how often relatives' files agree) by expectation–
// maximisation over the pairs the blocking keys bring together, a mixture
// of three classes (same person, relatives, unrelated) with u held fixed
// and the starting m and r as a weak prior, so that a level the data hardly
// shows keeps a sensible value. DupRate and RelRate come out of the same
// EM. Thresholds and TF settings are kept.
func Estimate(records []Record) Weights {
	w, _ := EstimateWith(records, DefaultWeights(), EstimateOptions{})
	return w
}

// EstimateWith is Estimate from given starting weights and options.
func EstimateWith(records []Record, start Weights, o EstimateOptions) (Weights, EstimateStats) {
	if o.RandomPairs <= 0 {
		o.RandomPairs = 400000
	}
	if o.Candidates <= 0 {
		o.Candidates = 600000
	}
	if o.Iterations <= 0 {
		o.Iterations = 50
	}
	if o.Strength <= 0 {
		o.Strength = 100
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	st := EstimateStats{Records: len(records)}
	if len(records) < 50 {
		return start, st // too few to learn anything
	}
	x := NewIndex(start)
	for i := range records {
		r := records[i]
		r.ID = domain.ID(i + 1) // the index needs distinct non-zero ids
		x.add(&r)
	}
	x.merge()
	x.buildScan()
	s := newScorer(start, x.tf)
	rng := splitmix{o.Seed}

	// u from random pairs.
	var uCount [NumFields][NumLevels]float64
	n := len(x.recs)
	var va, vb view
	for k := 0; k < o.RandomPairs; k++ {
		a, b := uint32(rng.intn(n)), uint32(rng.intn(n))
		if a == b {
			continue
		}
		x.view(a, &va)
		x.view(b, &vb)
		var c comparison
		s.compare(&va, &vb, negInf, &c)
		for f := Field(0); f < NumFields; f++ {
			uCount[f][c.v[f]]++
		}
		st.RandomPairs++
	}

	// Candidate pairs: all pairs of a random subset of records, as a scan
	// would compare them, grouped by level vector.
	patterns := map[uint64]float64{}
	total := 0
	q := 1.0
	if est := x.candidateEstimate(); est > o.Candidates {
		q = float64(o.Candidates) / float64(est)
	}
	seen := make([]uint32, n)
	var cand []uint32
	for a := 0; a < n; a++ {
		if q < 1 && rng.float() >= q {
			continue
		}
		x.view(uint32(a), &va)
		cand = x.candidates(uint32(a), seen, cand[:0])
		for _, b := range cand {
			x.view(b&^candHome, &vb)
			var c comparison
			s.compare(&va, &vb, negInf, &c)
			patterns[packVector(&c.v)]++
			total++
		}
	}
	st.Candidates, st.Patterns = total, len(patterns)

	w := start
	setU(&w, &uCount, nil, 0)
	if total == 0 {
		return w, st
	}
	free := x.anchorM(s, &w, start, o.Strength, &st)
	keys := make([]uint64, 0, len(patterns))
	for k := range patterns {
		keys = append(keys, k)
	}
	slices.Sort(keys) // a fixed order: the float sums must not depend on map order
	vecs := make([]Vector, len(keys))
	cnts := make([]float64, len(keys))
	for i, k := range keys {
		vecs[i], cnts[i] = unpackVector(k), patterns[k]
	}
	lm, lr := em(&w, start, vecs, cnts, free, o, &st)
	// Among all candidates (the sample is a share q of them), each match
	// pair gives each of its two files one more file of the same person;
	// likewise for relatives.
	scale := 2 * float64(total) / q / float64(n)
	if lm > 0 {
		// In a small database random pairs hold some matches too (one in
		// N/DupRate): take them out of u and fit m again.
		setU(&w, &uCount, &w, lm*scale/float64(n-1))
		lm, lr = em(&w, start, vecs, cnts, free, o, &st)
		w.DupRate = lm * scale
	}
	st.MatchShare, st.RelativeShare = lm, lr
	st.DupRate, st.RelRate = w.DupRate, lr*scale
	// EM's third class is every look-alike that is not one person:
	// relatives and namesakes together, which no unlabelled data can tell
	// apart. It is what lets EM find m and DupRate; the scoring's relatives
	// model (r, RelRate) stays as set.
	for f := Field(0); f < NumFields; f++ {
		for _, l := range f.Levels() {
			w.Levels[f][l].R = start.Levels[f][l].R
		}
	}
	w.RelRate = start.RelRate
	return w, st
}

// anchorM sets m of every field but the identifiers from anchor pairs:
// pairs whose valid national codes or foreign ids are equal, which are one
// person all but always. EM alone on a million records let the match class
// drift to namesakes (it has no way to tell "same person" from "same common
// name" but the priors); anchored, it need only find the identifiers' own m,
// the relatives' r and the shares. It returns the fields whose m EM should
// still fit. With too few anchors (under 200) everything is left to EM.
func (x *Index) anchorM(s *scorer, w *Weights, start Weights, strength float64, st *EstimateStats) (free [NumFields]bool) {
	for f := range free {
		free[f] = true
	}
	var count [NumFields][NumLevels]float64
	var va, vb view
	var c comparison
	for i, k := range x.base.keys {
		kind := Key(k).Kind()
		if kind != KeyNationalCode && kind != KeyForeignID {
			continue
		}
		mem := x.base.block(i)
		if len(mem) < 2 || len(mem) > x.opt.BlockCap {
			continue
		}
		for p := range mem {
			for q := p + 1; q < len(mem); q++ {
				x.view(mem[p], &va)
				x.view(mem[q], &vb)
				s.compare(&va, &vb, negInf, &c)
				if kind == KeyNationalCode && !(c.v[FieldNationalCode] == LevelExact && va.ncOK && vb.ncOK) {
					continue // a typo's neighbour key, not an anchor
				}
				for f := Field(0); f < NumFields; f++ {
					count[f][c.v[f]]++
				}
				st.Anchors++
			}
		}
	}
	if st.Anchors < 200 {
		return free
	}
	for f := Field(0); f < NumFields; f++ {
		if f == FieldNationalCode || f == FieldForeignID {
			continue
		}
		free[f] = false
		var present, prior float64
		for _, l := range f.Levels() {
			present += count[f][l]
			prior += start.Levels[f][l].M
		}
		for _, l := range f.Levels() {
			w.Levels[f][l].M = (count[f][l] + strength*start.Levels[f][l].M/prior) / (present + strength)
		}
	}
	return free
}

// setU sets u from the level counts of random pairs. Half a pair of
// smoothing keeps a level never seen among them (two equal national codes)
// finite. With m given, the share lambda of matches expected among random
// pairs is taken out first.
func setU(w *Weights, counts *[NumFields][NumLevels]float64, m *Weights, lambda float64) {
	for f := Field(0); f < NumFields; f++ {
		var present float64
		for _, l := range f.Levels() {
			present += counts[f][l]
		}
		if present < 1000 {
			continue // too few pairs have the field: keep the prior
		}
		var c [NumLevels]float64
		sum := 0.0
		for _, l := range f.Levels() {
			c[l] = counts[f][l]
			if m != nil {
				c[l] = max(c[l]-lambda*present*m.Levels[f][l].M, 0)
			}
			sum += c[l]
		}
		for _, l := range f.Levels() {
			w.Levels[f][l].U = (c[l] + 0.5) / (sum + 0.5*float64(len(f.Levels())))
		}
	}
}

// candidateEstimate is an upper bound on the pairs a scan compares: the sum
// of b(b−1)/2 over the scanned blocks.
func (x *Index) candidateEstimate() int {
	t := 0
	for i := range x.base.keys {
		if b := int(x.base.start[i+1] - x.base.start[i]); b >= 2 && b <= x.capOf(x.base.keys[i]) {
			t += b * (b - 1) / 2
		}
	}
	return t
}

// packVector packs a level vector, four bits a field.
func packVector(v *Vector) uint64 {
	var k uint64
	for f := NumFields; f > 0; f-- {
		k = k<<4 | uint64(v[f-1])
	}
	return k
}

func unpackVector(k uint64) Vector {
	var v Vector
	for f := Field(0); f < NumFields; f++ {
		v[f] = Level(k & 15)
		k >>= 4
	}
	return v
}

// splitmix is a small deterministic generator for the random draws.
type splitmix struct{ s uint64 }

func (r *splitmix) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func (r *splitmix) intn(n int) int { return int(r.next() % uint64(n)) }

func (r *splitmix) float() float64 { return float64(r.next()>>11) / (1 << 53) }
