package fa

import (
	"testing"
	"unicode"
)

func TestToLatinDigits(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"1338", "1338"},
		{"۱۳۳۸/۰۵/۱۹", "1338/05/19"},
		{"١٣٣٨", "1338"},
		{"۰۹۱۵ ١٢٣ 4567", "0915 123 4567"},
		{"پلاک ۸۶، طبقه ۲", "پلاک 86، طبقه 2"},
		{"ط-۱۴۰۲-۰۳۴۵", "ط-1402-0345"},
		{"no digits", "no digits"},
	}
	for _, tt := range tests {
		if got := ToLatinDigits(tt.in); got != tt.want {
			t.Errorf("ToLatinDigits(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := FormatDigits(tt.in, LatinDigits); got != tt.want {
			t.Errorf("FormatDigits(%q, Latin) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestToPersianDigits(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"1338/05/19", "۱۳۳۸/۰۵/۱۹"},
		{"١٣٣٨", "۱۳۳۸"},
		{"۱۲34", "۱۲۳۴"},
		{"12,500.5", "۱۲,۵۰۰.۵"}, // only digits change
		{"پلاک 86", "پلاک ۸۶"},
		{"abc", "abc"},
	}
	for _, tt := range tests {
		if got := ToPersianDigits(tt.in); got != tt.want {
			t.Errorf("ToPersianDigits(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := FormatDigits(tt.in, PersianDigits); got != tt.want {
			t.Errorf("FormatDigits(%q, Persian) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDigitsOnly(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"۰۹۱۵ ۱۲۳-۴۵۶۷", "09151234567"},
		{"+98 (915) 123 45 67", "989151234567"},
		{"287-365805-3", "2873658053"},
		{"٠٩١٥", "0915"},
		{"０９１２", "0912"}, // full-width
		{"१२३", "123"},   // Devanagari
		{"𝟗𝟖", "98"},     // mathematical digits
		{"²½", ""},       // not decimal digits
		{"کد ملی: ندارد", ""},
		{"\xff1\xfe2", "12"},
	}
	for _, tt := range tests {
		if got := DigitsOnly(tt.in); got != tt.want {
			t.Errorf("DigitsOnly(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// digitValue relies on every Nd range being whole ten-digit sets.
func TestNdRangesAreDigitSets(t *testing.T) {
	check := func(lo, hi, stride uint32) {
		if stride != 1 || (hi-lo+1)%10 != 0 {
			t.Errorf("Nd range %U-%U stride %d is not whole digit sets", lo, hi, stride)
		}
	}
	for _, r := range unicode.Nd.R16 {
		check(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
	}
	for _, r := range unicode.Nd.R32 {
		check(r.Lo, r.Hi, r.Stride)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		v := digitValue(r)
		if unicode.IsDigit(r) != (v >= 0) || v > 9 {
			t.Fatalf("digitValue(%U) = %d", r, v)
		}
	}
}

func TestDigitsNoAllocWhenUnchanged(t *testing.T) {
	s := "محمدرضا شاکر 17"
	if n := testing.AllocsPerRun(100, func() { ToLatinDigits(s) }); n != 0 {
		t.Errorf("ToLatinDigits: %v allocations", n)
	}
	p := "محمدرضا شاکر ۱۷"
	if n := testing.AllocsPerRun(100, func() { ToPersianDigits(p) }); n != 0 {
		t.Errorf("ToPersianDigits: %v allocations", n)
	}
}
