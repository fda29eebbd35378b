package fa

// Date is a Solar Hijri (Jalali) date that may be partial: Month and Day are
// zero when unknown (birth dates are often only a year). The zero Date means
// no date.
type Date struct {
	Year  int
	Month int // 0 = unknown
	Day   int // 0 = unknown
}

// Years parvande accepts. Wide enough for the birth year of anyone alive and
// for planned follow-ups; narrow enough that a Gregorian year (2024) or a
// typo (14030) is caught instead of stored.
const (
	MinYear = 1200
	MaxYear = 1500
)

// IsZero reports whether no date is set.
func (d Date) IsZero() bool { return d.Year == 0 }

// Full reports whether year, month and day are all known.
func (d Date) Full() bool { return d.Year != 0 && d.Month != 0 && d.Day != 0 }

// Valid reports whether d can be stored: the zero Date (no date), a year, a
// year and month, or a full date that exists in the calendar, with the year
// in MinYear..MaxYear. A day without a month is not valid.
func (d Date) Valid() bool {
	if d == (Date{}) {
		return true
	}
	if d.Year < MinYear || d.Year > MaxYear || d.Month < 0 || d.Month > 12 || d.Day < 0 {
		return false
	}
	if d.Month == 0 {
		return d.Day == 0
	}
	return d.Day <= MonthDays(d.Year, d.Month)
}

// MonthDays is the number of days in a month of a Jalali year: 31 for the
// first six months, 30 for the next five, and 29 or 30 for Esfand. It is 0
// for a month outside 1..12, and for Esfand of a year outside
// MinYear..MaxYear.
func MonthDays(year, month int) int {
	switch {
	case month >= 1 && month <= 6:
		return 31
	case month >= 7 && month <= 11:
		return 30
	case month == 12:
		if year < MinYear || year > MaxYear {
			return 0 // leap years are known only where Valid is defined
		}
		if IsLeapYear(year) {
			return 30
		}
		return 29
	}
	return 0
}

// Compare orders dates by year, month, day; unknown parts count as 0, so a
// year-only date sorts before every full date of that year. It returns -1, 0
// or +1.
func (d Date) Compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return dateSign(d.Year - o.Year)
	case d.Month != o.Month:
		return dateSign(d.Month - o.Month)
	}
	return dateSign(d.Day - o.Day)
}

// Before reports whether d sorts before o (see Compare).
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

func dateSign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// Key packs d as year<<9 | month<<5 | day. Written big-endian it sorts like
// Compare, so it serves as a bbolt index key. Dates whose parts do not fit
// (negative, or year ≥ 2^23) give 0, the key of the zero Date; every Valid
// date fits.
func (d Date) Key() uint32 {
	if d.Year < 0 || d.Year >= 1<<23 || d.Month < 0 || d.Month > 15 || d.Day < 0 || d.Day > 31 {
		return 0
	}
	return uint32(d.Year)<<9 | uint32(d.Month)<<5 | uint32(d.Day)
}

// DateFromKey reads a key written by Key.
func DateFromKey(k uint32) Date {
	return Date{Year: int(k >> 9), Month: int(k >> 5 & 0xF), Day: int(k & 0x1F)}
}

// String is the canonical Latin-digit form: 1365/04/09, 1365/04 or 1365, and
// "" for the zero Date. ParseDate reads it back.
func (d Date) String() string {
	if d.IsZero() && d.Month == 0 && d.Day == 0 {
		return ""
	}
	b := make([]byte, 0, 10)
	b = datePad(b, d.Year, 4)
	if d.Month != 0 || d.Day != 0 {
		b = append(b, '/')
		b = datePad(b, d.Month, 2)
	}
	if d.Day != 0 {
		b = append(b, '/')
		b = datePad(b, d.Day, 2)
	}
	return string(b)
}

// Persian is String with Persian digits: ۱۳۶۵/۰۴/۰۹.
func (d Date) Persian() string {
	s := d.String()
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = '۰' + (r - '0')
		}
		out = append(out, r)
	}
	return string(out)
}

// datePad appends n in decimal, zero-padded to width.
func datePad(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var tmp [20]byte
	i := len(tmp)
	for n > 0 || i == len(tmp) {
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
	}
	for w := len(tmp) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, tmp[i:]...)
}
