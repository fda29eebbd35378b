// Package fa holds parvande's Persian text rules: folding for comparison and
// search, digits, a phonetic key for names, honorific titles, Jalali dates
// and money. It imports nothing of this project.
package fa

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the canonical form of s used for comparison and search (never
// for display: store what the user typed). It applies NFKC; maps Arabic
// letter variants to the Persian ones (ي ى ئ → ی, ك → ک, ة ۀ → ه, أ إ آ ٱ → ا,
// ؤ → و); drops harakat and other Arabic combining marks, tatweel and
// invisible format characters; turns ۰-۹ and ٠-٩ into 0-9; turns ZWNJ, ZWJ,
// hyphens, dashes and any run of white space into one ASCII space; trims; and
// lower-cases letters. Fold(Fold(s)) == Fold(s). Invalid UTF-8 becomes U+FFFD.
//
// Fold runs on every imported row and every keystroke: text that is already
// canonical is returned as is without allocating, other Persian/ASCII text
// costs one allocation, and NFKC runs only when a rune outside those common
// ranges appears.
func Fold(s string) string { return fold(s, false) }

// FoldCompact is Fold with every space removed, so that the ways clerks join
// compound names compare equal: محمدرضا, محمد رضا and محمد‌رضا all give
// "محمدرضا".
func FoldCompact(s string) string { return fold(s, true) }

// Tokens returns the words of Fold(s): maximal runs of letters, digits and
// marks. Punctuation such as «،» or the dot of «خ.» separates words.
func Tokens(s string) []string {
	var stack [32]string
	words := AppendTokens(stack[:0], s)
	if len(words) == 0 {
		return nil
	}
	return append([]string(nil), words...)
}

// AppendTokens appends the words of Fold(s) to dst, for a caller folding
// many texts that keeps its own buffer (the duplicate engine folds a
// million addresses in a load). The words are substrings of one string.
func AppendTokens(dst []string, s string) []string {
	f := Fold(s)
	words := dst
	start := -1
	for i := 0; i < len(f); {
		c := f[i]
		var w bool
		size := 1
		switch {
		case c < utf8.RuneSelf:
			w = asciiWord[c]
		case c >= 0xD8 && c <= 0xDB && i+1 < len(f) && f[i+1]&0xC0 == 0x80:
			w, size = arabicWord[rune(c&0x1F)<<6|rune(f[i+1]&0x3F)-0x0600], 2
		default:
			w, size = wordAt(f, i)
		}
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			words = append(words, f[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		words = append(words, f[start:])
	}
	return words
}

// wordAt reports whether the rune at s[i] is a word rune (!notWordRune) and
// its size, with tables for ASCII and the Arabic block.
func wordAt(s string, i int) (word bool, size int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiWord[c], 1
	}
	if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return arabicWord[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)-0x0600], 2
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return !notWordRune(r), size
}

func notWordRune(r rune) bool {
	return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// Whether each rune of ASCII and of the Arabic block is a word rune.
var (
	asciiWord  [utf8.RuneSelf]bool
	arabicWord [0x100]bool
)

func init() {
	for c := range asciiWord {
		asciiWord[c] = !notWordRune(rune(c))
	}
	for i := range arabicWord {
		arabicWord[i] = !notWordRune(rune(0x0600 + i))
	}
}

// fold does the work of Fold and FoldCompact.
func fold(s string, compact bool) string {
	p := foldedPrefix(s, compact)
	if p == len(s) {
		return s // canonical text: no copy, no allocation
	}
	if out, needNorm := foldMap(s, p, compact, false); !needNorm {
		return out
	}
	// A rune outside the common ranges: normalise, map, and repeat until the
	// result is NFKC-stable. Dropping a character can bring a base and a
	// combining mark together that NFKC then composes; without the loop Fold
	// would not be idempotent on such input. Two rounds are the most seen.
	t := norm.NFKC.String(s)
	var out string
	for range 4 {
		out, _ = foldMap(t, 0, compact, true)
		if norm.NFKC.IsNormalString(out) {
			break
		}
		t = norm.NFKC.String(out)
	}
	return out
}

// foldStack is the input size up to which foldMap builds on the stack.
const foldStack = 256

// foldedPrefix returns the length of the longest prefix of s that is its own
// fold and may be followed by anything: it does not end in a space, and
// foldMap can resume after it with nothing pending.
func foldedPrefix(s string, compact bool) int {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if compact || i == 0 || s[i-1] == ' ' {
					break
				}
			} else if asciiFold[c] != rune(c) {
				break
			}
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			if arabicFold[r-0x0600] != r {
				break
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 || foldRune(r) != r {
			break // an invalid byte must become U+FFFD
		}
		i += size
	}
	if i > 0 && s[i-1] == ' ' {
		i-- // let foldMap decide what the space becomes
	}
	return i
}

// isFolded reports whether s is already its own fold.
func isFolded(s string, compact bool) bool {
	prevSpace := true // a leading space is not canonical
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' {
				if compact || prevSpace {
					return false
				}
				prevSpace = true
				continue
			}
			if asciiFold[c] != rune(c) {
				return false
			}
			prevSpace = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 { // invalid byte: must become U+FFFD
			return false
		}
		i += size
		if foldRune(r) != r {
			return false
		}
		prevSpace = false
	}
	return len(s) == 0 || !prevSpace
}

