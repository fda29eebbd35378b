package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

func (d *driver) registerForm() *registerForm {
	d.t.Helper()
	m, ok := d.top().(*registerForm)
	if !ok {
		d.t.Fatalf("top is %T, want the register form\n%s", d.top(), d.view())
	}
	return m
}

// fill types s into the focused field and moves on with tab.
func (d *driver) fill(s string) {
	d.t.Helper()
	if s != "" {
		d.typeText(s)
	}
	d.press(tea.KeyTab)
}

func TestRegisterPersianFlaggedSaved(t *testing.T) {
	e := seed(t)
	d := loggedIn(t, e, "fa", Screens{})
	d.press(tea.KeyEsc) // leave the search input
	d.typeText("n")
	m := d.registerForm()
	d.fill("زهرا")       // first name
	d.fill("محمدی")      // last name
	d.fill("حسن")        // father
	d.typeText("۲")      // gender: female, and on to the birth date
	d.fill("۱۴۰۲/۱۲/۳۰") // no 30 Esfand in 1402
	d.wantView("روز ۳۰ در ۱۴۰۲/۱۲ وجود ندارد", "همان‌طور که نوشته شده")
	d.typeText("1")      // nationality: Iranian
	d.fill("0012345678") // wrong check digit
	d.wantView("رقم کنترل کد ملی نمی‌خواند")
	d.press(tea.KeyTab)   // no foreign id
	d.fill("۰۹۱۵۱۲۳۴۵۶۷") // mobile, Persian digits
	d.fill("مشهد، کوچه گلستان")
	if !m.Dirty() {
		t.Error("typed form not dirty")
	}

	d.press(tea.KeyCtrlS)
	d.wantView("برخی مقادیر ایراد دارند")
	if _, ok := d.top().(*registerForm); !ok {
		t.Fatal("saved without asking about flagged values")
	}
	d.typeText("y")
	fs := d.fileScreen()
	d.wantView("پرونده ذخیره شد.", "زهرا محمدی", "۲ مورد علامت‌دار")

	f, err := e.st.File(store.Actor{User: e.admin}, fs.id)
	if err != nil {
		t.Fatal(err)
	}
	if f.Head.FirstName != "زهرا" || f.Head.Gender != domain.GenderFemale || f.Head.Nationality != domain.NationalityIranian {
		t.Errorf("head %+v", f.Head)
	}
	if f.Head.NationalCode.Raw != "0012345678" || f.Head.NationalCode.Flag != domain.FlagChecksum {
		t.Errorf("national code %+v, want kept raw and flagged", f.Head.NationalCode)
	}
	if f.Head.BirthRaw != "۱۴۰۲/۱۲/۳۰" || !f.Head.BirthDate.IsZero() {
		t.Errorf("birth %q %v, want kept as typed", f.Head.BirthRaw, f.Head.BirthDate)
	}
	if f.Head.Mobile.Value != "09151234567" {
		t.Errorf("mobile %+v", f.Head.Mobile)
	}
	if f.Center != e.c1.ID || f.Address != "مشهد، کوچه گلستان" || f.Status != domain.StatusActive {
		t.Errorf("file %+v", f)
	}
}

func TestRegisterFieldsValidateOnLeave(t *testing.T) {
	e := seed(t)
	d := loggedIn(t, e, "en", Screens{})
	d.send(NewFileMsg{})
	m := d.registerForm()
	m.form.focus(m.head.birth)
	d.fill("2024-02-30")
	d.wantView("Day 30 does not exist in 2024-02.")
	m.form.focus(m.head.birth)
	m.form.fields[m.head.birth].input.SetValue("1403/07/31")
	d.press(tea.KeyTab) // a Jalali date in en: read as Jalali, its error shown
	d.wantView("Day 31 does not exist in 1403/07, which has 30 days.")
	m.form.focus(m.head.mobile)
	d.fill("0915")
	d.wantView("A mobile number looks like 09123456789")
	m.form.focus(m.rent)
	d.fill("abc")
	d.wantView("Amount not understood")
	m.form.focus(m.income)
	d.fill("5000000 rial")
	d.wantView("= 500,000 toman")
	m.form.focus(m.size)
	d.fill("three")
	d.wantView("Type a number.")
	// Persian date in en: both calendars and scripts are read.
	m.form.fields[m.head.birth].input.SetValue("۱۳۶۵/۰۴/۰۹")
	m.form.run(m.head.birth)
	if v := m.form.fields[m.head.birth].v; v != (verdict{}) {
		t.Errorf("Persian Jalali date in en: %+v", v)
	}
}

