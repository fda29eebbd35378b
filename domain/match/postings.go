package match

import (
	"cmp"
	"slices"
)

// postings maps blocking keys to the slots of the records holding them, in
// compressed sparse rows: sorted unique keys, where each key's slots start,
// and the slots themselves (ascending within a key). A directory on the top
// bits of the key narrows every search to a handful of keys. It is built in
// one go from sorted (key, slot) pairs and never changed in place: new
// records wait in the Index's pending list until the next merge.
type postings struct {
	keys    []uint64
	start   []uint32 // len(keys)+1
	members []uint32
	dir     []uint32 // len dirSize+1: index of the first key of each bucket
}

const (
	dirBits = 20
	dirSize = 1 << dirBits
)

// bucket is the kind (4 bits; there are fewer than 16) and the next 16 bits.
func bucket(k uint64) uint32 { return uint32(k>>56)<<16 | uint32(k>>40)&0xffff }

// find returns the slots holding k, or nil.
func (p *postings) find(k uint64) []uint32 {
	if len(p.keys) == 0 {
		return nil
	}
	b := bucket(k)
	lo, hi := p.dir[b], p.dir[b+1]
	for lo < hi {
		m := (lo + hi) / 2
		if p.keys[m] < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if int(lo) < len(p.keys) && p.keys[lo] == k {
		return p.members[p.start[lo]:p.start[lo+1]]
	}
	return nil
}

// block returns the slots of the i-th key.
func (p *postings) block(i int) []uint32 { return p.members[p.start[i]:p.start[i+1]] }

// buildPostings groups pairs sorted by key (and by slot within a key).
func buildPostings(keys []uint64, slots []uint32) postings {
	var p postings
	n := 0
	for i := range keys {
		if i == 0 || keys[i] != keys[i-1] {
			n++
		}
	}
	p.keys = make([]uint64, 0, n)
	p.start = make([]uint32, 0, n+1)
	p.members = slots
	for i := range keys {
		if i == 0 || keys[i] != keys[i-1] {
			p.keys = append(p.keys, keys[i])
			p.start = append(p.start, uint32(i))
		}
	}
	p.start = append(p.start, uint32(len(slots)))
	p.dir = make([]uint32, dirSize+1)
	j := 0
	for b := 0; b <= dirSize; b++ {
		for j < len(p.keys) && int(bucket(p.keys[j])) < b {
			j++
		}
		p.dir[b] = uint32(j)
	}
	return p
}

// mergePostings merges p with extra pairs (sorted by key, slots within a key
// larger than any slot of p: slots are handed out in order) and drops the
// slots dead reports. It returns the merged pairs, sorted, for
// buildPostings.
func mergePostings(p *postings, keys []uint64, slots []uint32, dead func(uint32) bool) ([]uint64, []uint32) {
	outK := make([]uint64, 0, len(p.members)+len(keys))
	outS := make([]uint32, 0, len(p.members)+len(keys))
	i, j := 0, 0
	for i < len(p.keys) || j < len(keys) {
		if j == len(keys) || (i < len(p.keys) && p.keys[i] <= keys[j]) {
			k := p.keys[i]
			for _, s := range p.block(i) {
				if !dead(s) {
					outK, outS = append(outK, k), append(outS, s)
				}
			}
			i++
			continue
		}
		if !dead(slots[j]) {
			outK, outS = append(outK, keys[j]), append(outS, slots[j])
		}
		j++
	}
	return outK, outS
}

// sortPairs sorts keys (and slots alongside) by key with an LSD radix sort
// in 16-bit digits. It is stable, so slots given in ascending order stay
// ascending within a key. A comparison sort of a million pairs takes a
// good part of a second; this a fraction of that.
//
// The lowest digit gets no pass of its own: keys are hashes, so two keys
// that agree in their top 48 bits are almost always one key, and the rare
// run of neighbours that agree there but differ below is put in order
// afterwards (fixLowDigits). That is a quarter of the passes saved.
func sortPairs(keys []uint64, slots []uint32) {
	n := len(keys)
	if n < 2 {
		return
	}
	srcK, srcS, dstK, dstS := keys, slots, make([]uint64, n), make([]uint32, n)
	// All four histograms in one reading.
	var count [4][1 << 16]int
	for _, k := range srcK {
		count[1][k>>16&0xffff]++
		count[2][k>>32&0xffff]++
		count[3][k>>48]++
	}
	for pass := 1; pass < 4; pass++ {
		shift := uint(16 * pass)
		c := &count[pass]
		if c[srcK[0]>>shift&0xffff] == n {
			continue // every key has this digit: nothing to move
		}
		sum := 0
		for d := range c {
			v := c[d]
			c[d] = sum
			sum += v
		}
		for i, k := range srcK {
			d := k >> shift & 0xffff
			dstK[c[d]], dstS[c[d]] = k, srcS[i]
			c[d]++
		}
		srcK, srcS, dstK, dstS = dstK, dstS, srcK, srcS
	}
	if &srcK[0] != &keys[0] {
		copy(keys, srcK)
		copy(slots, srcS)
	}
	fixLowDigits(keys, slots)
}

// fixLowDigits finishes sortPairs: within each run of keys equal in their
// top 48 bits, it sorts by the whole key, stably (slots keep their order
// within a key).
func fixLowDigits(keys []uint64, slots []uint32) {
	const top = ^uint64(0xffff)
	for i := 1; i < len(keys); i++ {
		if keys[i] >= keys[i-1] {
			continue
		}
		// keys[i] belongs before: find the run it is in and sort it.
		lo := i - 1
		for lo > 0 && keys[lo-1]&top == keys[i]&top {
			lo--
		}
		hi := i + 1
		for hi < len(keys) && keys[hi]&top == keys[i]&top {
			hi++
		}
		sortRun(keys[lo:hi], slots[lo:hi])
		i = hi - 1
	}
}

// sortRun sorts a run by key, stably: by insertion when short (the usual
// run is two keys whose hashes agree in 48 bits), else through an order.
func sortRun(keys []uint64, slots []uint32) {
	if len(keys) > 64 {
		idx := make([]int, len(keys))
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(keys[a], keys[b]) })
		k2, s2 := slices.Clone(keys), slices.Clone(slots)
		for i, j := range idx {
			keys[i], slots[i] = k2[j], s2[j]
		}
		return
	}
	for i := 1; i < len(keys); i++ {
		k, s := keys[i], slots[i]
		j := i
		for j > 0 && keys[j-1] > k {
			keys[j], slots[j] = keys[j-1], slots[j-1]
			j--
		}
		keys[j], slots[j] = k, s
	}
}