// foldMap maps s rune by rune in one pass, and returns s itself when nothing
// changed. Unless normalized is set it gives up, reporting needNorm, at the
// first rune that NFKC might change. s[:from] is already folded
// (foldedPrefix).
func foldMap(s string, from int, compact, normalized bool) (out string, needNorm bool) {
	var stack [foldStack]byte
	buf := stack[:0]
	if len(s) > len(stack) {
		buf = make([]byte, 0, len(s))
	}
	buf = append(buf, s[:from]...)
	changed := false
	pending := false // a space is due before the next rune (never when compact)
	for i := from; i < len(s); {
		c := s[i]
		var r, m rune
		switch {
		case c < utf8.RuneSelf:
			i++
			r = rune(c)
			m = asciiFold[c]
			if m == rune(c) && c != ' ' {
				if pending {
					buf = append(buf, ' ')
					pending = false
				}
				buf = append(buf, c)
				continue
			}
			if c == ' ' && !compact && !pending && len(buf) > 0 {
				pending = true // a single space between words stays as it is
				continue
			}
		case c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// U+0600–U+06FF, decoded by hand: most Persian text is here.
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
			m = arabicFold[r-0x0600]
			if m == r {
				if pending {
					buf = append(buf, ' ')
					pending = false
				}
				buf = append(buf, c, s[i-1])
				continue
			}
		default:
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
			m = foldRune(r)
			if m == r && size > 1 {
				if pending {
					buf = append(buf, ' ')
					pending = false
				}
				buf = append(buf, s[i-size:i]...)
				continue
			}
		}
		if m == foldNorm {
			if !normalized {
				return "", true
			}
			m = foldOther(r)
		}
		changed = true
		switch m {
		case foldDrop:
			continue
		case foldSpace:
			pending = !compact && len(buf) > 0
			continue
		}
		if pending {
			buf = append(buf, ' ')
			pending = false
		}
		buf = utf8.AppendRune(buf, m)
	}
	if pending {
		changed = true // a trailing space
	}
	if !changed {
		return s, false
	}
	return string(buf), false
}

// Results of foldRune besides a replacement rune.
const (
	foldDrop  rune = -1 // the rune disappears
	foldSpace rune = -2 // the rune separates words
	foldNorm  rune = -3 // outside the fast ranges: NFKC first, then foldOther
)

// foldRune maps one rune of the fast ranges (ASCII, the Arabic block and the
// spaces, joiners, dashes and direction marks that Persian text carries).
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		return asciiFold[r]
	case r >= 0x0600 && r <= 0x06FF:
		return arabicFold[r-0x0600]
	}
	switch r {
	case 0x00A0, 0x200B, 0x200C, 0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x2212:
		// NBSP, zero-width space, ZWNJ, ZWJ, separators, narrow NBSP,
		// math and ideographic space, minus sign
		return foldSpace
	case 0x00AD, 0x200E, 0x200F, 0x2060, 0xFEFF:
		// soft hyphen, LRM, RLM, word joiner, BOM (first cell of a CSV)
		return foldDrop
	case utf8.RuneError:
		return r
	}
	switch {
	case r >= 0x2000 && r <= 0x200A, r >= 0x2010 && r <= 0x2015: // spaces, dashes
		return foldSpace
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069: // bidi embeddings, isolates
		return foldDrop
	}
	return foldNorm
}

// foldOther maps a rune outside the fast ranges, after NFKC.
func foldOther(r rune) rune {
	switch {
	case unicode.IsSpace(r), unicode.Is(unicode.Pd, r):
		return foldSpace
	case unicode.In(r, unicode.Cc, unicode.Cf):
		return foldDrop
	case r >= 0x0600 && r <= 0x06FF && unicode.Is(unicode.Mn, r):
		return foldDrop // a hamza or madda mark left over after composition
	}
	return unicode.ToLower(r)
}

var (
	asciiFold  [utf8.RuneSelf]rune
	arabicFold [0x100]rune // U+0600–U+06FF
)

func init() {
	for c := range asciiFold {
		r := rune(c)
		switch {
		case c == '\t', c == '\n', c == '\v', c == '\f', c == '\r', c == ' ', c == '-':
			r = foldSpace
		case c < 0x20, c == 0x7F:
			r = foldDrop
		case c >= 'A' && c <= 'Z':
			r += 'a' - 'A'
		}
		asciiFold[c] = r
	}

	for i := range arabicFold {
		r := rune(0x0600 + i)
		switch {
		case unicode.Is(unicode.Mn, r):
			r = foldDrop // harakat, superscript alef, Quranic marks
		case unicode.Is(unicode.Cf, r):
			r = foldDrop // number signs, Arabic letter mark
		}
		arabicFold[i] = r
	}
	set := func(to rune, from ...rune) {
		for _, f := range from {
			arabicFold[f-0x0600] = to
		}
	}
	set('ی', 'ي', 'ى', 'ئ')
	set('ک', 'ك', 'ڪ')
	set('ه', 'ة', 'ۀ', 'ە', 'ھ', 'ہ', 'ۂ')
	set('ا', 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ')
	set('و', 'ؤ')
	set(foldDrop, 'ـ') // tatweel
	for d := rune(0); d < 10; d++ {
		set('0'+d, '٠'+d, '۰'+d)
	}
	// Combining hamza and madda compose with the letter before them under
	// NFKC (ا + ٓ = آ); the high-hamza letters have compatibility
	// decompositions. Let NFKC see these.
	set(foldNorm, 0x0653, 0x0654, 0x0655, 0x0675, 0x0676, 0x0677, 0x0678)
}
