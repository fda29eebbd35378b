package match

import "math"

// em fits r, and m of the fields marked free, (in w, in place) to the
// candidate pairs' level vectors with their counts, u held fixed, and
// returns the shares of matches and of relatives among the candidates. start gives the priors: each class's
// levels carry o.Strength pseudo-pairs spread as start's m and r are.
//
// Two classes (match, non-match) over candidate pairs, as the Python
// recordlinkage ECM does, put siblings and spouses with the matches: the
// pairs blocking brings together are full of family. The third class gives
// them a place of their own.
func em(w *Weights, start Weights, vecs []Vector, cnts []float64, free [NumFields]bool, o EstimateOptions, st *EstimateStats) (lm, lr float64) {
	var total float64
	for _, c := range cnts {
		total += c
	}
	lm, lr = 0.1, 0.1
	// log u per pattern does not change: compute it once.
	logU := make([]float64, len(vecs))
	for i, v := range vecs {
		for f := Field(0); f < NumFields; f++ {
			if l := v[f]; l != LevelMissing {
				logU[i] += math.Log(w.Levels[f][l].U)
			}
		}
	}
	for it := 0; it < o.Iterations; it++ {
		st.Iterations = it + 1
		var mNum, rNum [NumFields][NumLevels]float64
		var mDen, rDen [NumFields]float64
		var sm, sr float64
		for i, v := range vecs {
			pm, pr := math.Log(lm), math.Log(lr)
			pu := math.Log(1-lm-lr) + logU[i]
			for f := Field(0); f < NumFields; f++ {
				if l := v[f]; l != LevelMissing {
					pm += math.Log(w.Levels[f][l].M)
					pr += math.Log(w.Levels[f][l].R)
				}
			}
			top := max(pm, pr, pu)
			em, er, eu := math.Exp(pm-top), math.Exp(pr-top), math.Exp(pu-top)
			z := em + er + eu
			gm, gr := em/z*cnts[i], er/z*cnts[i]
			sm += gm
			sr += gr
			for f := Field(0); f < NumFields; f++ {
				if l := v[f]; l != LevelMissing {
					mNum[f][l] += gm
					mDen[f] += gm
					rNum[f][l] += gr
					rDen[f] += gr
				}
			}
		}
		change := 0.0
		for f := Field(0); f < NumFields; f++ {
			var ms, rs float64
			for _, l := range f.Levels() {
				ms += start.Levels[f][l].M
				rs += start.Levels[f][l].R
			}
			for _, l := range f.Levels() {
				p := &w.Levels[f][l]
				r := (rNum[f][l] + o.Strength*start.Levels[f][l].R/rs) / (rDen[f] + o.Strength)
				change = max(change, math.Abs(r-p.R))
				p.R = r
				if free[f] {
					m := (mNum[f][l] + o.Strength*start.Levels[f][l].M/ms) / (mDen[f] + o.Strength)
					change = max(change, math.Abs(m-p.M))
					p.M = m
				}
			}
		}
		lm = min(max(sm/total, 1e-6), 0.98)
		lr = min(max(sr/total, 1e-6), 0.98-lm)
		if change < 1e-5 {
			break
		}
	}
	return lm, lr
}
