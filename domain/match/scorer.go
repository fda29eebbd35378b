package match

import "math"

var negInf = math.Inf(-1)

// Scorer compares records that are not in an index, against a table of term
// frequencies (BuildTF, or an empty NewTF for none).
type Scorer struct {
	s *scorer
}

// NewScorer returns a scorer; tf nil means no term frequencies.
func NewScorer(w Weights, tf *TF) *Scorer {
	if tf == nil {
		tf = NewTF()
	}
	return &Scorer{s: newScorer(w, tf)}
}

// Compare scores a against b. Compare(a, b) and Compare(b, a) give the same
// score, band and levels.
func (sc *Scorer) Compare(a, b Record) Result {
	ov := &overlay{names: map[string]*name{}, tokens: map[string]uint32{}}
	va, vb := sc.s.tf.queryView(&a, ov), sc.s.tf.queryView(&b, ov)
	var c comparison
	score, _ := sc.s.compare(&va, &vb, negInf, &c)
	return sc.s.result(&va, &vb, &c, score)
}
