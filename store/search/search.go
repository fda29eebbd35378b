package search

import (
	"bytes"
	"math"
	"runtime"
	"slices"
	"sync"
	"unicode"

	"github.com/parvande/parvande/domain/fa"
)

// Field names say which field a result matched on.
const (
	FieldName         = "name"
	FieldFather       = "father"
	FieldNationalCode = "national_code"
	FieldForeignID    = "foreign_id"
	FieldMobile       = "mobile"
	FieldNumber       = "number"
)

const (
	fieldNone uint8 = iota
	fieldName
	fieldFather
	fieldNC
	fieldFID
	fieldMobile
	fieldNumber
)

var fieldNames = [...]string{"", FieldName, FieldFather, FieldNationalCode, FieldForeignID, FieldMobile, FieldNumber}

// digitFields pairs the digit strings with their result field, in the order
// a tie is settled.
var digitFields = [...]struct {
	t    tfield
	name uint8
}{{tNC, fieldNC}, {tFID, fieldFID}, {tMobile, fieldMobile}, {tNumber, fieldNumber}}

// Result is one row of a page.
type Result struct {
	Entry
	// Score is sahilm/fuzzy's score of the folded query on the compact
	// folded field, plus 100 for the head's name over the father's and 10
	// for a match that starts a later word. Higher is better; scores compare
	// within one query only. 0 when there was no query.
	Score int
	// NameMatch holds rune indexes into Entry.Name of the matched letters,
	// ascending, for highlighting. Empty when the name did not match.
	NameMatch []int
	Field     string // FieldName, FieldFather, ... ; "" when there was no query
}

// Page is one screenful of results and how many there are in all.
type Page struct {
	Results []Result
	Total   int
}

// Search returns results offset..offset+limit of q under filter f in order
// s, and the number of files that match. An empty q lists every file that
// passes f.
//
// A file matches when every word of q occurs in its head's name or father's
// name, in any order (a one-letter word must start a word there), and when
// q has three digits or more, they occur in its national code, foreign id,
// mobile or file number. One or two digits alone find a file number part
// («42» finds «GLS-1403-0042»); next to letters they are ignored. Letters
// are compared folded (ي is ی, ك is ک, harakat and tatweel dropped), digits
// in any script, and spaces, half-spaces and hyphens not at all.
func (ix *Index) Search(q string, f Filter, s Sort, offset, limit int) Page {
	offset, limit = max(offset, 0), max(limit, 0)
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	// Clamp so offset+limit cannot overflow and heaps stay small.
	n := len(ix.slots)
	offset, limit = min(offset, n), min(limit, n)
	cf := compileFilter(f)
	if cf.none {
		return Page{}
	}
	qq := ix.parse(q)
	if qq.empty() {
		return ix.browse(&cf, s, offset, limit)
	}
	return ix.find(&qq, &cf, s, offset, limit)
}

func (ix *Index) browse(cf *filter, s Sort, offset, limit int) Page {
	if s == Relevance {
		s = ByName
	}
	t, total := ix.scan(&plan{all: true}, offset+limit, s, func(p uint32, _ uint8, _ bool, _ *top) (cand, verdict) {
		if cf.pass(&ix.meta[p]) {
			return cand{p: p}, keep
		}
		return cand{}, reject
	})
	page := Page{Total: total}
	for _, c := range window(t, offset, limit) {
		page.Results = append(page.Results, Result{Entry: ix.entry(c.p)})
	}
	return page
}

