package tui

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

func pubLine(t *testing.T, comment string) string {
	t.Helper()
	pk, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := ssh.NewPublicKey(pk)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(ssh.MarshalAuthorizedKey(pub))) + " " + comment
}

func (d *driver) admin() *adminScreen {
	d.t.Helper()
	m, ok := d.top().(*adminScreen)
	if !ok {
		d.t.Fatalf("top is %T, not the admin screen\n%s", d.top(), d.view())
	}
	return m
}

func userLogins(m *adminScreen) []string {
	var out []string
	for _, u := range m.users {
		out = append(out, u.Login)
	}
	slices.Sort(out)
	return out
}

// paste sends text as a terminal paste.
func (d *driver) paste(s string) {
	d.t.Helper()
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: true})
}

func TestAdminScreenRoles(t *testing.T) {
	w := newAuditWorld(t)
	for _, tc := range []struct {
		login string
		want  []string // nil: the screen does not open
	}{
		{"cw1", nil},
		{"coord", nil},
		{"sup2", []string{"sup2"}},
		{"admin", []string{"admin", "coord", "cw1", "sup2"}},
	} {
		t.Run(tc.login, func(t *testing.T) {
			d := w.as(t, tc.login, "en")
			d.typeText("u")
			if tc.want == nil {
				if _, ok := d.top().(*listScreen); !ok {
					t.Fatalf("%s opened %T", tc.login, d.top())
				}
				if strings.Contains(d.view(), " users") {
					t.Errorf("%s's help offers user management", tc.login)
				}
				return
			}
			if got := userLogins(d.admin()); !slices.Equal(got, tc.want) {
				t.Errorf("%s manages %v, want %v", tc.login, got, tc.want)
			}
		})
	}
}

// A supervisor is offered only their own center and the roles up to
// theirs, and adds a caseworker there.
func TestAdminSupervisorAddsCaseworker(t *testing.T) {
	w := newAuditWorld(t)
	d := w.as(t, "sup2", "en")
	d.typeText("u")
	d.typeText("n")
	f, ok := d.top().(*userForm)
	if !ok {
		t.Fatalf("top is %T", d.top())
	}
	if len(f.centers) != 1 || f.centers[0] != w.c2.ID {
		t.Errorf("center choices %v", f.centers)
	}
	if !slices.Equal(f.roles, []domain.Role{domain.RoleCaseworker, domain.RoleSupervisor}) {
		t.Errorf("role choices %v", f.roles)
	}
	d.typeText("neda")
	d.press(tea.KeyTab)
	d.typeText("ندا")
	d.press(tea.KeyCtrlS)
	m := d.admin()
	if got := userLogins(m); !slices.Equal(got, []string{"neda", "sup2"}) {
		t.Fatalf("after adding: %v", got)
	}
	d.wantView("User neda added.")
	u, err := w.st.UserByLogin("neda")
	if err != nil || u.Center != w.c2.ID || u.Role != domain.RoleCaseworker || u.Name != "ندا" || u.PasswordHash != "" {
		t.Errorf("stored %+v, %v", u, err)
	}
}

func TestAdminUserFormErrors(t *testing.T) {
	w := newAuditWorld(t)
	d := w.as(t, "admin", "en")
	d.typeText("u")
	d.typeText("n")
	f := d.top().(*userForm)
	// a login with a space and capitals: refused, kept
	d.typeText("Bad Login")
	d.press(tea.KeyCtrlS)
	if f.form.value(f.login) != "Bad Login" || f.form.fields[f.login].problem() == "" {
		t.Fatalf("bad login: value %q, problem %q", f.form.value(f.login), f.form.fields[f.login].problem())
	}
	d.wantView("lower-case Latin letters")
	// a taken login: the store refuses, the form keeps everything
	f.form.fields[f.login].input.SetValue("coord")
	f.form.fields[f.password].input.SetValue("12")
	d.press(tea.KeyCtrlS)
	d.wantView("at least 6")
	f.form.fields[f.password].input.SetValue("long-enough")
	d.press(tea.KeyCtrlS)
	if _, ok := d.top().(*userForm); !ok {
		t.Fatalf("form closed on a taken login: %T", d.top())
	}
	d.wantView("already taken", "What you typed is kept")
	if f.form.value(f.login) != "coord" || f.form.value(f.password) != "long-enough" {
		t.Errorf("input lost: %q %q", f.form.value(f.login), f.form.value(f.password))
	}
}

