package match

import (
	"math"
	"testing"

	"github.com/parvande/parvande/domain/fa"
)

func TestJaroWinkler(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"علی", "", 0},
		{"martha", "marhta", 0.9611},
		{"dwayne", "duane", 0.84},
		{"dixon", "dicksonx", 0.8133},
		{"محمد", "محمد", 1},
		{"فاطمه", "فاطمة", 0.92},
	}
	for _, tt := range tests {
		got := jaroWinkler([]rune(tt.a), []rune(tt.b))
		if math.Abs(got-tt.want) > 0.001 {
			t.Errorf("jaroWinkler(%q, %q) = %.4f, want %.4f", tt.a, tt.b, got, tt.want)
		}
		if back := jaroWinkler([]rune(tt.b), []rune(tt.a)); back != got {
			t.Errorf("jaroWinkler not symmetric on %q, %q: %v vs %v", tt.a, tt.b, got, back)
		}
	}
}

func nm(s string) *name {
	if s == "" {
		return nil
	}
	return newName(fa.FoldCompact(s))
}

func TestCmpName(t *testing.T) {
	tests := []struct {
		a, b    string
		surname bool
		want    Level
	}{
		{"محمدرضا", "محمد رضا", false, LevelExact}, // joined in folding
		{"محمدرضا", "محمد\u200cرضا", false, LevelExact},
		{"علي", "علی", false, LevelExact},        // Arabic yeh
		{"فاطمة", "فاطمه", false, LevelExact},    // ة folds to ه
		{"طاهره", "تاهره", false, LevelClose},    // homophone ط/ت: same sound
		{"اسماعیل", "اسمعیل", false, LevelClose}, // medial alef dropped
		{"مرتضی", "مرتضا", false, LevelClose},    // final ی said ا
		{"عبدالله", "عبداله", false, LevelClose},
		{"رضایی", "رضائی", true, LevelExact}, // ئ folds to ی
		{"حسینی", "حسین‌زاده", true, LevelClose},
		{"رحیمی", "رحیم", true, LevelClose},    // suffix ی dropped
		{"رحیمی", "رحیم", false, LevelSimilar}, // …which only surnames forgive
		{"کریمی", "کریمى", true, LevelExact},
		{"غلامرضا", "غلامرصا", false, LevelClose}, // keyboard slip
		{"محمد", "محمود", false, LevelSimilar},
		{"حسن", "حسین", false, LevelSimilar},
		{"زهرا", "زهره", false, LevelSimilar},
		{"علی", "مهدی", false, LevelDifferent},
		{"علی", "علز", false, LevelClose},     // ی and ز are neighbours
		{"حسن", "حسخ", false, LevelClose},     // ن and خ
		{"عفت", "عبت", false, LevelClose},     // ف and ب
		{"رضا", "رکا", false, LevelDifferent}, // ض and ک are far apart
		{"علی", "لعی", false, LevelClose},     // swapped
		{"مهدی", "مهری", false, LevelSimilar},
		{"حسن", "حسین", false, LevelSimilar}, // a vowel letter: another name, not a slip
		{"فاطمه", "زینب", false, LevelDifferent},
		{"علی", "", false, LevelMissing},
	}
	for _, tt := range tests {
		got, sim := cmpName(nm(tt.a), nm(tt.b), tt.surname)
		if got != tt.want {
			t.Errorf("cmpName(%s, %s, surname=%v) = %s (%.3f), want %s", tt.a, tt.b, tt.surname, got, sim, tt.want)
		}
		back, _ := cmpName(nm(tt.b), nm(tt.a), tt.surname)
		if back != got {
			t.Errorf("cmpName(%s, %s) not symmetric: %s vs %s", tt.a, tt.b, got, back)
		}
	}
}

func TestCompareNamesSwapped(t *testing.T) {
	a := &view{first: nm("حسین"), last: nm("محمدی"), father: nm("علی")}
	b := &view{first: nm("محمدی"), last: nm("حسین"), father: nm("علی")}
	var v1, v2 Vector
	var s1, s2 [3]float64
	if !compareNames(a, b, &v1, &s1) {
		t.Fatalf("first and last typed in each other's columns not seen: %v", v1)
	}
	if !compareNames(b, a, &v2, &s2) || v1 != v2 || s1 != s2 {
		t.Errorf("swap not symmetric: %v %v / %v %v", v1, s1, v2, s2)
	}
	if v1[FieldFirst] != LevelExact || v1[FieldLast] != LevelExact {
		t.Errorf("crossed names should be exact: %v", v1)
	}
	// Siblings are not swapped names.
	c := &view{first: nm("رضا"), last: nm("محمدی"), father: nm("علی")}
	var v3 Vector
	if compareNames(a, c, &v3, &s1) {
		t.Errorf("حسین/رضا محمدی read as swapped")
	}
}

