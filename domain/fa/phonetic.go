package fa

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Phonetic returns a key under which spelling variants of a Persian name
// meet, for blocking duplicate candidates (English Soundex does nothing
// useful on Persian). Call StripTitles first: the key does not know that سید
// is a title, and سعید and سید share a key.
//
// How the key is made:
//
//   - Fold, then ignore spaces: ذبیح‌الله, ذبیح الله and ذبیحالله meet.
//   - Letters that sound alike become one: ث س ص → س; ذ ز ض ظ ژ → ز; ت ط → ت;
//     ح ه → ه; غ ق → ق; ا آ أ إ ع ء → ا (ئ is already ی after Fold, which
//     is how clerks vary it: مائده/مایده). Also the letters an Arabic
//     keyboard lacks: گ → ک, پ → ب, چ → ج (عسگری/عسکری, کلثوم/گلثوم).
//   - The final ی of names like مرتضی, صغری, یحیی is said «ا» and is often
//     written so: a final ی after a consonant becomes ا (مرتضی/مرتضا,
//     لیلی/لیلا, علی/الی), and ییی-like endings after ا or و (رضایی,
//     رضائی) become one ی.
//   - ابو before ال loses its و (ابوالفضل/ابلفضل).
//   - Doubled letters collapse (داوود/داود, عبدالله/عبداله, محمّد).
//   - Vowels: Persian writes long vowels only, and ا/ع inside a word is what
//     clerks add and drop (اسماعیل/اسمعیل, ابراهیم/ابرهیم, اسحاق/اسحق). So ا
//     is kept at the start of the key and at its end (زهرا is not زهره, رضا
//     is not رض) and dropped in between. و and ی stay everywhere: they
//     separate محمد/محمود and حسن/حسین. The cost: a few different names
//     share a key where they differ only by a medial ا (هادی/هدی).
//
// Latin input is transliterated into the same letters so that "Mohammad",
// "Hossein", "Fatemeh", "Esmaeil" get the keys of محمد, حسین, فاطمه,
// اسماعیل: consonants and digraphs (kh sh ch zh gh) map to their letter;
// a vowel group with i/ee/y is ی, with u/oo/ou is و, and a, e, o are short
// vowels (dropped inside, ا at the start, and at the end a → ا, e → ه,
// o → و). Digits are kept; other characters are ignored.
func Phonetic(name string) string {
	f := name
	if foldedPrefix(name, false) != len(name) {
		f = Fold(name) // names come here folded from FromPerson
	}
	var buf [64]rune
	syms := phoneticSymbols(f, buf[:0])
	n := len(syms)
	if n == 0 {
		return ""
	}

	// The final ی (see the doc comment).
	if n >= 2 && syms[n-1] == 'ی' {
		switch {
		case syms[n-2] == 'ی':
			if n == 2 || isVowelSym(syms[n-3]) {
				syms = syms[:n-1] // رضایی → رضای
			} else {
				syms[n-1] = vowelA // یحیی → یحیا
			}
		case !isVowelSym(syms[n-2]):
			syms[n-1] = vowelA // مرتضی → مرتضا
		}
	}

	var stack [128]byte
	b := stack[:0]
	last := len(syms) - 1
	var prev rune = -1
	for i, s := range syms {
		if s == prev {
			continue // doubled letter
		}
		prev = s
		if s == 'و' && i >= 2 && syms[i-1] == 'ب' && syms[i-2] == vowelA && i+1 <= last &&
			(syms[i+1] == 'ل' || (syms[i+1] == vowelA && i+2 <= last && syms[i+2] == 'ل')) {
			continue // ابوالفضل → ابالفضل
		}
		if isVowelSym(s) && s != 'و' {
			switch {
			case len(b) == 0:
				s = vowelA
			case i < last && !endsInVowelRun(syms, i, last):
				continue // medial short or alef vowel
			case s == vowelE:
				s = 'ه'
			case s == vowelO:
				s = 'و'
			}
		}
		b = utf8.AppendRune(b, s)
	}
	return string(b)
}

// Vowel symbols. vowelA is ا itself; the Latin short e and o have their own
// (private-use) symbols because at the end of a key they become ه and و.
const (
	vowelA = 'ا'
	vowelE = '\uE001'
	vowelO = '\uE002'
)

func isVowelSym(s rune) bool {
	return s == vowelA || s == vowelE || s == vowelO || s == 'و'
}

// endsInVowelRun reports whether syms[i+1:last+1] are all copies of syms[i],
// so that syms[i] is the key's last sound once doubles collapse.
func endsInVowelRun(syms []rune, i, last int) bool {
	for j := i + 1; j <= last; j++ {
		if syms[j] != syms[i] {
			return false
		}
	}
	return true
}

