package tui

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/search"
)

// -update rewrites testdata/*.golden. teatest's golden package defines the
// same flag, so it is defined here only when nothing has yet.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite testdata/*.golden")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// testNow is the fixed clock of every test: 1403/09/12, a Monday.
var testNow = time.Date(2024, 12, 2, 10, 0, 0, 0, time.UTC)

// clock is a test clock that tests move by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// driver runs an App the way Bubble Tea would, but synchronously: every
// Cmd returned is run at once and its message fed back, so a test reads
// the state right after a keystroke. Ticks are not run (they would sleep):
// tests send the tick messages themselves.
type driver struct {
	t     *testing.T
	app   *App
	clock *clock
	quit  bool
}

type env struct {
	st    *store.Store
	ix    *search.Index
	admin domain.User
	c1    domain.Center
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "parvande.db"), store.Options{Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// asciiRenderer renders without colours, like NO_COLOR: goldens stay plain.
func asciiRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	return r
}

func start(t *testing.T, st *store.Store, ix *search.Index, lang string) *driver {
	t.Helper()
	return startWith(t, st, ix, Options{Lang: lang})
}

// startWith starts an App at 100×30 with an Ascii renderer and the test
// clock.
func startWith(t *testing.T, st *store.Store, ix *search.Index, opt Options) *driver {
	t.Helper()
	c := &clock{t: testNow}
	opt.Renderer, opt.Now = asciiRenderer(), c.now
	if opt.RTL == "" {
		opt.RTL = "logical" // no first-login calibration; calibrate_test.go tests it
	}
	a := newApp(st, ix, opt)
	a.s.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	d := &driver{t: t, app: a, clock: c}
	d.run(a.Init())
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return d
}

func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	_, cmd := d.app.Update(msg)
	d.run(cmd)
}

func (d *driver) run(cmd tea.Cmd) {
	d.t.Helper()
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	case tea.QuitMsg:
		d.quit = true
	default:
		d.send(msg)
	}
}

func (d *driver) typeText(s string) {
	d.t.Helper()
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
}

func (d *driver) press(k tea.KeyType) {
	d.t.Helper()
	d.send(tea.KeyMsg{Type: k})
}

func (d *driver) view() string { return d.app.View() }

func (d *driver) wantView(subs ...string) {
	d.t.Helper()
	v := d.view()
	for _, s := range subs {
		if !strings.Contains(v, s) {
			d.t.Errorf("view lacks %q:\n%s", s, v)
		}
	}
}

func (d *driver) top() Screen { return d.app.Top() }

// seed makes a center, an admin and an empty index.
func seed(t *testing.T) env {
	t.Helper()
	st := openStore(t)
	sys := store.SystemActor()
	c1, err := st.CreateCenter(sys, domain.Center{Name: "مرکز امام رضا", Code: "IMR", Neighborhood: "طلاب"})
	if err != nil {
		t.Fatal(err)
	}
	admin, err := st.CreateUser(sys, domain.User{Login: "admin", Name: "مدیر", Role: domain.RoleAdmin, Center: c1.ID, Lang: "en"}, "secret-pass")
	if err != nil {
		t.Fatal(err)
	}
	return env{st: st, ix: search.New(), admin: admin, c1: c1}
}

// addFile registers a household and puts it in the index.
func (e env) addFile(t *testing.T, first, last, father string, mod func(*domain.File)) domain.File {
	t.Helper()
	f := domain.File{Center: e.c1.ID, Head: domain.Person{FirstName: first, LastName: last, FatherName: father}}
	if mod != nil {
		mod(&f)
	}
	f, err := e.st.CreateFile(store.Actor{User: e.admin, Source: "test"}, f)
	if err != nil {
		t.Fatal(err)
	}
	e.ix.Put(f, domain.File{}.OpenedOn, domain.File{}.OpenedOn)
	return f
}

// login takes a started driver through the login screen.
func (d *driver) login(user, pass string) {
	d.t.Helper()
	d.typeText(user)
	d.press(tea.KeyTab)
	d.typeText(pass)
	d.press(tea.KeyEnter)
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if updating() {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (go test -update to accept):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}
