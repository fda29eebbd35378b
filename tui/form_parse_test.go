package tui

import (
	"testing"

	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/tui/i18n"
)

func TestParseDate(t *testing.T) {
	today := fa.Date{Year: 1403, Month: 9, Day: 12}
	ok := []struct {
		lang i18n.Lang
		in   string
		rel  bool
		want fa.Date
	}{
		{i18n.Fa, "۱۴۰۳/۰۹/۱۲", false, today},
		{i18n.Fa, "1403/9/12", false, today},
		{i18n.Fa, "2024-12-02", false, today}, // ISO in fa
		{i18n.En, "2024-12-02", false, today},
		{i18n.En, "۲۰۲۴-۱۲-۰۲", false, today},
		{i18n.En, "1403/09/12", false, today}, // Jalali in en
		{i18n.En, "1365", false, fa.Date{Year: 1365}},
		{i18n.En, "1365 SH", false, fa.Date{Year: 1365}},
		{i18n.Fa, "", false, fa.Date{}},
		{i18n.Fa, "+۳۰", true, fa.Date{Year: 1403, Month: 10, Day: 12}},
		{i18n.En, "-1", true, fa.Date{Year: 1403, Month: 9, Day: 11}},
		{i18n.En, "+ 7", true, fa.Date{Year: 1403, Month: 9, Day: 19}},
	}
	for _, c := range ok {
		got, err := parseDate(c.lang, c.in, today, c.rel)
		if err != nil || got != c.want {
			t.Errorf("%v %q: %v %v, want %v", c.lang, c.in, got, err, c.want)
		}
	}
	bad := []struct {
		lang i18n.Lang
		in   string
		want fa.DateErrorKind
	}{
		{i18n.Fa, "1402/12/30", fa.DateDayRange},
		{i18n.En, "1402/12/30", fa.DateDayRange}, // the Jalali complaint, not "not ISO"
		{i18n.Fa, "2023-02-29", fa.DateDayRange}, // the ISO complaint, not "year out of range"
		{i18n.Fa, "1403/13/01", fa.DateMonthRange},
		{i18n.En, "yesterday", fa.DateSyntax},
		{i18n.Fa, "+30", fa.DateSyntax}, // relative only where allowed
	}
	for _, c := range bad {
		_, err := parseDate(c.lang, c.in, today, false)
		de, ok := err.(*fa.DateError)
		if !ok || de.Kind != c.want {
			t.Errorf("%v %q: %v, want %v", c.lang, c.in, err, c.want)
		}
	}
}

func TestParseMoneyAndCounts(t *testing.T) {
	for in, want := range map[string]int64{
		"": 0, "500000": 5_000_000, "۵۰۰٬۰۰۰": 5_000_000, "5000000 ریال": 5_000_000,
		"2 میلیون": 20_000_000, "1.5m": 15_000_000,
	} {
		if got, err := parseMoney(in); err != nil || got != want {
			t.Errorf("%q: %d %v, want %d", in, got, err, want)
		}
	}
	tr := i18n.New(i18n.En)
	for _, in := range []string{"abc", "-5", "تومان"} {
		_, err := parseMoney(in)
		if err == nil || moneyErr(tr, err) == "" {
			t.Errorf("%q: accepted", in)
		}
	}
	if got := moneyInput(i18n.New(i18n.Fa), 30_000_000); got != "۳٬۰۰۰٬۰۰۰" {
		t.Errorf("moneyInput %q", got)
	}
	if r, err := parseMoney(moneyInput(i18n.New(i18n.Fa), 125_005)); err != nil || r != 125_005 {
		t.Errorf("moneyInput round trip: %d %v", r, err)
	}
	if n, ok := parseCount("۱۲"); !ok || n != 12 {
		t.Errorf("count ۱۲: %d %v", n, ok)
	}
	if _, ok := parseCount("-1"); ok {
		t.Error("count -1 accepted")
	}
	if got := splitPhones("0511 222، 0912;x\n"); len(got) != 3 || got[1] != "0912" {
		t.Errorf("phones %q", got)
	}
	for in, want := range map[string]int{"1": 0, "۹": 8, "0": 9, "٣": 2} {
		if got, ok := digitIndex([]rune(in)); !ok || got != want {
			t.Errorf("digit %q: %d", in, got)
		}
	}
	if _, ok := digitIndex([]rune("a")); ok {
		t.Error("a is a digit")
	}
}

// FuzzParseDate: no input crashes the form's date reading.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1403/09/12", "+30", "2024-02-30", "۱۳۶۵ SH", "- 99999999999"} {
		f.Add(s)
	}
	today := fa.Date{Year: 1403, Month: 9, Day: 12}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range []i18n.Lang{i18n.Fa, i18n.En} {
			d, err := parseDate(l, s, today, true)
			if err == nil && !d.Valid() {
				t.Errorf("%q gave invalid %v", s, d)
			}
		}
	})
}
