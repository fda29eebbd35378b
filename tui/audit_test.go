package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// auditWorld: two centers; at the second a household whose file a
// coordinator of the first opened from 203.0.113.9; a supervisor and a
// caseworker at each center (all with the password "secret-pass").
type auditWorld struct {
	env
	c2     domain.Center
	mine   domain.File // at c1
	theirs domain.File // at c2
}

func newAuditWorld(t *testing.T) auditWorld {
	t.Helper()
	e := seed(t)
	sys := store.SystemActor()
	c2, err := e.st.CreateCenter(sys, domain.Center{Name: "کانون طلاب", Code: "TLB"})
	if err != nil {
		t.Fatal(err)
	}
	w := auditWorld{env: e, c2: c2}
	w.mine = e.addFile(t, "زهرا", "احمدی", "علی", nil)
	w.theirs = e.addFile(t, "مریم", "کاظمی", "حسن", func(f *domain.File) { f.Center = c2.ID })
	for _, u := range []domain.User{
		{Login: "coord", Name: "هماهنگ‌کننده", Role: domain.RoleCoordinator, Center: e.c1.ID},
		{Login: "sup2", Name: "سرپرست طلاب", Role: domain.RoleSupervisor, Center: c2.ID},
		{Login: "cw1", Name: "مددکار", Role: domain.RoleCaseworker, Center: e.c1.ID},
	} {
		if _, err := e.st.CreateUser(sys, u, "secret-pass"); err != nil {
			t.Fatal(err)
		}
	}
	coord, err := e.st.UserByLogin("coord")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.st.File(store.Actor{User: coord, Source: "203.0.113.9:51000"}, w.theirs.ID); err != nil {
		t.Fatal(err)
	}
	upd := w.mine
	upd.Address = "بولوار توس ۷۲"
	if _, err := e.st.UpdateFile(store.Actor{User: e.admin, Source: "local"}, upd); err != nil {
		t.Fatal(err)
	}
	return w
}

// as logs a user in and leaves the list's search input, so that letters
// are keys.
func (w auditWorld) as(t *testing.T, login, lang string) *driver {
	t.Helper()
	d := startWith(t, w.st, w.ix, Options{Lang: lang})
	d.login(login, "secret-pass")
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("top is %T after login\n%s", d.top(), d.view())
	}
	d.press(tea.KeyEsc)
	return d
}

func (d *driver) audit() *auditScreen {
	d.t.Helper()
	m, ok := d.top().(*auditScreen)
	if !ok {
		d.t.Fatalf("top is %T, not the audit screen\n%s", d.top(), d.app.View())
	}
	return m
}

func logins(m *auditScreen) []string {
	var out []string
	for _, ev := range m.events {
		if !slices.Contains(out, ev.Login) {
			out = append(out, ev.Login)
		}
	}
	slices.Sort(out)
	return out
}

// Who may open the trail, and what each sees of it.
func TestAuditScreenRoles(t *testing.T) {
	w := newAuditWorld(t)
	for _, tc := range []struct {
		login   string
		opens   bool
		centers []domain.CenterID // the centers of the events shown; nil: any
	}{
		{"cw1", false, nil},
		{"sup2", true, []domain.CenterID{w.c2.ID}},
		{"coord", true, nil},
		{"admin", true, nil},
	} {
		t.Run(tc.login, func(t *testing.T) {
			d := w.as(t, tc.login, "en")
			d.typeText("a")
			if !tc.opens {
				if _, ok := d.top().(*listScreen); !ok {
					t.Fatalf("a caseworker opened %T", d.top())
				}
				if strings.Contains(d.view(), "audit") {
					t.Errorf("a caseworker's help offers the audit trail:\n%s", d.view())
				}
				return
			}
			m := d.audit()
			if len(m.events) == 0 {
				t.Fatal("no events")
			}
			for _, ev := range m.events {
				if tc.centers != nil && !slices.Contains(tc.centers, ev.Center) {
					t.Errorf("%s sees an event of center %d: %+v", tc.login, ev.Center, ev)
				}
			}
			if tc.login == "sup2" {
				// the owning center sees who looked at its file, and from where
				d.wantView("coord", "opened the file", w.theirs.Number, "203.0.113.9:51000")
			}
		})
	}
}

