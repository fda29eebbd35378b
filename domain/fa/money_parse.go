package fa

import (
	"errors"
	"math"
	"strings"
	"unicode"
)

// Errors of ParseAmount. They are sentinels so that a UI can say them in the
// user's language (compare with errors.Is).
var (
	// ErrAmountEmpty: nothing but spaces or a unit word was typed.
	ErrAmountEmpty = errors.New("fa: no amount given")
	// ErrAmountSyntax: the text is not an amount (stray characters, bad
	// grouping, two units, misplaced multipliers).
	ErrAmountSyntax = errors.New("fa: not an amount")
	// ErrAmountRange: the amount is negative, too large for int64 Rial, or
	// has a fraction of a Rial.
	ErrAmountRange = errors.New("fa: amount out of range")
	// ErrAmountAmbiguous: one dot before three digits (500.000) may group
	// thousands or mark a decimal; the user must type it unambiguously.
	ErrAmountAmbiguous = errors.New("fa: one dot before three digits is ambiguous")
)

// ParseAmount reads an amount as people type it and returns it in Rial.
//
// It accepts any digit set; grouping with «,» «،» «٬» or spaces; '.' as a
// thousands separator only when it clearly is one (1.200.000: two or more
// dots in groups of three); a single dot before exactly three digits
// (500.000) is refused as ambiguous; otherwise '.' is the decimal point, like «٫» and
// «/» (۱/۵ میلیون); unit words or letters anywhere (تومان، تومن، ریال,
// toman, rial, T, R); and multipliers هزار، میلیون، میلیارد، k, m after a
// number or alone (هزار تومان). Several terms add up from large to small:
// «۲ میلیون و ۵۰۰ هزار». A decimal is fine where the multiplier and unit
// make it whole Rials: «1.5 میلیون». def is the unit when none is typed
// (a value other than Toman counts as Rial).
func ParseAmount(s string, def Unit) (rial int64, err error) {
	toks, err := lexAmount(s)
	if err != nil {
		return 0, err
	}
	unit, typedUnit := def, false
	minus := false
	var terms []amountTok
	open := false // the last term has a number and may still take multipliers
	for k, t := range toks {
		switch t.kind {
		case tokUnit:
			if typedUnit && t.unit != unit {
				return 0, ErrAmountSyntax // «ریال تومان»
			}
			unit, typedUnit = t.unit, true
		case tokMinus:
			// A minus first or last (right-to-left typing puts it after).
			if minus || (k != 0 && k != len(toks)-1) {
				return 0, ErrAmountSyntax
			}
			minus = true
		case tokAnd:
			if !open || k == len(toks)-1 {
				return 0, ErrAmountSyntax
			}
			open = false
		case tokNum:
			if open && terms[len(terms)-1].exp == 0 {
				return 0, ErrAmountSyntax // two bare numbers in a row
			}
			terms = append(terms, t)
			open = true
		case tokMult:
			if !open {
				terms = append(terms, amountTok{kind: tokNum, intPart: "1"})
				open = true
			}
			terms[len(terms)-1].exp += t.exp
		}
	}
	if len(terms) == 0 {
		for _, t := range toks {
			if t.kind != tokUnit {
				return 0, ErrAmountSyntax // «و», «-»
			}
		}
		return 0, ErrAmountEmpty
	}
	for i := 1; i < len(terms); i++ {
		if terms[i].exp >= terms[i-1].exp {
			return 0, ErrAmountSyntax // terms go from large to small
		}
	}
	unitExp := 0
	if unit == Toman {
		unitExp = 1
	}
	var total uint64
	for _, t := range terms {
		v, err := t.rial(unitExp)
		if err != nil {
			return 0, err
		}
		if total > math.MaxInt64-v {
			return 0, ErrAmountRange
		}
		total += v
	}
	if minus && total != 0 {
		return 0, ErrAmountRange
	}
	return int64(total), nil
}

type tokKind uint8

const (
	tokNum tokKind = iota
	tokMult
	tokUnit
	tokAnd
	tokMinus
)

type amountTok struct {
	kind    tokKind
	intPart string // tokNum: digits before the decimal point
	frac    string // tokNum: digits after it
	exp     int    // tokNum: power of ten of its multipliers; tokMult: the multiplier's
	unit    Unit   // tokUnit
}

// rial returns the term's value in Rial, given the unit's power of ten.
func (t amountTok) rial(unitExp int) (uint64, error) {
	frac := strings.TrimRight(t.frac, "0")
	digits := strings.TrimLeft(t.intPart+frac, "0")
	if digits == "" {
		return 0, nil
	}
	k := t.exp + unitExp - len(frac)
	if k < 0 {
		return 0, ErrAmountRange // the last fraction digit is not zero: part of a Rial
	}
	var v uint64
	for i := 0; i < len(digits); i++ {
		d := uint64(digits[i] - '0')
		if v > (math.MaxInt64-d)/10 {
			return 0, ErrAmountRange
		}
		v = v*10 + d
	}
	for ; k > 0; k-- {
		if v > math.MaxInt64/10 {
			return 0, ErrAmountRange
		}
		v *= 10
	}
	return v, nil
}

