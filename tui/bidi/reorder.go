package bidi

// Order returns, for each visual position from left to right, the
// logical index of the rune shown there (L2). Removed runes take the
// level of the rune before them (or the paragraph level) and so stay
// beside it.
func Order(levels []int8, para int8) []int {
	n := len(levels)
	lv := make([]int8, n)
	prev := para
	var hi, lowOdd int8 = 0, 127
	for i, l := range levels {
		if l == Removed {
			l = prev
		}
		lv[i], prev = l, l
		hi = max(hi, l)
		if l%2 == 1 {
			lowOdd = min(lowOdd, l)
		}
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	for level := hi; level >= lowOdd && level > 0; level-- {
		for i := 0; i < n; {
			if lv[order[i]] < level {
				i++
				continue
			}
			j := i
			for j < n && lv[order[j]] >= level {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				order[a], order[b] = order[b], order[a]
			}
			i = j
		}
	}
	return order
}