func TestAuditScreenFilters(t *testing.T) {
	w := newAuditWorld(t)
	d := w.as(t, "admin", "en")
	d.typeText("a")
	m := d.audit()
	all := len(m.events)
	// user filter
	d.typeText("f")
	d.typeText("coord")
	d.press(tea.KeyEnter)
	if got := logins(m); !slices.Equal(got, []string{"coord"}) || len(m.events) != 1 {
		t.Fatalf("user filter: %v, %d events", got, len(m.events))
	}
	d.wantView("filter: coord", "opened the file")
	// an unknown file number is refused in the panel; what was typed stays
	d.typeText("f")
	d.press(tea.KeyTab)
	d.press(tea.KeyTab)
	d.typeText("IMR-1403-9999")
	d.press(tea.KeyEnter)
	if !m.editing {
		t.Fatal("panel closed on a refused filter")
	}
	d.wantView("No file has the number IMR-1403-9999", "IMR-1403-9999")
	// a date that does not exist says why, in the panel
	d.press(tea.KeyTab)
	d.typeText("1403/13/01")
	d.press(tea.KeyEnter)
	if m.form.problem == "" || !strings.HasPrefix(m.form.problem, "From:") {
		t.Fatalf("bad date problem %q", m.form.problem)
	}
	// esc keeps the filter applied before
	d.press(tea.KeyEsc)
	if m.editing || m.query.Login != "coord" {
		t.Fatalf("esc: editing %v, query %+v", m.editing, m.query)
	}
	// x clears everything
	d.typeText("x")
	if len(m.events) != all || m.query != (store.AuditFilter{}) {
		t.Fatalf("after clear: %d events of %d, query %+v", len(m.events), all, m.query)
	}
	// the file and action filters: edits of the c1 file
	d.typeText("f")
	d.press(tea.KeyTab)
	for range 4 { // any → file.view → … → file.edit
		d.press(tea.KeyRight)
	}
	d.press(tea.KeyTab)
	d.typeText(w.mine.Number)
	d.press(tea.KeyEnter)
	if m.editing || len(m.events) != 1 || m.events[0].Action != domain.ActFileEdit || m.events[0].File != w.mine.ID {
		t.Fatalf("file+action filter: editing %v, %+v", m.editing, m.events)
	}
	// the selected event's change, before → after
	d.wantView("file edited", "Address: بولوار توس ۷۲")
}

// Pages of a hundred, newest first; ] goes older, [ back.
func TestAuditScreenPages(t *testing.T) {
	w := newAuditWorld(t)
	a := store.Actor{User: w.admin, Source: "local"}
	for i := range 120 {
		u, err := w.st.CreateUser(a, domain.User{Login: fmt.Sprintf("u%03d", i), Role: domain.RoleCaseworker, Center: w.c1.ID}, "")
		if err != nil {
			t.Fatal(err)
		}
		_ = u
	}
	d := w.as(t, "admin", "en")
	d.typeText("a")
	m := d.audit()
	total, err := w.st.Audit(store.SystemActor(), store.AuditFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.events) != auditPage || !m.more || m.events[0].ID != total[0].ID {
		t.Fatalf("page 1: %d events, more %v", len(m.events), m.more)
	}
	d.typeText("]")
	if len(m.events) != len(total)-auditPage || m.more || m.events[0].ID != total[auditPage].ID {
		t.Fatalf("page 2: %d events of %d, more %v", len(m.events), len(total), m.more)
	}
	d.wantView("page 2")
	d.typeText("]") // nothing older
	d.typeText("[")
	if len(m.events) != auditPage || m.events[0].ID != total[0].ID {
		t.Fatalf("back to page 1: %d", len(m.events))
	}
	d.press(tea.KeyEnd)
	if m.cursor != auditPage-1 {
		t.Errorf("cursor %d after end", m.cursor)
	}
}

func TestAuditDayParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		end  bool
		want string
		ok   bool
	}{
		{"", false, "", true},
		{"1403/09/12", false, "1403/09/12", true},
		{"۱۴۰۳/۰۹/۱۲", true, "1403/09/12", true},
		{"2024-12-02", false, "1403/09/12", true},
		{"1403/12", true, "1403/12/30", true}, // 1403 is a leap year
		{"1403", false, "1403/01/01", true},
		{"1403", true, "1403/12/30", true},
		{"1403/13/01", false, "", false},
		{"2024-13-01", false, "", false},
		{"fardā", false, "", false},
	} {
		got, err := ParseAuditDay(tc.in, tc.end)
		if (err == nil) != tc.ok || tc.ok && got.String() != tc.want && !(tc.want == "" && got.IsZero()) {
			t.Errorf("ParseAuditDay(%q, %v) = %v, %v; want %s", tc.in, tc.end, got, err, tc.want)
		}
	}
}

