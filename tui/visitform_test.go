package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

func TestAddMember(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	d := openFile(t, e, "fa", f.ID)
	d.typeText("m")
	m, ok := d.top().(*memberForm)
	if !ok {
		t.Fatalf("m opened %T", d.top())
	}
	d.fill("مریم")
	d.fill("رضایی")
	d.press(tea.KeyTab) // father
	d.typeText("2")     // female
	d.fill("۱۳۹۵")
	m.form.focus(m.relation)
	d.typeText("2") // child, and on to the note
	d.typeText("دانش‌آموز")
	// Another caseworker edits the file meanwhile: adding a member does
	// not conflict with that.
	other := f
	other.Needs = "بخاری"
	if _, err := e.st.UpdateFile(store.Actor{User: e.admin, Source: "other"}, other); err != nil {
		t.Fatal(err)
	}
	d.press(tea.KeyCtrlS)
	d.fileScreen()
	d.wantView("عضو به خانوار افزوده شد.", "اعضای خانوار (۲)", "مریم رضایی", "دانش‌آموز")
	got, err := e.st.File(store.Actor{User: e.admin}, f.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Members) != 2 || got.Needs != "بخاری" {
		t.Fatalf("%d members", len(got.Members))
	}
	mb := got.Members[1]
	if mb.FirstName != "مریم" || mb.Relation != domain.RelationChild || mb.Gender != domain.GenderFemale ||
		mb.BirthDate != (fa.Date{Year: 1395}) || mb.Note != "دانش‌آموز" {
		t.Errorf("member %+v", mb)
	}
	d.typeText("5")
	d.wantView("عضو خانوار: «مریم رضایی، فرزند، ۱۳۹۵، دانش‌آموز»")
}

func TestLogVisitInFewKeys(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	d := openFile(t, e, "fa", f.ID)
	d.typeText("v")
	if _, ok := d.top().(*visitForm); !ok {
		t.Fatalf("v opened %T", d.top())
	}
	d.wantView("۱۴۰۳/۰۹/۱۲") // today, filled in
	d.typeText("۳")          // phone call; on to the findings
	d.typeText("نیاز به دارو دارند")
	d.press(tea.KeyEnter) // a new line inside the findings
	d.typeText("بچه‌ها سالم‌اند")
	d.press(tea.KeyTab)
	d.typeText("+۳۰")
	d.press(tea.KeyEnter) // enter on the last field saves
	d.fileScreen()
	d.wantView("بازدید ثبت شد.", "بازدیدها (۲)")

	vs, err := e.st.Visits(store.Actor{User: e.admin}, f.ID)
	if err != nil {
		t.Fatal(err)
	}
	v := vs[0]
	if v.Date != (fa.Date{Year: 1403, Month: 9, Day: 12}) || v.Kind != domain.VisitPhone ||
		v.Findings != "نیاز به دارو دارند\nبچه‌ها سالم‌اند" || v.NextDue != (fa.Date{Year: 1403, Month: 10, Day: 12}) {
		t.Errorf("visit %+v", v)
	}
	d.typeText("2")
	d.wantView("تماس تلفنی  ۱۴۰۳/۰۹/۱۲", "بازدید بعدی: ۱۴۰۳/۱۰/۱۲", "نیاز به دارو دارند", "بچه‌ها سالم‌اند")
	d.typeText("5")
	d.wantView("بازدید ثبت کرد (تماس تلفنی، ۱۴۰۳/۰۹/۱۲)")
}

func TestVisitFormRefusesBadDates(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	d := openFile(t, e, "en", f.ID)
	d.typeText("v")
	m := d.top().(*visitForm)
	m.form.focus(m.date)
	m.form.fields[m.date].input.SetValue("1403")
	d.press(tea.KeyTab)
	d.wantView("A visit needs a full date")
	m.form.focus(m.date)
	m.form.fields[m.date].input.SetValue("-1") // yesterday
	m.form.focus(m.next)
	d.typeText("2024-11-30") // before the visit
	d.press(tea.KeyCtrlS)
	d.wantView("The next visit must come after this visit's date.")
	if _, ok := d.top().(*visitForm); !ok {
		t.Fatal("saved a next visit before the visit")
	}
	m.form.fields[m.next].input.SetValue("+7")
	d.press(tea.KeyCtrlS)
	d.fileScreen()
	vs, _ := e.st.Visits(store.Actor{User: e.admin}, f.ID)
	if vs[0].Date != (fa.Date{Year: 1403, Month: 9, Day: 11}) || vs[0].NextDue != (fa.Date{Year: 1403, Month: 9, Day: 18}) {
		t.Errorf("visit %v next %v", vs[0].Date, vs[0].NextDue)
	}
}

func TestRecordAidRemembersFunding(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	d := openFile(t, e, "en", f.ID)
	d.typeText("a")
	d.typeText("1") // cash; on to the amount
	d.press(tea.KeyEnter)
	d.press(tea.KeyCtrlS)
	d.wantView("Cash aid needs an amount above zero.")
	d.typeText("1.5m")
	d.press(tea.KeyEnter)
	d.wantView("= 1,500,000 toman")
	d.press(tea.KeyEnter) // no quantity
	d.press(tea.KeyEnter) // no description
	d.typeText("Imam Reza fund")
	d.press(tea.KeyEnter)
	d.fileScreen()
	d.wantView("Aid recorded.", "Aid (3)")

	// In-kind aid, typed in Rial, on the Persian layout's key for a.
	d.typeText("ش")
	m := d.top().(*aidForm)
	if got := m.form.value(m.funding); got != "Imam Reza fund" {
		t.Errorf("funding not remembered: %q", got)
	}
	d.typeText("2") // food basket
	d.typeText("4000000 ریال")
	d.press(tea.KeyTab)
	d.typeText("۲")
	d.press(tea.KeyTab)
	d.typeText("برنج")
	d.press(tea.KeyCtrlS)
	d.fileScreen()
	d.typeText("3")
	d.wantView("total: 8,900,000 toman", "cash (2): 6,500,000 toman", "2 × برنج", "400,000 toman", "Imam Reza fund")

	xs, _ := e.st.Aids(store.Actor{User: e.admin}, f.ID)
	if xs[0].Kind != domain.AidFoodBasket || xs[0].Amount != 4_000_000 || xs[0].Quantity != 2 || xs[0].Center != e.c1.ID {
		t.Errorf("aid %+v", xs[0])
	}
	d.typeText("5")
	d.wantView("recorded aid (food basket, 400,000 toman, 2024-12-02)")
}
