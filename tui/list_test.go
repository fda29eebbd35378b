package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/search"
)

// households is a small, fixed set of families for list tests.
func households(t *testing.T, e env) map[string]domain.File {
	t.Helper()
	out := map[string]domain.File{}
	for _, h := range []struct{ first, last, father, nc string }{
		{"زهرا", "احمدی", "علی", "0012345679"},
		{"زهرا", "رضایی", "حسن", ""},
		{"فاطمه", "زهرایی", "محمد", ""},
		{"محمدرضا", "کریمی", "جواد", ""},
		{"گلناز", "پورمحمد", "چنگیز", ""},
	} {
		f := e.addFile(t, h.first, h.last, h.father, func(f *domain.File) {
			f.Head.NationalCode = domain.NationalCode{Raw: h.nc}
			f.Categories = []domain.Category{domain.CategoryFemaleHeaded}
		})
		out[h.first+" "+h.last] = f
	}
	return out
}

func loggedIn(t *testing.T, e env, lang string, screens Screens) *driver {
	t.Helper()
	d := startWith(t, e.st, e.ix, Options{Lang: lang, Screens: screens})
	d.login("admin", "secret-pass")
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("top is %T after login\n%s", d.top(), d.view())
	}
	return d
}

func (d *driver) list() *listScreen { return d.top().(*listScreen) }

func names(m *listScreen) []string {
	var out []string
	for _, r := range m.page.Results {
		out = append(out, r.Name)
	}
	return out
}

func TestListSearchPersian(t *testing.T) {
	e := seed(t)
	households(t, e)
	d := loggedIn(t, e, "fa", Screens{})
	if got := d.list().page.Total; got != 5 {
		t.Fatalf("empty query lists %d files, want 5", got)
	}
	d.typeText("زهرا")
	got := names(d.list())
	if len(got) < 2 || !contains(got, "زهرا احمدی") || !contains(got, "زهرا رضایی") {
		t.Fatalf("زهرا found %v", got)
	}
	if contains(got, "محمدرضا کریمی") {
		t.Errorf("زهرا found محمدرضا کریمی: %v", got)
	}
	r := d.list().page.Results[0]
	if len(r.NameMatch) == 0 {
		t.Errorf("no highlight for %q", r.Name)
	}
	d.wantView("زهرا احمدی", "۰۰۱۲۳۴۵۶۷۹", "IMR-۱۴۰۳-۰۰۰۱", "مرکز امام", "فعال")

	// Arabic yeh and kaf, as some keyboards type them, find the Persian.
	for range []rune("زهرا") {
		d.press(tea.KeyBackspace)
	}
	d.typeText("رضايي")
	if got := names(d.list()); !contains(got, "زهرا رضایی") {
		t.Errorf("رضايي (Arabic yeh) found %v", got)
	}
}

func TestListFilterStatus(t *testing.T) {
	e := seed(t)
	hs := households(t, e)
	f, err := e.st.SetStatus(store.Actor{User: e.admin}, hs["زهرا رضایی"].ID, domain.StatusSuspended, "moved away")
	if err != nil {
		t.Fatal(err)
	}
	e.ix.Put(f, f.OpenedOn, f.OpenedOn)
	d := loggedIn(t, e, "en", Screens{})
	d.press(tea.KeyEsc) // leave the search input: letters are commands now
	d.typeText("f")
	d.wantView("Filters", "Overdue visits only")
	d.press(tea.KeyDown)  // status row
	d.press(tea.KeyRight) // active
	if got := d.list().page.Total; got != 4 {
		t.Errorf("status=active lists %d, want 4: %v", got, names(d.list()))
	}
	d.press(tea.KeyRight) // suspended
	if got := names(d.list()); len(got) != 1 || got[0] != "زهرا رضایی" {
		t.Errorf("status=suspended lists %v", got)
	}
	d.press(tea.KeyEnter) // close; the filter stays
	d.wantView("filter: suspended")
	d.typeText("f")
	d.typeText("x") // clear
	d.press(tea.KeyEsc)
	if got := d.list().page.Total; got != 5 {
		t.Errorf("after clearing: %d files", got)
	}
}

func TestListSortByName(t *testing.T) {
	e := seed(t)
	households(t, e)
	d := loggedIn(t, e, "en", Screens{})
	d.press(tea.KeyEsc)
	d.typeText("s") // relevance → name
	if d.list().sort != search.ByName {
		t.Fatalf("sort is %v", d.list().sort)
	}
	got := names(d.list())
	// Persian order: ز before ف before گ before م (گ sorts after ک, not after ی).
	want := []string{"زهرا احمدی", "زهرا رضایی", "فاطمه زهرایی", "گلناز پورمحمد", "محمدرضا کریمی"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("by name: %v\nwant %v", got, want)
	}
	d.wantView("sort: name (Persian order)")
	d.typeText("s")
	d.typeText("s")
	if d.list().sort != search.ByNumber {
		t.Errorf("third s: sort %v", d.list().sort)
	}
}

