package domain_test

import (
	"testing"

	"github.com/parvande/parvande/domain"
)

func TestParseNationalCode(t *testing.T) {
	tests := []struct {
		in, value string
		flag      domain.IDFlag
	}{
		{"", "", domain.FlagEmpty},
		{"   ", "", domain.FlagEmpty},
		{" - ", "", domain.FlagEmpty}, // placeholder dash
		{"0937422101", "0937422101", domain.FlagOK},
		{"۰۹۳۷۴۲۲۱۰۱", "0937422101", domain.FlagOK},
		{"٠٩٣٧٤٢٢١٠١", "0937422101", domain.FlagOK},
		{"093-742210-1", "0937422101", domain.FlagOK}, // as printed on the card
		{"093 742 210 1", "0937422101", domain.FlagOK},
		{"093.742.210.1", "0937422101", domain.FlagOK},
		{"'0937422101", "0937422101", domain.FlagOK}, // Excel's text marker
		{"\u200f۰۹۳۷۴۲۲۱۰۱\u200e", "0937422101", domain.FlagOK},
		{"937422101", "0937422101", domain.FlagOK}, // leading zero lost in a spreadsheet
		{"12345679", "0012345679", domain.FlagOK},
		{"937422101.0", "0937422101", domain.FlagOK}, // pandas float
		{"937422101.00", "0937422101", domain.FlagOK},
		{"1234567891", "1234567891", domain.FlagOK},
		{"8288360750", "8288360750", domain.FlagOK}, // r == 0
		{"7049996221", "7049996221", domain.FlagOK}, // r == 1
		{"0499370899", "0499370899", domain.FlagOK},

		{"0937422102", "0937422102", domain.FlagChecksum},
		{"1234567890", "1234567890", domain.FlagChecksum},
		{"8288360751", "8288360751", domain.FlagChecksum},
		{"937422102.0", "0937422102", domain.FlagChecksum},

		{"0000000000", "0000000000", domain.FlagSuspect},
		{"1111111111", "1111111111", domain.FlagSuspect},
		{"۲۲۲۲۲۲۲۲۲۲", "2222222222", domain.FlagSuspect},
		{"00000000", "0000000000", domain.FlagSuspect},

		{"9.37422101E+08", "", domain.FlagFormat}, // digits lost to scientific notation
		{"9.37422101e+08", "", domain.FlagFormat},
		{"0937422101.0", "", domain.FlagFormat}, // typed, not a float: 11 digits
		{"1234567", "", domain.FlagFormat},
		{"12345678901", "", domain.FlagFormat},
		{"093742210a", "", domain.FlagFormat},
		{"کد ملی ندارد", "", domain.FlagFormat},
		{"937,422,101", "", domain.FlagFormat},
		{"+0937422101", "", domain.FlagFormat},
		{"0", "", domain.FlagFormat},
		{"''0937422101", "", domain.FlagFormat},
	}
	for _, tt := range tests {
		got := domain.ParseNationalCode(tt.in)
		if got.Raw != tt.in || got.Value != tt.value || got.Flag != tt.flag {
			t.Errorf("ParseNationalCode(%q) = %+v; want Value %q Flag %v", tt.in, got, tt.value, tt.flag)
		}
		if got.Usable() != (tt.flag == domain.FlagOK) {
			t.Errorf("ParseNationalCode(%q).Usable() = %v", tt.in, got.Usable())
		}
		if got.IsEmpty() != (tt.flag == domain.FlagEmpty) {
			t.Errorf("ParseNationalCode(%q).IsEmpty() = %v", tt.in, got.IsEmpty())
		}
		want := tt.value
		if want == "" {
			want = tt.in
		}
		if got.String() != want {
			t.Errorf("ParseNationalCode(%q).String() = %q, want %q", tt.in, got.String(), want)
		}
	}
}

func TestNationalCodeCheckDigitExhaustive(t *testing.T) {
	// For a prefix, exactly one of the ten check digits is valid.
	for _, p := range []string{"093742210", "828836075", "704999622", "000000123", "999999998"} {
		ok := 0
		for c := '0'; c <= '9'; c++ {
			if domain.ParseNationalCode(p+string(c)).Flag == domain.FlagOK {
				ok++
			}
		}
		if ok != 1 {
			t.Errorf("prefix %s: %d valid check digits, want 1", p, ok)
		}
	}
}

