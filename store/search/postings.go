package search

import "sort"

// postings maps a gram to its list with one map lookup per update; the
// lists live in a slice so an update writes no map entry.
type postings struct {
	at    map[uint64]uint32
	lists []plist
}

func newPostings() postings { return postings{at: make(map[uint64]uint32)} }

// list is k's list, nil if k has none.
func (ps *postings) list(k uint64) *plist {
	if i, ok := ps.at[k]; ok {
		return &ps.lists[i]
	}
	return nil
}

func (ps *postings) add(k uint64, p uint32) {
	i, ok := ps.at[k]
	if !ok {
		i = uint32(len(ps.lists))
		ps.at[k] = i
		ps.lists = append(ps.lists, plist{})
	}
	ps.lists[i].add(p)
}

// del removes p under k. An emptied list keeps its key: grams are few.
func (ps *postings) del(k uint64, p uint32) {
	if i, ok := ps.at[k]; ok {
		ps.lists[i].del(p)
	}
}

// span is the part of a list within positions lo..hi−1: blocks b0..b1−1,
// the first and last of which may hold positions outside.
type span struct {
	l      *plist
	b0, b1 int
	lo, hi uint32
}

func cut(l *plist, lo, hi uint32) span {
	nb := l.blocks()
	b0 := max(0, sort.Search(nb, func(i int) bool { return l.first(i) > lo })-1)
	b1 := sort.Search(nb, func(i int) bool { return l.first(i) >= hi })
	return span{l: l, b0: b0, b1: max(b0, b1), lo: lo, hi: hi}
}

// decode appends the span's positions to dst.
func (s span) decode(dst []uint32) []uint32 {
	for i := s.b0; i < s.b1; i++ {
		start := len(dst)
		dst = s.l.block(dst, i)
		// Only the end blocks can reach outside lo..hi−1.
		if i == s.b0 || i == s.b1-1 {
			k := start
			for _, p := range dst[start:] {
				if p >= s.lo && p < s.hi {
					dst[k] = p
					k++
				}
			}
			dst = dst[:k]
		}
	}
	return dst
}

// intersect appends to dst the positions of a (ascending, within the
// span's range) that the span holds. dst may be a[:0]: it never gets
// ahead of the reading. Only blocks that may hold a position of a are
// decoded, found through the skip table, so a short a costs
// len(a)·(log(blocks) + a block), not the whole list.
func (s span) intersect(dst, a []uint32) []uint32 {
	if s.b0 >= s.b1 {
		return dst
	}
	var buf [blockMax + 1]uint32
	bi := s.b0
	blk := s.l.block(buf[:0], bi)
	j := 0
	for _, x := range a {
		if bi+1 < s.b1 && s.l.first(bi+1) <= x {
			from := bi + 1
			bi = from + sort.Search(s.b1-from, func(i int) bool { return s.l.first(from+i) > x }) - 1
			blk, j = s.l.block(buf[:0], bi), 0
		}
		for j < len(blk) && blk[j] < x {
			j++
		}
		if j < len(blk) && blk[j] == x {
			dst = append(dst, x)
			j++
		}
	}
	return dst
}