func FuzzParseAuditDay(f *testing.F) {
	for _, s := range []string{"1403/09/12", "2024-12-02", "1403", "۱۴۰۳/۱۲", "", "0/0/0", "9999-99-99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseAuditDay(s, true)
		if err == nil && !d.IsZero() && !d.Valid() {
			t.Fatalf("%q gave an invalid day %v", s, d)
		}
	})
}

func TestGoldenAudit(t *testing.T) {
	for _, lang := range []string{"fa", "en"} {
		for _, size := range [][2]int{{100, 30}, {80, 24}} {
			name := fmt.Sprintf("audit_%s_%dx%d", lang, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				w := newAuditWorld(t)
				d := w.as(t, "sup2", lang)
				d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				d.typeText("a")
				d.audit()
				golden(t, name, d.view())
				d.typeText("f")
				d.typeText("coord")
				golden(t, name+"_filter", d.view())
			})
		}
	}
}

func TestAuditChangesSaid(t *testing.T) {
	e := seed(t)
	d := start(t, e.st, e.ix, "en")
	tr := d.app.s.Tr
	centers := map[domain.CenterID]domain.Center{e.c1.ID: e.c1}
	for _, tc := range []struct {
		ev   domain.AuditEvent
		want []string
	}{
		{domain.AuditEvent{Kind: "user", Action: domain.ActUserManage, Changes: []domain.FieldChange{
			{Field: "role", Before: "caseworker", After: "supervisor"},
			{Field: "disabled", Before: "false", After: "true"},
			{Field: "keys", After: "ssh-ed25519 AAAA a\nssh-ed25519 BBBB b"},
			{Field: "password", After: "set"},
			{Field: "center", After: fmt.Sprint(e.c1.ID)},
		}}, []string{"role: caseworker → supervisor", "disabled: no → yes", "SSH keys: 2 keys", "password: set", "Center: مرکز امام رضا"}},
		{domain.AuditEvent{Kind: "file", Action: domain.ActFileEdit, Note: "تلفن عوض شد", Changes: []domain.FieldChange{
			{Field: "head.mobile", Before: "09121234567", After: "09351234567"},
			{Field: "status", Before: "active", After: "suspended"},
		}}, []string{"Mobile: 09121234567 → 09351234567", "Status: active → suspended", "note: تلفن عوض شد"}},
		{domain.AuditEvent{Kind: "decision", Action: domain.ActDuplicateDecide, Changes: []domain.FieldChange{
			{Field: "verdict", Before: "same", After: "different"},
		}}, []string{"verdict: same person → different people"}},
		{domain.AuditEvent{Kind: "backup", Action: domain.ActBackup, Changes: []domain.FieldChange{{Field: "file", After: "nightly.db"}}},
			[]string{"backup copy: nightly.db"}},
		{domain.AuditEvent{Kind: store.ViewKind, Action: domain.ActFileView, Changes: []domain.FieldChange{{Field: "number", After: "X"}}}, nil},
	} {
		got := AuditChanges(tr, centers, tc.ev)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.ev.Kind, got, tc.want)
		}
	}
}

// A caseworker asking for a screen of another role is told, in their
// language, that the role does not allow it and whom to ask; the list
// stays as it was.
func TestRefusedScreenSaysRole(t *testing.T) {
	w := newAuditWorld(t)
	for _, tc := range []struct{ lang, want string }{
		{"en", "Your role does not allow this"},
		{"fa", "نقش شما اجازه این کار را نمی‌دهد"},
	} {
		d := w.as(t, "cw1", tc.lang)
		for _, k := range []string{"a", "u"} { // audit, users
			d.typeText(k)
			if _, ok := d.top().(*listScreen); !ok {
				t.Fatalf("%s %q: top is %T", tc.lang, k, d.top())
			}
			d.wantView(tc.want)
		}
	}
}
