package match

import (
	"math"
	"slices"

	"github.com/parvande/parvande/domain"
)

// merge folds the pending pairs and the removals into base, keeping slots:
// the cheap path for the records a running system adds.
func (x *Index) merge() {
	sortPairs(x.pendK, x.pendS, false)
	dead := func(s uint32) bool { return !x.recs[s].alive }
	k, s := mergePostings(&x.base, x.pendK, x.pendS, dead)
	x.base = buildPostings(k, s)
	for i := range x.recs {
		if x.recs[i].alive {
			x.tf.partition(&x.recs[i], x.arena)
		}
	}
	x.merged()
}

// merged resets the pending state after merge or rebuild.
func (x *Index) merged() {
	x.pendK, x.pendS = nil, nil // a bulk load's buffers are large: let them go
	x.pendMap = make(map[uint64][]uint32)
	x.scanBlocks, x.scanStart = nil, nil
	x.tf.mobilesMerged()
	x.warm = true
	x.dead = 0
	x.scanReady = false
	// Merge again once the pending pairs reach an eighth of the base: a
	// lookup reads them through a map, so they may grow, but a merge costs
	// the whole base.
	x.mergeTrigger = max(1<<14, len(x.base.members)/8)
}

// rebuild drops removed records and renumbers the rest so that records
// with the same surname, then first name, then birth year, sit in
// neighbouring slots, and sorts every key again. Most blocks are made of
// names, so the records a scan compares are then next to each other in
// memory: on a million records that takes the scan from some 11 s of CPU
// to some 4 (the record read is most of what a pair costs).
func (x *Index) rebuild() {
	n := len(x.recs)
	order := make([]uint32, 0, x.live)
	keys := make([]uint64, 0, x.live)
	for s := range x.recs {
		r := &x.recs[s]
		if !r.alive {
			continue
		}
		var kl, kf uint64
		if r.last != nil {
			kl = uint64(r.last.stemHash)
		}
		if r.first != nil {
			kf = uint64(r.first.hash)
		}
		y := uint64(r.birth >> 9)
		keys = append(keys, kl<<40|(kf&0xffffff)<<16|y)
		order = append(order, uint32(s))
	}
	sortPairs(keys, order, false)
	perm := make([]uint32, n)
	for i := range perm {
		perm[i] = math.MaxUint32
	}
	recs := make([]rec, len(order))
	ids := make([]domain.ID, len(order))
	centers := make([]domain.CenterID, len(order))
	arena := make([]uint32, 0, len(x.arena))
	for i, old := range order {
		perm[old] = uint32(i)
		r := x.recs[old]
		toks := x.arena[r.addrOff : r.addrOff+uint32(r.addrLen)]
		r.addrOff = uint32(len(arena))
		arena = append(arena, toks...)
		recs[i], ids[i], centers[i] = r, x.ids[old], x.centers[old]
	}
	x.byID.renumber(perm)
	for i := range recs {
		x.tf.partition(&recs[i], arena)
	}

	if len(x.base.keys) == 0 && slices.IsSorted(x.pendS) {
		x.base = firstPostings(x.pendK, x.pendS, order, n)
		x.recs, x.ids, x.centers, x.arena = recs, ids, centers, slices.Clip(arena)
		x.merged()
		return
	}
	pk := make([]uint64, 0, len(x.base.members)+len(x.pendK))
	ps := make([]uint32, 0, cap(pk))
	for i, k := range x.base.keys {
		for _, s := range x.base.block(i) {
			if p := perm[s]; p != math.MaxUint32 {
				pk, ps = append(pk, k), append(ps, p)
			}
		}
	}
	for i, k := range x.pendK {
		if p := perm[x.pendS[i]]; p != math.MaxUint32 {
			pk, ps = append(pk, k), append(ps, p)
		}
	}
	sortPairs(pk, ps, true)
	x.base = buildPostings(pk, ps)
	x.recs, x.ids, x.centers, x.arena = recs, ids, centers, slices.Clip(arena)
	x.merged()
}

// firstPostings builds the postings of a first build, when every pair is
// pending in old-slot order (a record's keys are appended when it is
// added). The pairs are read out in new-slot order and scattered straight
// into their directory buckets, which keeps slots ascending within a key;
// each bucket (some sixteen pairs) is then put in key order on its own.
// One pass over the pairs instead of a reordering and three radix passes:
// on a million records that is most of the build. order[i] is the old
// slot of new slot i.
func firstPostings(keys []uint64, slots []uint32, order []uint32, n int) postings {
	at := make([]uint32, n+1) // pairs of old slot s: keys[at[s]:at[s+1]]
	for _, s := range slots {
		at[s+1]++
	}
	for s := 0; s < n; s++ {
		at[s+1] += at[s]
	}
	end := make([]uint32, dirSize+1) // where each bucket's next pair goes
	for _, k := range keys {
		end[bucket(k)+1]++
	}
	for b := 0; b < dirSize; b++ {
		end[b+1] += end[b]
	}
	pk := make([]uint64, len(keys))
	ps := make([]uint32, len(keys))
	for i, old := range order {
		for _, k := range keys[at[old]:at[old+1]] {
			b := bucket(k)
			p := end[b]
			pk[p], ps[p] = k, uint32(i)
			end[b] = p + 1
		}
	}
	lo := uint32(0)
	for _, hi := range end[:dirSize] {
		if hi-lo > 1 {
			sortRun(pk[lo:hi], ps[lo:hi])
		}
		lo = hi
	}
	return buildPostings(pk, ps)
}
