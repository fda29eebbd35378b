package match

import (
	"encoding/json"
	"fmt"
	"math"
)

// Prob is the Fellegi–Sunter pair for one level of one field: M is the
// chance of the level among pairs that are the same person, U among pairs
// of unrelated people. The level weighs log2(M/U) bits. R is its chance
// among relatives (siblings, twins, parent and child, spouses): see
// Weights.RelRate.
type Prob struct {
	M float64 `json:"m"`
	U float64 `json:"u"`
	R float64 `json:"r"`
}

// Weight is log2(M/U), or 0 when either is unset.
func (p Prob) Weight() float64 {
	if p.M <= 0 || p.U <= 0 {
		return 0
	}
	return math.Log2(p.M / p.U)
}

// RelWeight is log2(R/U), or 0 when either is unset.
func (p Prob) RelWeight() float64 {
	if p.R <= 0 || p.U <= 0 {
		return 0
	}
	return math.Log2(p.R / p.U)
}

// Thresholds are the lowest match probabilities of the bands.
type Thresholds struct {
	Possible float64 `json:"possible"`
	Likely   float64 `json:"likely"`
	Certain  float64 `json:"certain"`
}

// Weights are everything scoring needs besides the records: the m and u of
// every level, how many other files of the same person a file has on
// average (the prior), how strongly term frequency adjusts exact agreement,
// and the band thresholds. They serialise to JSON so the store can keep
// the estimated ones and the UI can show them.
type Weights struct {
	// DupRate is the expected number of other files of the same person per
	// file. The prior chance that two given files match is DupRate/(N−1), so
	// the same evidence counts for less in a bigger database, where more
	// namesakes live.
	DupRate float64
	// RelRate is the expected number of files of relatives per file. Plain
	// Fellegi–Sunter takes fields as independent given match or non-match;
	// within a family they are not: twins share surname, father, address
	// and birth date, and those four would outvote a different first name
	// and national code. So non-matches are a mixture of unrelated people
	// (U) and relatives (R), and the score is the odds against both:
	// log2(λ·P(γ|M)) − log2(P(γ|U) + ρ·P(γ|R)), ρ = RelRate/(N−1). Where the
	// fields say "family" but not "same person", the relatives term takes
	// the score down; elsewhere it is negligible.
	RelRate float64
	// Levels holds the m and u of each field's levels (LevelMissing unused).
	Levels [NumFields][NumLevels]Prob
	// TF is how much of the term-frequency adjustment applies to an exact
	// agreement of each field, 0 (none) to 1 (all), as in Splink.
	TF [NumFields]float64
	// Bands are the band thresholds, as match probabilities.
	Bands Thresholds
}

// DefaultWeights are the priors: set by hand from what clerks do (a copy
// keeps its first name exactly some 85% of the time, a national code is
// mistyped in a few copies in a hundred, households share phones) and from
// the share of common values among unrelated people. Estimate refines them
// from the data.
func DefaultWeights() Weights {
	var w Weights
	w.DupRate = 0.3
	w.RelRate = 0.5
	set := func(f Field, l Level, m, u, r float64) { w.Levels[f][l] = Prob{m, u, r} }
	// Relatives rarely share a first name; siblings share a father, a
	// father and son do not (the son's father is the father's own name).
	set(FieldFirst, LevelExact, 0.85, 0.03, 0.01)
	set(FieldFirst, LevelClose, 0.10, 0.01, 0.01)
	set(FieldFirst, LevelSimilar, 0.03, 0.03, 0.05)
	set(FieldFirst, LevelDifferent, 0.01, 0.93, 0.93)
	set(FieldFather, LevelExact, 0.85, 0.03, 0.55)
	set(FieldFather, LevelClose, 0.10, 0.01, 0.05)
	set(FieldFather, LevelSimilar, 0.03, 0.03, 0.03)
	set(FieldFather, LevelDifferent, 0.01, 0.93, 0.37)
	// Spouses keep their own surnames.
	set(FieldLast, LevelExact, 0.78, 0.01, 0.75)
	set(FieldLast, LevelClose, 0.18, 0.01, 0.07)
	set(FieldLast, LevelSimilar, 0.025, 0.02, 0.02)
	set(FieldLast, LevelDifferent, 0.01, 0.96, 0.16)

	set(FieldBirth, LevelExact, 0.80, 0.0005, 0.04)
	set(FieldBirth, LevelSwap, 0.015, 0.0001, 0.001)
	set(FieldBirth, LevelPartial, 0.10, 0.005, 0.02)
	set(FieldBirth, LevelNear, 0.03, 0.03, 0.08)
	set(FieldBirth, LevelSameYear, 0.01, 0.015, 0.03)
	set(FieldBirth, LevelDifferent, 0.01, 0.95, 0.83)

	set(FieldGender, LevelExact, 0.995, 0.55, 0.6)
	set(FieldGender, LevelDifferent, 0.005, 0.45, 0.4)
	set(FieldNationality, LevelExact, 0.995, 0.62, 0.999)
	set(FieldNationality, LevelDifferent, 0.005, 0.38, 0.001)

	set(FieldNationalCode, LevelExact, 0.93, 1e-6, 1e-6)
	set(FieldNationalCode, LevelTypo, 0.04, 1e-5, 1e-5)
	set(FieldNationalCode, LevelDifferent, 0.02, 0.05, 0.05)
	set(FieldNationalCode, LevelConflict, 0.002, 0.95, 0.95)
	set(FieldForeignID, LevelExact, 0.93, 1e-6, 1e-6)
	set(FieldForeignID, LevelTypo, 0.04, 1e-5, 1e-5)
	set(FieldForeignID, LevelDifferent, 0.03, 1, 1)

	// Relatives share a home and often a phone.
	set(FieldMobile, LevelExact, 0.80, 0.0005, 0.3)
	set(FieldMobile, LevelDifferent, 0.20, 0.9995, 0.7)
	set(FieldAddress, LevelExact, 0.70, 0.001, 0.45)
	set(FieldAddress, LevelClose, 0.15, 0.01, 0.15)
	set(FieldAddress, LevelDifferent, 0.15, 0.989, 0.4)
	set(FieldTitles, LevelExact, 0.035, 0.002, 0.03)
	set(FieldTitles, LevelDifferent, 0.02, 0.08, 0.005)

	w.TF[FieldFirst], w.TF[FieldLast], w.TF[FieldFather] = 1, 1, 1
	w.TF[FieldBirth], w.TF[FieldMobile] = 1, 1
	w.Bands = Thresholds{Possible: 0.5, Likely: 0.9, Certain: 0.99}
	return w
}

