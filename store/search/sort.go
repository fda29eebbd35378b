package search

import (
	"bytes"
	"cmp"
	"strings"
)

// Sort orders a page.
type Sort uint8

const (
	// Relevance ranks by match score, ties by name; with no query it is
	// ByName.
	Relevance Sort = iota
	// ByName follows Persian collation (پ after ب, چ after ج, گ after ک),
	// not byte order.
	ByName
	// ByLastActivity puts the most recently updated files first.
	ByLastActivity
	// ByNumber orders file numbers by their digits as numbers; files with
	// no number come last.
	ByNumber
)

// byName compares the cached collation keys. The 24-byte heads (twelve
// letters) settles most comparisons without touching the slot;
// equal keys fall back to position, which is insertion order (id order
// after Build) and survives compaction.
func (ix *Index) byName(a, b uint32) int {
	if ka, kb := ix.meta[a].key4, ix.meta[b].key4; ka != kb {
		return cmp.Compare(ka, kb)
	}
	ha, hb := &ix.heads[a], &ix.heads[b]
	for i := range ha {
		if c := cmp.Compare(ha[i], hb[i]); c != 0 {
			return c
		}
	}
	if (ix.meta[a].flags|ix.meta[b].flags)&longKey != 0 {
		// Equal heads: the keys differ, if at all, in their tails.
		if c := strings.Compare(ix.slots[a].get(fKey), ix.slots[b].get(fKey)); c != 0 {
			return c
		}
	}
	return cmp.Compare(a, b)
}

func (ix *Index) byNumber(a, b uint32) int {
	sa, sb := &ix.slots[a], &ix.slots[b]
	na, nb := sa.get(fNumber), sb.get(fNumber)
	if (na == "") != (nb == "") {
		if na == "" {
			return 1
		}
		return -1
	}
	da, db := bytes.TrimLeft(ix.text(a, tNumber), "0"), bytes.TrimLeft(ix.text(b, tNumber), "0")
	if len(da) != len(db) {
		return cmp.Compare(len(da), len(db))
	}
	if c := bytes.Compare(da, db); c != 0 {
		return c
	}
	if c := strings.Compare(na, nb); c != 0 {
		return c
	}
	return ix.byName(a, b)
}

// before returns the page order for s: whether a comes before b.
// Relevance here orders by the estimated score; rank refines it.
func (ix *Index) before(s Sort) func(a, b cand) bool {
	switch s {
	case ByLastActivity:
		return func(a, b cand) bool {
			ua, ub := ix.slots[a.p].updated, ix.slots[b.p].updated
			if ua != ub {
				return ua > ub
			}
			return ix.byName(a.p, b.p) < 0
		}
	case ByNumber:
		return func(a, b cand) bool { return ix.byNumber(a.p, b.p) < 0 }
	case Relevance:
		return func(a, b cand) bool {
			if a.score != b.score {
				return a.score > b.score
			}
			return ix.byName(a.p, b.p) < 0
		}
	}
	return func(a, b cand) bool { return ix.byName(a.p, b.p) < 0 }
}
