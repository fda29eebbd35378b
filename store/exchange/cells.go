package exchange

import (
	"strconv"
	"strings"

	"github.com/parvande/parvande/domain/fa"
	"github.com/xuri/excelize/v2"
)

// readDate reads a Jalali date as typed, a Gregorian YYYY-MM-DD, or the
// serial day number an XLSX date cell holds (a five-digit number; four
// digits are a birth year).
func readDate(s string) (fa.Date, bool) {
	if d, err := fa.ParseDate(s); err == nil {
		return d, true
	}
	// Some sheets carry Gregorian dates («2024-03-20»).
	if d, err := fa.ParseISODate(s); err == nil {
		return d, true
	}
	if len(s) >= 5 && s[0] >= '1' && s[0] <= '9' {
		if v, err := strconv.ParseFloat(s, 64); err == nil && v >= 10000 && v < 80000 {
			if t, err := excelize.ExcelDateToTime(v, false); err == nil {
				return fa.FromTime(t), true
			}
		}
	}
	return fa.Date{}, false
}

// count reads a non-negative whole number in any digits ("4", "۴", "4.0").
func count(s string) (int, bool) {
	t := fa.ToLatinDigits(s)
	if n, err := strconv.Atoi(t); err == nil && n >= 0 {
		return n, true
	}
	if v, err := strconv.ParseFloat(t, 64); err == nil && v >= 0 && v < 1e6 && v == float64(int(v)) {
		return int(v), true
	}
	return 0, false
}

// splitList splits a multi-valued cell at ، , ; ؛ | and line breaks.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	if !strings.ContainsAny(s, "،,;؛|\n") {
		return []string{s}
	}
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool {
		return r == '،' || r == ',' || r == ';' || r == '؛' || r == '|' || r == '\n'
	}) {
		if p = clean(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// splitFullName splits «محمد رضا احمدی» at its last space: most surnames are
// one word (compound ones are usually joined by a half-space).
func splitFullName(s string) (first, last string) {
	s = clean(s)
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return "", s
	}
	return clean(s[:i]), clean(s[i+1:])
}

// memoLimit caps each per-import cache, so a sheet of all-different values
// cannot grow it without bound.
const memoLimit = 4096

// memo caches lexicon lookups of raw cell text.
type memo[T comparable] struct {
	lx   lexicon[T]
	seen map[string]memoEntry[T]
}

type memoEntry[T comparable] struct {
	v  T
	ok bool
}

func newMemo[T comparable](lx lexicon[T]) memo[T] {
	return memo[T]{lx: lx, seen: map[string]memoEntry[T]{}}
}

func (m memo[T]) get(s string) (T, bool) {
	if e, ok := m.seen[s]; ok {
		return e.v, e.ok
	}
	v, ok := m.lx.lookup(s)
	if len(m.seen) < memoLimit {
		m.seen[strings.Clone(s)] = memoEntry[T]{v, ok}
	}
	return v, ok
}
