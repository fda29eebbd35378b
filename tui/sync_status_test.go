package tui

import (
	"fmt"
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

// syncedHub is seedSpoke's hub after some traffic with its spoke (مرکز
// الزهرا): bundle 1 applied, bundle 2 lost on the way so bundle 3 is
// held; before that, a copy of the spoke restored from a backup taken
// before bundle 1 reused a file id, which waits as a conflict.
func syncedHub(t *testing.T) spokeEnv {
	t.Helper()
	e := seedSpoke(t, false)
	sys := store.SystemActor()
	ok := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	backup := filepath.Join(t.TempDir(), "old.db")
	ok(e.sp.Backup(backup))
	send := func(from *store.Store, first string, deliver bool) {
		t.Helper()
		_, err := from.CreateFile(sys, domain.File{Center: e.c3.ID, HouseholdSize: 2, Address: "کوچه ۳",
			Head: domain.Person{FirstName: first, LastName: "رحیمی", FatherName: "قاسم"}})
		ok(err)
		m, err := psync.Export(from, store.HubCenter, false, nil)
		ok(err)
		ok(psync.Sent(from, m))
		if deliver {
			_, err = psync.Import(e.st, sys, m.Data)
			ok(err)
		}
	}
	send(e.sp, "نرگس", true)
	restored, err := store.Open(backup, store.Options{Now: func() time.Time { return testNow }})
	ok(err)
	send(restored, "پروین", true)
	ok(restored.Close())
	send(e.sp, "لیلا", false)
	send(e.sp, "سمیه", true)
	return e
}

func hubAs(t *testing.T, e spokeEnv, user, lang string) *driver {
	t.Helper()
	d := startWith(t, e.st, e.ix, Options{Lang: lang})
	d.login(user, "secret-pass")
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("top is %T after login\n%s", d.top(), d.view())
	}
	d.press(tea.KeyEsc) // leave the search input: letters are keys
	return d
}

// TestSyncStatusScreen: a coordinator at the hub opens the status from
// the list with c and reads, per center, the last bundles in and out, the
// bundle missing and the conflict waiting; goldens in both languages at
// 100×30 and 80×24.
func TestSyncStatusScreen(t *testing.T) {
	e := syncedHub(t)
	info, err := e.st.SyncInfo()
	if err != nil {
		t.Fatal(err)
	}
	if len(info.Pending) == 0 || info.Conflicts == 0 {
		t.Fatalf("the fixture lost its gap or conflict: %+v", info)
	}
	for _, lang := range []string{"en", "fa"} {
		for _, sz := range []tea.WindowSizeMsg{{Width: 100, Height: 30}, {Width: 80, Height: 24}} {
			name := lang + "_" + map[int]string{100: "100x30", 80: "80x24"}[sz.Width]
			t.Run(name, func(t *testing.T) {
				d := hubAs(t, e, "coord", lang)
				d.send(sz)
				d.typeText("c")
				if _, ok := d.top().(*syncStatusScreen); !ok {
					t.Fatalf("c opened %T\n%s", d.top(), d.view())
				}
				missing := map[string]string{"en": "Bundle 2 from مرکز الزهرا is missing", "fa": "بستهٔ ۲ از «مرکز الزهرا» نرسیده است"}
				d.wantView("مرکز الزهرا", missing[lang])
				golden(t, "sync_status_"+name, d.view())
			})
		}
	}
}

// TestSyncStatusOffered: the key is offered on a hub or spoke to
// supervisors, coordinators and admins, to no caseworker, and on no
// database outside a network; a supervisor sees the status but not the
// conflicts.
func TestSyncStatusOffered(t *testing.T) {
	e := syncedHub(t)
	sys := store.SystemActor()
	if _, err := e.st.CreateUser(sys, domain.User{Login: "super", Name: "سرپرست", Role: domain.RoleSupervisor, Center: e.c1.ID, Lang: "en"}, "secret-pass"); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		user      string
		status    bool
		conflicts bool
	}{
		{"coord", true, true},
		{"admin", true, true},
		{"super", true, false},
		{"kowsar", false, false},
	}
	for _, c := range cases {
		t.Run(c.user, func(t *testing.T) {
			pass := "secret-pass"
			d := hubAs(t, e, c.user, "en")
			_ = pass
			d.typeText("?")
			offered := strings.Contains(d.view(), "sync status")
			d.press(tea.KeyEsc)
			d.typeText("c")
			_, opened := d.top().(*syncStatusScreen)
			if offered != c.status || opened != c.status {
				t.Fatalf("offered %v, opened %v, want %v\n%s", offered, opened, c.status, d.view())
			}
			if !opened {
				return
			}
			d.typeText("c")
			_, conf := d.top().(*syncConflictsScreen)
			if conf != c.conflicts {
				t.Errorf("conflicts opened %v, want %v", conf, c.conflicts)
			}
			if !c.conflicts && strings.Contains(d.view(), "Press c") {
				t.Error("the conflicts key is offered to a supervisor")
			}
		})
	}
	// a lone database: no key
	lone := seedReview(t)
	d := startWith(t, lone.st, lone.ix, Options{Lang: "en"})
	d.login("coord", "secret-pass")
	d.press(tea.KeyEsc)
	d.typeText("c")
	if _, ok := d.top().(*syncStatusScreen); ok {
		t.Error("the sync status opened on a database outside any network")
	}
}

// TestSyncStatusRefreshes: an import while the screen is open (a
// ChangedMsg) shows the new bundle without a key.
func TestSyncStatusRefreshes(t *testing.T) {
	e := seedSpoke(t, false)
	d := hubAs(t, e, "coord", "en")
	d.typeText("c")
	d.wantView("never")
	if _, err := e.sp.CreateFile(store.SystemActor(), domain.File{Center: e.c3.ID, Head: domain.Person{FirstName: "نرگس", LastName: "رحیمی"}}); err != nil {
		t.Fatal(err)
	}
	m, err := psync.Export(e.sp, store.HubCenter, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := psync.Import(e.st, store.SystemActor(), m.Data); err != nil {
		t.Fatal(err)
	}
	d.send(ChangedMsg{Change: store.Change{Kind: "import"}})
	d.wantView("#1 · 2024-12-02 10:00")
}

// TestSyncStatusAtSpoke: a supervisor at the spoke sees the hub as its
// one peer and what the live check knows of other centers: nothing before
// the hub's index comes, then how many files it holds.
func TestSyncStatusAtSpoke(t *testing.T) {
	e := seedSpoke(t, false)
	if _, err := e.sp.CreateUser(store.SystemActor(), domain.User{Login: "super", Name: "سرپرست", Role: domain.RoleSupervisor, Center: e.c3.ID, Lang: "en"}, "secret-pass"); err != nil {
		t.Fatal(err)
	}
	svc := dupes.New(e.sp)
	svc.UseSpokeIndex(e.path)
	d := startWith(t, e.sp, e.ix, Options{Lang: "en", Dupes: svc})
	d.login("super", "secret-pass")
	d.press(tea.KeyEsc)
	d.typeText("c")
	d.wantView("This database is the offline center مرکز الزهرا", "hub (coordination)", "No match index from the hub yet")
	e.index()
	d.typeText("r")
	files := 0
	if err := e.st.EachHead(func(h *store.Head) error {
		if h.Center != e.c3.ID {
			files++
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	d.wantView(fmt.Sprintf("The hub's match index: %d files at other centers", files))
	if strings.Contains(d.view(), "Press c") {
		t.Error("the conflicts key offered to a supervisor")
	}
}
