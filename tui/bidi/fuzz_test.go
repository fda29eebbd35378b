package bidi

import (
	"testing"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// FuzzVisual: any line gives, without panic, a visual order that is a
// permutation of the logical runes (unshaped) or of those shaping keeps
// (shaped), each rune itself or its mirror or presentation form; shaping
// never widens a line.
func FuzzVisual(f *testing.F) {
	for _, s := range []string{"", "علی", "سلام، پرونده ۱۴۰۳/۰۹/۱۲ (کد ۰۹۲۵۲۲۹۴۷۴)", "می\u200cروم",
		"a (b [c) d]", "لَا", "x\u202Ey\u202C", "\t«ب»\u2067z"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, d uint8) {
		if !utf8.ValidString(s) {
			return
		}
		rs := []rune(s)
		dir := Dir(d % 4)
		out, order := Visual(rs, dir, false)
		if len(out) != len(rs) || len(order) != len(rs) {
			t.Fatalf("unshaped lost runes: %d of %d", len(out), len(rs))
		}
		seen := make([]bool, len(rs))
		for i, li := range order {
			if li < 0 || li >= len(rs) || seen[li] {
				t.Fatalf("order not a permutation: %v", order)
			}
			seen[li] = true
			if out[i] != rs[li] && out[i] != mirror[rs[li]] {
				t.Fatalf("rune %U at %d is not logical %U or its mirror", out[i], i, rs[li])
			}
		}
		sout, sorder := Visual(rs, dir, true)
		shaped := Shape(rs)
		kept := 0
		for _, r := range shaped {
			if r != Dropped {
				kept++
			}
		}
		if len(sout) != kept || len(sorder) != kept {
			t.Fatalf("shaped has %d runes, want %d", len(sout), kept)
		}
		// Cells counted rune by rune, as a terminal advances: grapheme
		// rules (prepended marks) would tie width to the order.
		if w, w0 := cells(sout), cells(rs); w > w0 {
			t.Fatalf("shaping widened %q: %d > %d", s, w, w0)
		}
	})
}

func cells(rs []rune) int {
	n := 0
	for _, r := range rs {
		n += runewidth.RuneWidth(r)
	}
	return n
}