// amountWords are the words ParseAmount knows, folded.
var amountWords = []struct {
	word string
	tok  amountTok
}{
	{"هزار", amountTok{kind: tokMult, exp: 3}},
	{"میلیون", amountTok{kind: tokMult, exp: 6}},
	{"ملیون", amountTok{kind: tokMult, exp: 6}},
	{"میلیارد", amountTok{kind: tokMult, exp: 9}},
	{"ملیارد", amountTok{kind: tokMult, exp: 9}},
	{"تومان", amountTok{kind: tokUnit, unit: Toman}},
	{"تومن", amountTok{kind: tokUnit, unit: Toman}},
	{"ریال", amountTok{kind: tokUnit, unit: Rial}},
	{"و", amountTok{kind: tokAnd}},
	{"k", amountTok{kind: tokMult, exp: 3}},
	{"m", amountTok{kind: tokMult, exp: 6}},
	{"toman", amountTok{kind: tokUnit, unit: Toman}},
	{"tomans", amountTok{kind: tokUnit, unit: Toman}},
	{"t", amountTok{kind: tokUnit, unit: Toman}},
	{"irt", amountTok{kind: tokUnit, unit: Toman}},
	{"rial", amountTok{kind: tokUnit, unit: Rial}},
	{"rials", amountTok{kind: tokUnit, unit: Rial}},
	{"r", amountTok{kind: tokUnit, unit: Rial}},
	{"irr", amountTok{kind: tokUnit, unit: Rial}},
}

// lexAmount turns the text into tokens. Digits become 0-9 and letters are
// folded first, so ي/ی, ك/ک, tatweel and case do not matter.
func lexAmount(s string) ([]amountTok, error) {
	p := make([]rune, 0, len(s))
	for _, r := range s {
		if d := digitValue(r); d >= 0 {
			p = append(p, '0'+rune(d))
			continue
		}
		if isMinusSign(r) {
			p = append(p, '-')
			continue
		}
		switch m := foldOne(r); m {
		case foldDrop:
		case foldSpace:
			p = append(p, ' ')
		default:
			p = append(p, m)
		}
	}

	var toks []amountTok
	for i := 0; i < len(p); {
		r := p[i]
		switch {
		case r == ' ':
			i++
		case r == '-':
			toks = append(toks, amountTok{kind: tokMinus})
			i++
		case r >= '0' && r <= '9':
			t, n, err := lexNumber(p[i:])
			if err != nil {
				return nil, err
			}
			toks = append(toks, t)
			i += n
		case unicode.IsLetter(r):
			j := i + 1
			for j < len(p) && unicode.IsLetter(p[j]) {
				j++
			}
			var err error
			if toks, err = lexWords(string(p[i:j]), toks); err != nil {
				return nil, err
			}
			i = j
		default:
			return nil, ErrAmountSyntax
		}
	}
	return toks, nil
}

func isMinusSign(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63', '\uFF0D':
		return true
	}
	return false
}

// lexWords splits a run of letters into known words, longest first, so that
// a glued «هزارتومان» or «500kt» reads too.
func lexWords(w string, toks []amountTok) ([]amountTok, error) {
	for w != "" {
		best := -1
		for k, aw := range amountWords {
			if strings.HasPrefix(w, aw.word) && (best < 0 || len(aw.word) > len(amountWords[best].word)) {
				best = k
			}
		}
		if best < 0 {
			return nil, ErrAmountSyntax
		}
		toks = append(toks, amountWords[best].tok)
		w = w[len(amountWords[best].word):]
	}
	return toks, nil
}

// lexNumber reads digits with separators between them from the start of p
// and returns the number token and how many runes it took.
func lexNumber(p []rune) (amountTok, int, error) {
	var groups []string
	var seps []rune
	i := 0
	for {
		j := i
		for j < len(p) && p[j] >= '0' && p[j] <= '9' {
			j++
		}
		groups = append(groups, string(p[i:j]))
		if j+1 < len(p) && isNumberSep(p[j]) && p[j+1] >= '0' && p[j+1] <= '9' {
			seps = append(seps, p[j])
			i = j + 1
			continue
		}
		i = j
		break
	}

	// Which separator, if any, is the decimal point? «٫» and «/» always are;
	// a lone '.' is too, unless one of those is present.
	dec := -1
	dots, commas := 0, 0
	for k, r := range seps {
		switch r {
		case '٫', '/':
			if dec >= 0 {
				return amountTok{}, 0, ErrAmountSyntax
			}
			dec = k
		case '.':
			dots++
		case ',', '،', '٬':
			commas++
		}
	}
	if dec < 0 && dots == 1 {
		for k, r := range seps {
			if r == '.' {
				dec = k
			}
		}
		dots = 0
		// «500.000» is five hundred thousand to one clerk and five hundred
		// to another; with money, asking beats guessing.
		if commas == 0 && dec == len(seps)-1 && len(groups[dec+1]) == 3 && groups[dec] != "0" {
			return amountTok{}, 0, ErrAmountAmbiguous
		}
	}
	if dec >= 0 && dec != len(seps)-1 {
		return amountTok{}, 0, ErrAmountSyntax // the decimal point comes last
	}
	if dots > 0 && commas > 0 {
		return amountTok{}, 0, ErrAmountSyntax // 1.200,000: which one groups?
	}

	intGroups := groups
	frac := ""
	if dec >= 0 {
		intGroups, frac = groups[:dec+1], groups[dec+1]
	}
	if len(intGroups) > 1 {
		if n := len(intGroups[0]); n < 1 || n > 3 {
			return amountTok{}, 0, ErrAmountSyntax
		}
		for _, g := range intGroups[1:] {
			if len(g) != 3 {
				return amountTok{}, 0, ErrAmountSyntax
			}
		}
	}
	return amountTok{kind: tokNum, intPart: strings.Join(intGroups, ""), frac: frac}, i, nil
}

func isNumberSep(r rune) bool {
	switch r {
	case ',', '،', '٬', '.', '٫', '/', ' ':
		return true
	}
	return false
}