func TestParseForeignID(t *testing.T) {
	tests := []struct {
		in, value string
		flag      domain.IDFlag
	}{
		{"", "", domain.FlagEmpty},
		{"123456789012", "123456789012", domain.FlagOK},
		{"۱۲۳۴-۵۶۷۸-۹۰۱۲", "123456789012", domain.FlagOK},
		{"'012345678901", "012345678901", domain.FlagOK},
		{"123456789012.0", "123456789012", domain.FlagOK},
		{"000000000000", "000000000000", domain.FlagSuspect},
		{"777777777777", "777777777777", domain.FlagSuspect},
		{"12345678901", "", domain.FlagFormat}, // not padded: no rule says how
		{"1234567890123", "", domain.FlagFormat},
		{"1.23456789012E+11", "", domain.FlagFormat},
		{"A12345678901", "", domain.FlagFormat},
	}
	for _, tt := range tests {
		got := domain.ParseForeignID(tt.in)
		if got.Raw != tt.in || got.Value != tt.value || got.Flag != tt.flag {
			t.Errorf("ParseForeignID(%q) = %+v; want Value %q Flag %v", tt.in, got, tt.value, tt.flag)
		}
		if got.Usable() != (tt.flag == domain.FlagOK) || got.IsEmpty() != (tt.flag == domain.FlagEmpty) {
			t.Errorf("ParseForeignID(%q): Usable %v IsEmpty %v", tt.in, got.Usable(), got.IsEmpty())
		}
	}
	if s := domain.ParseForeignID("x").String(); s != "x" {
		t.Errorf("String of unreadable = %q, want the raw text", s)
	}
}

func TestParseMobile(t *testing.T) {
	tests := []struct {
		in, value string
		flag      domain.IDFlag
	}{
		{"", "", domain.FlagEmpty},
		{" ", "", domain.FlagEmpty},
		{"09121234567", "09121234567", domain.FlagOK},
		{"9121234567", "09121234567", domain.FlagOK},
		{"+989121234567", "09121234567", domain.FlagOK},
		{"989121234567", "09121234567", domain.FlagOK},
		{"00989121234567", "09121234567", domain.FlagOK},
		{"+98 912 123 4567", "09121234567", domain.FlagOK},
		{"+98 (912) 123-4567", "09121234567", domain.FlagOK},
		{"(0912) 123.45.67", "09121234567", domain.FlagOK},
		{"۰۹۱۲۱۲۳۴۵۶۷", "09121234567", domain.FlagOK},
		{"٠٩١٢١٢٣٤٥٦٧", "09121234567", domain.FlagOK},
		{"'09121234567", "09121234567", domain.FlagOK},
		{"9121234567.0", "09121234567", domain.FlagOK},
		{"\u200e+98 915 000 1234", "09150001234", domain.FlagOK},

		{"09111111111", "09111111111", domain.FlagSuspect},
		{"09000000000", "09000000000", domain.FlagSuspect},

		{"05138123456", "", domain.FlagFormat}, // a Mashhad landline
		{"0912123456", "", domain.FlagFormat},
		{"091212345678", "", domain.FlagFormat},
		{"+09121234567", "", domain.FlagFormat},
		{"+9809121234567", "", domain.FlagFormat},
		{"0098 0912 123 4567", "", domain.FlagFormat},
		{"+", "", domain.FlagFormat},
		{"9+121234567", "", domain.FlagFormat},
		{"++989121234567", "", domain.FlagFormat},
		{"0912-123-4567 (home)", "", domain.FlagFormat},
		{"9.12123457E+09", "", domain.FlagFormat},
		{"0912/123/4567", "", domain.FlagFormat},
	}
	for _, tt := range tests {
		got := domain.ParseMobile(tt.in)
		if got.Raw != tt.in || got.Value != tt.value || got.Flag != tt.flag {
			t.Errorf("ParseMobile(%q) = %+v; want Value %q Flag %v", tt.in, got, tt.value, tt.flag)
		}
		if got.Usable() != (tt.flag == domain.FlagOK) || got.IsEmpty() != (tt.flag == domain.FlagEmpty) {
			t.Errorf("ParseMobile(%q): Usable %v IsEmpty %v", tt.in, got.Usable(), got.IsEmpty())
		}
	}
}

func TestIDFlagString(t *testing.T) {
	want := map[domain.IDFlag]string{
		domain.FlagOK: "ok", domain.FlagEmpty: "empty", domain.FlagSuspect: "suspect",
		domain.FlagChecksum: "checksum", domain.FlagFormat: "format", 99: "unknown",
	}
	for f, s := range want {
		if f.String() != s {
			t.Errorf("IDFlag(%d).String() = %q, want %q", f, f.String(), s)
		}
	}
}

func TestZeroIdentifiersAreNotUsable(t *testing.T) {
	// The zero value has FlagOK (0) but no Value: never an index key.
	if (domain.NationalCode{}).Usable() || (domain.ForeignID{}).Usable() || (domain.Mobile{}).Usable() {
		t.Error("zero identifier is Usable")
	}
}
