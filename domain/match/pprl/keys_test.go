package pprl

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/parvande/parvande/domain/match"
)

// TestKeysMeetLikeEngine: two records share an encoded blocking key
// exactly when they share one of the engine's keys (match.Keys), so the
// encoded index compares the same candidates.
func TestKeysMeetLikeEngine(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	e := mustEncoder(testSecret)
	var recs []match.Record
	var encs []Encoded
	for i := range 400 {
		r := match.FromFile(randomFile(rng, uint64(i+1)))
		recs = append(recs, r)
		encs = append(encs, e.Encode(r))
	}
	x := NewIndex(match.DefaultWeights(), e.KeyID(), e.Params(), encs)
	plainKeys := make([][]match.Key, len(recs))
	encKeys := make([][]uint64, len(recs))
	for i := range recs {
		plainKeys[i] = match.Keys(recs[i])
		slices.Sort(plainKeys[i])
		v := x.queryView(&encs[i])
		encKeys[i] = appendKeys(nil, &v)
	}
	meets := func(a, b []uint64) bool { return intersects(a, b) }
	plainMeets := func(a, b []match.Key) bool {
		for _, k := range a {
			if _, ok := slices.BinarySearch(b, k); ok {
				return true
			}
		}
		return false
	}
	both, differ := 0, 0
	for i := range recs {
		for j := i + 1; j < len(recs); j++ {
			p, q := plainMeets(plainKeys[i], plainKeys[j]), meets(encKeys[i], encKeys[j])
			if p != q {
				differ++
				if differ <= 5 {
					t.Errorf("engine keys meet %v, encoded %v: %+v / %+v", p, q, recs[i], recs[j])
				}
			}
			if p {
				both++
			}
		}
	}
	if both == 0 {
		t.Fatal("no pair met: the test data is too sparse to test anything")
	}
	t.Logf("%d pairs meet; %d differ", both, differ)
}
