package match

// jaroWinkler returns the Jaro–Winkler similarity of a and b in [0, 1].
// Names are short (a few dozen runes at most), so the matched flags live on
// the stack. The result is symmetric: the pair is put in a canonical order
// first, because greedy Jaro matching can differ by direction on rare inputs
// and score(a,b) must equal score(b,a).
func jaroWinkler(a, b []rune) float64 {
	if runesLess(b, a) {
		a, b = b, a
	}
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		if la == lb {
			return 1
		}
		return 0
	}
	if la > 64 || lb > 64 {
		a, b = a[:min(la, 64)], b[:min(lb, 64)]
		la, lb = len(a), len(b)
	}
	window := max(la, lb)/2 - 1
	if window < 0 {
		window = 0
	}
	var ma, mb [64]bool
	m := 0
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-window), min(lb, i+window+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && a[i] == b[j] {
				ma[i], mb[j] = true, true
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	t, j := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if a[i] != b[j] {
			t++
		}
		j++
	}
	fm := float64(m)
	jaro := (fm/float64(la) + fm/float64(lb) + (fm-float64(t)/2)/fm) / 3
	prefix := 0
	for prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix] {
		prefix++
	}
	return jaro + float64(prefix)*0.1*(1-jaro)
}

func runesLess(a, b []rune) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}
