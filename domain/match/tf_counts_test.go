package match

import (
	"math/rand/v2"
	"testing"
)

// TestCountsFollowAddsAndRemoves checks the counts of mobile numbers and
// birth dates an Index scores with against a count of its live records,
// through a load, a build, adds, replacements and removals with and
// without merges between: the mobile counts live partly in the postings
// and partly in a change since the last merge, and must always add up.
func TestCountsFollowAddsAndRemoves(t *testing.T) {
	recs, _ := synthRecords(3000, 5)
	// Few numbers, so that many records share one.
	for i := range recs {
		if i%3 == 0 {
			recs[i].Mobile = "0912000" + string(rune('0'+i%7)) + "000"
		}
	}
	x := NewIndex(DefaultWeights())
	x.AddAll(recs[:2000])
	live := map[int]bool{}
	for i := range 2000 {
		live[i] = true
	}
	check := func(step string) {
		t.Helper()
		x.readyForLookup()
		defer x.mu.RUnlock()
		mob, dates := map[uint64]int32{}, map[uint32]int32{}
		for i := range live {
			r := makeRec(NewTF(), &recs[i], new([]uint32))
			if r.mob != 0 {
				mob[r.mob]++
			}
			if r.birth != 0 {
				dates[r.birth]++
			}
		}
		for m, n := range mob {
			if got := x.tf.mobileCount(m); got != max(n, 1) {
				t.Fatalf("%s: mobile %d counted %d, want %d", step, m, got, n)
			}
		}
		for d, n := range dates {
			if got := x.tf.dateCount(d); got != max(n, 1) {
				t.Fatalf("%s: date %d counted %d, want %d", step, d, got, n)
			}
		}
	}
	check("after the load")
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 6 {
		for range 150 {
			i := rng.IntN(len(recs))
			if rng.IntN(3) == 0 {
				x.Remove(recs[i].ID)
				delete(live, i)
				continue
			}
			x.Add(recs[i]) // a new file, or a replacement of itself
			live[i] = true
		}
		if round%2 == 1 {
			x.Build()
		}
		check("round " + string(rune('0'+round)))
	}
}
