package i18n

import (
	"fmt"
	"strconv"
	"time"

	"github.com/parvande/parvande/domain/fa"
)

// Num formats a count: Persian digits in fa, Latin in en.
func (tr *T) Num(n int) string { return tr.Digits(strconv.Itoa(n)) }

// Num64 is Num for int64.
func (tr *T) Num64(n int64) string { return tr.Digits(strconv.FormatInt(n, 10)) }

// Digits shows the digits of s (a national code, file number, mobile) in
// the language's digits; other characters are kept, so rune positions (for
// search highlighting) do not move.
func (tr *T) Digits(s string) string {
	if tr.lang == Fa {
		return fa.ToPersianDigits(s)
	}
	return s
}

// Date shows a Jalali date: in fa ۱۴۰۳/۰۹/۱۲ (or ۱۳۶۵, ۱۳۶۵/۰۴ when partial);
// in en the Gregorian ISO day 2024-12-02 when full, and "1365 SH" when
// partial (a partial Jalali date has no Gregorian equivalent). The zero
// date is "".
func (tr *T) Date(d fa.Date) string {
	if d.IsZero() {
		return ""
	}
	if tr.lang == Fa {
		return d.Persian()
	}
	if iso, ok := d.ISO(); ok {
		return iso
	}
	return d.String() + " SH"
}

// Time shows a moment to the minute, in the session's local time zone:
// ۱۴۰۳/۰۹/۱۲ ۱۴:۰۵ in fa, 2024-12-02 14:05 in en.
func (tr *T) Time(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if tr.lang == Fa {
		return fa.FromTime(t).Persian() + " " + tr.Digits(t.Format("15:04"))
	}
	return t.Format("2006-01-02 15:04")
}

// Money shows an amount stored in Rial as Toman, grouped, with the unit:
// ۱۲۰٬۰۰۰ تومان / 120,000 toman.
func (tr *T) Money(rial int64) string {
	return fa.FormatToman(rial, tr.digits()) + " " + tr.T(UnitToman)
}

// Grouped shows n with thousands grouping in the language's digits.
func (tr *T) Grouped(n int64) string { return fa.FormatGrouped(n, tr.digits()) }

func (tr *T) digits() fa.Digits {
	if tr.lang == Fa {
		return fa.PersianDigits
	}
	return fa.LatinDigits
}

// faInt prints an integer argument with Persian digits under any integer
// verb, so messages can keep their natural %d.
type faInt int64

func (n faInt) Format(f fmt.State, verb rune) {
	format := "%"
	for _, flag := range "+-# 0" {
		if f.Flag(int(flag)) {
			format += string(flag)
		}
	}
	if w, ok := f.Width(); ok {
		format += strconv.Itoa(w)
	}
	if p, ok := f.Precision(); ok {
		format += "." + strconv.Itoa(p)
	}
	format += string(verb)
	_, _ = f.Write([]byte(fa.ToPersianDigits(fmt.Sprintf(format, int64(n)))))
}

func persianArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case int:
			out[i] = faInt(v)
		case int64:
			out[i] = faInt(v)
		case int32:
			out[i] = faInt(v)
		case uint32:
			out[i] = faInt(v)
		default:
			out[i] = a
		}
	}
	return out
}
