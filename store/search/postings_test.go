package search

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomList is n distinct positions below max, ascending.
func randomList(r *rand.Rand, n, max int) []uint32 {
	l := make([]uint32, n)
	for i := range l {
		l[i] = uint32(r.IntN(max))
	}
	slices.Sort(l)
	return slices.Compact(l)
}

func packed(vals []uint32) *plist {
	var l plist
	l.set(vals)
	return &l
}

// Lists pack and unpack to themselves: empty, one position, runs (width
// 0), gaps of every width up to the full 32 bits.
func TestPlistRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := [][]uint32{nil, {0}, {7}, {math.MaxUint32}, {0, math.MaxUint32}, {0, 1, 2, 3}, {5, 1 << 31, math.MaxUint32 - 1, math.MaxUint32}}
	for range 200 {
		n := r.IntN(1000)
		cases = append(cases, randomList(r, n, 1+r.IntN(1<<r.IntN(32))))
	}
	run := make([]uint32, 1000)
	for i := range run {
		run[i] = uint32(i) + 40
	}
	cases = append(cases, run)
	for _, want := range cases {
		l := packed(want)
		if got := l.all(); !slices.Equal(got, want) || l.n != len(want) {
			t.Fatalf("round trip of %d positions: got %d (n %d)\n got %v\nwant %v", len(want), len(got), l.n, got, want)
		}
		// One block alone, as a query decodes it.
		if len(want) > 0 {
			blk := want[:min(len(want), blockMax+1)]
			if got := decodeBlock(nil, blk[0], encodeBlock(nil, blk)); !slices.Equal(got, blk) {
				t.Fatalf("block: got %v, want %v", got, blk)
			}
		}
	}
}

// Edits (appends, inserts that split blocks, deletes that empty them)
// against a plain set, and spans against slicing it.
func TestPlistEdits(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 100 {
		limit := 50 + r.IntN(5000)
		var l plist
		set := map[uint32]bool{}
		if round%2 == 0 { // start from a packed list, as after Build
			init := randomList(r, r.IntN(2000), limit)
			l.set(init)
			for _, p := range init {
				set[p] = true
			}
		}
		for range r.IntN(3000) {
			p := uint32(r.IntN(limit))
			switch r.IntN(4) {
			case 0:
				l.del(p)
				delete(set, p)
			case 1: // appends, the common case
				p += uint32(limit)
				limit++
				fallthrough
			default:
				l.add(p)
				set[p] = true
			}
		}
		if round%3 == 0 {
			l.seal()
		}
		want := slices.Sorted(func(yield func(uint32) bool) {
			for p := range set {
				if !yield(p) {
					return
				}
			}
		})
		if got := l.all(); !slices.Equal(got, want) || l.n != len(want) {
			t.Fatalf("round %d: after edits %d positions (n %d), want %d", round, len(got), l.n, len(want))
		}
		for range 20 {
			lo := uint32(r.IntN(limit + 1))
			hi := lo + uint32(r.IntN(limit+1))
			a, _ := slices.BinarySearch(want, lo)
			b, _ := slices.BinarySearch(want, hi)
			s := cut(&l, lo, hi)
			if got := s.decode(nil); !slices.Equal(got, want[a:b]) {
				t.Fatalf("decode [%d, %d): got %v, want %v", lo, hi, got, want[a:b])
			}
			var probe []uint32
			for _, p := range randomList(r, r.IntN(300), limit) {
				if p >= lo && p < hi {
					probe = append(probe, p)
				}
			}
			var exp []uint32
			for _, p := range probe {
				if set[p] {
					exp = append(exp, p)
				}
			}
			if got := s.intersect(nil, probe); !slices.Equal(got, exp) {
				t.Fatalf("intersect [%d, %d): got %v, want %v", lo, hi, got, exp)
			}
			if got := s.intersect(probe[:0], probe); !slices.Equal(got, exp) {
				t.Fatalf("in-place intersect: got %v, want %v", got, exp)
			}
		}
	}
}

// FuzzPlist: any positions, added and removed in any order, come back as
// the set they make; and the decoder, given any bytes, never reads past
// them or panics.
func FuzzPlist(f *testing.F) {
	f.Add([]byte{1, 2, 3, 255, 255, 255, 255, 0, 0, 0, 0}, uint32(0))
	f.Add([]byte{0}, uint32(1<<31))
	f.Fuzz(func(t *testing.T, b []byte, first uint32) {
		_ = decodeBlock(nil, first, b)
		var l plist
		set := map[uint32]bool{}
		for i := 0; i+4 < len(b); i += 5 {
			p := uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
			if sh := b[i+4] % 33; sh < 32 { // 32: any position
				p %= 1 << sh
			}
			if b[i+4]&0x80 != 0 {
				l.del(p)
				delete(set, p)
			} else {
				l.add(p)
				set[p] = true
			}
		}
		want := make([]uint32, 0, len(set))
		for p := range set {
			want = append(want, p)
		}
		slices.Sort(want)
		if got := l.all(); !slices.Equal(got, want) || l.n != len(want) {
			t.Fatalf("got %v (n %d), want %v", got, l.n, want)
		}
		l.seal()
		if got := packed(want).all(); !slices.Equal(got, want) {
			t.Fatalf("packed: got %v, want %v", got, want)
		}
	})
}

// mergeFlags against a plain union.
func TestMergeFlags(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 200 {
		a := randomList(r, r.IntN(50), 500)
		b := randomList(r, r.IntN(2000), 3000)
		inA, inB := map[uint32]bool{}, map[uint32]bool{}
		for _, x := range a {
			inA[x] = true
		}
		for _, x := range b {
			inB[x] = true
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
	}
}