func (ix *Index) find(q *query, cf *filter, s Sort, offset, limit int) Page {
	k := offset + limit
	pl := ix.plan(q)
	if pl.none {
		return Page{}
	}
	cs, total := ix.scan(&pl, k, s, func(p uint32, fl uint8, exact bool, t *top) (cand, verdict) {
		if !cf.pass(&ix.meta[p]) {
			return cand{}, reject
		}
		// Scoring is for Relevance, and only for candidates that may still
		// make the page; the rest need only a yes or no, and none at all
		// when the postings proved them.
		if s != Relevance || t.full() && ix.cannotEnter(q, p, fl, t.h[0]) {
			if !exact && !ix.matches(q, p, fl) {
				return cand{}, reject
			}
			if s != Relevance {
				return cand{p: p}, keep
			}
			return cand{}, count
		}
		if c, ok := ix.verify(q, p, fl); ok {
			return c, keep
		}
		return cand{}, reject
	})
	// cs is in page order already: for Relevance, verify scored each
	// candidate exactly as rank scores it.
	return Page{Results: ix.rank(q, window(cs, offset, limit)), Total: total}
}

// parallelMin is the number of candidates worth a second goroutine.
const parallelMin = 32 << 10

// verdict is what scan does with a candidate.
type verdict uint8

const (
	reject verdict = iota // not a match
	count                 // a match that cannot make the page
	keep                  // a match to offer to the page
)

// scan runs check on the candidates of pl, counts the matches and keeps
// the k best in order s, best first. check gets a candidate's digit flags,
// whether the postings proved it, and the worker's page so far, to skip
// work for candidates that cannot enter it. A large query is split by
// ranges of positions over the CPUs, intersections included: one query
// that hits half a million files should not hold a core for long.
func (ix *Index) scan(pl *plan, k int, s Sort, check func(p uint32, flag uint8, exact bool, t *top) (cand, verdict)) ([]cand, int) {
	before := ix.before(s)
	n := uint32(len(ix.meta))
	run := func(lo, hi uint32, t *top) int {
		total := 0
		tally := func(c cand, v verdict) {
			switch v {
			case keep:
				t.offer(c)
				total++
			case count:
				total++
			}
		}
		if pl.all {
			for p := lo; p < hi; p++ {
				tally(check(p, 0xff, false, t))
			}
			return total
		}
		sc := scratchPool.Get().(*scratch)
		defer scratchPool.Put(sc)
		ps, flags, lettersExact, digitsExact := pl.within(lo, hi, sc)
		for i, p := range ps {
			fl, exact := uint8(0xff), lettersExact
			if flags != nil {
				// A digit match is proved if one of the identifiers it was
				// found in is proved.
				fl = flags[i]
				exact = exact && fl&digitsExact != 0
			}
			tally(check(p, fl, exact, t))
		}
		return total
	}
	workers := min(runtime.GOMAXPROCS(0), pl.size(int(n))/ix.parallelMin+1)
	if workers <= 1 {
		t := top{k: k, before: before}
		total := run(0, n, &t)
		return t.sorted(), total
	}
	tops := make([]top, workers)
	totals := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		tops[w] = top{k: k, before: before}
		lo, hi := uint32(uint64(w)*uint64(n)/uint64(workers)), uint32(uint64(w+1)*uint64(n)/uint64(workers))
		wg.Go(func() { totals[w] = run(lo, hi, &tops[w]) })
	}
	wg.Wait()
	t := top{k: k, before: before}
	total := 0
	for w := range workers {
		total += totals[w]
		for _, c := range tops[w].h {
			t.offer(c)
		}
	}
	return t.sorted(), total
}

// window is items[offset:offset+limit], clamped.
func window[T any](items []T, offset, limit int) []T {
	if offset >= len(items) {
		return nil
	}
	return items[offset:min(offset+limit, len(items))]
}

// plan is what the postings say about a query before anything is
// intersected; scan intersects per range of positions, in parallel.
type plan struct {
	letters []*plist               // lists to intersect for the words
	digits  [nDigitFields][]*plist // per identifier; nil where impossible
	digit   bool                   // the query has a digit part
	// The postings alone prove a match when each word has one list (at
	// most three letters, or four that make a frequent 4-gram) and, for an
	// identifier, the digits are three, or four that are frequent there.
	// Then no candidate needs the arena to be counted.
	lettersExact bool
	digitsExact  uint8 // bit per identifier
	all          bool  // no postings apply (one or two digits): every position
	none         bool  // a gram has no postings: nothing matches
}

