package search

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// Three kinds of postings narrow name queries: trigrams of the compact
// folded name and father's name for queries of three letters or more,
// bigrams for two, and the first letter of each word for one. Digit
// trigrams of the identifiers and the file number serve digit queries.

// Keys of the three kinds share one map without colliding: folded letters
// are never NUL, so a trigram key is ≥ 2^42 > any bigram key ≥ 2^21 > any
// first-letter key.
func key3(a, b, c rune) uint64 { return uint64(a)<<42 | uint64(b)<<21 | uint64(c) }
func key2(a, b rune) uint64    { return uint64(a)<<21 | uint64(b) }
func key1(a rune) uint64       { return uint64(a) }

// quadKey packs a 4-gram of BMP runes (every Persian and Latin letter);
// others are never frequent enough to matter and get no key.
func quadKey(r []rune) (uint64, bool) {
	var k uint64
	for _, c := range r[:4] {
		if c >= 1<<16 {
			return 0, false
		}
		k = k<<16 | uint64(c)
	}
	return k, true
}

// digit4 reads four ASCII digits as 0..9999.
func digit4[T string | []byte](s T) (uint16, bool) {
	if len(s) < 4 {
		return 0, false
	}
	v := uint16(0)
	for i := 0; i < 4; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint16(c-'0')
	}
	return v, true
}

// digitKey maps three ASCII digits to 0..999; ok is false for anything else.
func digitKey[T string | []byte](s T) (int, bool) {
	if len(s) < 3 {
		return 0, false
	}
	k := 0
	for i := 0; i < 3; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		k = k*10 + int(c-'0')
	}
	return k, true
}

// grams collects one entry's keys, deduplicated, so each posting list gets
// the entry once. Reused under the write lock.
type grams struct {
	tri, bi []uint64
	first   []rune
	dig     []uint16
	quad    []uint64 // frequent letter 4-grams only
	dig4    []uint16 // frequent digit 4-grams only: 10000·field + value
	runes   []rune
}

func (g *grams) reset() {
	g.tri, g.bi, g.first, g.dig = g.tri[:0], g.bi[:0], g.first[:0], g.dig[:0]
	g.quad, g.dig4 = g.quad[:0], g.dig4[:0]
}

// text adds the grams of one folded field of p.
func (g *grams) text(ix *Index, p uint32, t tfield) {
	compact := ix.text(p, t)
	r := g.runes[:0]
	for _, c := range string(compact) {
		r = append(r, c)
	}
	g.runes = r
	for i := 0; i+1 < len(r); i++ {
		g.bi = append(g.bi, key2(r[i], r[i+1]))
		if i+2 < len(r) {
			g.tri = append(g.tri, key3(r[i], r[i+1], r[i+2]))
		}
		if i+3 < len(r) && ix.hotQuads != nil {
			if k, ok := quadKey(r[i:]); ok && ix.hotQuads[k] {
				g.quad = append(g.quad, k)
			}
		}
	}
	// First letters of words: the word mask covers the first 64 bytes;
	// a longer name is refolded.
	if len(compact) > 64 {
		for w := range strings.SplitSeq(ix.spaced(p, t), " ") {
			if c, _ := utf8.DecodeRuneInString(w); w != "" {
				g.first = append(g.first, c)
			}
		}
		return
	}
	for m := ix.meta[p].word[t]; m != 0; m &= m - 1 {
		c, _ := utf8.DecodeRune(compact[bits.TrailingZeros64(m):])
		g.first = append(g.first, c)
	}
}

// digits adds the digit trigrams of one identifier, numbered by field so
// that a digit query knows where to look: 1000·field + gram; and its
// frequent 4-grams.
func (g *grams) digits(ix *Index, t tfield, d []byte) {
	f := int(t - tNC)
	for i := 0; i+3 <= len(d); i++ {
		if k, ok := digitKey(d[i:]); ok {
			g.dig = append(g.dig, uint16(f*1000+k))
		}
		if v, ok := digit4(d[i:]); ok && ix.hotDig4[f] != nil {
			if _, hot := ix.hotDig4[f][v]; hot {
				g.dig4 = append(g.dig4, uint16(f*10000)+v)
			}
		}
	}
}

func (g *grams) dedupe() {
	slices.Sort(g.tri)
	g.tri = slices.Compact(g.tri)
	slices.Sort(g.bi)
	g.bi = slices.Compact(g.bi)
	slices.Sort(g.first)
	g.first = slices.Compact(g.first)
	slices.Sort(g.dig)
	g.dig = slices.Compact(g.dig)
	slices.Sort(g.quad)
	g.quad = slices.Compact(g.quad)
	slices.Sort(g.dig4)
	g.dig4 = slices.Compact(g.dig4)
}

// collect fills g with the grams of the entry at p.
func (g *grams) collect(ix *Index, p uint32) {
	g.reset()
	g.text(ix, p, tName)
	g.text(ix, p, tFather)
	for t := tNC; t <= tNumber; t++ {
		g.digits(ix, t, ix.text(p, t))
	}
	g.dedupe()
}

// post adds (or, with del, removes) position p under every gram in g.
func (ix *Index) post(g *grams, p uint32, del bool) {
	edit, editDig := ix.letters.add, (*plist).add
	if del {
		edit, editDig = ix.letters.del, (*plist).del
	}
	for _, k := range g.tri {
		edit(k, p)
	}
	for _, k := range g.bi {
		edit(k, p)
	}
	for _, r := range g.first {
		edit(key1(r), p)
	}
	for _, k := range g.dig {
		editDig(&ix.dig[k/1000][k%1000], p)
	}
	for _, k := range g.quad {
		if del {
			ix.quads.del(k, p)
		} else {
			ix.quads.add(k, p)
		}
	}
	for _, k := range g.dig4 {
		editDig(ix.hotDig4[k/10000][k%10000], p)
	}
}
