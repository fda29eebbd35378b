package fa

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Digits is the digit set numbers are shown in.
type Digits uint8

const (
	LatinDigits   Digits = iota // 0-9
	PersianDigits               // ۰-۹ (Extended Arabic-Indic)
)

// UTF-8 of the Persian and Arabic-Indic digits: one lead byte, then a
// continuation byte running through ten values.
const (
	persianLead = 0xDB // ۰ U+06F0 = DB B0
	persianZero = 0xB0
	arabicLead  = 0xD9 // ٠ U+0660 = D9 A0
	arabicZero  = 0xA0
)

// ToLatinDigits turns Persian ۰-۹ and Arabic-Indic ٠-٩ digits into 0-9 and
// leaves everything else as is. It does not allocate when there is nothing
// to change.
func ToLatinDigits(s string) string {
	first := -1
	for i := 0; i+1 < len(s); i++ {
		if eastDigit(s[i], s[i+1]) >= 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:first])
	for i := first; i < len(s); i++ {
		if i+1 < len(s) {
			if d := eastDigit(s[i], s[i+1]); d >= 0 {
				b.WriteByte(byte('0' + d))
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// ToPersianDigits turns 0-9 and Arabic-Indic ٠-٩ into Persian ۰-۹ and leaves
// everything else, separators included, as is.
func ToPersianDigits(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			n++
		} else if i+1 < len(s) && c == arabicLead && s[i+1] >= arabicZero && s[i+1] <= arabicZero+9 {
			n++
		}
	}
	if n == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + n)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(persianLead)
			b.WriteByte(persianZero + c - '0')
		case i+1 < len(s) && c == arabicLead && s[i+1] >= arabicZero && s[i+1] <= arabicZero+9:
			b.WriteByte(persianLead)
			b.WriteByte(persianZero + s[i+1] - arabicZero)
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// FormatDigits shows the digits of s in the digit set d.
func FormatDigits(s string, d Digits) string {
	if d == PersianDigits {
		return ToPersianDigits(s)
	}
	return ToLatinDigits(s)
}

// DigitsOnly keeps the decimal digits of s, of any script, as 0-9 and drops
// everything else: «۰۹۱۵ ۱۲۳-۴۵۶۷» → "09151234567".
func DigitsOnly(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c >= '0' && c <= '9' {
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if d := digitValue(r); d >= 0 {
			b.WriteByte(byte('0' + d))
		}
	}
	return b.String()
}

// eastDigit returns the value of the Persian or Arabic-Indic digit encoded
// by the two bytes, or -1.
func eastDigit(c0, c1 byte) int {
	switch {
	case c0 == persianLead && c1 >= persianZero && c1 <= persianZero+9:
		return int(c1 - persianZero)
	case c0 == arabicLead && c1 >= arabicZero && c1 <= arabicZero+9:
		return int(c1 - arabicZero)
	}
	return -1
}

// digitValue returns the value of a decimal digit (Unicode category Nd) of
// any script, or -1. Every Nd range in the Unicode tables is a whole number
// of ten-digit sets, each starting at its zero (checked by a test).
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r < 0x100 || !unicode.IsDigit(r):
		return -1
	}
	if r <= 0xFFFF {
		t := unicode.Nd.R16
		i := sort.Search(len(t), func(i int) bool { return rune(t[i].Hi) >= r })
		if i < len(t) && rune(t[i].Lo) <= r {
			return int(r-rune(t[i].Lo)) % 10
		}
		return -1
	}
	t := unicode.Nd.R32
	i := sort.Search(len(t), func(i int) bool { return rune(t[i].Hi) >= r })
	if i < len(t) && rune(t[i].Lo) <= r {
		return int(r-rune(t[i].Lo)) % 10
	}
	return -1
}

// Digit reads one digit as clerks type them: Latin, Persian (۰-۹) or
// Arabic-Indic (٠-٩). Dates and identifiers use it; folding accepts the
// digits of every script (digitValue).
func Digit(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '۰' && r <= '۹':
		return int(r - '۰'), true
	case r >= '٠' && r <= '٩':
		return int(r - '٠'), true
	}
	return 0, false
}
