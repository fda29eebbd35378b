package fa

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"شاكر", "شاکر"},         // Arabic kaf
		{"محمدهادي", "محمدهادی"}, // Arabic yeh
		{"موسى", "موسی"},         // alef maksura
		{"رئیسی", "رییسی"},       // yeh with hamza
		{"مؤمنی", "مومنی"},       // waw with hamza
		{"فاطمة", "فاطمه"},       // teh marbuta
		{"خانهۀ", "خانهه"},       // heh with yeh above
		{"أحمد إبراهيم آرش ٱلله", "احمد ابراهیم ارش الله"},
		{"مُحَمَّد", "محمد"},                   // harakat
		{"محمّد", "محمد"},                      // shadda
		{"رحمٰن", "رحمن"},                      // superscript alef
		{"محـــمد", "محمد"},                    // tatweel
		{"پنج\u200cتن", "پنج تن"},              // ZWNJ
		{"پنج\u200dتن", "پنج تن"},              // ZWJ
		{"۱۳۳۸/۵/۱۹", "1338/5/19"},             // Persian digits
		{"١٣٣٨", "1338"},                       // Arabic-Indic digits
		{"علی\u00a0رضا", "علی رضا"},            // NBSP
		{"علی  رضا", "علی رضا"},                // doubled space
		{"\t علی \n رضا \r\n", "علی رضا"},      // other white space, trimmed
		{"علی-رضا", "علی رضا"},                 // hyphen
		{"علی – رضا — x", "علی رضا x"},         // dashes
		{"Ali REZA Karimi", "ali reza karimi"}, // Latin lower-cased
		{"سید Ali محمدی", "سید ali محمدی"},     // mixed
		{"\ufeffردیف", "ردیف"},                 // BOM
		{"\u200fعلی\u200e", "علی"},             // direction marks
		{"ﻣﺤﻤﺪ", "محمد"},                       // presentation forms: NFKC
		{"ﻙ", "ک"},                             // NFKC gives ك, then ک
		{"ﻻ", "لا"},                            // lam-alef ligature
		{"ا\u0653", "ا"},                       // decomposed madda: NFKC composes آ
		{"ي\u0654", "ی"},                       // decomposed yeh with hamza
		{"０９１２", "0912"},                       // full-width digits: NFKC
		{"Ｍｏｈａｍｍａｄ", "mohammad"},               // full-width letters
		{"Café", "café"},                       // outside the fast path
		{"a\x00b\x7fc", "abc"},                 // control characters dropped
		{"a\xffb", "a\ufffdb"},                 // invalid UTF-8
		{"مؤسسه خیریه امام رضا (ع) - دروی", "موسسه خیریه امام رضا (ع) دروی"},
		{"بولوار پنج\u200cتن، پنج\u200cتن ۱۷، بن\u200cبست ۶، پلاك ۸۶", "بولوار پنج تن، پنج تن 17، بن بست 6، پلاک 86"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldCompact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"محمدرضا", "محمدرضا"},
		{"محمد رضا", "محمدرضا"},
		{"محمد\u200cرضا", "محمدرضا"},
		{"محمد  -  رضا", "محمدرضا"},
		{"عبد الله", "عبدالله"},
		{" سيد علي ", "سیدعلی"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := FoldCompact(tt.in); got != tt.want {
			t.Errorf("FoldCompact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ", nil},
		{"سید  محمد\u200cرضا", []string{"سید", "محمد", "رضا"}},
		{"بولوار توس، توس ۷۲، پلاک ۱۴", []string{"بولوار", "توس", "توس", "72", "پلاک", "14"}},
		{"خ. امام رضا (ع)", []string{"خ", "امام", "رضا", "ع"}},
		{"Ali-Reza شاكر", []string{"ali", "reza", "شاکر"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !(len(got) == 0 && len(tt.want) == 0) && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Fold runs on every keystroke and every imported row: canonical text must
// not allocate, and typical Persian/ASCII text allocates once.
func TestFoldAllocs(t *testing.T) {
	tests := []struct {
		in  string
		max float64
	}{
		{"محمدرضا شاکر بولوار پنج تن 17", 0},
		{"ali reza", 0},
		{"سيد محمدرضا  شاكر، بولوار پنج\u200cتن، پنج\u200cتن ۱۷، بن\u200cبست ۶، پلاك ۸۶", 1},
		{"Ali REZA", 1},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(100, func() { Fold(tt.in) }); n > tt.max {
			t.Errorf("Fold(%q): %v allocations, want at most %v", tt.in, n, tt.max)
		}
	}
}

// Sample of how clerks type (see shared/bench): used as fuzz seeds.
var foldSeeds = []string{
	"شاكر", "محمدهادي", "پنج\u200cتن", "۱۳۳۸/۵/۱۹", "محـمد", "علی\u00a0رضا", "علی  رضا",
	"Ali REZA محمد", "سیده زهرا", "فاطمه\u200cسادات", "بولوار عسکریه، عسکریه 27، پلاک 11",
	"ﻣﺤﻤﺪ", "ا\u0653", "a\u200e\u0301", "e \u0301", "\xff", "ǅ", "ﷺ",
}

func FuzzFold(f *testing.F) {
	for _, s := range foldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Fold(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, out)
		}
		if fast := !strings.ContainsFunc(s, func(r rune) bool { return foldRune(r) == foldNorm }); fast && isFolded(s, false) != (out == s) {
			// isFolded is a second, plain statement of what is canonical.
			t.Fatalf("Fold(%q) = %q but isFolded = %v", s, out, isFolded(s, false))
		}
		if again := Fold(out); again != out {
			t.Fatalf("Fold not idempotent: Fold(%q) = %q, Fold of that = %q", s, out, again)
		}
		if strings.Contains(out, "  ") || strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") {
			t.Fatalf("Fold(%q) = %q: bad spacing", s, out)
		}
		for _, r := range out {
			switch {
			case r == 0x200C, r == 0x200D, r == 0x00A0, r == 0x0640,
				r >= 0x064B && r <= 0x0652, r == 0x0670,
				strings.ContainsRune("يىئكةۀأإآٱؤ", r),
				r >= '۰' && r <= '۹', r >= '٠' && r <= '٩',
				r >= 'A' && r <= 'Z', r == '\t', r == '\n', r == '-':
				t.Fatalf("Fold(%q) = %q: contains %U", s, out, r)
			}
		}
		c := FoldCompact(s)
		if strings.Contains(c, " ") {
			t.Fatalf("FoldCompact(%q) = %q: contains a space", s, c)
		}
		if again := FoldCompact(c); again != c {
			t.Fatalf("FoldCompact not idempotent: %q → %q → %q", s, c, again)
		}
		if fc := FoldCompact(out); fc != c {
			t.Fatalf("FoldCompact(Fold(%q)) = %q, FoldCompact = %q", s, fc, c)
		}
		for _, w := range Tokens(s) {
			if w == "" || strings.Contains(w, " ") {
				t.Fatalf("Tokens(%q) has word %q", s, w)
			}
		}
	})
}

// A typical row: name and address as typed at a centre with an Arabic
// keyboard and Persian digits.
const benchLine = "سيد محمدرضا  شاكر، بولوار پنج\u200cتن، پنج\u200cتن ۱۷، بن\u200cبست ۶، پلاك ۸۶"

func BenchmarkFold(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchLine)))
	for b.Loop() {
		Fold(benchLine)
	}
}

func BenchmarkFoldCanonical(b *testing.B) {
	s := Fold(benchLine)
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Fold(s)
	}
}

func BenchmarkFoldCompact(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchLine)))
	for b.Loop() {
		FoldCompact(benchLine)
	}
}

// With presentation forms, Fold takes the NFKC path.
func BenchmarkFoldNFKC(b *testing.B) {
	s := "ﻣﺤﻤﺪ " + benchLine
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Fold(s)
	}
}