func TestListPaging(t *testing.T) {
	e := seed(t)
	for i := range 130 {
		e.addFile(t, fmt.Sprintf("نام%03d", i), "خانواده", "پدر", nil)
	}
	d := loggedIn(t, e, "en", Screens{})
	m := d.list()
	rows := m.rows()
	if len(m.page.Results) != rows || m.page.Total != 130 {
		t.Fatalf("first page: %d rows of %d", len(m.page.Results), m.page.Total)
	}
	d.press(tea.KeyDown)
	d.press(tea.KeyPgDown)
	if m.offset != rows || m.cursor != rows+1 {
		// Window and cursor both moved a page.
		t.Errorf("pgdown: offset %d cursor %d", m.offset, m.cursor)
	}
	d.press(tea.KeyPgUp)
	if m.offset != 0 || m.cursor != 1 {
		t.Errorf("pgup: offset %d cursor %d", m.offset, m.cursor)
	}
	d.press(tea.KeyEnd)
	if m.cursor != 129 || m.offset != 130-rows || len(m.page.Results) != rows {
		t.Errorf("end: offset %d cursor %d rows %d", m.offset, m.cursor, len(m.page.Results))
	}
	d.wantView(fmt.Sprintf("%d–130 of 130", 130-rows+1))
	d.press(tea.KeyHome)
	if m.cursor != 0 || m.offset != 0 {
		t.Errorf("home: offset %d cursor %d", m.offset, m.cursor)
	}
	d.press(tea.KeyEsc)
	d.typeText("j")
	d.typeText("j")
	if m.cursor != 2 {
		t.Errorf("jj: cursor %d", m.cursor)
	}
	d.typeText("k")
	if m.cursor != 1 {
		t.Errorf("k: cursor %d", m.cursor)
	}
}

func TestListDropsStaleResults(t *testing.T) {
	e := seed(t)
	households(t, e)
	d := loggedIn(t, e, "en", Screens{})
	m := d.list()
	before := m.page.Total
	d.send(pageMsg{seq: m.seq - 1, page: search.Page{Total: 999}})
	if m.page.Total != before {
		t.Errorf("a stale page replaced the current one")
	}
}

// stubScreen stands in for screens built elsewhere.
type stubScreen struct {
	s     *Session
	title string
}

func (m *stubScreen) Init() tea.Cmd                    { return nil }
func (m *stubScreen) Update(tea.Msg) (Screen, tea.Cmd) { return m, nil }
func (m *stubScreen) View() string                     { return m.title }
func (m *stubScreen) KeyMap() help.KeyMap              { return KeyList{} }
func (m *stubScreen) Title() string                    { return m.title }

func TestListOpensFileNewAndDue(t *testing.T) {
	e := seed(t)
	hs := households(t, e)
	var opened domain.ID
	d := loggedIn(t, e, "en", Screens{
		File: func(s *Session, id domain.ID) Screen {
			opened = id
			return &stubScreen{s, "file " + id.String()}
		},
		NewFile:   func(s *Session) Screen { return &stubScreen{s, "register"} },
		VisitsDue: func(s *Session) Screen { return &stubScreen{s, "due"} },
	})
	d.typeText("احمدی")
	d.press(tea.KeyEnter)
	if opened != hs["زهرا احمدی"].ID {
		t.Fatalf("opened %v, want %v", opened, hs["زهرا احمدی"].ID)
	}
	d.wantView("file " + opened.String())
	d.press(tea.KeyEsc) // back to the list, search kept
	if d.list().input.Value() != "احمدی" {
		t.Errorf("search lost: %q", d.list().input.Value())
	}
	d.press(tea.KeyEsc) // leave the input
	d.typeText("n")
	d.wantView("register")
	d.press(tea.KeyEsc)
	d.typeText("v")
	d.wantView("due")
}

func TestListMissingScreenSaysSo(t *testing.T) {
	e := seed(t)
	households(t, e)
	d := loggedIn(t, e, "en", Screens{})
	d.app.screens.NewFile = nil
	d.press(tea.KeyEsc)
	d.typeText("n")
	d.wantView("This part is not ready yet.")
}

func TestListRefreshesOnChange(t *testing.T) {
	e := seed(t)
	households(t, e)
	d := loggedIn(t, e, "en", Screens{})
	f := e.addFile(t, "نرگس", "تازه‌وارد", "رضا", nil)
	d.send(ChangedMsg{Change: store.Change{Kind: "file", IDs: []domain.ID{f.ID}, Center: f.Center}})
	if got := d.list().page.Total; got != 6 {
		t.Errorf("after a change: %d files, want 6", got)
	}
}

func TestListCaseworkerSeesOwnCenter(t *testing.T) {
	e := seed(t)
	households(t, e)
	sys := store.SystemActor()
	c2, err := e.st.CreateCenter(sys, domain.Center{Name: "مرکز دوم", Code: "TWO"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.st.CreateUser(sys, domain.User{Login: "cw", Role: domain.RoleCaseworker, Center: c2.ID}, "secret-pass"); err != nil {
		t.Fatal(err)
	}
	d := startWith(t, e.st, e.ix, Options{Lang: "en"})
	d.login("cw", "secret-pass")
	if got := d.list().page.Total; got != 0 {
		t.Errorf("a caseworker of another center sees %d files", got)
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
