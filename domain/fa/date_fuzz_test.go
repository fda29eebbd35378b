package fa_test

import (
	"testing"

	"github.com/parvande/parvande/domain/fa"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"", "1365/4/9", "۱۳۶۵-۰۴-۰۹", "١٣٦٥.٤.٩", "1365", "1365/4", "13650409",
		"65/4/9", "9/4/1365", "1403/12/30", "1404/12/30", " 1365 / 4 / 9 ", "\u200f1365",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := fa.ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v with error %v", s, d, err)
			}
			_ = err.Error()
			return
		}
		if !d.Valid() {
			t.Fatalf("ParseDate(%q) = invalid %#v", s, d)
		}
		back, err := fa.ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %v; ParseDate(%q) = %v, %v", s, d, d.String(), back, err)
		}
		if back, err := fa.ParseDate(d.Persian()); err != nil || back != d {
			t.Fatalf("Persian round trip of %v: %v, %v", d, back, err)
		}
		if fa.DateFromKey(d.Key()) != d {
			t.Fatalf("Key round trip of %v", d)
		}
		if iso, ok := d.ISO(); ok {
			if back, err := fa.ParseISODate(iso); err != nil || back != d {
				t.Fatalf("ISO round trip of %v via %q: %v, %v", d, iso, back, err)
			}
		} else if d.Full() {
			t.Fatalf("full date %v has no ISO form", d)
		}
	})
}

func FuzzParseISODate(f *testing.F) {
	for _, s := range []string{"", "2024-12-02", "۲۰۲۴-۱۲-۰۲", "2024", "1821-03-21", "2122-03-20", "2023-02-29"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := fa.ParseISODate(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("ParseISODate(%q) = %v with error", s, d)
			}
			_ = err.Error()
			return
		}
		if !d.Valid() || (!d.IsZero() && !d.Full()) {
			t.Fatalf("ParseISODate(%q) = %#v", s, d)
		}
	})
}
