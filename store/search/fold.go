package search

import (
	"unicode"
	"unicode/utf8"

	"github.com/parvande/parvande/domain/fa"
)

// folder folds text for matching. It folds one segment at a time (a rune and
// the marks that follow it) so that every folded rune knows which typed rune
// it came from: highlighting must land on the name as typed even when
// tatweel, harakat or ZWNJ were dropped or a ligature became two letters.
// Folding whole segments keeps fa.Fold's normalisation of a letter with its
// marks. Data and queries go through the same code, so they always agree.
type folder struct {
	// cache maps a segment to fa.Fold(segment). Written only under the
	// index's write lock, read under either lock.
	cache map[string]string
}

// maxFoldCache bounds the cache against odd data; real names use a few
// hundred distinct segments.
const maxFoldCache = 4096

func (fo *folder) seg(s string, write bool) string {
	if out, ok := fo.cache[s]; ok {
		return out
	}
	out := fa.Fold(s)
	if write && len(fo.cache) < maxFoldCache {
		if fo.cache == nil {
			fo.cache = make(map[string]string)
		}
		fo.cache[s] = out
	}
	return out
}

// wordRune reports whether r belongs to a word after folding; everything
// else (spaces, ZWNJ, hyphens, dots) only separates words.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// fold appends s folded to dst, its words joined by single spaces, and
// appends to pos, for every rune appended, the index of the typed rune of s
// it came from. write lets the cache grow (write lock held).
func (fo *folder) fold(dst []byte, s string, write bool, pos []int32) ([]byte, []int32) {
	start := len(dst)
	gap := false
	ri := int32(0) // rune index in s of the segment start
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		for j < len(s) {
			m, mn := utf8.DecodeRuneInString(s[j:])
			if !unicode.Is(unicode.Mn, m) {
				break
			}
			j += mn
		}
		seg := ri
		ri += int32(utf8.RuneCountInString(s[i:j]))
		if !wordRune(r) {
			gap = true
			i = j
			continue
		}
		for _, o := range fo.seg(s[i:j], write) {
			if !wordRune(o) {
				gap = true
				continue
			}
			if gap && len(dst) > start {
				dst = append(dst, ' ')
				pos = append(pos, seg)
			}
			gap = false
			dst = utf8.AppendRune(dst, o)
			pos = append(pos, seg)
		}
		i = j
	}
	return dst, pos
}

// foldString is fold for a query.
func (fo *folder) foldString(s string) string {
	b, _ := fo.fold(nil, s, false, nil)
	return string(b)
}
