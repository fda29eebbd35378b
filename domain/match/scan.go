package match

import (
	"cmp"
	"slices"
	"time"

	"github.com/parvande/parvande/domain"
)

// DroppedKeys counts the keys of one kind left out of a scan because more
// records than the block cap share each: "3 mobile keys dropped: shared by
// >200 files".
type DroppedKeys struct {
	Kind    KeyKind
	Keys    int // distinct keys dropped
	Records int // records under them, counted once per key
	Largest int // the most records sharing one of them
	Cap     int // the cap they exceeded
}

// Report says what a scan did.
type Report struct {
	Records    int           // records scanned
	Keys       int           // distinct blocking keys
	Blocks     int           // keys shared by 2..cap records: the blocks compared within
	Dropped    []DroppedKeys // keys over the cap, by kind
	Candidates int           // distinct pairs compared
	Pairs      int           // pairs at "possible" or above
	Households []Household   // same household, not the same person
	Build      time.Duration // building the index before the scan (0 if it was ready)
	Scan       time.Duration // the scan itself
}

// buildScan lists, for every slot, the blocks it is compared within:
// base keys shared by 2..BlockCap records. Keys above the cap are counted.
// A slot's entry for a block points at the members after it, and the last
// member gets none: a scan compares each pair from its lower slot, and
// need not read a block the slot is last in.
func (x *Index) buildScan() {
	if x.scanReady {
		return
	}
	p := &x.base
	n := len(x.recs)
	x.dropped = [numKeyKinds]DroppedKeys{}
	start := make([]uint32, n+1)
	for i := range p.keys {
		size := int(p.start[i+1] - p.start[i])
		if size < 2 {
			continue
		}
		if size > x.capOf(p.keys[i]) {
			d := &x.dropped[Key(p.keys[i]).Kind()]
			d.Keys++
			d.Records += size
			d.Largest = max(d.Largest, size)
			continue
		}
		for _, s := range p.block(i)[:size-1] {
			start[s+1]++
		}
	}
	for s := 0; s < n; s++ {
		start[s+1] += start[s]
	}
	blocks := make([]scanBlock, start[n])
	fill := slices.Clone(start[:n])
	for i := range p.keys {
		size := int(p.start[i+1] - p.start[i])
		if size < 2 || size > x.capOf(p.keys[i]) {
			continue
		}
		var home scanBlock
		if Key(p.keys[i]).Kind() <= KeyAddress {
			home = homeBlock
		}
		for j, s := range p.block(i)[:size-1] {
			blocks[fill[s]] = scanBlock(p.start[i]+uint32(j)+1) | scanBlock(size-1-j)<<32 | home
			fill[s]++
		}
	}
	x.scanBlocks, x.scanStart = blocks, start
	x.scanReady = true
}

// scanBlock is a slot's place in a block as a scan reads it: where the
// members after the slot start, how many there are (bits 32–47) and
// homeBlock.
type scanBlock uint64

// homeBlock marks a block of identifiers, phone or address.
const homeBlock scanBlock = 1 << 48

// members are the members of a block after the slot whose entry b is, in
// ascending order.
func (x *Index) members(b scanBlock) []uint32 {
	s := uint32(b)
	return x.base.members[s : s+uint32(b>>32&0xffff)]
}

// capOf is the block cap of a key's kind.
func (x *Index) capOf(k uint64) int {
	if Key(k).Kind().coarse() {
		return x.opt.NameBlockCap
	}
	return x.opt.BlockCap
}

// readyForScan merges pending records and lists blocks, under the write
// lock, and returns holding the read lock with everything in place.
func (x *Index) readyForScan() time.Duration {
	var built time.Duration
	for {
		x.mu.RLock()
		if len(x.pendK) == 0 && x.dead == 0 && x.scanReady {
			return built
		}
		x.mu.RUnlock()
		x.mu.Lock()
		t0 := time.Now()
		switch {
		case !x.warm || len(x.pendK)+x.dead > len(x.base.members)/8:
			x.rebuild()
		case len(x.pendK) > 0 || x.dead > 0:
			x.merge()
		}
		x.buildScan()
		built += time.Since(t0)
		x.mu.Unlock()
	}
}

// Scan compares every pair of records that share a blocking key and returns
// the pairs at "possible" or above, sorted by file IDs (A < B), with a
// report that also carries the household findings. progress, if not nil,
// is called now and then with the records done and the total. The result
// depends only on the records and weights, not on the order of adds.
func (x *Index) Scan(progress func(done, total int)) ([]Pair, Report) {
	built := x.readyForScan()
	pairs, rep := x.scan(progress)
	rep.Build = built
	x.mu.RUnlock()
	x.mu.Lock()
	x.scanBlocks, x.scanStart, x.scanReady = nil, nil, false
	x.mu.Unlock()
	return pairs, rep
}

