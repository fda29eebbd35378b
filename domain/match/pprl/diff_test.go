package pprl

import (
	"testing"

	"github.com/parvande/parvande/domain/match"
)

// diffReport prints pairs where the encoded verdict differs from the
// plaintext one, with both vectors, for calibration (PPRL_DIFF=1).
func diffReport(t *testing.T, recs []match.Record, plain *match.Index, idx *Index, encs []Encoded, truth map[uint64]struct{}) {
	bySeq := map[uint64]int{}
	for i, r := range recs {
		bySeq[r.ID.Seq()] = i
	}
	shown := 0
	for i, r := range recs {
		pm := map[uint64]match.Match{}
		for _, m := range plain.Lookup(r, 0) {
			pm[m.ID.Seq()] = m
		}
		em := map[uint64]Candidate{}
		for _, c := range idx.Lookup(encs[i], 0) {
			em[c.ID.Seq()] = c
		}
		for s, m := range pm {
			if _, ok := em[s]; !ok && shown < 40 {
				_, tr := truth[pairKey(r.ID.Seq(), s)]
				res, _ := plain.Compare(r.ID, m.ID)
				er := idx.Compare(encs[i], encs[bySeq[s]])
				t.Logf("lost (true=%v) %s|%s|%s vs %s|%s|%s plain %.1f %v enc %.1f %v", tr,
					r.First, r.Last, r.Father, recs[bySeq[s]].First, recs[bySeq[s]].Last, recs[bySeq[s]].Father,
					res.Score, res.Levels, er.Score, er.Levels)
				shown++
			}
		}
		for s, c := range em {
			if _, ok := pm[s]; !ok && shown < 80 {
				_, tr := truth[pairKey(r.ID.Seq(), s)]
				res, _ := plain.Compare(r.ID, c.ID)
				t.Logf("gained (true=%v) %s|%s|%s vs %s|%s|%s plain %.1f %v enc %.1f %v", tr,
					r.First, r.Last, r.Father, recs[bySeq[s]].First, recs[bySeq[s]].Last, recs[bySeq[s]].Father,
					res.Score, res.Levels, c.Score, c.Levels)
				shown++
			}
		}
	}
}
