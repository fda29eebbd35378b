package theme

import (
	"io"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

func colour(dir Dir) *Theme {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	return New(r, dir)
}

// A Paint shows the same text as its style: the same letters, the same
// width, and the style's codes around them; a style it cannot reduce
// (padding) is rendered the slow way, never wrongly.
func TestPaintMatchesRender(t *testing.T) {
	th := colour(LTR)
	for name, st := range map[string]lipgloss.Style{
		"value": th.S.Value, "selected": th.S.Selected, "match": th.S.Match,
		"match-reverse": th.S.Match.Reverse(true), "header": th.S.Header, "muted": th.S.Muted,
		"padded": th.S.Value.Padding(0, 2), "border": th.S.Border,
	} {
		p := th.Paint(st)
		for _, s := range []string{"زهرا احمدی", "a b  ", " ‹", "x\ny"} {
			got, want := p.Render(s), st.Render(s)
			if ansi.Strip(got) != ansi.Strip(want) || Width(got) != Width(want) {
				t.Errorf("%s: Paint(%q) = %q, Render = %q", name, s, got, want)
			}
		}
		if name == "selected" && p.Render("a") != "\x1b[7ma\x1b[0m" {
			t.Errorf("selected painted %q", p.Render("a"))
		}
	}
	// Plain profiles paint nothing at all, as Render does.
	if p := ascii(RTL).Paint(ascii(RTL).S.Selected); p.Render("ab") != "ab" {
		t.Errorf("ascii paint %q", p.Render("ab"))
	}
}

// The painted row is the row Row makes from the same cells, in both
// directions, and a row that does not fit is cut as Row cuts it.
func TestRowSizedIsRow(t *testing.T) {
	for _, dir := range []Dir{LTR, RTL} {
		for _, th := range []*Theme{ascii(dir), colour(dir)} {
			p, hl := th.Paint(th.S.Selected), th.Paint(th.S.Match)
			cells := []string{
				th.PaintMarker(true, p),
				th.PaintHighlight("زهرا احمدی", []int{0, 1}, 12, Start, p, hl),
				p.Render(" "),
				th.PaintCell("۱۴۰۳/۰۹/۱۲", 10, Start, p),
			}
			used := MarkerWidth + 12 + 1 + 10
			for _, w := range []int{40, used, used - 3} {
				got, want := th.RowSized(w, used, cells...), th.Row(w, cells...)
				if ansi.Strip(got) != ansi.Strip(want) || Width(got) != w {
					t.Errorf("dir %d width %d: RowSized %q, Row %q", dir, w, ansi.Strip(got), ansi.Strip(want))
				}
			}
			slow := []string{
				th.Marker(true, th.S.Selected),
				th.Highlight("زهرا احمدی", []int{0, 1}, 12, Start, th.S.Selected, th.S.Match),
			}
			for i, c := range slow {
				if ansi.Strip(c) != ansi.Strip(cells[i]) {
					t.Errorf("dir %d cell %d: painted %q, styled %q", dir, i, ansi.Strip(cells[i]), ansi.Strip(c))
				}
			}
		}
	}
}