// scan runs under the read lock with the blocks listed.
func (x *Index) scan(progress func(done, total int)) ([]Pair, Report) {
	t0 := time.Now()
	s := newScorer(x.w, x.tf)
	floor := s.cut[BandPossible]
	n := len(x.recs)
	rep := Report{Records: x.live, Keys: len(x.base.keys)}
	for k := range x.dropped {
		if d := x.dropped[k]; d.Keys > 0 {
			d.Kind, d.Cap = KeyKind(k), x.capOf(uint64(k)<<56)
			rep.Dropped = append(rep.Dropped, d)
		}
	}
	seen := make([]uint32, n) // seen[y] == a+1: pair (a, y) already compared
	var pairs []Pair
	var va, vb view
	var c comparison
	var cand []uint32 // the slots a is compared with; candHome: bit set
	var got []rec     // their records, copied
	var aAdj adjusts
	for a := 0; a < n; a++ {
		if progress != nil && a%8192 == 0 {
			progress(a, n)
		}
		if !x.recs[a].alive {
			continue
		}
		cand = x.candidates(uint32(a), seen, cand[:0])
		if len(cand) == 0 {
			continue
		}
		// The records are copied in a loop of their own: the loads do not
		// wait on each other or on a comparison's branches, so the
		// processor fetches many at once. Most candidates sit far apart in
		// memory, and one read at a time, each waiting on the last
		// comparison, was most of a scan's time.
		got = slices.Grow(got[:0], len(cand))[:len(cand)]
		for i, b := range cand {
			got[i] = x.recs[b&^candHome]
		}
		x.view(uint32(a), &va)
		va.adj = s.exactAdjusts(&va, &aAdj)
		for i, b := range cand {
			home := b&candHome != 0
			b &^= candHome
			rep.Candidates++
			x.viewOf(&got[i], &vb)
			score, ok := s.compare(&va, &vb, floor, &c)
			if ok && score >= floor {
				pairs = append(pairs, x.pair(uint32(a), b, s.result(&va, &vb, &c, score)))
				continue
			}
			if !home {
				continue
			}
			if h, ok := s.household(&va, &vb, &c); ok {
				h.A, h.B = orderIDs(x.ids[a], x.ids[b])
				rep.Households = append(rep.Households, h)
			}
		}
	}
	if progress != nil {
		progress(n, n)
	}
	rep.Blocks = x.blockCount()
	pairs = sortedByIDs(pairs, func(p *Pair) (domain.ID, domain.ID) { return p.A, p.B })
	rep.Households = sortedByIDs(rep.Households, func(h *Household) (domain.ID, domain.ID) { return h.A, h.B })
	rep.Pairs = len(pairs)
	rep.Scan = time.Since(t0)
	return pairs, rep
}

// candHome marks a candidate first met in a block of identifiers, phone or
// address (homeBlock): only those are tested for a household.
const candHome = 1 << 31

// candidates appends to cand the slots after a that share a block with it,
// each once (seen marks them), with candHome set where the first block was
// a home block.
func (x *Index) candidates(a uint32, seen []uint32, cand []uint32) []uint32 {
	mark := a + 1
	for _, blk := range x.scanBlocks[x.scanStart[a]:x.scanStart[a+1]] {
		// Households share a phone or an address. A slot's blocks are in
		// key order, kind first, so a pair sharing either key is first
		// met in such a block; pairs met only through names are not
		// tested, which would cost an address comparison for most of the
		// scan's pairs.
		home := uint32(0)
		if blk&homeBlock != 0 {
			home = candHome
		}
		for _, b := range x.members(blk) {
			if seen[b] != mark {
				seen[b] = mark
				cand = append(cand, b|home)
			}
		}
	}
	return cand
}

// sortedByIDs returns xs sorted by their two IDs. The sort moves small
// (IDs, place) entries and each element once, not the elements themselves
// at every step: a scan's pairs are some seventy bytes each.
func sortedByIDs[T any](xs []T, ids func(*T) (domain.ID, domain.ID)) []T {
	type entry struct {
		a, b domain.ID
		i    int
	}
	es := make([]entry, len(xs))
	for i := range xs {
		a, b := ids(&xs[i])
		es[i] = entry{a, b, i}
	}
	slices.SortFunc(es, func(p, q entry) int { return cmp.Or(cmp.Compare(p.a, q.a), cmp.Compare(p.b, q.b)) })
	out := make([]T, len(xs))
	for i, e := range es {
		out[i] = xs[e.i]
	}
	return out
}

// blockCount counts the blocks a scan compares within.
func (x *Index) blockCount() int {
	n := 0
	for i := range x.base.keys {
		if size := int(x.base.start[i+1] - x.base.start[i]); size >= 2 && size <= x.capOf(x.base.keys[i]) {
			n++
		}
	}
	return n
}

// pair orders a result by file ID.
func (x *Index) pair(a, b uint32, r Result) Pair {
	ia, ib := x.ids[a], x.ids[b]
	if ib < ia {
		ia, ib = ib, ia
	}
	return Pair{A: ia, B: ib, Result: r}
}
