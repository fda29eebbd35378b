package bidi

import (
	"testing"
)

func TestVisual(t *testing.T) {
	cases := []struct {
		name  string
		in    string
		d     Dir
		shape bool
		want  string
	}{
		{"latin unchanged", "Hello, world", LTR, true, "Hello, world"},
		{"persian reversed", "علی", RTL, false, "یلع"},
		{"persian shaped", "علی", RTL, true, "\uFBFD\uFEE0\uFECB"},
		{"auto picks rtl", "علی", Auto, false, "یلع"},
		{"date keeps reading order", "۱۴۰۳/۰۹/۱۲", RTL, false, "۱۴۰۳/۰۹/۱۲"},
		{"date after a word", "تاریخ ۱۴۰۳/۰۹/۱۲", RTL, false, "۱۴۰۳/۰۹/۱۲ خیرات"},
		{"latin digits in rtl", "کد 123", RTL, false, "123 دک"},
		{"latin inside rtl", "نام Ali رضا", RTL, false, "اضر Ali مان"},
		{"persian inside ltr", "name: علی ok", LTR, false, "name: یلع ok"},
		{"brackets mirrored", "(کد ۰۹۲۵)", RTL, false, "(۰۹۲۵ دک)"},
		{"guillemets mirrored", "«سلام»", RTL, false, "«مالس»"},
		{"brackets in ltr kept", "a (b) c", LTR, false, "a (b) c"},
		{"lam-alef isolated", "لا", RTL, true, "\uFEFB"},
		{"lam-alef final", "سلام", RTL, true, "\uFEE1\uFEFC\uFEB3"},
		{"lam-hamza-alef", "لأ", RTL, true, "\uFEF7"},
		{"zwnj breaks the join and is dropped", "می\u200cروم", RTL, true, "\uFEE1\uFEED\uFEAD\uFBFD\uFEE3"},
		{"zwnj kept unshaped", "می\u200cروم", RTL, false, "مور\u200cیم"},
		{"harakat stay after letter", "بَد", RTL, true, "\uFEAA\uFE91\u064E"},
		{"tatweel joins", "بـب", RTL, true, "\uFE90\u0640\uFE91"},
		{"trailing space at para level", "علی ", RTL, false, " یلع"},
		{"ellipsis at logical end", "علی…", RTL, false, "…یلع"},
	}
	for _, c := range cases {
		got := String(c.in, c.d, c.shape)
		if got != c.want {
			t.Errorf("%s: String(%q) = %q %U, want %q %U", c.name, c.in, got, []rune(got), c.want, []rune(c.want))
		}
	}
}

func TestShapeForms(t *testing.T) {
	cases := []struct{ in, want string }{
		{"ب", "\uFE8F"},                             // isolated
		{"بب", "\uFE91\uFE90"},                      // initial, final
		{"ببب", "\uFE91\uFE92\uFE90"},               // medial
		{"دب", "\uFEA9\uFE8F"},                      // dal does not join forward
		{"پچژگک", "\uFB58\uFB7D\uFB8B\uFB94\uFB8F"}, // ژ does not join forward
		{"لا", "\uFEFB" + string(Dropped)},
		{"الله", "\uFE8D\uFEDF\uFEE0\uFEEA"},
		{"لم", "\uFEDF\uFEE2"},                             // no optional lam-meem ligature
		{"سالمند", "\uFEB3\uFE8E\uFEDF\uFEE4\uFEE8\uFEAA"}, // as found in the list
	}
	for _, c := range cases {
		got := string(Shape([]rune(c.in)))
		if got != c.want {
			t.Errorf("Shape(%q) = %U, want %U", c.in, []rune(got), []rune(c.want))
		}
	}
}
