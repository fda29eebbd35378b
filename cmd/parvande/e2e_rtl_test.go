package main

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/bidi"
)

// TestRTLModesInTerminal runs the real binary in tmux, which shows the cell
// grid exactly as sent: in visual mode the list holds the head's name in
// presentation forms and visual order; in visual-unshaped mode in visual
// order with base letters; in logical mode as stored. With RTL_CAPTURES
// set to a file name, each screen is appended there for reading.
func TestRTLModesInTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds and runs the binary")
	}
	bin := buildBinary(t)
	db := binDemoDB(t, bin)
	head := compoundNameFile(t, db)
	name := head.Head.FirstName + " " + head.Head.LastName
	for _, tc := range []struct {
		mode  string
		shape bool
	}{{"visual", true}, {"visual-unshaped", false}, {"logical", false}} {
		t.Run(tc.mode, func(t *testing.T) {
			render := func(s string) string {
				if tc.mode == "logical" {
					return s
				}
				return bidi.String(s, bidi.RTL, tc.shape)
			}
			tm := startTerm(t, fmt.Sprintf("%s --db %s --lang fa --rtl %s", bin, db, tc.mode))
			loginAs(tm, "caseworker", render("زهرا مددکار"))
			tm.typeText("محمد\u200cرضا " + head.Head.LastName)
			screen := tm.waitFor(render(name))
			if tc.mode != "logical" && strings.Contains(screen, name) {
				t.Errorf("visual mode sent the name in logical order:\n%s", screen)
			}
			forms := strings.ContainsFunc(screen, func(r rune) bool { return r >= 0xFB50 && r <= 0xFEFC })
			if forms != tc.shape {
				t.Errorf("presentation forms on screen: %v, want %v", forms, tc.shape)
			}
			saveCapture(t, tc.mode, screen)
			tm.keys("C-c")
			tm.waitFor("EXITED=0")
		})
	}
}

// TestRTLCalibrationFollowsUser: without --rtl, a user's first login asks
// which sample reads right; the answer is stored, and their next login
// (whatever terminal) uses it without asking.
func TestRTLCalibrationFollowsUser(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds and runs the binary")
	}
	bin := buildBinary(t)
	db := binDemoDB(t, bin)
	run := fmt.Sprintf("%s --db %s --lang fa", bin, db)
	sample := "سلام، پرونده ۱۴۰۳/۰۹/۱۲ (کد ۰۹۲۵۲۲۹۴۷۴)"
	tm := startTerm(t, run)
	loginAs(tm, "caseworker", "زهرا مددکار")
	// All three samples are on the screen, each as its mode sends it.
	screen := tm.waitFor(bidi.String(sample, bidi.RTL, true), bidi.String(sample, bidi.RTL, false), sample)
	saveCapture(t, "calibration", screen)
	tm.typeText("1")
	tm.waitFor(bidi.String("زهرا مددکار", bidi.RTL, true))
	tm.keys("C-c")
	tm.waitFor("EXITED=0")

	tm = startTerm(t, run)
	loginAs(tm, "caseworker", bidi.String("زهرا مددکار", bidi.RTL, true))
	if s := tm.screen(); strings.Contains(s, "Which sample line") {
		t.Errorf("asked again after choosing:\n%s", s)
	}
	tm.keys("C-c")
	tm.waitFor("EXITED=0")

	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if u, _ := st.UserByLogin("caseworker"); u.RTLMode != "visual" {
		t.Errorf("stored mode %q", u.RTLMode)
	}
}

// loginAs logs in with the demo password and waits for the status bar to
// show the user's name as the mode sends it.
func loginAs(tm *tmuxTerm, login, shownName string) {
	tm.t.Helper()
	tm.waitFor("ctrl+l")
	tm.typeText(login)
	tm.keys("Tab")
	tm.typeText("demo1234")
	tm.keys("Enter")
	tm.waitFor(shownName)
}

func saveCapture(t *testing.T, title, screen string) {
	path := os.Getenv("RTL_CAPTURES")
	if path == "" {
		return
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fmt.Fprintf(f, "===== %s =====\n%s\n", title, screen)
}
