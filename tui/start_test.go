package tui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
)

func TestSetupCreatesCenterAndAdmin(t *testing.T) {
	st := openStore(t)
	d := start(t, st, nil, "en")
	if _, ok := d.top().(*setupScreen); !ok {
		t.Fatalf("empty database: top is %T, want setup", d.top())
	}
	d.wantView("This database is empty", "Create a center", "Load demo data")
	d.press(tea.KeyEnter) // create
	d.typeText("مرکز نمونه")
	d.press(tea.KeyTab)
	d.typeText("طلاب")
	d.press(tea.KeyTab)
	d.typeText("Boss")
	d.press(tea.KeyTab)
	d.typeText("مدیر")
	d.press(tea.KeyTab)
	d.typeText("secret-pass")
	d.press(tea.KeyTab)
	d.typeText("secret-typo")
	d.press(tea.KeyCtrlS)
	d.wantView("The two passwords differ")
	if has, _ := st.HasUsers(); has {
		t.Fatal("user created despite mismatched passwords")
	}
	// Fix the second password: the rest of the form is kept.
	for range len("secret-typo") {
		d.press(tea.KeyBackspace)
	}
	d.typeText("secret-pass")
	d.press(tea.KeyEnter)
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("after setup: top is %T, want the list\n%s", d.top(), d.view())
	}
	u := d.app.Session().User
	if u.Login != "boss" || u.Role != domain.RoleAdmin || u.Center == 0 {
		t.Errorf("logged in as %+v", u)
	}
	d.wantView("مرکز نمونه", "Center and administrator created")
}

func TestSetupRequiresFields(t *testing.T) {
	st := openStore(t)
	d := start(t, st, nil, "fa")
	d.press(tea.KeyEnter)
	d.press(tea.KeyCtrlS)
	d.wantView("«نام مرکز» را پر کنید.")
	if has, _ := st.HasUsers(); has {
		t.Fatal("user created from an empty form")
	}
}

func TestLoginWrongPasswordThenRight(t *testing.T) {
	e := seed(t)
	d := start(t, e.st, e.ix, "")
	if _, ok := d.top().(*loginScreen); !ok {
		t.Fatalf("top is %T, want login", d.top())
	}
	d.login("admin", "wrong")
	d.wantView("نام کاربری یا گذرواژه نادرست است")
	// The name stays, the password is cleared and focused.
	d.typeText("secret-pass")
	d.press(tea.KeyEnter)
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("top is %T, want list\n%s", d.top(), d.view())
	}
	// The admin's language setting (en) wins over LANG when --lang is empty.
	d.wantView("مدیر (administrator)", "Search files", "center: مرکز امام رضا", "No files yet")
	t.Log("\n" + d.view())
}

func TestLoginLockout(t *testing.T) {
	e := seed(t)
	d := start(t, e.st, e.ix, "en")
	d.login("admin", "bad1")
	for _, p := range []string{"bad2", "bad3"} {
		d.typeText(p)
		d.press(tea.KeyEnter)
	}
	d.wantView("Try again in 5 seconds")
	// Locked: even the right password is not checked.
	d.typeText("secret-pass")
	d.press(tea.KeyEnter)
	if _, ok := d.top().(*loginScreen); !ok {
		t.Fatal("logged in while locked out")
	}
	d.clock.t = d.clock.t.Add(3 * time.Second)
	d.send(lockTickMsg{})
	d.wantView("Try again in 2 seconds")
	d.clock.t = d.clock.t.Add(3 * time.Second)
	d.send(lockTickMsg{})
	d.press(tea.KeyEnter)
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("after the lock-out: top is %T\n%s", d.top(), d.view())
	}
}

func TestLockoutGrows(t *testing.T) {
	want := map[int]time.Duration{2: 0, 3: 5 * time.Second, 4: 10 * time.Second, 5: 20 * time.Second, 30: 5 * time.Minute}
	for n, w := range want {
		if got := lockoutFor(n); got != w {
			t.Errorf("lockoutFor(%d) = %v, want %v", n, got, w)
		}
	}
}

func TestLoginLanguageSwitch(t *testing.T) {
	e := seed(t)
	d := start(t, e.st, e.ix, "fa")
	d.wantView("نام کاربری")
	d.press(tea.KeyCtrlL)
	d.wantView("User name", "ctrl+l: فارسی")
}

func TestCtrlCQuitsAnywhere(t *testing.T) {
	e := seed(t)
	d := start(t, e.st, e.ix, "en")
	d.typeText("q") // a letter of the user name, not quit
	if d.quit {
		t.Fatal("q quit from a text field")
	}
	d.press(tea.KeyCtrlC)
	if !d.quit {
		t.Fatal("ctrl+c did not quit")
	}
}

func TestTooSmall(t *testing.T) {
	e := seed(t)
	d := start(t, e.st, e.ix, "en")
	d.send(tea.WindowSizeMsg{Width: 60, Height: 20})
	d.wantView("too small", "60×20")
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.wantView("User name")
}
