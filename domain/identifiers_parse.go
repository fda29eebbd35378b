package domain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parvande/parvande/domain/fa"
)

// The parsers below never fail and never turn one value into another: Raw
// is kept byte for byte, Value is only ever the same digits in canonical
// form, and anything doubtful is flagged for a person to look at.

// ParseNationalCode reads a national code as typed or imported: digits of
// any script; spaces, dashes and dots ignored; the apostrophe Excel puts in
// front of text dropped; 8 or 9 digits left-padded with zeros (spreadsheets
// drop leading zeros). The check digit decides FlagOK or FlagChecksum; a
// code of one repeated digit is FlagSuspect even when it checks.
func ParseNationalCode(s string) NationalCode {
	n := NationalCode{Raw: s}
	d, st := idDigits(s, false)
	switch {
	case st == idBlank:
		n.Flag = FlagEmpty
	case st != idDigitsOnly || len(d) < 8 || len(d) > 10:
		n.Flag = FlagFormat
	default:
		n.Value = strings.Repeat("0", 10-len(d)) + d
		switch {
		case oneDigit(n.Value):
			n.Flag = FlagSuspect
		case !nationalCodeChecks(n.Value):
			n.Flag = FlagChecksum
		default:
			n.Flag = FlagOK
		}
	}
	return n
}

// nationalCodeChecks applies the check digit rule to 10 Latin digits:
// s = Σ d[i]·(10−i) for i = 0..8, r = s mod 11; valid iff d[9] == r when
// r < 2, else d[9] == 11 − r.
func nationalCodeChecks(v string) bool {
	s := 0
	for i := 0; i < 9; i++ {
		s += int(v[i]-'0') * (10 - i)
	}
	r, c := s%11, int(v[9]-'0')
	if r < 2 {
		return c == r
	}
	return c == 11-r
}

// ParseForeignID reads a foreign-national number: exactly 12 digits once
// separators are dropped. There is no known check digit, so only the form
// is checked; one repeated digit is FlagSuspect.
func ParseForeignID(s string) ForeignID {
	f := ForeignID{Raw: s}
	d, st := idDigits(s, false)
	switch {
	case st == idBlank:
		f.Flag = FlagEmpty
	case st != idDigitsOnly || len(d) != 12:
		f.Flag = FlagFormat
	case oneDigit(d):
		f.Value, f.Flag = d, FlagSuspect
	default:
		f.Value, f.Flag = d, FlagOK
	}
	return f
}

// ParseMobile reads an Iranian mobile number, ^(\+98|98|0098|0)?9\d{9}$ once
// spaces, dashes, dots and parentheses are dropped, in any digit set. Value
// is 09XXXXXXXXX. A subscriber number of one repeated digit (09111111111) is
// a placeholder clerks type when there is no phone: FlagSuspect.
func ParseMobile(s string) Mobile {
	m := Mobile{Raw: s}
	d, st := idDigits(s, true)
	if st == idBlank {
		m.Flag = FlagEmpty
		return m
	}
	var rest string
	switch {
	case st == idPlus && len(d) == 12 && strings.HasPrefix(d, "98"):
		rest = d[2:]
	case st != idDigitsOnly:
	case len(d) == 14 && strings.HasPrefix(d, "0098"):
		rest = d[4:]
	case len(d) == 12 && strings.HasPrefix(d, "98"):
		rest = d[2:]
	case len(d) == 11 && d[0] == '0':
		rest = d[1:]
	case len(d) == 10:
		rest = d
	}
	if len(rest) != 10 || rest[0] != '9' {
		m.Flag = FlagFormat
		return m
	}
	m.Value = "0" + rest
	m.Flag = FlagOK
	if oneDigit(rest[1:]) {
		m.Flag = FlagSuspect
	}
	return m
}

// idState says what idDigits found besides digits.
type idState uint8

const (
	idBlank      idState = iota // nothing but spaces and separators
	idDigitsOnly                // digits (and separators)
	idPlus                      // digits after a leading '+', when allowed
	idOther                     // something that is not a digit or separator
)

// idDigits gathers the digits of s as Latin digits. It drops spaces,
// direction marks, dashes and dots anywhere, one leading apostrophe, and,
// when phone is set, parentheses and one '+' before the first digit. A plain
// integer written by a spreadsheet or pandas as a float ("937422101.0") is
// read as that integer; scientific notation ("9.37422101E+08") has lost
// digits and stays unreadable.
func idDigits(s string, phone bool) (string, idState) {
	t := strings.TrimFunc(s, idSpace)
	if r, size := utf8.DecodeRuneInString(t); r == '\'' || r == '’' || r == '‘' || r == '`' {
		t = t[size:]
	}
	t = floatInteger(t)
	b := make([]byte, 0, len(t))
	plus := false
	for _, r := range t {
		if v, ok := fa.Digit(r); ok {
			b = append(b, byte('0'+v))
			continue
		}
		switch {
		case idSpace(r), idDash(r), r == '.', r == '٫', r == '۔':
		case phone && (r == '(' || r == ')'):
		case phone && r == '+' && !plus && len(b) == 0:
			plus = true
		default:
			return "", idOther
		}
	}
	switch {
	case len(b) == 0 && plus:
		return "", idOther
	case len(b) == 0:
		return "", idBlank
	case plus:
		return string(b), idPlus
	}
	return string(b), idDigitsOnly
}

// floatInteger turns "937422101.0" or "937422101.00" into "937422101". A
// float rendering never has a leading zero, so "093742210.0" is left alone
// (there the dot is a separator typed by a person).
func floatInteger(t string) string {
	i := strings.IndexByte(t, '.')
	if i <= 0 || i == len(t)-1 || t[0] == '0' {
		return t
	}
	for j := 0; j < i; j++ {
		if t[j] < '0' || t[j] > '9' {
			return t
		}
	}
	for j := i + 1; j < len(t); j++ {
		if t[j] != '0' {
			return t
		}
	}
	return t[:i]
}

// idSpace is white space and the invisible marks that copying Persian text
// brings along.
func idSpace(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\ufeff',
		'\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
		'\u2066', '\u2067', '\u2068', '\u2069':
		return true
	}
	return unicode.IsSpace(r)
}

func idDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe63', '\uff0d':
		return true
	}
	return false
}

// oneDigit reports whether s is one digit repeated.
func oneDigit(s string) bool {
	return s != "" && strings.Count(s, s[:1]) == len(s)
}