// Validate reports weights that cannot score: probabilities outside (0, 1]
// on a level a field uses, or thresholds out of order.
func (w Weights) Validate() error {
	if !(w.DupRate > 0) {
		return fmt.Errorf("match: dup_rate must be positive, not %v", w.DupRate)
	}
	if !(w.RelRate >= 0) {
		return fmt.Errorf("match: rel_rate must not be negative, not %v", w.RelRate)
	}
	for f := Field(0); f < NumFields; f++ {
		for _, l := range f.Levels() {
			p := w.Levels[f][l]
			if !(p.M > 0 && p.M <= 1 && p.U > 0 && p.U <= 1 && p.R >= 0 && p.R <= 1) {
				return fmt.Errorf("match: %s/%s: m and u must be in (0, 1], r in [0, 1], not %v, %v, %v", f, l, p.M, p.U, p.R)
			}
		}
		if t := w.TF[f]; t < 0 || t > 1 {
			return fmt.Errorf("match: %s: tf must be in [0, 1], not %v", f, t)
		}
	}
	b := w.Bands
	if !(0 < b.Possible && b.Possible <= b.Likely && b.Likely <= b.Certain && b.Certain < 1) {
		return fmt.Errorf("match: band thresholds must rise within (0, 1): %+v", b)
	}
	return nil
}

// weightsJSON is the stored form: fields and levels by name, so that a
// stored file survives reordering of the constants.
type weightsJSON struct {
	Version int                                `json:"version"`
	DupRate float64                            `json:"dup_rate"`
	RelRate float64                            `json:"rel_rate"`
	Fields  map[string]map[string]Prob         `json:"fields"`
	TF      map[string]float64                 `json:"tf,omitempty"`
	Bands   Thresholds                         `json:"bands"`
	Weights map[string]map[string]jsonBitsNote `json:"bits,omitempty"`
}

// jsonBitsNote is the weight of a level, written for people reading the file
// and ignored when reading it back.
type jsonBitsNote float64

// MarshalJSON writes the weights by field and level name, with the weight in
// bits of every level alongside for whoever reads the file.
func (w Weights) MarshalJSON() ([]byte, error) {
	j := weightsJSON{Version: 1, DupRate: w.DupRate, RelRate: w.RelRate, Bands: w.Bands,
		Fields: map[string]map[string]Prob{}, TF: map[string]float64{},
		Weights: map[string]map[string]jsonBitsNote{}}
	for f := Field(0); f < NumFields; f++ {
		lv, bits := map[string]Prob{}, map[string]jsonBitsNote{}
		for _, l := range f.Levels() {
			lv[l.String()] = w.Levels[f][l]
			bits[l.String()] = jsonBitsNote(math.Round(w.Levels[f][l].Weight()*100) / 100)
		}
		j.Fields[f.String()], j.Weights[f.String()] = lv, bits
		if w.TF[f] != 0 {
			j.TF[f.String()] = w.TF[f]
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON wrote. Fields or levels it does not
// know are refused; ones it knows but the file lacks keep the defaults, so
// weights stored by an older version still load.
func (w *Weights) UnmarshalJSON(b []byte) error {
	var j weightsJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	if j.Version != 1 {
		return fmt.Errorf("match: weights version %d not understood", j.Version)
	}
	out := DefaultWeights()
	out.DupRate, out.RelRate, out.Bands = j.DupRate, j.RelRate, j.Bands
	for fs, lv := range j.Fields {
		f, ok := parseField(fs)
		if !ok {
			return fmt.Errorf("match: unknown field %q in weights", fs)
		}
		for ls, p := range lv {
			l, ok := parseLevel(ls)
			if !ok {
				return fmt.Errorf("match: unknown level %q of %s in weights", ls, fs)
			}
			out.Levels[f][l] = p
		}
	}
	if j.TF != nil {
		out.TF = [NumFields]float64{}
		for fs, v := range j.TF {
			f, ok := parseField(fs)
			if !ok {
				return fmt.Errorf("match: unknown field %q in tf", fs)
			}
			out.TF[f] = v
		}
	}
	if err := out.Validate(); err != nil {
		return err
	}
	*w = out
	return nil
}
