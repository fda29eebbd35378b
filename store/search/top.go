package search

import "slices"

// cand is an entry on its way to a page.
type cand struct {
	p     uint32
	score int   // the Score rank will give (fuzzy's, computed by fuzzyScore)
	field uint8 // which field matched, see fieldNames
}

// top keeps the k best candidates seen, so a page of 50 out of a million
// costs one comparison per entry instead of a full sort.
type top struct {
	k      int
	h      []cand // heap: the worst kept candidate at h[0]
	before func(a, b cand) bool
}

// full reports whether k candidates are kept, so that h[0] is the bar.
func (t *top) full() bool { return t.k > 0 && len(t.h) == t.k }

func (t *top) offer(c cand) {
	if t.k <= 0 {
		return
	}
	if len(t.h) < t.k {
		t.h = append(t.h, c)
		for i := len(t.h) - 1; i > 0; {
			p := (i - 1) / 2
			if !t.before(t.h[p], t.h[i]) {
				break
			}
			t.h[p], t.h[i] = t.h[i], t.h[p]
			i = p
		}
		return
	}
	if !t.before(c, t.h[0]) {
		return
	}
	t.h[0] = c
	for i := 0; ; {
		w, l, r := i, 2*i+1, 2*i+2
		if l < len(t.h) && t.before(t.h[w], t.h[l]) {
			w = l
		}
		if r < len(t.h) && t.before(t.h[w], t.h[r]) {
			w = r
		}
		if w == i {
			break
		}
		t.h[i], t.h[w] = t.h[w], t.h[i]
		i = w
	}
}

// sorted returns the kept candidates best first.
func (t *top) sorted() []cand {
	slices.SortFunc(t.h, func(a, b cand) int {
		switch {
		case t.before(a, b):
			return -1
		case t.before(b, a):
			return 1
		}
		return 0
	})
	return t.h
}
