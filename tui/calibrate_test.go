package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/theme"
)

// startAsking is startWith without the harness's --rtl logical: the
// session follows the user's stored mode and calibrates on first login.
func startAsking(t *testing.T, e env, lang string) *driver {
	t.Helper()
	c := &clock{t: testNow}
	a := newApp(e.st, e.ix, Options{Lang: lang, Renderer: asciiRenderer(), Now: c.now})
	a.s.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	d := &driver{t: t, app: a, clock: c}
	d.run(a.Init())
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return d
}

func (d *driver) mode() theme.Mode { return d.app.s.Theme.Mode() }

func TestFirstLoginCalibratesAndStores(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want theme.Mode
	}{
		{"1", theme.Visual},
		{"۲", theme.VisualUnshaped}, // Persian digit on a Persian layout
		{"٣", theme.Logical},        // Arabic-Indic digit
	} {
		t.Run(tc.want.String(), func(t *testing.T) {
			e := seed(t)
			d := startAsking(t, e, "fa")
			d.login("admin", "secret-pass")
			if _, ok := d.top().(*calibrateScreen); !ok {
				t.Fatalf("first login shows %T, want calibration", d.top())
			}
			d.wantView("سلام، پرونده", "Which sample line reads correctly")
			d.typeText("x") // a stray key changes nothing
			if _, ok := d.top().(*calibrateScreen); !ok || d.mode() != theme.Logical {
				t.Fatal("stray key left calibration or changed the mode")
			}
			d.typeText(tc.key)
			if _, ok := d.top().(*listScreen); !ok {
				t.Fatalf("after choosing, top is %T", d.top())
			}
			if d.mode() != tc.want {
				t.Errorf("mode %v, want %v", d.mode(), tc.want)
			}
			u, err := e.st.User(e.admin.ID)
			if err != nil || u.RTLMode != tc.want.String() {
				t.Fatalf("stored %q (%v), want %q", u.RTLMode, err, tc.want)
			}
			// The next login uses the stored mode and does not ask.
			d2 := startAsking(t, e, "fa")
			d2.login("admin", "secret-pass")
			if _, ok := d2.top().(*listScreen); !ok || d2.mode() != tc.want {
				t.Fatalf("second login: top %T mode %v", d2.top(), d2.mode())
			}
		})
	}
}

func TestCalibrateAnytimeWithF8(t *testing.T) {
	e := seed(t)
	d := startWith(t, e.st, e.ix, Options{Lang: "en"})
	d.press(tea.KeyF8) // before login: for this session only
	if _, ok := d.top().(*calibrateScreen); !ok {
		t.Fatalf("f8 on login shows %T", d.top())
	}
	// The cursor starts on the current mode (logical, the last option).
	d.press(tea.KeyDown) // wraps to the first (visual)
	d.press(tea.KeyUp)   // back to logical
	d.press(tea.KeyUp)   // visual-unshaped
	d.press(tea.KeyEnter)
	if d.mode() != theme.VisualUnshaped {
		t.Fatalf("mode %v after enter", d.mode())
	}
	if _, ok := d.top().(*loginScreen); !ok {
		t.Fatalf("back on %T, want login", d.top())
	}
	if !strings.Contains(d.view(), "log in to save") {
		t.Errorf("no session-only note:\n%s", d.view())
	}
	if u, _ := e.st.User(e.admin.ID); u.RTLMode != "" {
		t.Errorf("stored before login: %q", u.RTLMode)
	}
	// Typed text in the login field is kept across the detour.
	d.typeText("admin")
	d.press(tea.KeyF8)
	d.typeText("1")
	if got := d.top().(*loginScreen).ring.Fields[0].Value(); got != "admin" {
		t.Errorf("login field holds %q", got)
	}
}

