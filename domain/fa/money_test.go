package fa

import (
	"errors"
	"math"
	"testing"
)

func TestFormatGrouped(t *testing.T) {
	tests := []struct {
		n     int64
		latin string
		fa    string
	}{
		{0, "0", "۰"},
		{7, "7", "۷"},
		{999, "999", "۹۹۹"},
		{1000, "1,000", "۱٬۰۰۰"},
		{1234567, "1,234,567", "۱٬۲۳۴٬۵۶۷"},
		{-1234567, "-1,234,567", "-۱٬۲۳۴٬۵۶۷"},
		{100000, "100,000", "۱۰۰٬۰۰۰"},
		{math.MaxInt64, "9,223,372,036,854,775,807", "۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۷"},
		{math.MinInt64, "-9,223,372,036,854,775,808", "-۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۸"},
	}
	for _, tt := range tests {
		if got := FormatGrouped(tt.n, LatinDigits); got != tt.latin {
			t.Errorf("FormatGrouped(%d, Latin) = %q, want %q", tt.n, got, tt.latin)
		}
		if got := FormatGrouped(tt.n, PersianDigits); got != tt.fa {
			t.Errorf("FormatGrouped(%d, Persian) = %q, want %q", tt.n, got, tt.fa)
		}
	}
}

func TestFormatToman(t *testing.T) {
	tests := []struct {
		rial  int64
		latin string
		fa    string
	}{
		{0, "0", "۰"},
		{10, "1", "۱"},
		{5, "0.5", "۰٫۵"},
		{125000, "12,500", "۱۲٬۵۰۰"},
		{125005, "12,500.5", "۱۲٬۵۰۰٫۵"},
		{20000000, "2,000,000", "۲٬۰۰۰٬۰۰۰"},
		{-125005, "-12,500.5", "-۱۲٬۵۰۰٫۵"},
		{-5, "-0.5", "-۰٫۵"},
		{math.MaxInt64, "922,337,203,685,477,580.7", "۹۲۲٬۳۳۷٬۲۰۳٬۶۸۵٬۴۷۷٬۵۸۰٫۷"},
		{math.MinInt64, "-922,337,203,685,477,580.8", "-۹۲۲٬۳۳۷٬۲۰۳٬۶۸۵٬۴۷۷٬۵۸۰٫۸"},
	}
	for _, tt := range tests {
		if got := FormatToman(tt.rial, LatinDigits); got != tt.latin {
			t.Errorf("FormatToman(%d, Latin) = %q, want %q", tt.rial, got, tt.latin)
		}
		if got := FormatToman(tt.rial, PersianDigits); got != tt.fa {
			t.Errorf("FormatToman(%d, Persian) = %q, want %q", tt.rial, got, tt.fa)
		}
	}
}

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in   string
		def  Unit
		want int64
	}{
		{"0", Toman, 0},
		{"500", Rial, 500},
		{"500 600", Rial, 500_600}, // a space groups
		{"500", Toman, 5000},
		{"۵۰۰", Toman, 5000},
		{"٥٠٠", Toman, 5000},
		{"۲ میلیون تومان", Rial, 20_000_000},
		{"۲ ميليون تومان", Rial, 20_000_000}, // Arabic yeh
		{"2 ملیون", Toman, 20_000_000},       // common misspelling
		{"500 هزار", Toman, 5_000_000},
		{"500 هزار", Rial, 500_000},
		{"۵۰۰هزارتومان", Rial, 5_000_000}, // glued
		{"500 هزار\u200cتومان", Rial, 5_000_000},
		{"1.5 میلیون", Toman, 15_000_000},
		{"۱/۵ میلیون", Toman, 15_000_000}, // '/' as decimal point
		{"۱٫۵ میلیون", Toman, 15_000_000},
		{"۱٫۵ میلیون", Toman, 15_000_000}, // the Persian decimal sign
		{"2 میلیارد ریال", Toman, 2_000_000_000},
		{"هزار تومان", Rial, 10_000}, // a multiplier alone
		{"1.200.000", Rial, 1_200_000},
		{"1.200.000 تومان", Rial, 12_000_000},
		{"1,200,000", Rial, 1_200_000},
		{"۱٬۲۰۰٬۰۰۰", Rial, 1_200_000},
		{"۱،۲۰۰،۰۰۰", Rial, 1_200_000},
		{"1 200 000", Rial, 1_200_000},
		{"1\u00a0200\u00a0000", Rial, 1_200_000},
		{"1,200.5", Toman, 12_005},
		{"12,500.5", Toman, 125_005},
		{"۱۲٬۵۰۰٫۵", Toman, 125_005},
		{"1.20", Toman, 12}, // one dot, not before three digits: a decimal point
		{"0.500", Toman, 5}, // a leading zero makes it a decimal
		{"1.5", Toman, 15},
		{"2 میلیون و 500 هزار", Toman, 25_000_000},
		{"۲ میلیون و ۵۰۰ هزار تومان", Rial, 25_000_000},
		{"2 میلیون 500 هزار", Toman, 25_000_000},
		{"1 میلیون و 200", Rial, 1_000_200},
		{"500k", Toman, 5_000_000},
		{"500 K", Rial, 500_000},
		{"2m", Rial, 2_000_000},
		{"1.5m T", Rial, 15_000_000},
		{"500 toman", Rial, 5_000},
		{"500 TOMAN", Rial, 5_000},
		{"500 rial", Toman, 500},
		{"500R", Toman, 500},
		{"500t", Rial, 5_000},
		{"تومان 500", Rial, 5_000}, // unit anywhere
		{"500 تومن", Rial, 5_000},
		{"500 ریال ریال", Toman, 500},
		{"  ۲۵۰۰۰  ", Toman, 250_000},
		{"0.5", Toman, 5},
		{"0.05 هزار", Toman, 500},
		{"-0", Toman, 0},
		{"922,337,203,685,477,580.7", Toman, math.MaxInt64},
		{"9223372036854775807", Rial, math.MaxInt64},
	}
	for _, tt := range tests {
		got, err := ParseAmount(tt.in, tt.def)
		if err != nil || got != tt.want {
			t.Errorf("ParseAmount(%q, %d) = %d, %v; want %d", tt.in, tt.def, got, err, tt.want)
		}
	}
}

func TestParseAmountErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrAmountEmpty},
		{"   ", ErrAmountEmpty},
		{"500.000", ErrAmountAmbiguous}, // thousands or a decimal? ask
		{"1.200 تومان", ErrAmountAmbiguous},
		{"تومان", ErrAmountEmpty},
		{"ریال", ErrAmountEmpty},
		{"-500", ErrAmountRange},
		{"500-", ErrAmountRange}, // minus typed right to left
		{"−500", ErrAmountRange},
		{"12500.55", ErrAmountRange}, // 125005.5 Rial
		{"0.01", ErrAmountRange},
		{"9223372036854775808", ErrAmountRange},
		{"922,337,203,685,477,580.8", ErrAmountRange},
		{"99999999999999999999999", ErrAmountRange},
		{"10 میلیارد میلیارد", ErrAmountRange},
		{"abc", ErrAmountSyntax},
		{"500 دلار", ErrAmountSyntax},
		{"1,2", ErrAmountSyntax},
		{"1,2345", ErrAmountSyntax},
		{"1234,567", ErrAmountSyntax},
		{"1.200,5", ErrAmountSyntax},
		{"1.200.00", ErrAmountSyntax},
		{"1.2.3", ErrAmountSyntax},
		{"۱۴۰۳/۰۹/۱۲", ErrAmountSyntax},
		{"500 6000", ErrAmountSyntax},
		{"12 34", ErrAmountSyntax},
		{"500 ریال تومان", ErrAmountSyntax},
		{"500 هزار 2 میلیون", ErrAmountSyntax},
		{"و", ErrAmountSyntax},
		{"500 و", ErrAmountSyntax},
		{"و 500", ErrAmountSyntax},
		{"-", ErrAmountSyntax},
		{"5-00", ErrAmountSyntax},
		{"--5", ErrAmountSyntax},
		{"500.", ErrAmountSyntax},
		{".5", ErrAmountSyntax},
		{"(500)", ErrAmountSyntax},
		{"۵۰۰ تومان!", ErrAmountSyntax},
	}
	for _, tt := range tests {
		got, err := ParseAmount(tt.in, Toman)
		if !errors.Is(err, tt.want) {
			t.Errorf("ParseAmount(%q) = %d, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"۲ میلیون تومان", "500 هزار", "1.5 میلیون", "1.200.000", "12,500.5",
		"۱۲٬۵۰۰٫۵", "2 میلیون و 500 هزار", "-500", "500k", "۱/۵ میلیون", "هزارتومان", "9223372036854775807"} {
		f.Add(s, int64(len(s))*1_000_003)
	}
	f.Add("", int64(math.MaxInt64))
	f.Add("x", int64(math.MinInt64))
	f.Fuzz(func(t *testing.T, s string, n int64) {
		for _, def := range []Unit{Rial, Toman} {
			v, err := ParseAmount(s, def)
			switch {
			case err == nil && v < 0:
				t.Fatalf("ParseAmount(%q) = %d: negative", s, v)
			case err != nil && v != 0:
				t.Fatalf("ParseAmount(%q) = %d, %v: value with error", s, v, err)
			case err != nil && !errors.Is(err, ErrAmountEmpty) && !errors.Is(err, ErrAmountSyntax) && !errors.Is(err, ErrAmountRange) && !errors.Is(err, ErrAmountAmbiguous):
				t.Fatalf("ParseAmount(%q): untyped error %v", s, err)
			}
			// The digit set never matters.
			vp, errp := ParseAmount(ToPersianDigits(s), def)
			if vp != v || !errors.Is(errp, err) {
				t.Fatalf("ParseAmount(%q) = %d, %v but with Persian digits %d, %v", s, v, err, vp, errp)
			}
		}

		// What we show, we read back.
		if n < 0 {
			n = -(n + 1)
		}
		for _, d := range []Digits{LatinDigits, PersianDigits} {
			g := FormatGrouped(n, d)
			if v, err := ParseAmount(g, Rial); err != nil || v != n {
				t.Fatalf("ParseAmount(FormatGrouped(%d) = %q, Rial) = %d, %v", n, g, v, err)
			}
			tm := FormatToman(n, d)
			if v, err := ParseAmount(tm, Toman); err != nil || v != n {
				t.Fatalf("ParseAmount(FormatToman(%d) = %q, Toman) = %d, %v", n, tm, v, err)
			}
			if v, err := ParseAmount(tm+" تومان", Rial); err != nil || v != n {
				t.Fatalf("ParseAmount(%q, Rial) = %d, %v", tm+" تومان", v, err)
			}
		}
	})
}
