package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// buildBinary compiles the real parvande once per test.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "parvande")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// inEachLang builds the real binary once and runs an end-to-end body
// with it in fa and in en.
func inEachLang(t *testing.T, body func(t *testing.T, bin, lang string)) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end: builds and runs the binary")
	}
	bin := buildBinary(t)
	for _, lang := range []string{"fa", "en"} {
		t.Run(lang, func(t *testing.T) { body(t, bin, lang) })
	}
}

// byLang is the English text in en, the Persian one otherwise: what a body
// run by inEachLang waits for on the screen.
func byLang(lang, en, fa string) string {
	if lang == "en" {
		return en
	}
	return fa
}

// binDemoDB makes a database of demo data with the real binary.
func binDemoDB(t *testing.T, bin string) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "e2e.db")
	if out, err := exec.Command(bin, "demo", "--db", db).CombinedOutput(); err != nil {
		t.Fatalf("demo: %v %s", err, out)
	}
	return db
}

// tmuxTerm is the real binary in a real pseudo-terminal: tmux on a private
// socket at a fixed size, whose capture-pane shows the cell grid as sent.
type tmuxTerm struct {
	t    *testing.T
	sock string
}

func startTerm(t *testing.T, cmdline string) *tmuxTerm {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed (.ci/run installs it)")
	}
	tm := &tmuxTerm{t: t, sock: fmt.Sprintf("pv-e2e-%d-%d", os.Getpid(), time.Now().UnixNano())}
	// The trailing sleep keeps the pane after the program exits, so its
	// last screen and exit can be read.
	tm.tmux("new-session", "-d", "-x", "100", "-y", "30", cmdline+"; echo EXITED=$?; sleep 60")
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", tm.sock, "kill-server").Run() })
	return tm
}

func (tm *tmuxTerm) tmux(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", tm.sock}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// typeText sends text literally, as UTF-8 (keeps the half-space).
func (tm *tmuxTerm) typeText(s string) { tm.tmux("send-keys", "-l", s) }

// keys sends named keys (Enter, Tab, C-s...).
func (tm *tmuxTerm) keys(k ...string) { tm.tmux(append([]string{"send-keys"}, k...)...) }

func (tm *tmuxTerm) screen() string { return tm.tmux("capture-pane", "-p") }

// waitFor polls the screen until every want appears.
func (tm *tmuxTerm) waitFor(want ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		s := tm.screen()
		missing := ""
		for _, w := range want {
			if !strings.Contains(s, w) {
				missing = w
				break
			}
		}
		if missing == "" {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("screen never showed %q; it shows:\n%s", missing, s)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestCaseworkerDay is the workstation's end-to-end test: log in, find a
// family by typing part of a Persian name with a half-space, open the file,
// log a visit and aid, see them in the file and its history, quit, reopen
// and find them there — in fa and in en.
func TestCaseworkerDay(t *testing.T) {
	inEachLang(t, caseworkerDay)
}

func caseworkerDay(t *testing.T, bin, lang string) {
	db := binDemoDB(t, bin)
	head := compoundNameFile(t, db)
	findings := "یخچال خانواده خراب است " + lang
	funding := "صندوق صدقات " + lang
	run := fmt.Sprintf("%s --db %s --lang %s --rtl logical", bin, db, lang) // no first-login calibration
	number := head.Number                                                   // as the screen shows it: Persian digits in fa
	if lang == "fa" {
		number = fa.ToPersianDigits(number)
	}

	tm := startTerm(t, run)
	login(tm)
	tm.typeText("محمد\u200cرضا " + head.Head.LastName)
	tm.waitFor(number)
	tm.keys("Enter")
	tm.waitFor(head.Head.LastName, head.Head.FatherName)

	tm.keys("v")
	tm.waitGone(historyTab(lang)) // the form is up: the file's tabs are gone
	tm.keys("Tab")
	tm.typeText(findings)
	tm.keys("Tab")
	tm.typeText("+30")
	tm.keys("C-s")
	tm.waitFor(historyTab(lang)) // the form closed: back on the file
	tm.keys("2")
	tm.waitFor(findings)

	tm.keys("a")
	tm.waitGone(historyTab(lang))
	tm.keys("Tab")
	tm.typeText("۵۰۰٬۰۰۰")
	tm.keys("Tab", "Tab", "Tab")
	tm.typeText(funding)
	tm.keys("C-s")
	tm.waitFor(historyTab(lang))
	tm.keys("3")
	tm.waitFor(funding)
	tm.keys("5") // history
	tm.waitFor(fileOpened(lang))
	tm.keys("C-c")
	tm.waitFor("EXITED=0")

	// Reopen: the visit and the aid are there, on screen and in the store.
	tm = startTerm(t, run)
	login(tm)
	tm.typeText("محمدرضا " + head.Head.LastName)
	tm.waitFor(number)
	tm.keys("Enter")
	tm.waitFor(head.Head.FatherName)
	tm.keys("2")
	tm.waitFor(findings)
	tm.keys("3")
	tm.waitFor(funding)
	tm.keys("C-c")
	tm.waitFor("EXITED=0")

	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	vs, _ := st.Visits(store.SystemActor(), head.ID)
	as, _ := st.Aids(store.SystemActor(), head.ID)
	if len(vs) == 0 || vs[0].Findings != findings || !vs[0].NextDue.Full() {
		t.Errorf("visit not stored as typed: %+v", vs)
	}
	if len(as) == 0 || as[0].Funding != funding || as[0].Amount != 5_000_000 {
		t.Errorf("aid not stored as typed (500,000 toman = 5,000,000 rial): %+v", as)
	}
}

// waitGone polls the screen until s is no longer on it.
func (tm *tmuxTerm) waitGone(s string) {
	tm.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for strings.Contains(tm.screen(), s) {
		if time.Now().After(deadline) {
			tm.t.Fatalf("screen kept showing %q:\n%s", s, tm.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func login(tm *tmuxTerm) {
	tm.waitFor("ctrl+l") // the login screen, in either language
	tm.typeText("caseworker")
	tm.keys("Tab")
	tm.typeText("demo1234")
	tm.keys("Enter")
	tm.waitFor("زهرا مددکار")
}

// historyTab is the file screen's last tab label: the file is showing.
func historyTab(lang string) string { return byLang(lang, "5 History", "۵ تاریخچه") }

// fileOpened is what the history tab shows for the logged visit.
func fileOpened(lang string) string { return byLang(lang, "logged a visit", "بازدید") }

// demoFile finds the first demo household keep accepts, given the demo
// caseworker's center, with the open store (for more lookups) and
// nothing found said as why. The caller closes the store.
func demoFile(t *testing.T, db, why string, keep func(f *domain.File, cw domain.CenterID) bool) (domain.File, *store.Store) {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cw, err := st.UserByLogin("caseworker")
	if err != nil {
		st.Close()
		t.Fatal(err)
	}
	var found domain.File
	_ = st.EachFile(func(f domain.File) error {
		if found.ID == 0 && keep(&f, cw.Center) {
			found = f
		}
		return nil
	})
	if found.ID == 0 {
		st.Close()
		t.Fatal(why)
	}
	return found, st
}

// compoundNameFile finds a demo household of the caseworker's center whose
// head is called محمدرضا, the compound name typed with a half-space.
func compoundNameFile(t *testing.T, db string) domain.File {
	t.Helper()
	f, st := demoFile(t, db, "demo data has no محمدرضا at the caseworker's center",
		func(f *domain.File, cw domain.CenterID) bool {
			return f.Center == cw && f.Head.FirstName == "محمدرضا"
		})
	st.Close() // the binary opens the database next
	return f
}
