package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parvande/parvande/domain/fa"
)

// maxQueryBytes bounds the work one keystroke can ask for.
const maxQueryBytes = 256

// query is what the user typed, folded and split: letter tokens, each
// matched anywhere in the name or father's name (so word order is free),
// and the digits, matched in identifiers and the file number.
type query struct {
	tokens []string // folded, digits removed; never empty strings
	runes  []int    // rune count of each token
	whole  string   // the tokens joined: fuzzy's pattern, word order kept
	digits string   // Latin digits, in the order typed

	// The same as bytes, for matching against the arena, and as runes,
	// for scoring.
	btokens    [][]byte
	bwhole     []byte
	bdigits    []byte
	rtokens    [][]rune
	rwhole     []rune
	rdigits    []rune
	wholeRunes int
}

func (q *query) empty() bool { return len(q.tokens) == 0 && q.digits == "" }

func (ix *Index) parse(s string) query {
	s = clip(s, maxQueryBytes)
	spaced := ix.fold.foldString(s)
	var q query
	for w := range strings.SplitSeq(spaced, " ") {
		tok := strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return -1
			}
			return r
		}, w)
		if tok != "" {
			q.tokens = append(q.tokens, tok)
			q.runes = append(q.runes, utf8.RuneCountInString(tok))
		}
	}
	q.whole = strings.Join(q.tokens, "")
	// Digits as fa reads them (Persian, Arabic-Indic or Latin), kept only
	// if Latin after that so digit grams never see anything else.
	q.digits = strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, fa.DigitsOnly(s))
	for _, t := range q.tokens {
		q.btokens = append(q.btokens, []byte(t))
		q.rtokens = append(q.rtokens, []rune(t))
	}
	q.rwhole, q.rdigits = []rune(q.whole), []rune(q.digits)
	q.bwhole, q.bdigits = []byte(q.whole), []byte(q.digits)
	q.wholeRunes = utf8.RuneCountInString(q.whole)
	return q
}
