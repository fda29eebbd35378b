package tui

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// FuzzRegisterPanel types anything into the head's fields and the
// address: the lookup, the panel in both layouts and the save's own check
// must not panic, and must leave what was typed as it was.
func FuzzRegisterPanel(f *testing.F) {
	st, err := store.Open(filepath.Join(f.TempDir(), "fuzz.db"), store.Options{Now: func() time.Time { return testNow }})
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	sys := store.SystemActor()
	c, err := st.CreateCenter(sys, domain.Center{Name: "مرکز", Code: "C"})
	if err != nil {
		f.Fatal(err)
	}
	head := domain.Person{FirstName: "زهرا", LastName: "محمدی", FatherName: "حسن", BirthDate: fa.Date{Year: 1360, Month: 4, Day: 12},
		NationalCode: domain.ParseNationalCode("0084575948"), Mobile: domain.ParseMobile("09121234567")}
	if _, err := st.CreateFile(sys, domain.File{Center: c.ID, Head: head, Address: "خیابان طالقانی"}); err != nil {
		f.Fatal(err)
	}
	svc := dupes.New(st)
	svc.Ensure()
	f.Add("زهرا", "محمدي", "حسن", "۱۳۶۰/۰۴/۱۲", "۰۰۸۴۵۷۵۹۴۸", "09121234567", "خ. طالقانی")
	f.Add("", "", "", "1360", "00000000", "+98912", "\u200c")
	f.Add("\x00\n\t", "ـــ", "سید", "1403/12/30", "0084575948", "0084575948", "پ. ۱۲")
	f.Fuzz(func(t *testing.T, first, last, father, birth, nc, mobile, address string) {
		for _, lang := range []i18n.Lang{i18n.Fa, i18n.En} {
			dir := theme.LTR
			if lang.RTL() {
				dir = theme.RTL
			}
			s := &Session{
				Store: st, Dupes: svc, User: domain.User{ID: 1, Role: domain.RoleCaseworker, Center: c.ID},
				Lang: lang, Tr: i18n.New(lang), Theme: theme.New(asciiRenderer(), dir),
				Width: 100, Height: 30, Now: func() time.Time { return testNow },
				tick: func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil },
			}
			m := newRegisterForm(s, &formMemory{})
			for _, msg := range runAll(m.Init()) {
				m.Update(msg)
			}
			for i, v := range map[int]string{m.head.first: first, m.head.last: last, m.head.father: father,
				m.head.birth: birth, m.head.nc: nc, m.head.mobile: mobile, m.address: address} {
				m.form.fields[i].input.SetValue(v)
			}
			typed := m.form.values()
			m.panel.changed(m.panelQuery())
			for _, msg := range runAll(m.panelLookup()) {
				m.Update(msg)
			}
			for _, w := range []int{100, 80} {
				s.Width = w
				_ = m.View()
			}
			// The save's own check, without the write it may lead to.
			file := m.toFile()
			if _, err := findMatches(svc, st, s.Actor(), file.Head, file.Address, 0, certainLimit); err != nil {
				t.Errorf("lookup: %v", err)
			}
			if got := m.form.values(); !slices.Equal(got, typed) {
				t.Errorf("the panel changed the form: %q, typed %q", got, typed)
			}
		}
	})
}