func (ix *Index) plan(q *query) plan {
	pl := plan{lettersExact: true}
	need := func(l *plist) {
		pl.letters = append(pl.letters, l)
		pl.none = pl.none || l == nil || l.n == 0
	}
	for i, tok := range q.tokens {
		r := []rune(tok)
		switch n := q.runes[i]; {
		case n == 1:
			need(ix.letters.list(key1(r[0])))
		case n == 2:
			need(ix.letters.list(key2(r[0], r[1])))
		case n == 4 && ix.hotQuads != nil && ix.hotQuad(r):
			k, _ := quadKey(r)
			need(ix.quads.list(k))
		default:
			pl.lettersExact = pl.lettersExact && n == 3
			for j := 0; j+2 < len(r); j++ {
				need(ix.letters.list(key3(r[j], r[j+1], r[j+2])))
			}
		}
	}
	if len(q.digits) >= 3 {
		pl.digit = true
		possible := false
		for f := range pl.digits {
			var lists []*plist
			if v, ok := digit4(q.digits); ok && len(q.digits) == 4 && ix.hotDig4[f] != nil {
				if l, hot := ix.hotDig4[f][v]; hot {
					lists = []*plist{l}
					pl.digitsExact |= 1 << f
				}
			}
			if lists == nil {
				if len(q.digits) == 3 {
					pl.digitsExact |= 1 << f
				}
				for j := 0; j+3 <= len(q.digits); j++ {
					k, _ := digitKey(q.digits[j:])
					lists = append(lists, &ix.dig[f][k])
				}
			}
			for _, l := range lists {
				if l.n == 0 {
					lists = nil
					break
				}
			}
			pl.digits[f] = lists
			possible = possible || lists != nil
		}
		pl.none = pl.none || !possible
	}
	pl.all = len(pl.letters) == 0 && !pl.digit
	return pl
}

func (ix *Index) hotQuad(r []rune) bool {
	k, ok := quadKey(r)
	return ok && ix.hotQuads[k]
}

// size bounds the number of candidates, to choose how many CPUs to use.
func (pl *plan) size(n int) int {
	if pl.all {
		return n
	}
	m := n
	for _, l := range pl.letters {
		m = min(m, l.n)
	}
	if pl.digit {
		d := 0
		for _, lists := range pl.digits {
			if lists != nil {
				d += slices.MinFunc(lists, func(a, b *plist) int { return a.n - b.n }).n
			}
		}
		m = min(m, d)
	}
	return m
}

// within returns the candidates among positions lo..hi−1, ascending, with
// their digit flags (bit tfield−tNC: the identifiers where all the
// query's digit grams occur), whether the postings prove the letters, and
// in which identifiers they prove the digits.
func (pl *plan) within(lo, hi uint32, sc *scratch) (ps []uint32, flags []uint8, lettersExact bool, digitsExact uint8) {
	lettersExact = pl.lettersExact
	var cur []uint32
	if len(pl.letters) > 0 {
		var complete bool
		cur, complete = intersectAll(cutAll(pl.letters, lo, hi), &sc.bufs[0])
		lettersExact = lettersExact && complete
		if len(cur) == 0 {
			return nil, nil, false, 0
		}
	}
	if !pl.digit {
		return cur, nil, lettersExact, 0
	}
	digitsExact = pl.digitsExact
	var per [nDigitFields][]uint32
	for f, lists := range pl.digits {
		if lists != nil {
			var complete bool
			if per[f], complete = intersectAll(cutAll(lists, lo, hi), &sc.bufs[1+f]); !complete {
				digitsExact &^= 1 << f
			}
		}
	}
	dps, dflags := mergeFields(per)
	if len(pl.letters) == 0 {
		return dps, dflags, lettersExact, digitsExact
	}
	ps, flags = intersectFlags(cur, dps, dflags)
	return ps, flags, lettersExact, digitsExact
}

