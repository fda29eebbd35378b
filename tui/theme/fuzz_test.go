package theme

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFitWidth: whatever the text, every mode fits it to exactly the
// width asked (after shaping), and an input with the caret anywhere
// stays within its width.
func FuzzFitWidth(f *testing.F) {
	for _, s := range []string{"سلام، پرونده ۱۴۰۳/۰۹/۱۲ (کد ۰۹۲۵۲۲۹۴۷۴)", "لاله\u200cها", "Ali (علی) 12", "بَ\u0640ب", ""} {
		f.Add(s, uint8(10), uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, w, caret uint8) {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, prepended) {
			return
		}
		width := 1 + int(w)%60
		for _, m := range Modes {
			for _, dir := range []Dir{LTR, RTL} {
				th := moded(dir, m)
				if got := th.Fit(s, width, Start); Width(got) != width {
					t.Fatalf("%v dir %d: Fit(%q, %d) is %d wide", m, dir, s, width, Width(got))
				}
				ti := th.TextInput("")
				ti.SetValue(s)
				ti.Focus()
				ti.SetCursor(int(caret))
				if got := th.Input(ti, width); Width(got) > width && m != Logical {
					t.Fatalf("%v dir %d: Input(%q, %d) is %d wide", m, dir, s, width, Width(got))
				}
			}
		}
	})
}

// prepended reports the prepended concatenation marks (U+0600–0605 and
// kin): a grapheme cluster joins them to whatever follows, even padding,
// so their width is not theirs alone, in every mode alike. They do not
// occur in names or notes.
func prepended(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x0605, r == 0x06DD, r == 0x070F, r == 0x0890, r == 0x0891, r == 0x08E2, r == 0x110BD, r == 0x110CD:
		return true
	}
	return false
}
