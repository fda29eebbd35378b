package search

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// fuzzyScore is sahilm/fuzzy v0.1.3's score of pattern against s, computed
// without allocating: Search runs it on every candidate that may still
// make the page, to choose exactly the ones rank hands to fuzzy itself.
// It follows fuzzy.FindFromIterNoSort step by step (greedy choice of each
// pattern rune's position, adjacency bonuses that compound, a penalty for
// the leading bytes and one per unmatched byte); TestFuzzyScore holds the
// two together. first is the byte offset where the first rune matched.
func fuzzyScore(pattern []rune, s []byte) (score, first int, ok bool) {
	if len(pattern) == 0 {
		return 0, -1, false
	}
	if i := bytes.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	var (
		pi, matched        int
		best, at           = -1, -1
		adjacent           int
		last               rune
		lastIndex, lastHit int
	)
	first = -1
	nextc, nextSize := utf8.DecodeRune(s)
	for j := 0; j < len(s) && pi < len(pattern); {
		c, size := nextc, nextSize
		if equalFold(c, pattern[pi]) {
			sc := 0
			if j == 0 {
				sc += 10
			}
			if cased(last) && cased(c) && unicode.IsLower(last) && unicode.IsUpper(c) {
				sc += 20
			}
			if j != 0 && isSeparator(last) {
				sc += 20
			}
			if matched > 0 {
				bonus := 0
				if lastHit == lastIndex {
					bonus = adjacent*2 + 5
				}
				sc += bonus
				adjacent += bonus
			}
			if sc > best {
				best, at = sc, j
			}
		}
		var nextp rune
		if pi < len(pattern)-1 {
			nextp = pattern[pi+1]
		}
		if j+size < len(s) {
			nextc, nextSize = utf8.DecodeRune(s[j+size:])
		} else {
			nextc, nextSize = 0, 0
		}
		if (equalFold(nextp, nextc) || nextc == 0) && at > -1 {
			if matched == 0 {
				best += max(at*-5, -15)
				first = at
			}
			score += best
			lastHit = at
			matched++
			best = -1
			pi++
		}
		lastIndex = j
		last = c
		j += size
	}
	score += matched - len(s)
	return score, first, matched == len(pattern)
}

// cased is false for runes of scripts without case (Arabic, digits), so
// the per-rune case tests skip Unicode's tables for Persian text.
func cased(r rune) bool {
	return r >= 'A' && !(r >= 0x0600 && r <= 0x06FF) && !(r >= '0' && r <= '9')
}

// equalFold and isSeparator are fuzzy's own, with a shortcut for caseless
// runes (which fold only to themselves).
func equalFold(tr, sr rune) bool {
	if tr == sr {
		return true
	}
	if !cased(tr) || !cased(sr) {
		return false
	}
	if tr < sr {
		tr, sr = sr, tr
	}
	if tr < utf8.RuneSelf {
		return 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A'
	}
	r := unicode.SimpleFold(sr)
	for r != sr && r < tr {
		r = unicode.SimpleFold(r)
	}
	return r == tr
}

func isSeparator(r rune) bool {
	switch r {
	case '/', '-', '_', ' ', '.', '\\':
		return true
	}
	return false
}