func TestCmpBirth(t *testing.T) {
	d := func(y, m, dd int) uint32 { return packDate(fa.Date{Year: y, Month: m, Day: dd}) }
	tests := []struct {
		a, b uint32
		want Level
	}{
		{d(1360, 5, 12), d(1360, 5, 12), LevelExact},
		{d(1360, 5, 12), d(1360, 12, 5), LevelSwap},
		{d(1360, 5, 12), d(1360, 0, 0), LevelPartial}, // year only on one side
		{d(1360, 5, 0), d(1360, 5, 12), LevelPartial},
		{d(1360, 1, 1), d(1360, 7, 3), LevelPartial}, // 1/1 written for an unknown date
		{d(1360, 5, 12), d(1361, 5, 12), LevelNear},
		{d(1360, 5, 12), d(1359, 0, 0), LevelNear},
		{d(1360, 5, 12), d(1360, 6, 20), LevelSameYear}, // twins differ here never; siblings do
		{d(1360, 5, 12), d(1363, 5, 12), LevelDifferent},
		{d(1360, 5, 12), 0, LevelMissing},
	}
	for _, tt := range tests {
		if got := cmpBirth(tt.a, tt.b); got != tt.want {
			y, m, dd := unpackDate(tt.a)
			y2, m2, d2 := unpackDate(tt.b)
			t.Errorf("cmpBirth(%d/%d/%d, %d/%d/%d) = %s, want %s", y, m, dd, y2, m2, d2, got, tt.want)
		}
		if cmpBirth(tt.a, tt.b) != cmpBirth(tt.b, tt.a) {
			t.Errorf("cmpBirth not symmetric")
		}
	}
}

func TestCmpIdentifiers(t *testing.T) {
	nc := func(s string) uint64 { return digits64(s) }
	tests := []struct {
		name     string
		a, b     string
		aOK, bOK bool
		want     Level
	}{
		{"equal", "0922222227", "0922222227", true, true, LevelExact},
		{"one digit", "0937422101", "0937422701", true, false, LevelTypo},
		{"neighbours swapped", "0937422101", "0937421201", true, false, LevelTypo},
		{"lost leading zero is the same number", "0937422101", "937422101", true, true, LevelExact},
		{"two valid codes", "0937422101", "0922178348", true, true, LevelConflict},
		{"one invalid, far", "0937422101", "0922178340", true, false, LevelDifferent},
		{"missing", "0937422101", "", true, false, LevelMissing},
	}
	for _, tt := range tests {
		if got := cmpNationalCode(nc(tt.a), nc(tt.b), tt.aOK, tt.bOK); got != tt.want {
			t.Errorf("%s: cmpNationalCode = %s, want %s", tt.name, got, tt.want)
		}
		if cmpNationalCode(nc(tt.a), nc(tt.b), tt.aOK, tt.bOK) != cmpNationalCode(nc(tt.b), nc(tt.a), tt.bOK, tt.aOK) {
			t.Errorf("%s: not symmetric", tt.name)
		}
	}
	if got := cmpForeignID(digits64("280078916501"), digits64("280078961501")); got != LevelTypo {
		t.Errorf("foreign id swap = %s", got)
	}
	if got := cmpForeignID(digits64("280078916501"), digits64("121180696647")); got != LevelDifferent {
		t.Errorf("foreign ids differ = %s (no check digit: never a conflict)", got)
	}
	if got := cmpMobile(digits64("09151234567"), digits64("09151234567")); got != LevelExact {
		t.Errorf("mobile = %s", got)
	}
}

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b uint64
		want bool
	}{
		{1234567890, 1234567891, true},
		{1234567890, 1234576890, true},  // swap
		{1234567890, 1243567890, true},  // swap
		{1234567890, 1234567809, true},  // swap at the end
		{1234567890, 1234567800, true},  // 9 → 0
		{1234567890, 1234567811, false}, // two digits
		{20, 11, false},
		{1234567890, 9234567890, true},
		{1234567890, 2134567890, true},
	}
	for _, tt := range tests {
		if got := oneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEdit(%d, %d) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCmpAddress(t *testing.T) {
	tf := NewTF()
	ids := func(addr string) []uint32 {
		var out []uint32
		for _, tok := range AddressTokens(addr) {
			out = append(out, tf.token(tok))
		}
		return sortedU32(out)
	}
	a := ids("بولوار توس، توس ۷۲، پلاک ۱۴")
	tests := []struct {
		b    string
		want Level
	}{
		{"ب. توس، توس 72، پ. 14", LevelExact},
		{"پلاک 14، توس 72، بلوار توس", LevelExact},
		{"توس 72، پلاک 14", LevelExact},
		{"بولوار توس، توس ۷۲، پلاک ۱۸", LevelClose},
		{"خیابان نوده، نوده 30، پلاک 74", LevelDifferent},
		{"", LevelMissing},
	}
	for _, tt := range tests {
		if got, sim := cmpAddress(a, ids(tt.b)); got != tt.want {
			t.Errorf("cmpAddress(.., %q) = %s (%.2f), want %s", tt.b, got, sim, tt.want)
		}
	}
}

func sortedU32(s []uint32) []uint32 {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

func TestCmpTitles(t *testing.T) {
	if cmpTitles(TitleSeyyed, TitleSeyyed|TitleHaj) != LevelExact {
		t.Error("both seyyed")
	}
	if cmpTitles(TitleSeyyed, 0) != LevelDifferent {
		t.Error("one seyyed")
	}
	if cmpTitles(TitleHaj, 0) != LevelMissing {
		t.Error("حاج is earned in life and says nothing")
	}
}