// cutAll returns the part of each list within lo..hi−1 (intersectAll
// reorders them; the plan is shared by the workers).
func cutAll(lists []*plist, lo, hi uint32) []span {
	out := make([]span, len(lists))
	for i, l := range lists {
		out[i] = cut(l, lo, hi)
	}
	return out
}

// intersectAll intersects spans, smallest first (by blocks: a block holds
// a like number of positions in any list), stopping once few positions
// remain (complete is then false): verify checks each candidate exactly
// anyway. The smallest is decoded; the others are only probed.
func intersectAll(spans []span, buf *[]uint32) (cur []uint32, complete bool) {
	slices.SortFunc(spans, func(a, b span) int { return (a.b1 - a.b0) - (b.b1 - b.b0) })
	cur = spans[0].decode((*buf)[:0])
	*buf = cur // keep the grown array for the next query
	for _, s := range spans[1:] {
		if len(cur) <= 16 {
			return cur, false
		}
		cur = s.intersect(cur[:0], cur)
	}
	return cur, true
}

// scratch holds a worker's decoded lists: one for the letters, one per
// identifier. Pooled so that a keystroke over a list of half a million
// positions does not allocate megabytes; the pool lets them go at GC.
type scratch struct{ bufs [1 + nDigitFields][]uint32 }

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// mergeFields merges the per-identifier candidates, flagging where each
// position matched. The smallest go first: usually one identifier (the
// mobile for «0915», the national code for a full code) holds nearly all
// positions, and it is then copied once.
func mergeFields(per [nDigitFields][]uint32) (ps []uint32, flags []uint8) {
	var order [nDigitFields]int
	for f := range order {
		order[f] = f
	}
	slices.SortFunc(order[:], func(x, y int) int { return len(per[x]) - len(per[y]) })
	for _, f := range order {
		if len(per[f]) > 0 {
			ps, flags = mergeFlags(ps, flags, per[f], 1<<f)
		}
	}
	return ps, flags
}

// mergeFlags is the union of a (with flags af) and b (all with flag bf).
func mergeFlags(a []uint32, af []uint8, b []uint32, bf uint8) ([]uint32, []uint8) {
	n := len(a) + len(b)
	ps, flags := make([]uint32, n), make([]uint8, n)
	i, j, k := 0, 0, 0
	for ; i < len(a) && j < len(b); k++ {
		x, y := a[i], b[j]
		var f uint8
		if x <= y {
			ps[k], f = x, af[i]
			i++
		} else {
			ps[k] = y
		}
		if y <= x {
			f |= bf
			j++
		}
		flags[k] = f
	}
	k += copy(ps[k:], a[i:])
	copy(flags[k-(len(a)-i):], af[i:])
	for ; j < len(b); j, k = j+1, k+1 {
		ps[k], flags[k] = b[j], bf
	}
	return ps[:k], flags[:k]
}

// intersectFlags keeps the positions of a that are in b, with b's flags.
func intersectFlags(a, b []uint32, bf []uint8) ([]uint32, []uint8) {
	ps, flags := make([]uint32, 0, min(len(a), len(b))), make([]uint8, 0, min(len(a), len(b)))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch x, y := a[i], b[j]; {
		case x < y:
			i++
		case x > y:
			j++
		default:
			ps, flags = append(ps, x), append(flags, bf[j])
			i++
			j++
		}
	}
	return ps, flags
}

// verify checks that position p really matches q and estimates the score
// rank will give it, to choose which candidates rank scores. digits has a
// bit for each identifier a digit query may be in.
func (ix *Index) verify(q *query, p uint32, digits uint8) (cand, bool) {
	c := cand{p: p}
	name := ix.text(p, tName)
	for i, tok := range q.btokens {
		if ix.find1(p, tName, name, tok, q.runes[i]) < 0 &&
			ix.find1(p, tFather, ix.text(p, tFather), tok, q.runes[i]) < 0 {
			return c, false
		}
	}
	if len(q.tokens) > 0 {
		c.score, c.field = ix.letterScore(q, p)
	}
	switch {
	case len(q.digits) >= 3:
		_, f, sc, ok := ix.bestDigits(p, q, digits)
		if !ok {
			return c, false
		}
		if len(q.tokens) == 0 {
			c.field = f
		}
		c.score += sc
	case q.digits != "" && len(q.tokens) == 0:
		if !ix.numberPart(p, q.digits) {
			return c, false
		}
		c.field = fieldNumber
	}
	return c, true
}

