package main

import (
	"fmt"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// TestRegisterKnownElsewhere is the duplicate check end to end: a
// caseworker starts registering a family the demo already has at another
// center, sees the warning with that center's name while typing, saves,
// is asked, confirms, and the file is saved with the decision on record —
// in fa and in en.
func TestRegisterKnownElsewhere(t *testing.T) {
	inEachLang(t, registerKnownElsewhere)
}

func registerKnownElsewhere(t *testing.T, bin, lang string) {
	db := binDemoDB(t, bin)
	known, centerName := fileElsewhere(t, db)
	h := known.Head

	tm := startTerm(t, fmt.Sprintf("%s --db %s --lang %s --rtl logical", bin, db, lang)) // --rtl: no first-login calibration
	login(tm)
	// Leave the search input so that n is a key. Tab, not Escape: an
	// escape followed at once by n reads as alt+n.
	tm.keys("Tab")
	tm.waitFor(newKeyHint(lang))
	tm.keys("n")
	tm.waitFor(panelTitle(lang)) // the form, with its duplicate panel
	for _, v := range []string{h.FirstName, h.LastName, h.FatherName} {
		tm.typeText(v)
		tm.keys("Tab")
	}
	tm.keys("Tab") // gender left unknown
	b := h.BirthDate
	tm.typeText(fmt.Sprintf("%04d/%02d/%02d", b.Year, b.Month, b.Day))
	tm.keys("Tab", "Tab") // nationality: Iranian, as it opens
	tm.typeText(h.NationalCode.Value)
	tm.waitFor(centerName, certainWord(lang))

	tm.keys("C-s")
	tm.waitFor(anywayQuestion(lang), centerName)
	tm.keys("y")
	tm.waitFor(historyTab(lang), despiteSaved(lang))
	tm.keys("C-c")
	tm.waitFor("EXITED=0")

	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	admin, err := st.UserByLogin("admin")
	if err != nil {
		t.Fatal(err)
	}
	evs, err := st.Audit(store.Actor{User: admin}, store.AuditFilter{Action: domain.ActFileCreate, Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	var noted *domain.AuditEvent
	for i, ev := range evs {
		if ev.Kind == "duplicate" && ev.Target == known.ID {
			noted = &evs[i]
		}
	}
	if noted == nil {
		t.Fatalf("no audited note of registering despite %v: %+v", known.ID, evs)
	}
	made, err := st.File(store.Actor{User: admin}, noted.File)
	if err != nil {
		t.Fatal(err)
	}
	if made.Head.NationalCode.Value != h.NationalCode.Value || made.Head.FirstName != h.FirstName || made.Center == known.Center {
		t.Errorf("saved file %+v, want the typed head at the caseworker's center", made.Head)
	}
}

// fileElsewhere is a demo household at a center other than the
// caseworker's, with a usable national code and a full birth date, and
// its center's name.
func fileElsewhere(t *testing.T, db string) (domain.File, string) {
	t.Helper()
	found, st := demoFile(t, db, "demo data has no household at another center with a national code",
		func(f *domain.File, cw domain.CenterID) bool {
			h := f.Head
			return f.Center != cw && h.NationalCode.Usable() && h.BirthDate.Full() &&
				h.FirstName != "" && h.LastName != "" && h.FatherName != ""
		})
	defer st.Close() // the binary opens the database next
	c, err := st.Center(found.Center)
	if err != nil {
		t.Fatal(err)
	}
	return found, c.Name
}

// newKeyHint is the list's footer once letters are keys.
func newKeyHint(lang string) string { return byLang(lang, "n new", "n ثبت جدید") }

func panelTitle(lang string) string {
	return byLang(lang, "Similar files at all centers", "پرونده‌های مشابه در همه مراکز")
}

func certainWord(lang string) string { return byLang(lang, "certain", "قطعی") }

func anywayQuestion(lang string) string {
	return byLang(lang, "Register a new file anyway?", "باز هم پرونده تازه ثبت شود؟")
}

func despiteSaved(lang string) string {
	return byLang(lang, "registering despite a certain match is on record", "ثبت با وجود تطبیق قطعی در سابقه آمد")
}
