package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// TestSpokeWarnsOffline is the offline live warning end to end, driven
// only by the commands and the screen: the demo becomes a hub, the
// caseworker's center becomes a spoke from its join file, the hub's
// bundle with the match index is imported there; a caseworker of that
// center (added at the spoke: users are not replicated) registers a
// family the hub knows at another center and is told, while typing, which
// center serves it, without the spoke holding that family's file or name;
// saving asks first and the decision is audited at the spoke.
func TestSpokeWarnsOffline(t *testing.T) {
	inEachLang(t, spokeWarnsOffline)
}

func spokeWarnsOffline(t *testing.T, bin, lang string) {
	dir := t.TempDir()
	hub, spoke := filepath.Join(dir, "hub.db"), filepath.Join(dir, "spoke.db")
	join, bundle := filepath.Join(dir, "join.pvsync"), filepath.Join(dir, "hub-1.pvsync")
	run := func(stdin string, args ...string) string {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Stdin = strings.NewReader(stdin)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	run("", "demo", "--db", hub)
	known, centerName := fileElsewhere(t, hub)
	code := caseworkerCenterCode(t, hub)
	run("", "sync", "init-hub", "--db", hub)
	run("", "sync", "add-spoke", "--db", hub, "--center", code, "--out", join)
	run("", "sync", "join", "--db", spoke, join)
	run("", "sync", "export", "--db", hub, "--for", code, "--to", bundle, "--index")
	if out := run("", "sync", "import", "--db", spoke, bundle); !strings.Contains(out, ".pprl") {
		t.Fatalf("no match index arrived: %s", out)
	}
	run("long-enough-pass\n", "user", "add", "--db", spoke, "--login", "spokeworker", "--role", "caseworker",
		"--center", code, "--name", "مددکار آفلاین", "--password")
	if holds(t, spoke, known.ID) {
		t.Fatal("the spoke holds another center's file: the test would prove nothing")
	}

	// The hub's coordinator sees the spoke in the sync status: bundle 1
	// went out to it with the index.
	spokeName := []rune(spokeCenterName(t, hub, code))
	spokeName = spokeName[:min(len(spokeName), 16)] // a long name is cut to its column
	hubTerm := startTerm(t, fmt.Sprintf("%s --db %s --lang %s --rtl logical", bin, hub, lang))
	hubTerm.waitFor("ctrl+l")
	hubTerm.typeText("coordinator")
	hubTerm.keys("Tab")
	hubTerm.typeText("demo1234")
	hubTerm.keys("Enter")
	hubTerm.waitFor("مریم هماهنگ‌کننده")
	hubTerm.keys("Tab")
	hubTerm.waitFor(newKeyHint(lang))
	hubTerm.keys("c")
	hubTerm.waitFor(syncStatusTitle(lang), string(spokeName), "#"+digits(lang, "1"))
	hubTerm.keys("C-c")
	hubTerm.waitFor("EXITED=0")

	h := known.Head
	tm := startTerm(t, fmt.Sprintf("%s --db %s --lang %s --rtl logical", bin, spoke, lang))
	tm.waitFor("ctrl+l")
	tm.typeText("spokeworker")
	tm.keys("Tab")
	tm.typeText("long-enough-pass")
	tm.keys("Enter")
	tm.waitFor("مددکار آفلاین")
	tm.keys("Tab") // leave the search input so that n is a key
	tm.waitFor(newKeyHint(lang))
	tm.keys("n")
	tm.waitFor(panelTitle(lang))
	for _, v := range []string{h.FirstName, h.LastName, h.FatherName} {
		tm.typeText(v)
		tm.keys("Tab")
	}
	tm.keys("Tab") // gender left unknown
	b := h.BirthDate
	tm.typeText(fmt.Sprintf("%04d/%02d/%02d", b.Year, b.Month, b.Day))
	tm.keys("Tab", "Tab")
	tm.typeText(h.NationalCode.Value)
	tm.waitFor(farMarker(lang), centerName, certainWord(lang))

	tm.keys("C-s")
	tm.waitFor(farQuestion(lang), centerName)
	tm.keys("y")
	tm.waitFor(historyTab(lang), despiteSaved(lang))
	tm.keys("C-c")
	tm.waitFor("EXITED=0")

	st, err := store.Open(spoke, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	evs, err := st.Audit(store.SystemActor(), store.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	noted := false
	for _, ev := range evs {
		noted = noted || ev.Target == known.ID && strings.Contains(ev.Note, "hub's match index")
	}
	if !noted {
		t.Error("registering over the hub's certain match is not on record at the spoke")
	}
}

// caseworkerCenterCode is the code of the demo caseworker's center, the
// one fileElsewhere looks away from.
func caseworkerCenterCode(t *testing.T, db string) string {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cw, err := st.UserByLogin("caseworker")
	if err != nil {
		t.Fatal(err)
	}
	c, err := st.Center(cw.Center)
	if err != nil {
		t.Fatal(err)
	}
	return c.Code
}

func holds(t *testing.T, db string, id domain.ID) bool {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, err = st.File(store.SystemActor(), id)
	return err == nil
}

func farMarker(lang string) string {
	return byLang(lang, "family elsewhere", "پرونده در مرکز دیگر")
}

func farQuestion(lang string) string {
	return byLang(lang, "certainly this one is served by", "با اطمینان همین است")
}

func syncStatusTitle(lang string) string {
	return byLang(lang, "Sync status", "وضعیت همگام‌سازی")
}

func digits(lang, s string) string {
	if lang == "en" {
		return s
	}
	return fa.ToPersianDigits(s)
}

func spokeCenterName(t *testing.T, db, code string) string {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cs, err := st.Centers()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.Code == code {
			return c.Name
		}
	}
	t.Fatalf("no center %s", code)
	return ""
}
