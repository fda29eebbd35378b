package fa

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestStripTitles(t *testing.T) {
	tests := []struct {
		in     string
		rest   string
		titles []string
	}{
		{"", "", nil},
		{"   ", "", nil},
		{"محمد", "محمد", nil},
		{"  محمد  رضا ", "محمد  رضا", nil}, // the rest as typed, trimmed
		{"سید محمد", "محمد", []string{"سید"}},
		{"سيد محمد", "محمد", []string{"سید"}},      // Arabic yeh
		{"سید\u200cمحمد", "محمد", []string{"سید"}}, // ZWNJ
		{"سیدمحمد", "محمد", []string{"سید"}},       // glued
		{"سيدمحمدرضا", "محمدرضا", []string{"سید"}},
		{"سیدهادی", "هادی", []string{"سید"}}, // سید + هادی, not سیده + ادی
		{"سیدهزهرا", "زهرا", []string{"سیده"}},
		{"سیده زهرا", "زهرا", []string{"سیده"}},
		{"سیده فاطمه سادات", "فاطمه", []string{"سیده", "سادات"}},
		{"فاطمه سادات", "فاطمه", []string{"سادات"}},
		{"فاطمه\u200cسادات", "فاطمه", []string{"سادات"}},
		{"میر احمد", "احمد", []string{"میر"}},
		{"میراحمد", "میراحمد", nil}, // میر only as a word
		{"حاج سید علی", "علی", []string{"حاج", "سید"}},
		{"حاجی حسن", "حسن", []string{"حاجی"}},
		{"حاجیه خانم", "خانم", []string{"حاجیه"}},
		{"کربلائی حسن", "حسن", []string{"کربلایی"}},
		{"كربلایی  غلامرضا", "غلامرضا", []string{"کربلایی"}},
		{"کربلا رجب", "رجب", []string{"کربلا"}},
		{"مشهدی تقی", "تقی", []string{"مشهدی"}},
		{"شیخ عباس", "عباس", []string{"شیخ"}},
		{"حـاج محمد", "محمد", []string{"حاج"}}, // tatweel
		{"مشهدی", "مشهدی", nil},                // a surname: nothing left to strip for
		{"سید", "سید", nil},
		{"سادات", "سادات", nil},
		{"سیده", "سیده", nil},
		{"حاج سید", "سید", []string{"حاج"}},
		{"سیدی", "سیدی", nil}, // surnames, not titles
		{"سیدان", "سیدان", nil},
		{"سیدزاده", "سیدزاده", nil},
		{"سعید", "سعید", nil},
		{"سیدِمحمد", "محمد", []string{"سید"}},                   // kasra on the title
		{Fold("حاج سيد  محمد"), "محمد", []string{"حاج", "سید"}}, // folded input
		{"\u200fسید علی", "علی", []string{"سید"}},
		{"سید ـ علی", "علی", []string{"سید"}}, // a word that folds to nothing
		{"Ali", "Ali", nil},
	}
	for _, tt := range tests {
		rest, titles := StripTitles(tt.in)
		if rest != tt.rest || !reflect.DeepEqual(titles, tt.titles) {
			t.Errorf("StripTitles(%q) = %q, %q; want %q, %q", tt.in, rest, titles, tt.rest, tt.titles)
		}
	}
}

func TestStripSurnameSuffix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"حسین زاده", "حسین"},
		{"حسینزاده", "حسین"},
		{"حسینی", "حسین"},
		{"حسین", "حسین"},
		{"علی پور", "عل"}, // consistent, if not pretty
		{"رضایی", "رضا"},
		{Fold("رضائی"), "رضا"},
		{"طباطبایی", "طباطبا"},
		{"احمدی", "احمد"},
		{"کریمی ها", "کریم"},
		{"هزاره ای", "هزار"}, // ه‌ای = ئی
		{Fold("هزارئی"), "هزار"},
		{"خامنه ای", "خامن"},
		{Fold("خامنئی"), "خامن"},
		{"محمدی پور", "محمد"},
		{"غلام نیا", "غلامنیا"}, // نیا stays
		{"ها", "ها"},            // nothing meaningful would remain
		{"زاده", "زاده"},
		{"پور", "پور"},
		{"بی", "بی"},
	}
	for _, tt := range tests {
		if got := StripSurnameSuffix(tt.in); got != tt.want {
			t.Errorf("StripSurnameSuffix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzStripTitles(f *testing.F) {
	for _, tt := range []string{"سید محمد", "سیدهادی", "فاطمه\u200cسادات", "حاج سید", "کربلائی  حسن", "سیده", "سیدِمحمد"} {
		f.Add(tt)
	}
	for _, s := range foldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rest, titles := StripTitles(s)
		if !utf8.ValidString(s) {
			return // rest is a substring of s; the checks below assume text
		}
		if !strings.Contains(s, rest) {
			t.Fatalf("StripTitles(%q): rest %q is not part of the input", s, rest)
		}
		for _, ti := range titles {
			if !leadingTitles[ti] && ti != trailingTitle {
				t.Fatalf("StripTitles(%q): unknown title %q", s, ti)
			}
		}
		if Fold(s) != "" && Fold(rest) == "" {
			t.Fatalf("StripTitles(%q) = %q, %q: nothing left", s, rest, titles)
		}
		if len(titles) == 0 && Fold(rest) != Fold(s) {
			t.Fatalf("StripTitles(%q) = %q with no titles", s, rest)
		}
		StripSurnameSuffix(Fold(s))
	})
}