// matches is verify without the scoring: does p match q at all.
func (ix *Index) matches(q *query, p uint32, digits uint8) bool {
	name := ix.text(p, tName)
	for i, tok := range q.btokens {
		if ix.find1(p, tName, name, tok, q.runes[i]) < 0 &&
			ix.find1(p, tFather, ix.text(p, tFather), tok, q.runes[i]) < 0 {
			return false
		}
	}
	switch {
	case len(q.digits) >= 3:
		for i, df := range digitFields {
			if digits&(1<<i) != 0 && bytes.Contains(ix.text(p, df.t), q.bdigits) {
				return true
			}
		}
		return false
	case q.digits != "" && len(q.tokens) == 0:
		return ix.numberPart(p, q.digits)
	}
	return true
}

// find1 is where token tok occurs in compact field text of p: anywhere for
// two letters or more, at a word start for one letter. -1 if nowhere.
func (ix *Index) find1(p uint32, t tfield, text, tok []byte, runes int) int {
	if runes > 1 {
		return bytes.Index(text, tok)
	}
	if bytes.HasPrefix(text, tok) {
		return 0
	}
	for j := bytes.Index(text, tok); j >= 0; {
		if ix.wordStart(p, t, j) {
			return j
		}
		next := bytes.Index(text[j+1:], tok)
		if next < 0 {
			break
		}
		j += 1 + next
	}
	return -1
}

// bestDigits finds the identifier of p, among those with a bit in where,
// that holds the query's digits with the highest fuzzy score.
func (ix *Index) bestDigits(p uint32, q *query, where uint8) (str []byte, f uint8, score int, ok bool) {
	for i, df := range digitFields {
		if where&(1<<i) == 0 {
			continue
		}
		d := ix.text(p, df.t)
		if !bytes.Contains(d, q.bdigits) {
			continue
		}
		if sc, _, _ := fuzzyScore(q.rdigits, d); !ok || sc > score {
			str, f, score, ok = d, df.name, sc, true
		}
	}
	return str, f, score, ok
}

// letterScore is the Score and field rank gives a letter match (see
// rankLetters, which it mirrors with fuzzyScore in place of fuzzy).
func (ix *Index) letterScore(q *query, p uint32) (int, uint8) {
	name, father := ix.text(p, tName), ix.text(p, tFather)
	if sc, first, ok := fuzzyScore(q.rwhole, name); ok {
		return sc + ix.wordBonus(p, tName, first) + nameBonus, fieldName
	}
	if sc, first, ok := fuzzyScore(q.rwhole, father); ok {
		return sc + ix.wordBonus(p, tFather, first), fieldFather
	}
	score, field := -outOfOrder, fieldFather
	for _, tok := range q.rtokens {
		if sc, first, ok := fuzzyScore(tok, name); ok {
			score += sc + nameBonus/len(q.tokens) + ix.wordBonus(p, tName, first)
			field = fieldName
		} else if sc, first, ok := fuzzyScore(tok, father); ok {
			score += sc + ix.wordBonus(p, tFather, first)
		}
	}
	return score, field
}

// upper bounds, from meta alone, the score verify would give p: fuzzy's
// best case is every rune matched in one run from the first byte (compact
// folded text has no separators or capitals for its other bonuses).
func (ix *Index) upper(q *query, p uint32, digits uint8) int {
	m := &ix.meta[p]
	ub := 0
	if len(q.tokens) > 0 {
		if q.wholeRunes > maxBoundRunes {
			return math.MaxInt
		}
		best := 10 + adjacency(q.wholeRunes) + q.wholeRunes
		name, father := int(m.ends[tName]), int(m.ends[tFather]-m.ends[tName])
		ub = best + max(nameBonus-name, -father)
	}
	if len(q.digits) >= 3 {
		if len(q.digits) > maxBoundRunes {
			return math.MaxInt
		}
		best := math.MinInt / 2
		for i := range digitFields {
			if digits&(1<<i) != 0 {
				size := int(m.ends[tNC+tfield(i)] - m.ends[tNC+tfield(i)-1])
				best = max(best, 10+adjacency(len(q.digits))+len(q.digits)-size)
			}
		}
		ub += best
	}
	return ub
}

