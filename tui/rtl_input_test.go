package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/tui/bidi"
)

// In the visual modes inputs show visual order while the model's value,
// what is searched and stored, stays as typed.
func TestVisualInputsKeepLogicalValues(t *testing.T) {
	e := seed(t)
	households(t, e)
	d := startWith(t, e.st, e.ix, Options{Lang: "fa", RTL: "visual"})
	d.login("admin", "secret-pass")
	d.typeText("زهرا")
	if got := d.list().input.Value(); got != "زهرا" {
		t.Fatalf("search value %q", got)
	}
	if n := len(d.list().page.Results); n != 3 {
		t.Errorf("search found %d, want 3 (زهرایی too)", n)
	}
	d.wantView(bidi.String("زهرا", bidi.RTL, true))

	d.press(tea.KeyEsc)
	d.send(NewFileMsg{})
	m := d.top().(*registerForm)
	in := func() string { return m.form.fields[m.form.at].input.Value() }
	// Half-space is a rune like any other; in an RTL field → moves back
	// in logical order and ← forward.
	d.typeText("می\u200cروم")
	d.press(tea.KeyRight)
	d.press(tea.KeyRight)
	d.typeText("x")
	if got := in(); got != "می\u200cرxوم" {
		t.Errorf("after →→x: %q", got)
	}
	d.press(tea.KeyLeft)
	d.typeText("y")
	if got := in(); got != "می\u200cرxوyم" {
		t.Errorf("after ←y: %q", got)
	}
	d.wantView(bidi.String(in(), bidi.RTL, true))
	// Latin and digits inside Persian keep their own order on screen.
	d.press(tea.KeyTab)
	d.typeText("Ali 12 لاله")
	d.wantView("\uFEEA\uFEDF\uFEFB Ali 12")
}

func TestVisualAreaShowsVisualText(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	d := startWith(t, e.st, e.ix, Options{Lang: "fa", RTL: "visual-unshaped"})
	d.login("admin", "secret-pass")
	d.send(OpenFileMsg{ID: f.ID})
	d.typeText("v")
	m := d.top().(*visitForm)
	m.form.focus(m.findings)
	d.typeText("یخچال خراب است")
	if got := m.form.fields[m.findings].area.Value(); got != "یخچال خراب است" {
		t.Fatalf("area value %q", got)
	}
	v := d.view()
	if !strings.Contains(v, "تسا بارخ لاچخی") {
		t.Errorf("findings not in visual order:\n%s", v)
	}
}
