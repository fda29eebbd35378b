package pprl

import (
	"cmp"
	"math"
	"slices"

	"github.com/parvande/parvande/domain/match"
)

// find returns the slots holding key k (a key as appendKeys makes it).
func (x *Index) find(k uint64) []uint32 {
	k >>= slotBits
	i, ok := slices.BinarySearch(x.keys, k)
	if !ok {
		return nil
	}
	return x.slots[x.start[i]:x.start[i+1]]
}

// Lookup answers "is this person served elsewhere?" for an encoded record:
// the files at "possible" or above, best first, at most limit (≤ 0: all).
// A stored record with e's ID is left out. Blocks are visited smallest
// first and at most LookupBudget records compared, as in the engine.
func (x *Index) Lookup(e Encoded, limit int) []Candidate {
	if x.sc == nil {
		return nil
	}
	q := x.queryView(&e)
	keys := appendKeys(make([]uint64, 0, 24), &q)
	blocks := make([][]uint32, 0, len(keys))
	for _, k := range keys {
		if m := x.find(k); len(m) > 0 {
			blocks = append(blocks, m)
		}
	}
	slices.SortStableFunc(blocks, func(a, b []uint32) int { return cmp.Compare(len(a), len(b)) })
	floor := x.sc.Floor(match.BandPossible)
	total := 0
	for _, blk := range blocks {
		total += len(blk)
	}
	seen := newSlotSet(min(total, LookupBudget))
	budget := LookupBudget
	var out []Candidate
	var v view
	var ev match.Evidence
	for _, blk := range blocks {
		for _, slot := range blk {
			if budget == 0 {
				break
			}
			if !seen.add(slot) {
				continue
			}
			budget--
			x.view(slot, &v)
			// Integers first: most candidates of a common name's block
			// differ in birth or national code and cannot reach the floor
			// whatever their names say. Then the names (a small table,
			// mostly in cache), then the address (a read far away).
			ev = match.Evidence{}
			compareCheap(&q, &v, x, &ev)
			if x.sc.Bound(&ev, &dearFields) < floor {
				continue
			}
			// The query's own file (an edit of it) is left out here, among
			// the few that pass, not by reading every candidate's ID; it
			// gives back the budget it took unless it was pruned above.
			if e.ID != 0 && x.ids[slot] == e.ID {
				budget++
				continue
			}
			compareNameFields(&q, &v, &ev)
			if !ev.Swapped && x.sc.Bound(&ev, &addressField) < floor {
				continue
			}
			compareAddress(&q, &v, &ev)
			res, ok := x.sc.Score(&ev, floor)
			if !ok {
				continue
			}
			out = append(out, Candidate{ID: x.ids[slot], Center: x.centers[slot], Result: res})
		}
	}
	slices.SortFunc(out, func(a, b Candidate) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID))
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// Compare scores a against b with the index's weights and term
// frequencies; Compare(a, b) and Compare(b, a) agree.
func (x *Index) Compare(a, b Encoded) match.Result {
	va, vb := x.queryView(&a), x.queryView(&b)
	var ev match.Evidence
	compare(&va, &vb, x, &ev)
	r, _ := x.sc.Score(&ev, math.Inf(-1))
	return r
}

// Compare scores two encoded records with w and no term frequencies (as
// the engine's NewScorer(w, nil)).
func Compare(w match.Weights, a, b Encoded) match.Result {
	return NewIndex(w, KeyID{}, DefaultParams(), nil).Compare(a, b)
}
