package search

import (
	"bytes"
	"slices"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Scoring is sahilm/fuzzy's score of the query against the compact folded
// field (so spacing never changes a score), plus:
const (
	// nameBonus lifts a match on the head's name above one on the father's.
	nameBonus = 100
	// wordBonus rewards a match that starts a later word («رضایی» in
	// «علی رضایی»); fuzzy cannot see word starts in compact text. Kept
	// below fuzzy's first-letter bonus so a name that starts with the
	// query still leads.
	wordBonus = 10
	// outOfOrder is taken off when the words were found only one by one:
	// in another order, or split between name and father's name.
	outOfOrder = 20
)

// rank scores cs with sahilm/fuzzy and fills their rows, aligned with cs.
func (ix *Index) rank(q *query, cs []cand) []Result {
	rs := make([]Result, len(cs))
	for i, c := range cs {
		rs[i].Entry = ix.entry(c.p)
		rs[i].Field = fieldNames[c.field]
	}
	switch {
	case len(q.tokens) > 0:
		ix.rankLetters(q, cs, rs)
	case len(q.digits) < 3: // one or two digits find file numbers only
		for i := range rs {
			rs[i].Field = FieldNumber
		}
	}
	if len(q.digits) >= 3 {
		ix.rankDigits(q, cs, rs)
	}
	return rs
}

// textSource shows fuzzy one hot field of some candidates.
type textSource struct {
	ix  *Index
	cs  []cand
	idx []int // indexes into cs
	t   tfield
}

func (s textSource) String(i int) string { return string(s.ix.text(s.cs[s.idx[i]].p, s.t)) }
func (s textSource) Len() int            { return len(s.idx) }

func (ix *Index) rankLetters(q *query, cs []cand, rs []Result) {
	left := make([]int, len(cs))
	for i := range left {
		left[i] = i
	}
	// The whole query on the name, then on the father's name.
	for _, t := range []tfield{tName, tFather} {
		if len(left) == 0 {
			return
		}
		done := make([]bool, len(left))
		for _, m := range fuzzy.FindFrom(q.whole, textSource{ix, cs, left, t}) {
			done[m.Index] = true
			i := left[m.Index]
			p := cs[i].p
			r := &rs[i]
			r.Score, r.Field = m.Score+ix.wordBonus(p, t, m.MatchedIndexes[0]), FieldFather
			if t == tName {
				r.Score += nameBonus
				r.Field = FieldName
				r.NameMatch = ix.highlight(p, q.bwhole, m.MatchedIndexes)
			}
		}
		rest := left[:0]
		for j, i := range left {
			if !done[j] {
				rest = append(rest, i)
			}
		}
		left = rest
	}
	// Word by word, each on the name if it is there, else the father's.
	for _, i := range left {
		p := cs[i].p
		r := &rs[i]
		r.Score, r.Field = -outOfOrder, FieldFather
		var hl []int
		for k, tok := range q.tokens {
			if m := fuzzy.Find(tok, []string{string(ix.text(p, tName))}); len(m) > 0 {
				r.Score += m[0].Score + nameBonus/len(q.tokens) + ix.wordBonus(p, tName, m[0].MatchedIndexes[0])
				r.Field = FieldName
				hl = append(hl, ix.highlight(p, q.btokens[k], m[0].MatchedIndexes)...)
			} else if m := fuzzy.Find(tok, []string{string(ix.text(p, tFather))}); len(m) > 0 {
				r.Score += m[0].Score + ix.wordBonus(p, tFather, m[0].MatchedIndexes[0])
			}
		}
		slices.Sort(hl)
		r.NameMatch = slices.Compact(hl)
	}
}

func (ix *Index) rankDigits(q *query, cs []cand, rs []Result) {
	strs := make([]string, len(cs))
	fields := make([]uint8, len(cs))
	for i, c := range cs {
		var b []byte
		b, fields[i], _, _ = ix.bestDigits(c.p, q, 0xff)
		strs[i] = string(b)
	}
	for _, m := range fuzzy.Find(q.digits, strs) {
		rs[m.Index].Score += m.Score
		if len(q.tokens) == 0 {
			rs[m.Index].Field = fieldNames[fields[m.Index]]
		}
	}
}

// wordBonus is wordBonus when compact byte offset at of field t begins a
// word other than the first.
func (ix *Index) wordBonus(p uint32, t tfield, at int) int {
	if at > 0 && ix.wordStart(p, t, at) {
		return wordBonus
	}
	return 0
}

// occurrence is the compact byte offset where pat occurs in the name,
// preferring the start of a word, or -1.
func (ix *Index) occurrence(p uint32, pat []byte) int {
	name := ix.text(p, tName)
	first := bytes.Index(name, pat)
	for at := first; at >= 0; {
		if ix.wordStart(p, tName, at) {
			return at
		}
		next := bytes.Index(name[at+1:], pat)
		if next < 0 {
			break
		}
		at += 1 + next
	}
	return first
}

// highlight maps a match of pat on the compact name to rune indexes of the
// name as typed. Where pat occurs whole it marks that run, so the eye sees
// the word typed; else it marks the letters fuzzy picked (byte offsets).
func (ix *Index) highlight(p uint32, pat []byte, offsets []int) []int {
	if at := ix.occurrence(p, pat); at >= 0 {
		offsets = make([]int, len(pat))
		for i := range pat {
			offsets[i] = at + i
		}
	}
	name := ix.text(p, tName)
	out := make([]int, 0, len(offsets))
	ri, bi := 0, 0
	for _, b := range offsets {
		if b < bi || b >= len(name) || !utf8.RuneStart(name[b]) {
			continue
		}
		for bi < b {
			_, n := utf8.DecodeRune(name[bi:])
			bi += n
			ri++
		}
		if o := ix.pos(p, ri); o >= 0 && (len(out) == 0 || out[len(out)-1] < o) {
			out = append(out, o)
		}
	}
	return out
}
