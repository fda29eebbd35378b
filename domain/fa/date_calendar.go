package fa

import (
	"time"

	jalaali "github.com/jalaali/go-jalaali"
)

// Calendar arithmetic rests on github.com/jalaali/go-jalaali (the 33-year
// rule with the breaks table of jalaali-js), but only on its date of
// Farvardin 1 (ToGregorian(y, 1, 1)). Its leap flag has a sign slip in
// v0.1.0 (jalCal: `n -= jump + …` where jalaali-js has `n = n - jump + …`),
// which makes 1206 leap instead of 1205 and shifts Jan–Mar 1827 by a day.
// Deriving year lengths from consecutive Nowruz dates is right wherever
// Nowruz is, and keeps conversion, leap years and validation in agreement.

// nowruz is the Unix day (days since 1970-01-01) of Farvardin 1 of year y.
func nowruz(y int) (int64, bool) {
	gy, gm, gd, err := jalaali.ToGregorian(y, jalaali.Farvardin, 1)
	if err != nil {
		return 0, false
	}
	return unixDay(gy, gm, gd), true
}

func unixDay(y int, m time.Month, d int) int64 {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// IsLeapYear reports whether Esfand of the Jalali year has 30 days. It is
// false outside MinYear..MaxYear.
func IsLeapYear(year int) bool {
	if year < MinYear || year > MaxYear {
		return false
	}
	a, ok1 := nowruz(year)
	b, ok2 := nowruz(year + 1)
	return ok1 && ok2 && b-a == 366
}

// unixDay is the Unix day of a full, valid date.
func (d Date) unixDay() (int64, bool) {
	if !d.Full() || !d.Valid() {
		return 0, false
	}
	n, ok := nowruz(d.Year)
	if !ok {
		return 0, false
	}
	if d.Month <= 6 {
		n += int64((d.Month - 1) * 31)
	} else {
		n += int64(186 + (d.Month-7)*30)
	}
	return n + int64(d.Day-1), true
}

// fromUnixDay is the Jalali date of a Unix day; zero outside MinYear..MaxYear.
func fromUnixDay(n int64) Date {
	gy := time.Unix(n*86400, 0).UTC().Year()
	y := gy - 621 // Nowruz falls in March of gy
	start, ok := nowruz(y)
	if !ok {
		return Date{}
	}
	if n < start {
		y--
		if start, ok = nowruz(y); !ok {
			return Date{}
		}
	}
	if y < MinYear || y > MaxYear {
		return Date{}
	}
	k := int(n - start)
	if k < 186 {
		return Date{Year: y, Month: k/31 + 1, Day: k%31 + 1}
	}
	k -= 186
	return Date{Year: y, Month: k/30 + 7, Day: k%30 + 1}
}

// FromTime is the Jalali date of t's calendar day in t's own location. It
// returns the zero Date when that day falls outside MinYear..MaxYear (the
// zero time.Time does), so every non-zero result is Valid.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	return fromGregorian(y, m, d)
}

func fromGregorian(y int, m time.Month, d int) Date {
	// Keep absurd years away from the arithmetic; the exact bounds are
	// checked on the Jalali side.
	if y < MinYear+620 || y > MaxYear+622 {
		return Date{}
	}
	return fromUnixDay(unixDay(y, m, d))
}

// Time is UTC midnight of the Gregorian day of d. It is false for partial or
// invalid dates.
func (d Date) Time() (time.Time, bool) {
	n, ok := d.unixDay()
	if !ok {
		return time.Time{}, false
	}
	return time.Unix(n*86400, 0).UTC(), true
}

// ISO is the Gregorian day of d as YYYY-MM-DD, e.g. 1986-06-30; false for
// partial or invalid dates.
func (d Date) ISO() (string, bool) {
	t, ok := d.Time()
	if !ok {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

// Weekday is the day of the week of a full, valid date; false otherwise.
// (The Iranian week starts on Saturday; time's numbering is kept so callers
// can use its constants, and the i18n catalog names the days.)
func (d Date) Weekday() (time.Weekday, bool) {
	t, ok := d.Time()
	if !ok {
		return 0, false
	}
	return t.Weekday(), true
}

// AddDays is d moved by n days. Partial and invalid dates are returned
// unchanged; a result outside MinYear..MaxYear is the zero Date.
func (d Date) AddDays(n int) Date {
	u, ok := d.unixDay()
	if !ok {
		return d
	}
	// Bound n so the sum cannot overflow; anything this far is out of range.
	const span = (MaxYear - MinYear + 2) * 366
	if n > span || n < -span {
		return Date{}
	}
	return fromUnixDay(u + int64(n))
}

// DaysUntil is the number of days from d to o, negative when o is earlier.
// It is 0 unless both are full, valid dates.
func (d Date) DaysUntil(o Date) int {
	a, ok1 := d.unixDay()
	b, ok2 := o.unixDay()
	if !ok1 || !ok2 {
		return 0
	}
	return int(b - a)
}