// cannotEnter reports whether p, at its best possible score, would still
// rank after worst: a lower bound, or the same bound and a later name. The
// bound from meta costs nothing; for a one-word query a tighter one reads
// where the word's first letter first occurs, which is where fuzzy anchors
// it (every later position scores the same, and fuzzy keeps the first).
func (ix *Index) cannotEnter(q *query, p uint32, fl uint8, worst cand) bool {
	after := func(ub int) bool {
		return ub < worst.score || ub == worst.score && ix.byName(p, worst.p) > 0
	}
	if after(ix.upper(q, p, fl)) {
		return true
	}
	if len(q.tokens) > 1 || q.wholeRunes > maxBoundRunes || len(q.digits) > maxBoundRunes {
		return false
	}
	ub := 0
	if len(q.tokens) == 1 {
		ub = math.MinInt / 2
		for _, t := range []tfield{tName, tFather} {
			if b, ok := ix.anchored(p, t, q.rwhole); ok {
				if t == tName {
					b += nameBonus
				}
				ub = max(ub, b)
			}
		}
	}
	if len(q.digits) >= 3 {
		best := math.MinInt / 2
		for i, df := range digitFields {
			if fl&(1<<i) != 0 {
				if b, ok := ix.anchored(p, df.t, q.rdigits); ok {
					best = max(best, b)
				}
			}
		}
		ub += best
	}
	return after(ub)
}

// anchored bounds fuzzy's score (with rank's word bonus for names) for
// pattern on field t of p, given where pattern's first rune first occurs.
func (ix *Index) anchored(p uint32, t tfield, pattern []rune) (int, bool) {
	text := ix.text(p, t)
	a := bytes.IndexRune(text, pattern[0])
	if a < 0 {
		return 0, false
	}
	first := 10
	if a > 0 {
		first = -min(5*a, 15)
		if t <= tFather && ix.wordStart(p, t, a) {
			first += wordBonus
		}
	}
	return first + adjacency(len(pattern)) + len(pattern) - len(text), true
}

// maxBoundRunes keeps adjacency well inside int on 32-bit machines;
// longer queries are scored without the shortcut.
const maxBoundRunes = 16

// adjacency is fuzzy's bonus for n runes matched in one run: each adjacent
// rune earns twice the bonus so far plus 5 (5, 15, 45, ...).
func adjacency(n int) int {
	total := 0
	for range n - 1 {
		total += total*2 + 5
	}
	return total
}

// numberPart reports whether a run of digits in the file number equals
// digits, leading zeros aside: «42» finds «GLS-1403-0042».
func (ix *Index) numberPart(p uint32, digits string) bool {
	want := []byte(trimZeros(digits))
	if !bytes.Contains(ix.text(p, tNumber), want) {
		return false // cheap test first: this runs on every file
	}
	num := ix.slots[p].get(fNumber)
	for i := 0; i < len(num); {
		j := indexFunc(num[i:], unicode.IsDigit, true)
		if j < 0 {
			return false
		}
		i += j
		k := indexFunc(num[i:], unicode.IsDigit, false)
		if k < 0 {
			k = len(num) - i
		}
		if trimZeros(fa.DigitsOnly(num[i:i+k])) == string(want) {
			return true
		}
		i += k
	}
	return false
}

func trimZeros(s string) string {
	for len(s) > 0 && s[0] == '0' {
		s = s[1:]
	}
	return s
}

// indexFunc is the byte index of the first rune of s for which f is truth.
func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}
