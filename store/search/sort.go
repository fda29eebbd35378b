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

// byName compares the cached collation keys: the 16-byte head held in
// meta (eight letters) settles almost every comparison without touching the
// slot.
func (ix *Index) byName(a, b uint32) int {
	ma, mb := &ix.meta[a], &ix.meta[b]
	if c := cmp.Compare(ma.keyHead[0], mb.keyHead[0]); c != 0 {
		return c
	}
	if c := cmp.Compare(ma.keyHead[1], mb.keyHead[1]); c != 0 {
		return c
	}
	sa, sb := &ix.slots[a], &ix.slots[b]
	if c := strings.Compare(sa.get(fKey), sb.get(fKey)); c != 0 {
		return c
	}
	if c := strings.Compare(sa.get(fName), sb.get(fName)); c != 0 {
		return c
	}
	switch {
	case sa.id < sb.id:
		return -1
	case sa.id > sb.id:
		return 1
	}
	return 0
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
			if a.pre != b.pre {
				return a.pre > b.pre
			}
			return ix.byName(a.p, b.p) < 0
		}
	}
	return func(a, b cand) bool { return ix.byName(a.p, b.p) < 0 }
}
