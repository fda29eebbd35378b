package pprl

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain/match"
)

// TestCalibrateFilters measures, on the public set, how often the encoded
// name levels equal the engine's, for filter sizes, hash counts and Dice
// cut-offs; it chose DefaultParams, DiceClose and DiceSimilar. The pairs
// are those the engine's blocking brings together (blocks of at most 30),
// where the name levels decide. Runs with PPRL_CALIBRATE=1.
func TestCalibrateFilters(t *testing.T) {
	if os.Getenv("PPRL_CALIBRATE") == "" {
		t.Skip("set PPRL_CALIBRATE=1")
	}
	files := readSheet(t, filepath.Join(publicDir, "beneficiaries.csv"))
	recs := make([]match.Record, len(files))
	for i := range files {
		recs[i] = match.FromFile(files[i])
	}
	// Candidate pairs from the encoded blocks (the same as the engine's).
	e0 := mustEncoder(testSecret)
	encs := make([]Encoded, len(recs))
	for i := range recs {
		encs[i] = e0.Encode(recs[i])
	}
	x := NewIndex(match.DefaultWeights(), e0.KeyID(), e0.Params(), encs)
	type pair struct{ a, b uint32 }
	seen := map[pair]bool{}
	var pairs []pair
	for i := range x.keys {
		blk := x.slots[x.start[i]:x.start[i+1]]
		if len(blk) > 30 {
			continue
		}
		for j := range blk {
			for k := j + 1; k < len(blk); k++ {
				p := pair{blk[j], blk[k]}
				if !seen[p] {
					seen[p] = true
					pairs = append(pairs, p)
				}
			}
		}
	}
	// The engine's levels of the three names.
	sc := match.NewScorer(match.DefaultWeights(), nil)
	plain := make([][3]match.Level, len(pairs))
	for i, p := range pairs {
		l := sc.Compare(recs[p.a], recs[p.b]).Levels
		plain[i] = [3]match.Level{l[match.FieldFirst], l[match.FieldLast], l[match.FieldFather]}
	}
	t.Logf("%d candidate pairs", len(pairs))
	if os.Getenv("PPRL_CALIBRATE") == "examples" {
		shown := map[string]int{}
		for i, pr := range pairs {
			for j := range 3 {
				sa := [3]string{recs[pr.a].First, recs[pr.a].Last, recs[pr.a].Father}[j]
				sb := [3]string{recs[pr.b].First, recs[pr.b].Last, recs[pr.b].Father}[j]
				if sa == "" || sb == "" {
					continue
				}
				na, nb := e0.encodeName(sa), e0.encodeName(sb)
				l, d := cmpName(&nameEntry{Name: na}, &nameEntry{Name: nb}, j == 1)
				k := plain[i][j].String() + "→" + l.String()
				if l != plain[i][j] && shown[k] < 15 {
					shown[k]++
					t.Logf("%s field %d: %s / %s dice %.2f", k, j, sa, sb, d)
				}
			}
		}
	}
	var lines []string
	for _, p := range []Params{{128, 10}, {128, 15}, {256, 10}, {256, 15}, {256, 20}, {512, 20}, {512, 30}} {
		e := mustEncoderP(testSecret, p)
		names := make([][3]*nameEntry, len(recs))
		for i, r := range recs {
			for j, s := range [3]string{r.First, r.Last, r.Father} {
				if s != "" {
					n := e.encodeName(s)
					names[i][j] = &nameEntry{Name: n}
				}
			}
		}
		best := ""
		bestAgree := 0.0
		for _, dc := range []float64{0.7, 0.75, 0.8, 0.85} {
			for _, ds := range []float64{0.5, 0.55, 0.6, 0.65, 0.7} {
				if ds > dc {
					continue
				}
				agree, total := 0, 0
				for i, pr := range pairs {
					for j := range 3 {
						l, _ := cmpNameAt(names[pr.a][j], names[pr.b][j], j == 1, dc, ds)
						if plain[i][j] == match.LevelMissing {
							continue
						}
						total++
						if l == plain[i][j] {
							agree++
						}
					}
				}
				a := float64(agree) / float64(total)
				if a > bestAgree {
					bestAgree, best = a, fmt.Sprintf("close %.2f similar %.2f", dc, ds)
				}
				if p == DefaultParams() && (dc == DiceClose && ds == DiceSimilar || dc == 0.8 && ds == 0.7) {
					var conf [match.NumLevels][match.NumLevels]int
					for i, pr := range pairs {
						for j := range 3 {
							l, _ := cmpNameAt(names[pr.a][j], names[pr.b][j], j == 1, dc, ds)
							conf[plain[i][j]][l]++
						}
					}
					for _, pl := range []match.Level{match.LevelExact, match.LevelClose, match.LevelSimilar, match.LevelDifferent} {
						lines = append(lines, fmt.Sprintf("confusion %.2f/%.2f engine %-9s → encoded exact %6d close %6d similar %6d different %6d", dc, ds, pl,
							conf[pl][match.LevelExact], conf[pl][match.LevelClose], conf[pl][match.LevelSimilar], conf[pl][match.LevelDifferent]))
					}
				}
				if p == DefaultParams() && dc == DiceClose && ds == DiceSimilar {
					lines = append(lines, fmt.Sprintf("default (%d bits, %d hashes, %.2f/%.2f): agreement %.5f", p.FilterBits, p.HashCount, dc, ds, a))
				}
			}
		}
		lines = append(lines, fmt.Sprintf("%3d bits %2d hashes: best agreement %.5f at %s", p.FilterBits, p.HashCount, bestAgree, best))
	}
	slices.Sort(lines)
	t.Log("\n" + strings.Join(lines, "\n"))
}

func mustEncoderP(s Secret, p Params) *Encoder {
	e, err := NewEncoder(s, p)
	if err != nil {
		panic(err)
	}
	return e
}