// phoneticSymbols appends the sound symbols of the folded string f to syms.
func phoneticSymbols(f string, syms []rune) []rune {
	for i := 0; i < len(f); {
		c := f[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z':
				j := i + 1
				for j < len(f) && f[j] >= 'a' && f[j] <= 'z' {
					j++
				}
				syms = latinSymbols(f[i:j], syms)
				i = j
				continue
			case c >= '0' && c <= '9':
				syms = append(syms, rune(c))
			}
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(f) && f[i+1]&0xC0 == 0x80 {
			if m := persianSound[rune(c&0x1F)<<6|rune(f[i+1]&0x3F)-0x0600]; m != 0 {
				syms = append(syms, m)
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(f[i:])
		i += size
		if r >= 0x0600 && r <= 0x06FF {
			if m := persianSound[r-0x0600]; m != 0 {
				syms = append(syms, m)
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			syms = append(syms, r)
		}
	}
	return syms
}

// persianSound maps the Arabic block to sound symbols; 0 means no sound.
var persianSound [0x100]rune

func init() {
	for i := range persianSound {
		r := rune(0x0600 + i)
		if unicode.IsLetter(r) {
			persianSound[i] = r
		}
	}
	set := func(to rune, from ...rune) {
		for _, f := range from {
			persianSound[f-0x0600] = to
		}
	}
	set(vowelA, 'ا', 'آ', 'أ', 'إ', 'ٱ', 'ع', 'ء')
	set('س', 'ث', 'ص')
	set('ز', 'ذ', 'ض', 'ظ', 'ژ')
	set('ت', 'ط')
	set('ه', 'ح', 'ة', 'ۀ')
	set('ق', 'غ')
	set('ک', 'گ', 'ك')
	set('ب', 'پ')
	set('ج', 'چ')
	set('ی', 'ي', 'ى', 'ئ')
	set('و', 'ؤ')
}

// latinSymbols transliterates one run of lower-case ASCII letters.
func latinSymbols(w string, syms []rune) []rune {
	for i := 0; i < len(w); {
		c := w[i]
		if isLatinVowel(c) || (c == 'y' && !(i+1 < len(w) && isLatinVowel(w[i+1]))) {
			j := i + 1
			for j < len(w) && (isLatinVowel(w[j]) || (w[j] == 'y' && !(j+1 < len(w) && isLatinVowel(w[j+1])))) {
				j++
			}
			syms = latinVowels(w[i:j], syms)
			i = j
			continue
		}
		if i+1 < len(w) {
			if s, ok := latinDigraph(c, w[i+1]); ok {
				syms = append(syms, s)
				i += 2
				continue
			}
		}
		switch c {
		case 'x':
			syms = append(syms, 'ک', 'س')
		default:
			syms = append(syms, latinSound[c-'a'])
		}
		i++
	}
	return syms
}

func isLatinVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

func latinDigraph(c0, c1 byte) (rune, bool) {
	switch {
	case c1 != 'h':
		if c0 == 'c' && c1 == 'k' {
			return 'ک', true
		}
		return 0, false
	case c0 == 'k':
		return 'خ', true
	case c0 == 's':
		return 'ش', true
	case c0 == 'c':
		return 'ج', true // چ, merged with ج
	case c0 == 'z':
		return 'ز', true // ژ
	case c0 == 'g':
		return 'ق', true
	case c0 == 'p':
		return 'ف', true
	}
	return 0, false
}

// latinSound maps a Latin consonant to its symbol (vowels are handled apart).
var latinSound = [26]rune{
	'b' - 'a': 'ب', 'c' - 'a': 'ک', 'd' - 'a': 'د', 'f' - 'a': 'ف', 'g' - 'a': 'ک',
	'h' - 'a': 'ه', 'j' - 'a': 'ج', 'k' - 'a': 'ک', 'l' - 'a': 'ل', 'm' - 'a': 'م',
	'n' - 'a': 'ن', 'p' - 'a': 'ب', 'q' - 'a': 'ق', 'r' - 'a': 'ر', 's' - 'a': 'س',
	't' - 'a': 'ت', 'v' - 'a': 'و', 'w' - 'a': 'و', 'y' - 'a': 'ی', 'z' - 'a': 'ز',
}

// latinVowels maps one group of Latin vowels: long i and u are written in
// Persian (ی, و), short a, e, o are not.
func latinVowels(g string, syms []rune) []rune {
	initial := len(syms) == 0
	hasA := strings.IndexByte(g, 'a') >= 0
	iAt := strings.IndexAny(g, "iy")
	if k := strings.Index(g, "ee"); k >= 0 && (iAt < 0 || k < iAt) {
		iAt = k
	}
	uAt := strings.IndexByte(g, 'u')
	if k := strings.Index(g, "oo"); k >= 0 && (uAt < 0 || k < uAt) {
		uAt = k
	}
	if iAt < 0 && uAt < 0 {
		switch {
		case hasA:
			return append(syms, vowelA)
		case g[len(g)-1] == 'e':
			return append(syms, vowelE)
		case g[len(g)-1] == 'o':
			return append(syms, vowelO)
		}
		return append(syms, vowelA)
	}
	if initial || (hasA && strings.IndexByte(g, 'a') < max(iAt, uAt)) {
		syms = append(syms, vowelA) // ای.../او... at the start; رضایی
	}
	switch {
	case uAt < 0:
		return append(syms, 'ی')
	case iAt < 0:
		return append(syms, 'و')
	case iAt < uAt:
		return append(syms, 'ی', 'و')
	}
	return append(syms, 'و', 'ی')
}