func TestRTLFlagOverridesAndSkipsCalibration(t *testing.T) {
	e := seed(t)
	if _, err := e.st.SetUserRTL(store.SystemActor(), e.admin.ID, "logical"); err != nil {
		t.Fatal(err)
	}
	d := startWith(t, e.st, e.ix, Options{Lang: "fa", RTL: "visual"})
	d.login("admin", "secret-pass")
	if _, ok := d.top().(*listScreen); !ok || d.mode() != theme.Visual {
		t.Fatalf("top %T mode %v", d.top(), d.mode())
	}
	if !strings.HasPrefix(d.view(), bidiExplicit) {
		t.Error("visual mode frame does not switch the terminal to explicit bidi")
	}
	d.press(tea.KeyF8)
	d.typeText("3")
	if d.mode() != theme.Logical || !strings.HasPrefix(d.view(), TerminalReset) {
		t.Errorf("after choosing logical: mode %v, frame starts %q", d.mode(), d.view()[:6])
	}
}

func TestPickedOption(t *testing.T) {
	for s, want := range map[string]int{"1": 0, "3": 2, "۱": 0, "۳": 2, "٢": 1, "0": -1, "4": -1, "۴": -1, "a": -1, "12": -1, "": -1} {
		if got := pickedOption(s); got != want {
			t.Errorf("pickedOption(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestFullHelpListsF8(t *testing.T) {
	e := seed(t)
	d := startWith(t, e.st, e.ix, Options{Lang: "en"})
	d.login("admin", "secret-pass")
	d.press(tea.KeyF1)
	d.wantView("f8", "Persian display")
	d.press(tea.KeyEsc)
	if strings.Contains(d.view(), "f8") {
		t.Error("f8 in the short footer")
	}
}

func TestQuitFrameRestoresTerminalBidi(t *testing.T) {
	e := seed(t)
	d := startWith(t, e.st, e.ix, Options{Lang: "fa", RTL: "visual"})
	d.login("admin", "secret-pass")
	d.press(tea.KeyCtrlC)
	if !d.quit || !strings.HasPrefix(d.view(), TerminalReset) {
		t.Errorf("quit %v, last frame starts %q", d.quit, d.view()[:5])
	}
	d2 := startWith(t, e.st, e.ix, Options{Lang: "fa"})
	d2.login("admin", "secret-pass")
	d2.press(tea.KeyCtrlC)
	if strings.HasPrefix(d2.view(), "\x1b[8") {
		t.Error("a logical session sent a bidi control")
	}
}

// At 80×24 the whole question, all three options with the terminals they
// name, and the hint fit.
func TestCalibrateFits80x24(t *testing.T) {
	for _, lang := range []string{"fa", "en"} {
		e := seed(t)
		d := startWith(t, e.st, e.ix, Options{Lang: lang})
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		d.press(tea.KeyF8)
		v := d.view()
		for _, want := range []string{"mintty)", "macOS Terminal)", "F8", "سلام، پرونده"} {
			if !strings.Contains(v, want) {
				t.Errorf("%s: lacks %q:\n%s", lang, want, v)
			}
		}
		for i, l := range strings.Split(v, "\n") {
			if w := theme.Width(l); w != 80 {
				t.Errorf("%s line %d is %d wide", lang, i, w)
			}
		}
	}
}

// The calibration screen is drawn in explicit mode even from logical
// mode, so VTE and mintty do not reorder the samples again.
func TestCalibrationFramesAreExplicit(t *testing.T) {
	e := seed(t)
	d := startWith(t, e.st, e.ix, Options{Lang: "fa"})
	if strings.HasPrefix(d.view(), "\x1b[8") {
		t.Fatal("logical login screen sends a bidi control")
	}
	d.press(tea.KeyF8)
	if !strings.HasPrefix(d.view(), bidiExplicit) {
		t.Error("calibration not explicit")
	}
	d.typeText("3")
	if !strings.HasPrefix(d.view(), TerminalReset) {
		t.Error("leaving calibration for logical does not restore implicit bidi")
	}
}