func TestRegisterFailedSaveKeepsInput(t *testing.T) {
	e := seed(t)
	d := loggedIn(t, e, "en", Screens{})
	d.send(NewFileMsg{})
	m := d.registerForm()
	// No name: refused in the form, with the reason under the field.
	m.form.focus(m.address)
	d.fill("Mashhad, Golestan alley")
	d.press(tea.KeyCtrlS)
	d.wantView("Write at least a first or last name", "Not saved: correct the fields")
	if m.form.at != m.head.first {
		t.Errorf("focus on %d, want the first name", m.form.at)
	}
	if got := m.form.value(m.address); got != "Mashhad, Golestan alley" {
		t.Errorf("address lost: %q", got)
	}
	// The store refuses (the user's center has gone): all input stays.
	d.typeText("Zahra")
	m.file.Center = 999
	d.press(tea.KeyCtrlS)
	d.registerForm()
	d.wantView("Not found", "What you typed is kept.")
	if m.form.value(m.head.first) != "Zahra" || m.form.value(m.address) != "Mashhad, Golestan alley" {
		t.Errorf("input lost after a failed save")
	}
	// A resize keeps it too.
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if m.form.value(m.head.first) != "Zahra" {
		t.Error("resize lost input")
	}
	d.wantView("Zahra")
}

func TestEscAsksBeforeDiscard(t *testing.T) {
	e := seed(t)
	d := loggedIn(t, e, "fa", Screens{})
	d.send(NewFileMsg{})
	d.press(tea.KeyEsc) // nothing typed: just back
	d.list()
	d.send(NewFileMsg{})
	d.typeText("زهرا")
	d.press(tea.KeyEsc)
	d.wantView("تغییرات ذخیره نشده از بین می‌رود")
	d.typeText("د") // n on the Persian layout
	m := d.registerForm()
	if m.form.value(m.head.first) != "زهرا" {
		t.Fatalf("answering no lost input")
	}
	d.press(tea.KeyEsc)
	d.typeText("y")
	d.list()
}

func TestEditConflict(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	d := openFile(t, e, "en", f.ID)
	d.typeText("e")
	m := d.registerForm()
	if m.form.value(m.head.first) != "زهرا" || m.form.value(m.rent) != "3,000,000" {
		t.Fatalf("edit not prefilled: %q %q", m.form.value(m.head.first), m.form.value(m.rent))
	}
	m.form.focus(m.head.mobile)
	m.form.fields[m.head.mobile].input.SetValue("")
	d.typeText("09351234567")
	// Someone else saves the file meanwhile.
	other := f
	other.Version = 1
	other.Needs = "بخاری"
	if _, err := e.st.UpdateFile(store.Actor{User: e.admin, Source: "other"}, other); err != nil {
		t.Fatal(err)
	}
	d.send(ChangedMsg{Change: store.Change{Kind: "file", IDs: []domain.ID{f.ID}}})
	d.wantView("Someone else has just changed this file")
	d.press(tea.KeyCtrlS)
	d.typeText("y") // save the flagged national code as it is
	d.registerForm()
	d.wantView("someone else changed this file after you opened the form", "Someone else changed this record")
	if m.form.value(m.head.mobile) != "09351234567" {
		t.Errorf("conflict lost input")
	}
	got, _ := e.st.File(store.Actor{User: e.admin}, f.ID)
	if got.Head.Mobile.Raw != "09151234567" || got.Needs != "بخاری" {
		t.Errorf("the other edit was overwritten: %+v", got.Head.Mobile)
	}
}

func TestEditSaves(t *testing.T) {
	e := seed(t)
	f := richFile(t, e)
	d := openFile(t, e, "fa", f.ID)
	d.typeText("e")
	m := d.registerForm()
	m.form.focus(m.head.mobile)
	m.form.fields[m.head.mobile].input.SetValue("")
	d.typeText("09351234567")
	m.form.focus(m.cats)
	d.typeText("3") // disability on
	d.press(tea.KeyCtrlS)
	d.typeText("y") // the national code is still flagged
	d.fileScreen()
	d.wantView("پرونده ذخیره شد.", "۰۹۳۵۱۲۳۴۵۶۷", "معلولیت")
	d.typeText("5")
	d.wantView("موبایل: «۰۹۱۵۱۲۳۴۵۶۷» ← «۰۹۳۵۱۲۳۴۵۶۷»")
}
