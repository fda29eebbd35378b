package match

import (
	"cmp"
	"slices"

	"github.com/parvande/parvande/domain"
)

// Lookup answers "who looks like this person?" for a record being typed or
// just saved: the best matches at "possible" or above, at most limit
// (limit ≤ 0: all), best first. A stored record with r's ID is left out.
// Blocks are visited smallest first and at most Options.LookupBudget
// records are compared, so a query with nothing but a common name still
// answers within a frame.
func (x *Index) Lookup(r Record, limit int) []Match {
	x.readyForLookup()
	defer x.mu.RUnlock()
	s := newScorer(x.w, x.tf)
	q := x.queryView(&r)
	var qAdj adjusts
	q.adj = s.exactAdjusts(&q, &qAdj)
	self, hasSelf := x.byID.get(r.ID)
	hasSelf = hasSelf && r.ID != 0

	keys := appendKeys(make([]Key, 0, 16), &r)
	slices.Sort(keys)
	keys = slices.Compact(keys)
	blocks := make([][]uint32, 0, 2*len(keys))
	for _, k := range keys {
		if m := x.base.find(uint64(k)); len(m) > 0 {
			blocks = append(blocks, m)
		}
		if m := x.pendMap[uint64(k)]; len(m) > 0 {
			blocks = append(blocks, m)
		}
	}
	slices.SortStableFunc(blocks, func(a, b []uint32) int { return cmp.Compare(len(a), len(b)) })

	floor := s.cut[BandPossible]
	seen := make(map[uint32]struct{}, 64)
	var out []Match
	var v view
	budget := x.opt.LookupBudget
	for _, blk := range blocks {
		for _, slot := range blk {
			if budget == 0 {
				break
			}
			if _, dup := seen[slot]; dup || (hasSelf && slot == self) || !x.recs[slot].alive {
				continue
			}
			seen[slot] = struct{}{}
			budget--
			x.view(slot, &v)
			var c comparison
			score, ok := s.compare(&q, &v, floor, &c)
			if !ok || score < floor {
				continue
			}
			out = append(out, Match{ID: x.ids[slot], Center: x.centers[slot], Result: s.result(&q, &v, &c, score)})
		}
	}
	slices.SortFunc(out, func(a, b Match) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID))
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// readyForLookup returns holding the read lock with every record findable:
// merged into base, or pending in pendMap.
func (x *Index) readyForLookup() {
	for {
		x.mu.RLock()
		if x.warm && (len(x.pendK) == 0 || len(x.pendMap) > 0 || len(x.pendK) <= x.mergeTrigger) {
			return
		}
		x.mu.RUnlock()
		x.mu.Lock()
		switch {
		case !x.warm:
			x.rebuild()
		case len(x.pendK) > x.mergeTrigger:
			x.merge()
		}
		x.mu.Unlock()
	}
}

// Compare scores two stored files against each other, for a side-by-side
// review; ok is false when either is not in the index.
func (x *Index) Compare(a, b domain.ID) (r Result, ok bool) {
	x.readyForLookup() // the counts of mobile numbers are in the postings
	defer x.mu.RUnlock()
	sa, okA := x.byID.get(a)
	sb, okB := x.byID.get(b)
	if !okA || !okB {
		return Result{}, false
	}
	s := newScorer(x.w, x.tf)
	var va, vb view
	x.view(sa, &va)
	x.view(sb, &vb)
	var c comparison
	score, _ := s.compare(&va, &vb, negInf, &c)
	return s.result(&va, &vb, &c, score), true
}
