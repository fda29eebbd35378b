package fa

import (
	"fmt"
	"strings"
	"time"
	"unicode"
)

// DateErrorKind says what is wrong with a typed date, so a screen can say it
// in the user's language.
type DateErrorKind uint8

const (
	DateSyntax       DateErrorKind = iota + 1 // not a date form we read
	DateTwoDigitYear                          // "65/4/9": 1365? 1265? we don't guess
	DateYearFirst                             // "9/4/1365": the year must come first
	DateYearRange                             // year outside MinYear..MaxYear (or Gregorian equivalent)
	DateMonthRange                            // month not 1..12
	DateDayRange                              // that day does not exist in that month and year
)

var dateErrorNames = [...]string{
	DateSyntax: "syntax", DateTwoDigitYear: "two_digit_year", DateYearFirst: "year_first",
	DateYearRange: "year_range", DateMonthRange: "month_range", DateDayRange: "day_range",
}

// String is a stable name, usable as an i18n key.
func (k DateErrorKind) String() string {
	if int(k) < len(dateErrorNames) && dateErrorNames[k] != "" {
		return dateErrorNames[k]
	}
	return "unknown"
}

// DateError is why a typed date was refused. Year, Month and Day are the
// numbers read so far (0 when not reached). Gregorian is set when the input
// was read as a Gregorian date (ParseISODate), so the numbers are Gregorian.
type DateError struct {
	Kind             DateErrorKind
	Year, Month, Day int
	Gregorian        bool
}

// Error is an English message saying what is wrong and how to write it.
func (e *DateError) Error() string {
	switch e.Kind {
	case DateTwoDigitYear:
		if e.Gregorian {
			return fmt.Sprintf("year %02d has two digits: write all four, e.g. 20%02d", e.Year, e.Year)
		}
		return fmt.Sprintf("year %02d has two digits: write all four, e.g. 13%02d", e.Year, e.Year)
	case DateYearFirst:
		if e.Gregorian {
			return "write the year first: year-month-day, e.g. 2024-12-02"
		}
		return "write the year first: year/month/day, e.g. 1365/04/09"
	case DateYearRange:
		if e.Gregorian {
			return fmt.Sprintf("year %d is outside the dates parvande handles (%s to %s)", e.Year, minISO, maxISO)
		}
		return fmt.Sprintf("year %d is outside %d–%d: a Solar Hijri year, e.g. 1403", e.Year, MinYear, MaxYear)
	case DateMonthRange:
		return fmt.Sprintf("month %d does not exist: months are 1–12", e.Month)
	case DateDayRange:
		if e.Gregorian {
			return fmt.Sprintf("day %d does not exist in %04d-%02d", e.Day, e.Year, e.Month)
		}
		return fmt.Sprintf("day %d does not exist in %04d/%02d, which has %d days",
			e.Day, e.Year, e.Month, MonthDays(e.Year, e.Month))
	}
	if e.Gregorian {
		return "date not understood: write year-month-day, e.g. 2024-12-02"
	}
	return "date not understood: write year/month/day, e.g. 1403/09/12, or just the year"
}

// Gregorian bounds of MinYear/1/1 .. MaxYear/12/29, for messages.
const (
	minISO = "1821-03-21"
	maxISO = "2122-03-20"
)

