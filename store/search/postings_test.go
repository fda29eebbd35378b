package search

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func randomList(r *rand.Rand, n, max int) []uint32 {
	var l []uint32
	for range n {
		l = addPos(l, uint32(r.IntN(max)))
	}
	return l
}

// The list operations against a plain set, on sizes that take both the
// merging and the galloping path.
func TestPostingLists(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		a := randomList(r, r.IntN(50), 500)
		b := randomList(r, r.IntN(2000), 3000)
		if !slices.IsSorted(a) || len(slices.Compact(slices.Clone(a))) != len(a) {
			t.Fatalf("addPos: %v", a)
		}
		inB := map[uint32]bool{}
		for _, x := range b {
			inB[x] = true
		}
		var want []uint32
		for _, x := range a {
			if inB[x] {
				want = append(want, x)
			}
		}
		if got := intersect(nil, a, b); !slices.Equal(got, want) {
			t.Fatalf("intersect(%v, %v) = %v, want %v", a, b, got, want)
		}
		af := make([]uint8, len(a))
		for i := range af {
			af[i] = 1
		}
		ps, flags := mergeFlags(a, af, b, 2)
		union := slices.Compact(slices.Sorted(slices.Values(slices.Concat(a, b))))
		if !slices.Equal(ps, union) {
			t.Fatalf("mergeFlags positions %v, want %v", ps, union)
		}
		inA := map[uint32]bool{}
		for _, x := range a {
			inA[x] = true
		}
		for i, p := range ps {
			want := uint8(0)
			if inA[p] {
				want |= 1
			}
			if inB[p] {
				want |= 2
			}
			if flags[i] != want {
				t.Fatalf("flag of %d = %d, want %d", p, flags[i], want)
			}
		}
		if len(a) > 0 {
			x := a[r.IntN(len(a))]
			if got := delPos(slices.Clone(a), x); slices.Contains(got, x) || len(got) != len(a)-1 {
				t.Fatalf("delPos(%v, %d) = %v", a, x, got)
			}
		}
	}
}
