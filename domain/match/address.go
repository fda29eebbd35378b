package match

import (
	"slices"
	"strings"

	"github.com/parvande/parvande/domain/fa"
)

// Address words that name a kind of place rather than a place. Clerks
// abbreviate them (خ. ک. پ. ب.) or leave them out, so they are never tokens
// on their own: followed by a number they bind to it («پلاک 14» →
// "پلاک#14"), followed by a name they are dropped («خیابان ابوذر» → "ابوذر").
const (
	wStreet  = "خیابان"
	wAlley   = "کوچه"
	wPlaque  = "پلاک"
	wBlvd    = "بولوار"
	wDeadEnd = "بنبست"
	wFloor   = "طبقه"
	wSquare  = "میدان"
	wUnit    = "واحد"
)

// addrAbbrev expands abbreviations and spelling variants of the place words.
// «ب» is ambiguous (بولوار or بن‌بست): see expandB.
func addrAbbrev(w string) (string, bool) {
	switch w {
	case "خ", "خیابان":
		return wStreet, true
	case "ک", "کوچه", "کو":
		return wAlley, true
	case "پ", "پلاک", "پل":
		return wPlaque, true
	case "بلوار", "بولوار":
		return wBlvd, true
	case "بنبست":
		return wDeadEnd, true
	case "ط", "طبقه":
		return wFloor, true
	case "م", "میدان":
		return wSquare, true
	case "واحد":
		return wUnit, true
	}
	return "", false
}

// AddressTokens returns the comparable tokens of an address: folded words,
// abbreviations expanded, place words bound to their numbers, a name followed
// by a number also kept with it («توس 72» → "توس", "توس#72"); sorted, without
// repeats. Order of parts, separators, digit sets and abbreviations do not
// change the result.
func AddressTokens(addr string) []string {
	var stack [32]string
	words := fa.AppendTokens(stack[:0], addr)
	if len(words) == 0 {
		return nil
	}
	// «بن بست» written apart is one word.
	w := words[:0]
	for i := 0; i < len(words); i++ {
		if words[i] == "بن" && i+1 < len(words) && words[i+1] == "بست" {
			w = append(w, wDeadEnd)
			i++
			continue
		}
		w = append(w, words[i])
	}
	words = w
	for i, x := range words {
		if x == "ب" {
			words[i] = expandB(words, i)
		} else if e, ok := addrAbbrev(x); ok {
			words[i] = e
		}
	}
	// The words bound to a number («پلاک#14») are cut from one string.
	size, nj := 0, 0
	for i := 0; i+1 < len(words); i++ {
		if isNumber(words[i+1]) && !isNumber(words[i]) {
			size += len(words[i]) + 1 + len(words[i+1])
			nj++
		}
	}
	var joined string
	if nj > 0 {
		var b strings.Builder // its String does not copy
		b.Grow(size)
		for i := 0; i+1 < len(words); i++ {
			if isNumber(words[i+1]) && !isNumber(words[i]) {
				b.WriteString(words[i])
				b.WriteByte('#')
				b.WriteString(words[i+1])
			}
		}
		joined = b.String()
	}
	join := func(x, next string) string {
		t := joined[:len(x)+1+len(next)]
		joined = joined[len(t):]
		return t
	}
	out := make([]string, 0, len(words)+nj)
	for i, x := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case isNumber(x):
			// otherwise it was bound to the word before it
			if i == 0 || isNumber(words[i-1]) {
				out = append(out, x)
			}
		case isPlaceWord(x):
			if isNumber(next) {
				out = append(out, join(x, next))
			}
		default:
			out = append(out, x)
			if isNumber(next) {
				out = append(out, join(x, next))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// expandB reads «ب.» as بن‌بست before a number (dead ends are numbered) and
// as بولوار before a name.
func expandB(words []string, i int) string {
	if i+1 < len(words) && isNumber(words[i+1]) {
		return wDeadEnd
	}
	return wBlvd
}

func isPlaceWord(s string) bool {
	switch s {
	case wStreet, wAlley, wPlaque, wBlvd, wDeadEnd, wFloor, wSquare, wUnit:
		return true
	}
	return false
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// addressKey hashes (see fnv) the tokens that carry a number, joined by
// spaces («پلاک#14 توس#72»), for the same-address blocking key: they say
// where the door is, while a city or neighbourhood name that one clerk
// writes and another leaves out would break the key. ok is false when
// there are fewer than two.
func addressKey(tokens []string) (h fnv, ok bool) {
	h, n := fnvOffset, 0
	for _, t := range tokens {
		if strings.IndexByte(t, '#') > 0 {
			if n > 0 {
				h = h.byte(' ')
			}
			h = h.str(t)
			n++
		}
	}
	return h, n >= 2
}
