package domain_test

import (
	"testing"

	"github.com/parvande/parvande/domain"
)

var idSeeds = []string{
	"", " ", "0937422101", "۰۹۳۷۴۲۲۱۰۱", "937422101.0", "9.37422101E+08", "'0937422101",
	"093-742210-1", "0000000000", "123456789012", "+98 (912) 123-4567", "00989121234567",
	"09111111111", "\u200f۰۹۱۲\u200e", "+", "'", ".0", "1.",
}

func FuzzParseNationalCode(f *testing.F) {
	for _, s := range idSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := domain.ParseNationalCode(s)
		if n.Raw != s {
			t.Fatalf("Raw %q, typed %q", n.Raw, s)
		}
		if n.Value != "" && len(n.Value) != 10 {
			t.Fatalf("ParseNationalCode(%q).Value = %q", s, n.Value)
		}
		if (n.Value == "") != (n.Flag == domain.FlagEmpty || n.Flag == domain.FlagFormat) {
			t.Fatalf("ParseNationalCode(%q) = %+v: Value and Flag disagree", s, n)
		}
		if n.Flag == domain.FlagOK {
			again := domain.ParseNationalCode(n.Value)
			if again.Value != n.Value || again.Flag != domain.FlagOK {
				t.Fatalf("ParseNationalCode(%q) = %+v, but its Value reads as %+v", s, n, again)
			}
		}
	})
}

func FuzzParseForeignID(f *testing.F) {
	for _, s := range idSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id := domain.ParseForeignID(s)
		if id.Raw != s {
			t.Fatalf("Raw %q, typed %q", id.Raw, s)
		}
		if id.Value != "" && len(id.Value) != 12 {
			t.Fatalf("ParseForeignID(%q).Value = %q", s, id.Value)
		}
		if id.Flag == domain.FlagOK {
			again := domain.ParseForeignID(id.Value)
			if again.Value != id.Value || again.Flag != domain.FlagOK {
				t.Fatalf("ParseForeignID(%q) = %+v, but its Value reads as %+v", s, id, again)
			}
		}
	})
}

func FuzzParseMobile(f *testing.F) {
	for _, s := range idSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := domain.ParseMobile(s)
		if m.Raw != s {
			t.Fatalf("Raw %q, typed %q", m.Raw, s)
		}
		if m.Value != "" && (len(m.Value) != 11 || m.Value[:2] != "09") {
			t.Fatalf("ParseMobile(%q).Value = %q", s, m.Value)
		}
		if m.Flag == domain.FlagOK {
			again := domain.ParseMobile(m.Value)
			if again.Value != m.Value || again.Flag != domain.FlagOK {
				t.Fatalf("ParseMobile(%q) = %+v, but its Value reads as %+v", s, m, again)
			}
		}
	})
}
