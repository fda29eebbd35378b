package fa

// Date is a Solar Hijri (Jalali) date that may be partial: Month and Day are
// zero when unknown (birth dates are often only a year). The zero Date means
// no date.
type Date struct {
	Year  int
	Month int // 0 = unknown
	Day   int // 0 = unknown
}

// IsZero reports whether no date is set.
func (d Date) IsZero() bool { return d.Year == 0 }

// Full reports whether year, month and day are all known.
func (d Date) Full() bool { return d.Year != 0 && d.Month != 0 && d.Day != 0 }