// ParseDate reads a Jalali date as clerks type it: 1365/4/9, 1365/04/09,
// ۱۳۶۵-۰۴-۰۹, ١٣٦٥.٤.٩, 1365/4 (year and month), 1365 (year only), and the
// compact 13650409 that spreadsheets hold. Digits may be Latin, Persian or
// Arabic-Indic; separators /, -, . or ٫, with spaces around them allowed.
// Empty input is the zero Date and no error. Any refusal is a *DateError.
func ParseDate(s string) (Date, error) {
	parts, n, e := dateFields(s, false)
	if e != nil {
		return Date{}, e
	}
	if parts == 0 {
		return Date{}, nil
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	e = &DateError{Year: d.Year, Month: d.Month, Day: d.Day}
	switch {
	case d.Year < MinYear || d.Year > MaxYear:
		e.Kind = DateYearRange
	case parts >= 2 && (d.Month < 1 || d.Month > 12):
		e.Kind = DateMonthRange
	case parts == 3 && (d.Day < 1 || d.Day > MonthDays(d.Year, d.Month)):
		e.Kind = DateDayRange
	default:
		return d, nil
	}
	return Date{}, e
}

// ParseISODate reads a Gregorian YYYY-MM-DD (any digit set) and returns the
// Jalali date of that day. A Gregorian year or year-month alone straddles two
// Jalali years, so it is refused as DateSyntax.
func ParseISODate(s string) (Date, error) {
	parts, n, e := dateFields(s, true)
	if e != nil {
		return Date{}, e
	}
	if parts == 0 {
		return Date{}, nil
	}
	e = &DateError{Year: n[0], Month: n[1], Day: n[2], Gregorian: true}
	switch {
	case parts != 3:
		e.Kind = DateSyntax
	case n[1] < 1 || n[1] > 12:
		e.Kind = DateMonthRange
	case n[2] < 1 || n[2] > gregorianMonthDays(n[0], n[1]):
		e.Kind = DateDayRange
	default:
		if d := fromGregorian(n[0], time.Month(n[1]), n[2]); !d.IsZero() {
			return d, nil
		}
		e.Kind = DateYearRange
	}
	return Date{}, e
}

// dateFields splits s into year, month and day numbers and checks their
// lengths: a four-digit year first, then one- or two-digit month and day.
// It returns how many fields were typed (0 for blank input).
func dateFields(s string, gregorian bool) (int, [3]int, *DateError) {
	var n [3]int
	parts, ok := dateSplit(s)
	if !ok {
		return 0, n, &DateError{Kind: DateSyntax, Gregorian: gregorian}
	}
	if len(parts) == 1 && len(parts[0]) == 8 {
		// Compact yyyymmdd: spreadsheets store Jalali dates as numbers.
		p := parts[0]
		parts = []string{p[:4], p[4:6], p[6:]}
	}
	for i, p := range parts {
		for j := 0; j < len(p) && j < 9; j++ {
			n[i] = n[i]*10 + int(p[j]-'0')
		}
	}
	bad := func(k DateErrorKind) (int, [3]int, *DateError) {
		return 0, n, &DateError{Kind: k, Year: n[0], Month: n[1], Day: n[2], Gregorian: gregorian}
	}
	if len(parts) == 0 {
		return 0, n, nil
	}
	last := parts[len(parts)-1]
	switch {
	case len(parts) == 3 && len(parts[0]) <= 2 && len(last) == 4:
		return 0, [3]int{}, &DateError{Kind: DateYearFirst, Gregorian: gregorian}
	case len(parts[0]) == 2:
		return bad(DateTwoDigitYear)
	case len(parts[0]) != 4:
		return bad(DateSyntax)
	}
	for _, p := range parts[1:] {
		if len(p) > 2 {
			return bad(DateSyntax)
		}
	}
	return len(parts), n, nil
}

func gregorianMonthDays(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// dateSplit trims s, converts its digits to Latin and splits it at
// separators into 1 to 3 runs of digits; none for blank input. Spaces may
// stand next to a separator but not between two digits.
func dateSplit(s string) ([]string, bool) {
	s = strings.TrimFunc(s, dateBlank)
	if s == "" {
		return nil, true
	}
	if len(s) > 64 {
		return nil, false
	}
	var parts []string
	var cur []byte
	blank := false
	for _, r := range s {
		if v, ok := Digit(r); ok {
			if blank && len(cur) > 0 {
				return nil, false // "1365 4 9": which space is which?
			}
			blank = false
			cur = append(cur, byte('0'+v))
			continue
		}
		if dateBlank(r) {
			blank = true
			continue
		}
		if !dateSep(r) || len(cur) == 0 || len(parts) == 2 {
			return nil, false
		}
		parts = append(parts, string(cur))
		cur, blank = cur[:0], false
	}
	if len(cur) == 0 {
		return nil, false // trailing separator: "1365/4/"
	}
	return append(parts, string(cur)), true
}

func dateSep(r rune) bool {
	switch r {
	case '/', '-', '.', '٫', '\u2212', '\u2013':
		return true
	}
	return false
}

// dateBlank is what may surround a typed date: spaces and the invisible
// direction marks that come with text copied from Persian documents.
func dateBlank(r rune) bool {
	switch r {
	case '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\ufeff',
		'\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
		'\u2066', '\u2067', '\u2068', '\u2069':
		return true
	}
	return unicode.IsSpace(r)
}
