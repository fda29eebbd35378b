package theme

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

// Every rune the fast path counts is counted as the exact measure counts
// it: alone, after ASCII and Persian letters, doubled, and beside a ZWNJ.
func TestFastWidthAgreesOnEveryRune(t *testing.T) {
	check := func(s string) {
		t.Helper()
		fast, ok := fastWidth(s)
		if !ok {
			t.Fatalf("fast path refused %q (%U)", s, []rune(s))
		}
		if exact := lipgloss.Width(s); fast != exact {
			t.Errorf("%q (%U): fast %d, exact %d", s, []rune(s), fast, exact)
		}
	}
	for _, set := range [][]runeRange{oneCell[:], zeroCell[:]} {
		for _, rr := range set {
			for r := rr.lo; r <= rr.hi; r++ {
				c := string(r)
				for _, s := range []string{c, "a" + c, c + "a", c + c, "ب" + c + "پ", c + "\u200c" + c, "\x1b[1;4;33m" + c + "\x1b[0m"} {
					check(s)
				}
			}
		}
	}
}

// Random lines of known and unknown runes and escape codes: when the fast
// path answers, it answers as the exact one.
func TestFastWidthRandomLines(t *testing.T) {
	pieces := []string{"a", " ", "زهرا", "‌", "۱۴۰۳", "‹", "…", "│", "\x1b[7m", "\x1b[0m", "\x1b[38;5;3m",
		"ﻻ", "ﭖ", "\u064e", "é", "e\u0301", "😀", "中", "\x1b]8;;x\x07", "\t", "\u200d", "🇮🇷"}
	r := rand.New(rand.NewPCG(5, 8))
	answered := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if fast, ok := fastWidth(s); ok {
			answered++
			if exact := lipgloss.Width(s); fast != exact {
				t.Fatalf("%q: fast %d, exact %d", s, fast, exact)
			}
		}
		if Width(s) != lipgloss.Width(s) {
			t.Fatalf("Width(%q) = %d, exact %d", s, Width(s), lipgloss.Width(s))
		}
	}
	if answered < 2000 {
		t.Errorf("fast path answered only %d lines", answered)
	}
}