func TestAdminDisableEditPassword(t *testing.T) {
	w := newAuditWorld(t)
	d := w.as(t, "admin", "en")
	d.typeText("u")
	m := d.admin()
	for m.users[m.cursor].Login != "cw1" {
		d.press(tea.KeyDown)
	}
	// disable asks, n keeps, y does it
	d.typeText("x")
	d.wantView("Disable cw1?")
	d.typeText("n")
	if m.ask != nil || m.users[m.cursor].Disabled {
		t.Fatal("n did not keep the user")
	}
	d.typeText("x")
	d.typeText("y")
	d.wantView("cw1 is disabled.", "disabled")
	if u, _ := w.st.UserByLogin("cw1"); !u.Disabled {
		t.Fatal("not disabled in the store")
	}
	// edit: the role becomes supervisor
	d.press(tea.KeyEnter)
	f := d.top().(*userForm)
	d.press(tea.KeyTab) // name → role
	d.press(tea.KeyRight)
	d.press(tea.KeyCtrlS)
	if u, _ := w.st.UserByLogin("cw1"); u.Role != f.roles[1] || u.Role != domain.RoleSupervisor {
		t.Fatalf("role %v after edit", u.Role)
	}
	d.wantView("User cw1 saved.")
	// a new password
	d.typeText("p")
	d.typeText("abc")
	d.press(tea.KeyCtrlS)
	d.wantView("at least 6")
	d.typeText("defgh")
	d.press(tea.KeyCtrlS)
	d.wantView("The password of cw1 is set.")
	if _, err := w.st.UserByLogin("cw1"); err != nil {
		t.Fatal(err)
	}
	if u, _ := w.st.UserByLogin("cw1"); !u.Disabled {
		t.Error("a password change enabled the user")
	}
}

func TestAdminKeys(t *testing.T) {
	w := newAuditWorld(t)
	other, err := w.st.UserByLogin("coord")
	if err != nil {
		t.Fatal(err)
	}
	taken := pubLine(t, "coord@laptop")
	if _, err := w.st.AddKey(store.SystemActor(), other.ID, taken); err != nil {
		t.Fatal(err)
	}
	d := w.as(t, "admin", "en")
	d.typeText("u")
	m := d.admin()
	for m.users[m.cursor].Login != "cw1" {
		d.press(tea.KeyDown)
	}
	d.typeText("s")
	ks, ok := d.top().(*keysScreen)
	if !ok {
		t.Fatalf("top is %T", d.top())
	}
	d.wantView("no SSH key")
	for _, tc := range []struct {
		paste, want string
	}{
		{"not a key at all", "That is not an SSH public key"},
		{taken, "belongs to another user"},
	} {
		d.typeText("a")
		d.paste(tc.paste)
		d.press(tea.KeyCtrlS)
		d.wantView(tc.want)
		f, ok := d.top().(*keyForm)
		if !ok || f.form.value(f.line) != tc.paste {
			t.Fatalf("%q: form %T lost the pasted line", tc.paste, d.top())
		}
		d.press(tea.KeyEsc)
		d.typeText("y") // discard
		if d.top() != Screen(ks) {
			t.Fatalf("back at %T", d.top())
		}
	}
	line := pubLine(t, "reza@office-pc")
	d.typeText("a")
	d.paste(line)
	d.press(tea.KeyCtrlS)
	if len(ks.keys) != 1 || ks.keys[0].Comment != "reza@office-pc" {
		t.Fatalf("keys %+v", ks.keys)
	}
	d.wantView("reza@office-pc", ks.keys[0].Fingerprint, "Key "+ks.keys[0].Fingerprint+" added.")
	d.typeText("x")
	d.wantView("Remove the key " + ks.keys[0].Fingerprint)
	d.typeText("y")
	if len(ks.keys) != 0 {
		t.Fatalf("keys after remove: %+v", ks.keys)
	}
	d.wantView("The key is removed.")
	d.press(tea.KeyEsc)
	if u, _ := userIn(m.users, ks.id); keyCount(u) != 0 {
		t.Errorf("list shows %d keys", keyCount(u))
	}
}

func TestGoldenAdmin(t *testing.T) {
	for _, lang := range []string{"fa", "en"} {
		for _, size := range [][2]int{{100, 30}, {80, 24}} {
			name := fmt.Sprintf("admin_%s_%dx%d", lang, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				w := newAuditWorld(t)
				d := w.as(t, "admin", lang)
				d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				d.typeText("u")
				d.admin()
				golden(t, name, d.view())
				d.typeText("s")
				d.typeText("a")
				// a fixed key, so the golden is stable; long, so it scrolls
				d.paste("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl reza@office-pc-in-the-back-room")
				golden(t, name+"_key", d.view())
			})
		}
	}
}
