package search

import "slices"

// Postings are sorted, duplicate-free []uint32 slot positions: 4 bytes per
// occurrence, intersected by galloping merge.

// postings maps a gram to its list with one map lookup per update; the
// lists live in a slice so an update writes no map entry.
type postings struct {
	at    map[uint64]uint32
	lists [][]uint32
}

func newPostings() postings { return postings{at: make(map[uint64]uint32)} }

func (ps *postings) list(k uint64) []uint32 {
	if i, ok := ps.at[k]; ok {
		return ps.lists[i]
	}
	return nil
}

func (ps *postings) add(k uint64, p uint32) {
	i, ok := ps.at[k]
	if !ok {
		i = uint32(len(ps.lists))
		ps.at[k] = i
		ps.lists = append(ps.lists, nil)
	}
	ps.lists[i] = addPos(ps.lists[i], p)
}

// del removes p under k. An emptied list keeps its key: grams are few.
func (ps *postings) del(k uint64, p uint32) {
	if i, ok := ps.at[k]; ok {
		ps.lists[i] = delPos(ps.lists[i], p)
	}
}

// addPos adds p to the list. New entries take the highest position, so the
// common case is an append.
func addPos(l []uint32, p uint32) []uint32 {
	if n := len(l); n == 0 || l[n-1] < p {
		return append(l, p)
	}
	i, found := slices.BinarySearch(l, p)
	if found {
		return l
	}
	return slices.Insert(l, i, p)
}

// delPos removes p from the list.
func delPos(l []uint32, p uint32) []uint32 {
	i, found := slices.BinarySearch(l, p)
	if !found {
		return l
	}
	return slices.Delete(l, i, i+1)
}

// intersect appends to dst the positions in both a and b; a should be the
// shorter. Lists of like size are merged; a much longer b is galloped
// through, so the cost follows len(a)·log(len(b)/len(a)), not len(b).
func intersect(dst, a, b []uint32) []uint32 {
	if len(b) <= 8*len(a) {
		i, j := 0, 0
		for i < len(a) && j < len(b) {
			switch x, y := a[i], b[j]; {
			case x < y:
				i++
			case x > y:
				j++
			default:
				dst = append(dst, x)
				i++
				j++
			}
		}
		return dst
	}
	j := 0
	for _, x := range a {
		if j >= len(b) {
			break
		}
		if b[j] < x {
			// Gallop: find a window [lo, hi) with b[lo] < x <= b[hi].
			lo, step := j, 1
			hi := j + step
			for hi < len(b) && b[hi] < x {
				lo = hi
				step <<= 1
				hi = lo + step
			}
			if hi > len(b) {
				hi = len(b)
			}
			k, _ := slices.BinarySearch(b[lo+1:hi], x)
			j = lo + 1 + k
			if j >= len(b) {
				break
			}
		}
		if b[j] == x {
			dst = append(dst, x)
			j++
		}
	}
	return dst
}
