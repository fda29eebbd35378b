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
		keys := make([]uint64, tt.n)
		slots := make([]uint32, tt.n)
		for i := range keys {
			keys[i] = tt.keys(i)
			slots[i] = uint32(i)
		}
		type kv struct {
			k uint64
			s uint32
		}
		want := make([]kv, tt.n)
		for i := range want {
			want[i] = kv{keys[i], slots[i]}
		}
		slices.SortStableFunc(want, func(a, b kv) int { return cmp.Compare(a.k, b.k) })
		sortPairs(keys, slots)
		for i := range want {
			if keys[i] != want[i].k || slots[i] != want[i].s {
				t.Fatalf("%s: at %d (%x, %d), want (%x, %d)", tt.name, i, keys[i], slots[i], want[i].k, want[i].s)
			}
		}
	}
}

// renumberPostings must give every key exactly its live slots, renumbered
// and ascending, and a directory that finds each key, whatever order the
// pending pairs come in and however keys crowd into buckets.
func TestRenumberPostings(t *testing.T) {
	rng := &synthRand{splitmix{5}}
	for _, tt := range []struct {
		name  string
		key   func() uint64
		slots int
	}{
		{"spread", func() uint64 { return rng.next() &^ (0xf << 60) }, 3000}, // kinds below 16, as all are
		{"one bucket", func() uint64 { return 7<<56 | uint64(rng.intn(40)) }, 500},
		{"few keys", func() uint64 { return uint64(rng.intn(9)) << 40 }, 2000},
	} {
		want := map[uint64]map[uint32]bool{} // by key: old slots
		var bk []uint64
		var bs []uint32
		for i := range 4 * tt.slots {
			k, s := tt.key(), uint32(i%tt.slots)
			bk, bs = append(bk, k), append(bs, s)
		}
		sortPairs(bk, bs)
		bk, bs = dedupPairs(bk, bs)
		base := buildPostings(bk, bs)
		// Pending pairs are of records added since: slots after base's.
		var pk []uint64
		var ps []uint32
		for i := range 2 * tt.slots {
			pk, ps = append(pk, tt.key()), append(ps, uint32(tt.slots+i/2))
		}
		pk, ps = dedupPairs(pk, ps)
		rng.shuffleIn(pk, ps) // any order will do
		perm := make([]uint32, 2*tt.slots)
		for i := range perm {
			perm[i] = uint32(i)
		}
		for i := len(perm) - 1; i > 0; i-- {
			j := rng.intn(i + 1)
			perm[i], perm[j] = perm[j], perm[i]
		}
		for i := range perm {
			if i%5 == 0 {
				perm[i] = noSlot
			}
		}
		add := func(k uint64, s uint32) {
			if perm[s] == noSlot {
				return
			}
			if want[k] == nil {
				want[k] = map[uint32]bool{}
			}
			want[k][perm[s]] = true
		}
		for i, k := range bk {
			add(k, bs[i])
		}
		for i, k := range pk {
			add(k, ps[i])
		}
		got := renumberPostings(&base, pk, ps, perm)
		if len(got.keys) != len(want) {
			t.Fatalf("%s: %d keys, want %d", tt.name, len(got.keys), len(want))
		}
		for k, ws := range want {
			m := got.find(k)
			if len(m) != len(ws) {
				t.Fatalf("%s: key %x has %d slots, want %d", tt.name, k, len(m), len(ws))
			}
			for i, s := range m {
				if !ws[s] || (i > 0 && m[i-1] > s) {
					t.Fatalf("%s: key %x slots %v, want ascending %v", tt.name, k, m, ws)
				}
			}
		}
	}
}

// dedupPairs drops repeated (key, slot) pairs of sorted input, as a record's
// keys are made unique before they are added.
func dedupPairs(keys []uint64, slots []uint32) ([]uint64, []uint32) {
	type kv struct {
		k uint64
		s uint32
	}
	seen := map[kv]bool{}
	w := 0
	for i := range keys {
		if p := (kv{keys[i], slots[i]}); !seen[p] {
			seen[p] = true
			keys[w], slots[w] = keys[i], slots[i]
			w++
		}
	}
	keys, slots = keys[:w], slots[:w]
	// Slots ascend within a key in postings.
	idx := make([]int, w)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Or(cmp.Compare(keys[a], keys[b]), cmp.Compare(slots[a], slots[b])) })
	k2, s2 := slices.Clone(keys), slices.Clone(slots)
	for i, j := range idx {
		keys[i], slots[i] = k2[j], s2[j]
	}
	return keys, slots
}

func (r *synthRand) shuffleIn(keys []uint64, slots []uint32) {
	for i := len(keys) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		keys[i], keys[j] = keys[j], keys[i]
		slots[i], slots[j] = slots[j], slots[i]
	}
}
