package theme

import (
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

func ascii(dir Dir) *Theme {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	return New(r, dir)
}

func TestFitByDisplayWidth(t *testing.T) {
	th := ascii(LTR)
	cases := []struct {
		in    string
		width int
		a     Align
		want  string
	}{
		{"abc", 5, Start, "abc  "},
		{"abc", 5, End, "  abc"},
		{"abcdef", 4, Start, "abc…"},
		// ZWNJ takes no cell: «پرونده‌ها» is 8 cells, not 9.
		{"پرونده\u200cها", 9, Start, "پرونده\u200cها "},
		{"a\nb", 3, Start, "a b"},
		{"x", 0, Start, ""},
	}
	for _, c := range cases {
		got := th.Fit(c.in, c.width, c.a)
		if got != c.want {
			t.Errorf("Fit(%q,%d) = %q, want %q", c.in, c.width, got, c.want)
		}
		if c.width > 0 && Width(got) != c.width {
			t.Errorf("Fit(%q,%d) is %d wide", c.in, c.width, Width(got))
		}
	}
}

func TestMirroredInRTL(t *testing.T) {
	l, r := ascii(LTR), ascii(RTL)
	if got := l.Fit("ab", 4, Start); got != "ab  " {
		t.Errorf("LTR start: %q", got)
	}
	if got := r.Fit("ab", 4, Start); got != "  ab" {
		t.Errorf("RTL start: %q", got)
	}
	if got := r.Row(6, "A", "B", "C"); got != "   CBA" {
		t.Errorf("RTL row: %q", got)
	}
	if got := l.Row(6, "A", "B", "C"); got != "ABC   " {
		t.Errorf("LTR row: %q", got)
	}
	f := r.Field("نام", "زهرا", 5, 12, r.S.Value)
	// The label is on the right, pressed against the value on its left.
	if f != "  زهرا نام  " {
		t.Errorf("RTL field: %q", f)
	}
}

func TestHighlightKeepsTextAndWidth(t *testing.T) {
	th := ascii(LTR)
	got := th.Highlight("زهرا احمدی", []int{0, 1, 2, 3}, 14, Start, th.S.Value, th.S.Match)
	if got != "زهرا احمدی    " {
		t.Errorf("highlight: %q", got)
	}
	got = th.Highlight("abcdefgh", []int{7}, 5, Start, th.S.Value, th.S.Match)
	if Width(got) != 5 {
		t.Errorf("truncated highlight width %d: %q", Width(got), got)
	}
}

func TestFrameAndWrap(t *testing.T) {
	th := ascii(LTR)
	fr := th.Frame("a\nb\nc", 3, 2)
	if fr != "a  \nb  " {
		t.Errorf("frame: %q", fr)
	}
	lines := th.Wrap("one two three four", 10, th.S.Value)
	if len(lines) != 2 || strings.TrimSpace(lines[0]) != "one two" {
		t.Errorf("wrap: %q", lines)
	}
}

func TestPlainUnderAscii(t *testing.T) {
	if !ascii(LTR).Plain {
		t.Error("Ascii profile not plain")
	}
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI)
	if New(r, LTR).Plain {
		t.Error("16-colour profile plain")
	}
}

func TestHelpViewRTLKeepsFirstKeys(t *testing.T) {
	th := ascii(RTL)
	bs := []key.Binding{
		key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save-first")),
		key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next")),
		key.NewBinding(key.WithKeys("f1"), key.WithHelp("f1", "help")),
		key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back-and-more-words")),
		key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit-last")),
	}
	got := th.HelpView(th.Help(), shortKeys(bs), 40)
	if !strings.Contains(got, "save-first") || strings.Contains(got, "quit-last") {
		t.Errorf("narrow RTL footer should keep the first keys and drop the last: %q", got)
	}
	if Width(got) > 40 {
		t.Errorf("footer wider than 40: %d", Width(got))
	}
}

type shortKeys []key.Binding

func (k shortKeys) ShortHelp() []key.Binding  { return k }
func (k shortKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k} }
