package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	psync "github.com/parvande/parvande/store/sync"
)

// spokeEnv is seedReview's database made a hub, and the spoke of its
// third center (مرکز الزهرا), which holds none of the other centers'
// files, only (once sent) the hub's encoded index of them.
type spokeEnv struct {
	reviewEnv
	sp    *store.Store
	path  string // the spoke's index file
	index func() // writes the hub's index for the spoke where it keeps it
}

func seedSpoke(t *testing.T, withIndex bool) spokeEnv {
	t.Helper()
	e := spokeEnv{reviewEnv: seedReview(t)}
	if _, err := psync.InitHub(e.st); err != nil {
		t.Fatal(err)
	}
	join, _, err := psync.AddSpoke(e.st, e.c3.ID, false)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "spoke.db")
	e.sp, err = store.Open(db, store.Options{Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.sp.Close() })
	if _, err := psync.Join(e.sp, join); err != nil {
		t.Fatal(err)
	}
	if _, err := e.sp.CreateUser(store.SystemActor(), domain.User{Login: "worker", Name: "مددکار", Role: domain.RoleCaseworker, Center: e.c3.ID, Lang: "en"}, "secret-pass"); err != nil {
		t.Fatal(err)
	}
	e.path = psync.IndexPath(db)
	e.index = func() {
		data, _, err := psync.BuildIndex(e.st, e.c3.ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := psync.WriteFile(e.path, data); err != nil {
			t.Fatal(err)
		}
	}
	if withIndex {
		e.index()
	}
	return e
}

// registerAtSpoke logs the spoke's caseworker in and opens the form.
func registerAtSpoke(t *testing.T, e spokeEnv, lang string, size tea.WindowSizeMsg) (*driver, *registerForm) {
	t.Helper()
	svc := dupes.New(e.sp)
	svc.UseSpokeIndex(e.path)
	d := startWith(t, e.sp, e.ix, Options{Lang: lang, Dupes: svc})
	d.send(size)
	d.login("worker", "secret-pass")
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("top is %T after login\n%s", d.top(), d.view())
	}
	d.press(tea.KeyEsc)
	d.typeText("n")
	m := d.registerForm()
	if m.panel == nil || !m.panel.ready {
		t.Fatalf("panel missing or not ready\n%s", d.view())
	}
	return d, m
}

// TestSpokeWarnsFromTheHubsIndex: a family served at two other centers,
// typed at a spoke that holds none of their files, is listed by center
// from the encoded index (no name: there is none), opens to what is
// known, and a save over it asks first and is put on record.
func TestSpokeWarnsFromTheHubsIndex(t *testing.T) {
	sizes := map[string]tea.WindowSizeMsg{"100x30": {Width: 100, Height: 30}, "80x24": {Width: 80, Height: 24}}
	for _, lang := range []string{"en", "fa"} {
		for sz, size := range sizes {
			t.Run(lang+"/"+sz, func(t *testing.T) {
				e := seedSpoke(t, true)
				d, m := registerAtSpoke(t, e, lang, size)
				typeZahra(d)
				d.settle(m)
				p := m.panel
				if len(p.matches) != 2 {
					t.Fatalf("want the two other centers' files, got %+v\n%s", p.matches, d.view())
				}
				centers := map[domain.CenterID]bool{}
				for _, pm := range p.matches {
					if !pm.far || pm.card.FirstName != "" {
						t.Errorf("not an encoded match, or a name where there is none: %+v", pm)
					}
					centers[pm.Center] = true
				}
				if !centers[e.c1.ID] || !centers[e.c2.ID] {
					t.Errorf("centers %v, want %v and %v", centers, e.c1.ID, e.c2.ID)
				}
				far := map[string]string{"en": "family elsewhere", "fa": "پرونده در مرکز دیگر"}
				if size.Width >= panelWide {
					d.wantView(far[lang], "مرکز امام رضا", "خیریه کوثر")
				} else {
					d.wantView("◇", "مرکز امام رضا") // the summary line: the best match's center
				}
				if strings.Contains(d.view(), "زهرا") && !strings.Contains(m.form.value(m.head.first), "زهرا") {
					t.Error("a name the spoke does not hold is on screen")
				}
				golden(t, "spoke_panel_"+lang+"_"+sz, d.view())

				d.press(tea.KeyCtrlO)
				if _, ok := d.top().(*spokeCardScreen); !ok {
					t.Fatalf("ctrl+o opened %T", d.top())
				}
				golden(t, "spoke_card_"+lang+"_"+sz, d.view())
				d.press(tea.KeyEsc)
				if d.registerForm() != m {
					t.Fatal("esc did not come back to the form")
				}
			})
		}
	}
}

func TestSpokeCertainAsksAndIsRecorded(t *testing.T) {
	e := seedSpoke(t, true)
	d, m := registerAtSpoke(t, e, "en", tea.WindowSizeMsg{Width: 100, Height: 30})
	typeZahra(d)
	d.press(tea.KeyCtrlS)
	d.wantView("certainly this one is served by", "مرکز امام رضا", "خیریه کوثر", "contact them", "(y/n)")
	if fileCount(t, e.sp) != 0 {
		t.Fatal("saved before the user answered")
	}
	d.typeText("y")
	fs := d.fileScreen()
	d.wantView("registering despite a certain match is on record")
	if m.noteErr != nil {
		t.Fatalf("note: %v", m.noteErr)
	}
	admin := domain.User{ID: 1, Role: domain.RoleAdmin}
	evs, err := e.sp.Audit(store.Actor{User: admin}, store.AuditFilter{File: fs.id})
	if err != nil {
		t.Fatal(err)
	}
	noted := map[domain.ID]bool{}
	for _, ev := range evs {
		if ev.Kind == "duplicate" && ev.File == fs.id && strings.Contains(ev.Note, "hub's match index") {
			noted[ev.Target] = true
		}
	}
	for _, f := range e.pairs[0] {
		if !noted[f.ID] {
			t.Errorf("no audited note for the certain match %v at center %v: %+v", f.ID, f.Center, evs)
		}
	}
}

// TestSpokeWithoutIndexSaysSo: before the hub's index arrives, the panel
// says that only this database was checked; once it is written, the next
// lookup uses it without a restart. A damaged index is reported.
func TestSpokeWithoutIndexSaysSo(t *testing.T) {
	e := seedSpoke(t, false)
	d, m := registerAtSpoke(t, e, "en", tea.WindowSizeMsg{Width: 100, Height: 30})
	d.wantView("No match index from the hub yet")
	typeZahra(d)
	d.settle(m)
	if len(m.panel.matches) != 0 {
		t.Fatalf("matches without an index: %+v", m.panel.matches)
	}
	e.index()
	d.typeText(" ")
	d.settle(m)
	if len(m.panel.matches) != 2 {
		t.Fatalf("the index written meanwhile is not used: %+v\n%s", m.panel.matches, d.view())
	}
	if err := os.WriteFile(e.path, []byte("not an index"), 0o600); err != nil {
		t.Fatal(err)
	}
	d.typeText(" ")
	d.settle(m)
	if !strings.Contains(m.panel.farErr.Error(), "cannot be read") {
		t.Errorf("damaged index: %v", m.panel.farErr)
	}
	d.wantView("match index here could not")
}
