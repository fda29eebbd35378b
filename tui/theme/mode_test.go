package theme

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

func moded(dir Dir, m Mode) *Theme {
	th := ascii(dir)
	th.SetMode(m)
	return th
}

// Every mode fits mixed Persian, digits and Latin to exactly the width
// asked, measured after shaping, so columns and borders line up.
func TestFitWidthEveryMode(t *testing.T) {
	texts := []string{
		"سلام، پرونده ۱۴۰۳/۰۹/۱۲ (کد ۰۹۲۵۲۲۹۴۷۴)",
		"لاله\u200cها Ali 12",
		"زهرا احمدی",
		"Household 7",
		"بَدر",
		"",
	}
	for _, m := range Modes {
		for _, dir := range []Dir{LTR, RTL} {
			th := moded(dir, m)
			for _, s := range texts {
				for _, w := range []int{1, 5, 12, 40} {
					for _, a := range []Align{Start, End, Center} {
						got := th.Fit(s, w, a)
						if Width(got) != w {
							t.Errorf("%v dir %d: Fit(%q,%d) is %d wide: %q", m, dir, s, w, Width(got), got)
						}
					}
				}
				row := th.Row(30, th.Cell(s, 12, Start, th.S.Value), "|", th.Cell(s, 10, End, th.S.Value))
				if Width(row) != 30 {
					t.Errorf("%v: row of %q is %d wide", m, s, Width(row))
				}
			}
		}
	}
}

func TestTextPerMode(t *testing.T) {
	const s = "سلام (کد ۱۲)"
	cases := []struct {
		m    Mode
		dir  Dir
		want string
	}{
		{Logical, RTL, s},
		{VisualUnshaped, RTL, "(۱۲ دک) مالس"},
		{Visual, RTL, "(۱۲ \uFEAA\uFB90) \uFEE1\uFEFC\uFEB3"},
		// The en UI takes a Persian field's direction from its letters.
		{VisualUnshaped, LTR, "(۱۲ دک) مالس"},
	}
	for _, c := range cases {
		if got := moded(c.dir, c.m).Text(s); got != c.want {
			t.Errorf("%v dir %d: %q %U, want %q", c.m, c.dir, got, []rune(got), c.want)
		}
	}
	// Lam-alef is one cell once shaped: the cell is padded, not cut.
	if got := moded(RTL, Visual).Fit("لا", 2, Start); got != " \uFEFB" {
		t.Errorf("lam-alef fit: %q", got)
	}
	// Truncation keeps the logical start; the ellipsis lands at the
	// logical end, on the left in RTL.
	if got := moded(RTL, VisualUnshaped).Fit("علیرضا احمدی", 5, Start); got != "…ریلع" {
		t.Errorf("rtl truncation: %q", got)
	}
}

func TestModeNames(t *testing.T) {
	for _, m := range Modes {
		got, ok := ParseMode(m.String())
		if !ok || got != m {
			t.Errorf("%v does not round-trip", m)
		}
	}
	if _, ok := ParseMode(""); ok {
		t.Error("empty mode accepted")
	}
	if _, ok := ParseMode("Visual "); ok {
		t.Error("misspelt mode accepted")
	}
}

func TestHighlightVisualFollowsRunes(t *testing.T) {
	th := moded(RTL, VisualUnshaped)
	got := th.Highlight("علی رضا", []int{0}, 9, Start, th.S.Value, th.S.Match)
	if got != "  اضر یلع" {
		t.Errorf("highlight: %q", got)
	}
}

func TestInputKeySwapsArrowsInRTL(t *testing.T) {
	left := tea.KeyMsg{Type: tea.KeyLeft}
	if got := moded(RTL, Visual).InputKey(left, ""); got.Type != tea.KeyRight {
		t.Error("RTL visual: ← should move forward")
	}
	if got := moded(RTL, Logical).InputKey(left, ""); got.Type != tea.KeyLeft {
		t.Error("logical mode changed a key")
	}
	if got := moded(LTR, Visual).InputKey(left, "Ali"); got.Type != tea.KeyLeft {
		t.Error("LTR field changed a key")
	}
	if got := moded(LTR, Visual).InputKey(left, "علی"); got.Type != tea.KeyRight {
		t.Error("Persian field in en UI: ← should move forward")
	}
	r := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")}
	if got := moded(RTL, Visual).InputKey(r, ""); got.String() != "x" {
		t.Error("a typed rune changed")
	}
}

func TestHelpVisualRTL(t *testing.T) {
	th := moded(RTL, VisualUnshaped)
	bs := shortKeys{key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "ذخیره"))}
	got := strings.TrimSpace(th.HelpView(th.Help(), bs, 30))
	if got != "هریخذ ctrl+s" {
		t.Errorf("help: %q", got)
	}
}

func TestAreaLinesVisual(t *testing.T) {
	th := moded(RTL, VisualUnshaped)
	lines := []string{"یخچال خراب است و خانواده نیاز دارد", "دوم"}
	got := th.AreaLines(lines, 1, 3, true, 12, 3, th.S.Value)
	if len(got) != 3 {
		t.Fatalf("%d rows", len(got))
	}
	for i, l := range got {
		if Width(l) != 12 {
			t.Errorf("row %d is %d wide: %q", i, Width(l), l)
		}
	}
	// The caret is on the last line ("دوم", at its end): it is shown, as
	// the last of the three rows.
	if !strings.Contains(got[2], "مود") {
		t.Errorf("caret row not shown: %q", got)
	}
	rows := wrapRunes([]rune(lines[0]), 11)
	for _, r := range rows {
		if r[1]-r[0] > 11 {
			t.Errorf("row %v wider than 11", r)
		}
	}
	if len(wrapRunes(nil, 5)) != 1 {
		t.Error("an empty line has no row")
	}
}

// Stored text cannot send the terminal commands: controls show as U+FFFD
// and keep their cell.
func TestControlsNeutralised(t *testing.T) {
	for _, m := range Modes {
		th := moded(RTL, m)
		got := th.Fit("a\x1b[2Jb\x07", 8, Start)
		if strings.ContainsAny(got, "\x1b\x07") || Width(got) != 8 {
			t.Errorf("%v: %q", m, got)
		}
	}
}
