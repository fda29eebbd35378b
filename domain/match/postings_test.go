package match

import (
	"cmp"
	"slices"
	"testing"
)

// sortPairs must equal a stable sort by key, also where keys agree in the
// top 48 bits that the radix passes look at and differ only below.
func TestSortPairs(t *testing.T) {
	rng := &synthRand{splitmix{9}}
	const top = uint64(0x0123_4567_89ab) << 16
	tests := []struct {
		name string
		keys func(i int) uint64
		n    int
	}{
		{"random", func(int) uint64 { return rng.next() }, 5000},
		{"few keys", func(int) uint64 { return uint64(rng.intn(7)) << 40 }, 5000},
		{"low digits only", func(int) uint64 { return top | uint64(rng.intn(5)) }, 300},
		{"short collisions", func(i int) uint64 {
			if i%3 == 0 {
				return top | uint64(rng.intn(3))
			}
			return rng.next()
		}, 3000},
		{"long run", func(i int) uint64 {
			if i%50 == 0 {
				return top | 1
			}
			return top | 2
		}, 4000},
		{"one", func(int) uint64 { return 1 }, 1},
	}
	for _, tt := range tests {
		for _, slotsToo := range []bool{false, true} {
			keys := make([]uint64, tt.n)
			slots := make([]uint32, tt.n)
			for i := range keys {
				keys[i] = tt.keys(i)
				slots[i] = uint32(i)
				if slotsToo {
					slots[i] = uint32(rng.intn(tt.n))
				}
			}
			type kv struct {
				k uint64
				s uint32
			}
			want := make([]kv, tt.n)
			for i := range want {
				want[i] = kv{keys[i], slots[i]}
			}
			if slotsToo {
				slices.SortStableFunc(want, func(a, b kv) int { return cmp.Compare(a.s, b.s) })
			}
			slices.SortStableFunc(want, func(a, b kv) int { return cmp.Compare(a.k, b.k) })
			sortPairs(keys, slots, slotsToo)
			for i := range want {
				if keys[i] != want[i].k || slots[i] != want[i].s {
					t.Fatalf("%s (slotsToo %v): at %d (%x, %d), want (%x, %d)", tt.name, slotsToo, i, keys[i], slots[i], want[i].k, want[i].s)
				}
			}
		}
	}
}

// A first build (firstPostings) and a rebuild over existing postings give
// the same scan.
func TestFirstBuildAgreesWithRebuild(t *testing.T) {
	recs, _ := synthRecords(5000, 17)
	a := NewIndex(DefaultWeights())
	a.AddAll(recs)
	pa, ra := a.Scan(nil)
	b := NewIndex(DefaultWeights())
	b.AddAll(recs[:400])
	b.Build()
	b.Remove(recs[3].ID)
	b.AddAll(recs[400:])
	b.Add(recs[3])
	pb, rb := b.Scan(nil)
	if len(pa) == 0 || len(pa) != len(pb) || ra.Candidates != rb.Candidates || ra.Keys != rb.Keys {
		t.Fatalf("pairs %d / %d, candidates %d / %d, keys %d / %d", len(pa), len(pb), ra.Candidates, rb.Candidates, ra.Keys, rb.Keys)
	}
	for i := range pa {
		if pa[i].A != pb[i].A || pa[i].B != pb[i].B || pa[i].Score != pb[i].Score {
			t.Fatalf("pair %d: %+v / %+v", i, pa[i], pb[i])
		}
	}
}
