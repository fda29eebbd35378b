package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// richFile registers a household with a flagged national code, a member,
// a visit and aid, as the file screen's tests and goldens want it.
func richFile(t *testing.T, e env) domain.File {
	t.Helper()
	f := e.addFile(t, "زهرا", "احمدی", "علی", func(f *domain.File) {
		f.Head.NationalCode = domain.NationalCode{Raw: "0012345678"} // wrong check digit
		f.Head.Mobile = domain.Mobile{Raw: "09151234567"}
		f.Head.BirthDate = fa.Date{Year: 1360}
		f.Head.Gender = domain.GenderFemale
		f.Head.Nationality = domain.NationalityIranian
		f.Members = []domain.Member{{
			Person:   domain.Person{FirstName: "علی", LastName: "رضایی", BirthDate: fa.Date{Year: 1390, Month: 3, Day: 2}},
			Relation: domain.RelationChild,
		}}
		f.Address = "مشهد، خیابان طلاب، کوچه ۱۲، پلاک ۴"
		f.Neighborhood = "طلاب"
		f.Phones = []string{"05132123456"}
		f.Housing = domain.HousingRented
		f.Rent = 30_000_000
		f.Income = 50_000_000
		f.HouseholdSize = 3
		f.Categories = []domain.Category{domain.CategoryFemaleHeaded, domain.CategoryUnemployed}
		f.Needs = "یخچال"
		f.Notes = "خانواده در طبقه دوم ساکن است.\nهمسر سه سال پیش فوت کرده است."
		f.OpenedOn = fa.Date{Year: 1402, Month: 5, Day: 1}
	})
	a := store.Actor{User: e.admin, Source: "test"}
	if _, err := e.st.AddVisit(a, domain.Visit{File: f.ID, Date: fa.Date{Year: 1403, Month: 9, Day: 1}, Kind: domain.VisitHome,
		Findings: "یخچال خراب است؛ بچه‌ها مدرسه می‌روند.", NextDue: fa.Date{Year: 1403, Month: 10, Day: 1}}); err != nil {
		t.Fatal(err)
	}
	for _, x := range []domain.Aid{
		{File: f.ID, Date: fa.Date{Year: 1403, Month: 8, Day: 20}, Kind: domain.AidFoodBasket, Amount: 20_000_000, Quantity: 1, Description: "برنج و روغن", Funding: "نذورات"},
		{File: f.ID, Date: fa.Date{Year: 1402, Month: 11, Day: 3}, Kind: domain.AidCash, Amount: 50_000_000, Funding: "زکات"},
	} {
		if _, err := e.st.AddAid(a, x); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

// openFile logs in as admin and opens file id.
func openFile(t *testing.T, e env, lang string, id domain.ID) *driver {
	t.Helper()
	d := loggedIn(t, e, lang, Screens{})
	d.send(OpenFileMsg{ID: id})
	d.fileScreen()
	return d
}

func (d *driver) fileScreen() *fileScreen {
	d.t.Helper()
	m, ok := d.top().(*fileScreen)
	if !ok {
		d.t.Fatalf("top is %T, want the file screen\n%s", d.top(), d.view())
	}
	return m
}

// caseworker adds a caseworker of center c1 and logs in as them.
func caseworker(t *testing.T, e env, lang string) *driver {
	t.Helper()
	if _, err := e.st.CreateUser(store.SystemActor(), domain.User{Login: "cw", Name: "زهرا مددکار", Role: domain.RoleCaseworker, Center: e.c1.ID}, "secret-pass"); err != nil {
		t.Fatal(err)
	}
	d := startWith(t, e.st, e.ix, Options{Lang: lang})
	d.login("cw", "secret-pass")
	return d
}

func TestFileTabs(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	d := openFile(t, e, "en", f.ID)
	d.wantView("زهرا احمدی", "1 Overview", "Head of household", "0012345678 !",
		"check digit does not match", "Household members (1)", "علی رضایی", "child",
		"rented", "3,000,000 toman", "female-headed, unemployed", "IMR-1402-0001")

	d.typeText("2")
	d.wantView("[2 Visits (1)]", "2024-11-21", "home visit", "by مدیر", "next visit: 2024-12-21", "یخچال خراب است")
	d.press(tea.KeyTab)
	d.wantView("[3 Aid (2)]", "total: 7,000,000 toman", "food basket (1): 2,000,000 toman",
		"1403 SH: 2,000,000 toman", "1402 SH: 5,000,000 toman", "1 × برنج و روغن", "نذورات")
	d.press(tea.KeyShiftTab)
	if d.fileScreen().tab != tabVisits {
		t.Errorf("shift+tab: tab %d", d.fileScreen().tab)
	}
	d.typeText("4")
	d.wantView("Needs", "یخچال", "همسر سه سال پیش فوت کرده است.")
	d.typeText("5")
	d.wantView("2024-12-02 10:00 — مدیر: recorded aid (cash, 5,000,000 toman, 2024-01-23)",
		"logged a visit (home visit, 2024-11-21)", "opened the file")
	d.press(tea.KeyTab) // the links tab, last
	d.wantView("[6 Links (0)]", "No file at another center is linked to this one.")
	d.press(tea.KeyTab) // wraps to the overview
	if d.fileScreen().tab != tabOverview {
		t.Errorf("tab from the last tab: %d", d.fileScreen().tab)
	}
}

// In fa the tab row runs right to left and Persian digits pick tabs.
func TestFileTabsPersian(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	d := openFile(t, e, "fa", f.ID)
	d.wantView("[۱ خلاصه]", "سرپرست خانوار", "۰۰۱۲۳۴۵۶۷۸ !", "رقم کنترل کد ملی نمی‌خواند")
	d.typeText("۳")
	d.wantView("[۳ کمک‌ها (۲)]", "جمع: ۷٬۰۰۰٬۰۰۰ تومان", "۱۴۰۲: ۵٬۰۰۰٬۰۰۰ تومان")
	d.typeText("ش") // a on the Persian layout: record aid
	if _, ok := d.top().(*aidForm); !ok {
		t.Fatalf("ش opened %T", d.top())
	}
}

func TestFileRefreshKeepsScroll(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	a := store.Actor{User: e.admin}
	for i := 1; i <= 20; i++ {
		if _, err := e.st.AddVisit(a, domain.Visit{File: f.ID, Date: fa.Date{Year: 1403, Month: 7, Day: i}, Findings: "بازدید عادی"}); err != nil {
			t.Fatal(err)
		}
	}
	d := openFile(t, e, "en", f.ID)
	d.typeText("2")
	for range 5 {
		d.typeText("j")
	}
	m := d.fileScreen()
	if m.scroll[tabVisits] != 5 {
		t.Fatalf("scrolled to %d", m.scroll[tabVisits])
	}
	seq := m.seq
	d.send(ChangedMsg{Change: store.Change{Kind: "visit", IDs: []domain.ID{f.ID + 1000}}})
	if m.seq != seq {
		t.Error("a change to another file reloaded this one")
	}
	// Another session logs a visit: the store reports it, the file reloads.
	if _, err := e.st.AddVisit(a, domain.Visit{File: f.ID, Date: fa.Date{Year: 1403, Month: 9, Day: 10}, Findings: "از جای دیگر"}); err != nil {
		t.Fatal(err)
	}
	d.send(ChangedMsg{Change: store.Change{Kind: "visit", IDs: []domain.ID{f.ID, 99}}})
	if len(m.data.visits) != 22 {
		t.Errorf("after the change: %d visits, want 22", len(m.data.visits))
	}
	if m.scroll[tabVisits] != 5 || m.tab != tabVisits {
		t.Errorf("reload moved the pane: tab %d scroll %d", m.tab, m.scroll[tabVisits])
	}
	d.wantView("Visits (22)")
	d.typeText("G")
	d.wantView("of ")
}

func TestFileNotFound(t *testing.T) {
	e := seed(t)
	d := loggedIn(t, e, "en", Screens{})
	d.send(OpenFileMsg{ID: domain.NewID(e.c1.ID, 999)})
	d.wantView("Not found")
	d.typeText("e") // nothing loaded: no form
	d.fileScreen()
}

// Imports show in the history, and their field changes read like edits.
func TestFileHistoryImports(t *testing.T) {
	e := seed(t)
	sheet := []domain.File{{Center: e.c1.ID, ExternalRef: "row 2", Head: domain.Person{FirstName: "رقیه", LastName: "حسینی"}, Income: 10_000_000}}
	res, err := e.st.ImportFiles(store.SystemActor(), sheet, "sheet.csv")
	if err != nil {
		t.Fatal(err)
	}
	sheet[0].Income = 20_000_000
	if _, err := e.st.ImportFiles(store.SystemActor(), sheet, "sheet.csv"); err != nil {
		t.Fatal(err)
	}
	d := openFile(t, e, "en", res.IDs[0])
	d.typeText("5")
	d.wantView("updated the file from a sheet", "Monthly income: “1,000,000 toman” → “2,000,000 toman”",
		"imported the file from a sheet", "note: sheet.csv")
}

// A coordinator sees another center's file but may not change it: the
// header says so, the help offers no edits and the keys are refused. Aid
// from the coordinator's own center is still theirs to record: that is
// how parallel aid shows.
func TestFileOfAnotherCenterIsReadOnly(t *testing.T) {
	e := seed(t)
	sys := store.SystemActor()
	c2, err := e.st.CreateCenter(sys, domain.Center{Name: "مرکز الزهرا", Code: "ZHR"})
	if err != nil {
		t.Fatal(err)
	}
	f, err := e.st.CreateFile(sys, domain.File{Center: c2.ID, Head: domain.Person{FirstName: "رقیه", LastName: "حسینی"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.st.CreateUser(sys, domain.User{Login: "coord", Name: "هماهنگ", Role: domain.RoleCoordinator, Center: e.c1.ID}, "secret-pass"); err != nil {
		t.Fatal(err)
	}
	d := startWith(t, e.st, e.ix, Options{Lang: "en"})
	d.login("coord", "secret-pass")
	d.send(OpenFileMsg{ID: f.ID})
	d.wantView("رقیه حسینی", "This file belongs to another center")
	if h := d.fileScreen().KeyMap().ShortHelp(); containsKey(h, "e") || containsKey(h, "v") || !containsKey(h, "a") {
		t.Errorf("help on a read-only file: %v", h)
	}
	d.typeText("e")
	d.fileScreen()
	d.wantView("Your role does not allow this.")
}
