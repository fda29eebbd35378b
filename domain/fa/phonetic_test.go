package fa

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Spelling variants that must share one key.
var phoneticSame = [][]string{
	{"اسماعیل", "اسمعیل", "اسمائیل", "Esmaeil"},
	{"علی", "الی", "عَلی", "علي", "Ali"},
	{"طاهره", "تاهره", "طاهرة"},
	{"ذبیح\u200cالله", "ذبیح الله", "ذبیحالله", "ذبیح اله", "زبیح\u200cالله"},
	{"محمدرضا", "محمد رضا", "محمد\u200cرضا", "محمّدرضا", "Mohammad Reza"},
	{"عبدالله", "عبد الله", "عبداله", "Abdollah"},
	{"ابراهیم", "ابرهیم", "Ebrahim"},
	{"اسحاق", "اسحق"},
	{"صغری", "صغرا", "صغرى"},
	{"مرتضی", "مرتضا", "Morteza"},
	{"مصطفی", "مصطفا"},
	{"یحیی", "یحیا", "Yahya"},
	{"لیلا", "لیلی"},
	{"داوود", "داود", "Davood"},
	{"ابوالفضل", "ابلفضل", "ابو الفضل", "Abolfazl"},
	{"ابوالقاسم", "ابلقاسم"},
	{"ماشاءالله", "ماشالله", "ماشاالله"},
	{"یدالله", "یدلله"},
	{"مائده", "مایده"},
	{"رقیه", "رقیّه", "رغیه"},
	{"کلثوم", "کلسوم", "گلثوم"},
	{"عسکری", "عسگری"},
	{"زکریا", "ذکریا"},
	{"ثریا", "سریا"},
	{"رضایی", "رضائی", "Rezaei", "Rezaee"},
	{"طباطبایی", "طباطبائی", "Tabatabaei"},
	{"حسینقلی", "حسین\u200cقلی", "حسین قلی"},
	{"حسین", "Hossein", "حسين"},
	{"فاطمه", "فاطمة", "Fatemeh", "Fateme"},
	{"مسعود", "Masoud"},
	{"موسوی", "Mousavi"},
	{"زهرا", "Zahra"},
	{"معصومه", "Masoumeh"},
	{"جواد", "Javad"},
	{"امید", "Omid"},
	{"شاكر", "شاکر", "شـاكر"},
	{"محمدهادي", "محمدهادی", "محمد هادی"},
}

// Different names that must not share a key.
var phoneticDifferent = [][2]string{
	{"محمد", "محمود"},
	{"حسن", "حسین"},
	{"زهرا", "زهره"},
	{"رضا", "رضایی"},
	{"موسی", "موسوی"},
	{"احمد", "حامد"},
	{"حمید", "حامد"},
	{"مهدی", "مهدیه"},
	{"علی", "علیرضا"},
	{"اکبر", "اکرم"},
	{"مریم", "مرجان"},
	{"فاطمه", "فاطیما"},
	{"کریم", "کریمی"},
	{"حسینی", "حسین"},
	{"جعفر", "جابر"},
	{"Ali", "Hossein"},
}

func TestPhoneticSame(t *testing.T) {
	for _, group := range phoneticSame {
		want := Phonetic(group[0])
		if want == "" {
			t.Errorf("Phonetic(%q) is empty", group[0])
		}
		for _, s := range group[1:] {
			if got := Phonetic(s); got != want {
				t.Errorf("Phonetic(%q) = %q, Phonetic(%q) = %q: want one key", s, got, group[0], want)
			}
		}
	}
}

func TestPhoneticDifferent(t *testing.T) {
	for _, p := range phoneticDifferent {
		if a, b := Phonetic(p[0]), Phonetic(p[1]); a == b {
			t.Errorf("Phonetic(%q) = Phonetic(%q) = %q: want different keys", p[0], p[1], a)
		}
	}
}

// The keys themselves, so that a change of design is a visible change here.
func TestPhoneticKeys(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{" - ", ""},
		{"محمد", "مهمد"},
		{"علی", "الا"},       // final ی after a consonant: ا
		{"رضا", "رزا"},       // final ا kept
		{"زهره", "زهره"},     // final ه kept
		{"اسماعیل", "اسمیل"}, // initial ا kept, medial ا/ع dropped
		{"عباس", "ابس"},
		{"ایرج", "ایرج"},
		{"موسوی", "موسوی"},  // ی after و stays
		{"رضایی", "رزی"},    // ایی → ی
		{"یحیی", "یهیا"},    // ی + final ی: the last is ا
		{"پرویز", "برویز"},  // پ → ب
		{"ژاله", "زله"},     // ژ → ز
		{"۱۲۳", "123"},      // digits kept
		{"Fateme", "فتمه"},  // final e → ه
		{"Khosro", "خسرو"},  // final o → و
		{"Shirin", "شیرین"}, // sh → ش
		{"Iman", "ایمن"},    // initial long i: ای
	}
	for _, tt := range tests {
		if got := Phonetic(tt.in); got != tt.want {
			t.Errorf("Phonetic(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzPhonetic(f *testing.F) {
	for _, g := range phoneticSame {
		for _, s := range g {
			f.Add(s)
		}
	}
	for _, s := range foldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Phonetic(s)
		if !utf8.ValidString(k) {
			t.Fatalf("Phonetic(%q) = %q: invalid UTF-8", s, k)
		}
		if strings.ContainsAny(k, " \u200c") || strings.ContainsRune(k, vowelE) || strings.ContainsRune(k, vowelO) {
			t.Fatalf("Phonetic(%q) = %q: space or internal symbol", s, k)
		}
		if kf := Phonetic(Fold(s)); kf != k {
			t.Fatalf("Phonetic(%q) = %q but Phonetic(Fold) = %q", s, k, kf)
		}
		if Fold(s) == "" && k != "" {
			t.Fatalf("Phonetic(%q) = %q for empty folded input", s, k)
		}
	})
}

func BenchmarkPhonetic(b *testing.B) {
	names := []string{"سيد محمدرضا", "اسماعیل", "فاطمه\u200cسادات", "ذبیح الله", "Mohammad Reza"}
	b.ReportAllocs()
	i := 0
	for b.Loop() { // one name per op
		Phonetic(names[i%len(names)])
		i++
	}
}
