package tui

import (
	"errors"
	"strconv"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/tui/i18n"
)

// Reading what clerks type into forms. Every parser here accepts Persian,
// Arabic-Indic and Latin digits, and tries the session language's own
// form first.

// parseDate reads a date typed in either calendar: in fa Jalali first
// (۱۴۰۳/۰۹/۱۲, or only a year), then ISO; in en ISO first, then Jalali.
// With relative, "+30" or "-1" count days from today. Empty is the zero
// date. When both calendars refuse, the more telling error is returned.
func parseDate(lang i18n.Lang, s string, today fa.Date, relative bool) (fa.Date, error) {
	s = strings.TrimSpace(fa.ToLatinDigits(s))
	if s == "" {
		return fa.Date{}, nil
	}
	if relative {
		if n, ok := relativeDays(s); ok {
			return today.AddDays(n), nil
		}
	}
	// The en view shows partial Jalali dates as "1365 SH": read them back.
	for _, suf := range []string{"SH", "sh", "Sh", "ش"} {
		if t, ok := strings.CutSuffix(s, suf); ok {
			s = strings.TrimSpace(t)
			break
		}
	}
	first, second := fa.ParseDate, fa.ParseISODate
	if lang == i18n.En {
		first, second = second, first
	}
	d, err := first(s)
	if err == nil {
		return d, nil
	}
	d, err2 := second(s)
	if err2 == nil {
		return d, nil
	}
	if vague(err) && !vague(err2) {
		return fa.Date{}, err2
	}
	return fa.Date{}, err
}

// vague errors say only that the text is not a date of that calendar;
// the other calendar's more specific complaint is then the one to show.
func vague(err error) bool {
	var de *fa.DateError
	return !errors.As(err, &de) || de.Kind == fa.DateSyntax || de.Kind == fa.DateYearRange
}

// relativeDays reads "+30", "- 7": days from today.
func relativeDays(s string) (int, bool) {
	if len(s) < 2 || (s[0] != '+' && s[0] != '-') {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimSpace(s[1:]))
	if err != nil || n > 3660 {
		return 0, false
	}
	if s[0] == '-' {
		n = -n
	}
	return n, true
}

// dateInput is how a stored date is put back into a field so that
// parseDate reads it again: Jalali with Persian digits in fa, ISO in en
// (Jalali when partial, since a year alone has no Gregorian day).
func dateInput(tr *i18n.T, d fa.Date) string {
	if d.IsZero() {
		return ""
	}
	if tr.Lang() == i18n.En {
		if iso, ok := d.ISO(); ok {
			return iso
		}
		return d.String()
	}
	return d.Persian()
}

// parseMoney reads an amount in Toman unless a unit is typed ("ریال",
// "rial"); empty is 0. The result is Rial, as stored.
func parseMoney(s string) (int64, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	return fa.ParseAmount(s, fa.Toman)
}

// moneyInput is a stored Rial amount as Toman digits a field reads back.
func moneyInput(tr *i18n.T, rial int64) string {
	if rial == 0 {
		return ""
	}
	d := fa.LatinDigits
	if tr.Lang() == i18n.Fa {
		d = fa.PersianDigits
	}
	return fa.FormatToman(rial, d)
}

// moneyErr says why an amount was refused; fa's errors are sentinels.
func moneyErr(tr *i18n.T, err error) string {
	switch {
	case errors.Is(err, fa.ErrAmountEmpty):
		return tr.T(i18n.FormAmountEmpty)
	case errors.Is(err, fa.ErrAmountRange):
		return tr.T(i18n.FormAmountRange)
	}
	return tr.T(i18n.FormAmountSyntax)
}

// parseCount reads a small non-negative whole number; empty is 0.
func parseCount(s string) (int, bool) {
	s = strings.TrimSpace(fa.ToLatinDigits(s))
	if s == "" {
		return 0, true
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 0 && n < 1_000_000
}

// splitPhones splits a phones field at commas (Latin or Persian),
// semicolons and line breaks.
func splitPhones(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == '،' || r == ';' || r == '؛' || r == '\n'
	})
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// idWarning says why a typed identifier is flagged, "" when it is fine
// or empty.
func idWarning(tr *i18n.T, kind i18n.IDKind, raw string) string {
	var flag domain.IDFlag
	switch kind {
	case i18n.NationalCode:
		flag = domain.ParseNationalCode(raw).Flag
	case i18n.ForeignID:
		flag = domain.ParseForeignID(raw).Flag
	default:
		flag = domain.ParseMobile(raw).Flag
	}
	if flag == domain.FlagEmpty {
		return ""
	}
	return tr.IDFlag(kind, flag)
}
