package match

import (
	"cmp"
	"slices"

	"github.com/parvande/parvande/domain"
)

// merge folds the pending pairs and the removals into base, keeping slots:
// the cheap path for the records a running system adds.
func (x *Index) merge() {
	sortPairs(x.pendK, x.pendS)
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
	sortPairs(keys, order)
	perm := make([]uint32, n)
	for i := range perm {
		perm[i] = noSlot
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

	x.base = renumberPostings(&x.base, x.pendK, x.pendS, perm)
	x.recs, x.ids, x.centers, x.arena = recs, ids, centers, slices.Clip(arena)
	x.merged()
}

// renumberPostings builds postings anew from base's pairs and the pending
// ones, each slot s given its new number perm[s] (noSlot: removed). The
// pairs are read in the order they lie and scattered straight into their
// directory buckets; each bucket (some sixteen pairs) is then put in key
// and slot order on its own. One sequential read and one scatter, where a
// reordering and three radix passes had been most of a million-record
// build.
func renumberPostings(base *postings, pendK []uint64, pendS []uint32, perm []uint32) postings {
	end := make([]uint32, dirSize+1) // where each bucket's next pair goes
	for i, k := range base.keys {
		for _, s := range base.block(i) {
			if perm[s] != noSlot {
				end[bucket(k)+1]++
			}
		}
	}
	for j, k := range pendK {
		if perm[pendS[j]] != noSlot {
			end[bucket(k)+1]++
		}
	}
	for b := 0; b < dirSize; b++ {
		end[b+1] += end[b]
	}
	n := end[dirSize]
	pk := make([]uint64, n)
	ps := make([]uint32, n)
	put := func(k uint64, s uint32) {
		b := bucket(k)
		p := end[b]
		pk[p], ps[p] = k, s
		end[b] = p + 1
	}
	for i, k := range base.keys {
		for _, s := range base.block(i) {
			if s := perm[s]; s != noSlot {
				put(k, s)
			}
		}
	}
	for j, k := range pendK {
		if s := perm[pendS[j]]; s != noSlot {
			put(k, s)
		}
	}
	lo := uint32(0) // end[b] is now where bucket b ends
	var scratch []keySlot
	for _, hi := range end[:dirSize] {
		if hi-lo > 1 {
			sortBucket(pk[lo:hi], ps[lo:hi], &scratch)
		}
		lo = hi
	}
	return buildPostings(pk, ps)
}

// sortBucket sorts a bucket's pairs by key, then slot. A bucket holds some
// sixteen pairs, sorted by insertion; but the pairs of a key shared by
// thousands of records (the commonest names) all fall in one bucket, in no
// order of slot, and those are sorted by key and then each key's slots.
func sortBucket(keys []uint64, slots []uint32, scratch *[]keySlot) {
	if len(keys) > 48 {
		sortLargeBucket(keys, slots, scratch)
		return
	}
	for i := 1; i < len(keys); i++ {
		k, s := keys[i], slots[i]
		j := i
		for j > 0 && (keys[j-1] > k || keys[j-1] == k && slots[j-1] > s) {
			keys[j], slots[j] = keys[j-1], slots[j-1]
			j--
		}
		keys[j], slots[j] = k, s
	}
}

type keySlot struct {
	k uint64
	s uint32
}

func sortLargeBucket(keys []uint64, slots []uint32, scratch *[]keySlot) {
	ps := (*scratch)[:0]
	for i, k := range keys {
		ps = append(ps, keySlot{k, slots[i]})
	}
	*scratch = ps
	// By key only: a sort that meets many equal keys does little with them.
	slices.SortFunc(ps, func(a, b keySlot) int { return cmp.Compare(a.k, b.k) })
	for i, p := range ps {
		keys[i], slots[i] = p.k, p.s
	}
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi] == keys[lo] {
			hi++
		}
		slices.Sort(slots[lo:hi])
		lo = hi
	}
}
