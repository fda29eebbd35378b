package fa

import (
	"strings"
	"unicode/utf8"
)

// Honorific titles that clerks add to or drop from a given name, folded.
// They are weak evidence (a seyyed is a seyyed at every centre), never part
// of the name to compare.
var leadingTitles = map[string]bool{
	"سید": true, "سیده": true, "میر": true,
	"حاج": true, "حاجی": true, "حاجیه": true,
	"کربلایی": true, "کربلا": true, "مشهدی": true, "شیخ": true,
}

// The female seyyed's title follows the name: «فاطمه سادات», «فاطمه‌سادات».
const trailingTitle = "سادات"

// maleHe lists common men's names that begin with ه, so that a glued
// «سیدهادی» reads as سید + هادی and not as سیده + ادی.
var maleHe = []string{"هادی", "هاشم", "هدایت", "همایون", "هوشنگ", "هومن", "هاتف", "هژبر"}

// surnameEndings are what may follow a glued «سید» in a surname
// (سیدزاده, سیدیان): there سید is the name, not a title.
var surnameEndings = map[string]bool{
	"زاده": true, "پور": true, "نژاد": true, "یان": true, "زادگان": true,
}

// StripTitles removes honorific titles from a given name: leading سید، سیده،
// میر، حاج، حاجی، حاجیه، کربلایی (کربلائی)، کربلا، مشهدی، شیخ as separate
// words; a trailing سادات; and a سید or سیده glued to the name («سیدمحمد»).
// It returns the rest as typed, trimmed, and the titles found, folded, in
// the order they appear. Input may be folded or not.
//
// A title is removed only when a word remains, so a surname such as «مشهدی»
// or a lone «سید» comes back as the rest. Meant for given names: surnames
// that begin with میر or حاجی («میر حسینی») keep them, so don't call it on
// surnames.
func StripTitles(name string) (rest string, titles []string) {
	var buf [8]titleWord
	words := splitTitleWords(name, buf[:0])
	if len(words) == 0 {
		return "", nil
	}
	lo, hi := 0, len(words)
	for lo < hi-1 && leadingTitles[words[lo].folded] {
		titles = append(titles, words[lo].folded)
		lo++
	}
	trail := hi
	for hi-1 > lo && words[hi-1].folded == trailingTitle {
		hi--
	}
	start := words[lo].start
	if title, n := gluedSeyyed(name[start:words[lo].end], words[lo].folded); n > 0 {
		titles = append(titles, title)
		start += n
	}
	for range words[hi:trail] {
		titles = append(titles, trailingTitle)
	}
	return name[start:words[hi-1].end], titles
}

type titleWord struct {
	start, end int    // bytes of the word in the input
	folded     string // Fold of the word, never empty
}

// splitTitleWords splits s where Fold would put a space, keeping the words
// that fold to something.
func splitTitleWords(s string, words []titleWord) []titleWord {
	start := -1
	flush := func(end int) {
		if start >= 0 {
			if f := Fold(s[start:end]); f != "" {
				words = append(words, titleWord{start, end, f})
			}
			start = -1
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if foldOne(r) == foldSpace {
			flush(i)
		} else if start < 0 {
			start = i
		}
		i += size
	}
	flush(len(s))
	return words
}

// foldOne folds a single rune without NFKC.
func foldOne(r rune) rune {
	if m := foldRune(r); m != foldNorm {
		return m
	}
	return foldOther(r)
}

// gluedSeyyed looks for سید or سیده glued to the front of a word and returns
// the title and how many bytes of the raw word it takes, or 0.
func gluedSeyyed(raw, folded string) (string, int) {
	rest, ok := strings.CutPrefix(folded, "سید")
	if !ok {
		return "", 0
	}
	title := "سید"
	if after, ok := strings.CutPrefix(rest, "ه"); ok && !hasAnyPrefix(rest, maleHe) {
		if utf8.RuneCountInString(after) < 2 {
			return "", 0 // «سیده» itself, or سیده + one letter
		}
		title, rest = "سیده", after
	}
	if utf8.RuneCountInString(rest) < 3 || surnameEndings[rest] {
		return "", 0 // سیدی، سیدان، سیدزاده: a name, not a title
	}
	if r, _ := utf8.DecodeRuneInString(rest); notWordRune(r) {
		return "", 0
	}
	return title, rawPrefixLen(raw, title)
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// rawPrefixLen returns how many bytes of raw fold to prefix, with the marks
// and tatweel that follow its last letter, or 0 if raw does not start so
// (for instance when only NFKC would make it match).
func rawPrefixLen(raw, prefix string) int {
	i := 0
	for _, want := range prefix {
		for {
			if i >= len(raw) {
				return 0
			}
			r, size := utf8.DecodeRuneInString(raw[i:])
			i += size
			m := foldOne(r)
			if m == foldDrop {
				continue
			}
			if m != want {
				return 0
			}
			break
		}
	}
	for i < len(raw) {
		r, size := utf8.DecodeRuneInString(raw[i:])
		if foldOne(r) != foldDrop {
			break
		}
		i += size
	}
	return i
}

// StripSurnameSuffix reduces a folded surname to what is compared when
// surnames vary by suffix: spaces go (حسین زاده = حسینزاده), then a trailing
// ها, then زاده or پور, then the adjective ending ی in its spellings (ی, یی
// from ایی/ائی, and ه‌ای = ئی: خامنه‌ای = خامنئی). Each step applies only
// when at least two letters remain. حسین‌زاده, حسینی and حسین all give حسین;
// رضایی and رضائی give رضا. نژاد، نیا، فر stay: they tell names apart.
func StripSurnameSuffix(folded string) string {
	s := folded
	if strings.IndexByte(s, ' ') >= 0 || strings.Contains(s, "\u200c") {
		s = strings.NewReplacer(" ", "", "\u200c", "").Replace(s)
	}
	s = cutSuffix(s, "ها")
	if t := cutSuffix(s, "زاده"); t != s {
		s = t
	} else {
		s = cutSuffix(s, "پور")
	}
	for _, suf := range [...]string{"های", "یی", "ی"} {
		if t := cutSuffix(s, suf); t != s {
			return t
		}
	}
	return s
}

// cutSuffix removes suf from s when at least two runes remain.
func cutSuffix(s, suf string) string {
	if t, ok := strings.CutSuffix(s, suf); ok && utf8.RuneCountInString(t) >= 2 {
		return t
	}
	return s
}
