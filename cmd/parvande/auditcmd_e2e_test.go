package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestAuditEndToEnd runs the real binary in tmux: a coordinator opens a
// file of another center; that center's supervisor finds the look on the
// audit screen; the admin opens user management; the audit command
// prints the look.
func TestAuditEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds and runs the binary")
	}
	bin := buildBinary(t)
	db := binDemoDB(t, bin)
	head := compoundNameFile(t, db) // at the supervisor's center, not the coordinator's
	session := func(login, name string) *tmuxTerm {
		tm := startTerm(t, fmt.Sprintf("%s --db %s --lang en --rtl logical", bin, db))
		tm.waitFor("ctrl+l")
		tm.typeText(login)
		tm.keys("Tab")
		tm.typeText("demo1234")
		tm.keys("Enter")
		tm.waitFor(name)
		return tm
	}
	quit := func(tm *tmuxTerm) {
		tm.keys("C-c")
		tm.waitFor("EXITED=0")
	}

	tm := session("coordinator", "مریم هماهنگ‌کننده")
	tm.typeText("محمدرضا " + head.Head.LastName)
	tm.waitFor(head.Number)
	tm.keys("Enter")
	tm.waitFor(head.Head.FatherName)
	quit(tm)

	tm = session("supervisor", "حسن سرپرست")
	tm.keys("Tab") // leave the search input (an escape at once followed by a letter reads as alt+letter)
	tm.keys("a")
	tm.waitFor("Audit trail", "coordinator", "opened the file", head.Number)
	quit(tm)

	tm = session("caseworker", "زهرا مددکار")
	tm.keys("Tab") // leave the search input (an escape at once followed by a letter reads as alt+letter)
	tm.keys("a")
	tm.keys("u")
	time.Sleep(500 * time.Millisecond) // a screen would be up by now
	if s := tm.screen(); strings.Contains(s, "Audit trail") || strings.Contains(s, "Login") {
		t.Errorf("a caseworker opened the audit trail or user management:\n%s", s)
	}
	quit(tm)

	tm = session("admin", "مدیر سامانه")
	tm.keys("Tab") // leave the search input (an escape at once followed by a letter reads as alt+letter)
	tm.keys("u")
	tm.waitFor("Users", "caseworker2", "coordinator")
	quit(tm)

	cmd := exec.Command(bin, "audit", "--db", db, "--user", "coordinator", "--action", "file.view")
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8", "PARVANDE_LANG=en")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "opened the file") || !strings.Contains(string(out), head.Number) {
		t.Fatalf("audit command: %v\n%s", err, out)
	}
}
