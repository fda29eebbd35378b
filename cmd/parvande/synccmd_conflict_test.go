package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// TestSyncConflictCommands: a spoke restored from a copy of its database
// reuses an id it had already sent; the hub's import says one change is
// waiting, sync conflicts shows it field by field and --dismiss settles
// it. The spoke is then made again with --again.
func TestSyncConflictCommands(t *testing.T) {
	dir := t.TempDir()
	hub, spoke := filepath.Join(dir, "hub.db"), filepath.Join(dir, "tus.db")
	withStore(t, hub, func(st *store.Store) {
		for _, code := range []string{"HUB", "TUS"} {
			if _, err := st.CreateCenter(store.SystemActor(), domain.Center{Name: "مرکز " + code, Code: code}); err != nil {
				t.Fatal(err)
			}
		}
	})
	syncRun(t, nil, "sync", "init-hub", "--db", hub)
	join := filepath.Join(dir, "join.pvsync")
	syncRun(t, nil, "sync", "add-spoke", "--db", hub, "--center", "TUS", "--out", join)
	syncRun(t, nil, "sync", "join", "--db", spoke, join)
	copyOf := filepath.Join(dir, "copy.db")
	data, err := os.ReadFile(spoke)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(copyOf, data, 0o600)

	register(t, spoke, 2, "مریم")
	b1 := filepath.Join(dir, "b1.pvsync")
	syncRun(t, nil, "sync", "export", "--db", spoke, "--to", b1)
	syncRun(t, nil, "sync", "import", "--db", hub, b1)

	register(t, copyOf, 2, "فاطمه") // the copy comes back and mints the same id
	b2 := filepath.Join(dir, "b2.pvsync")
	syncRun(t, nil, "sync", "export", "--db", copyOf, "--to", b2)
	out := syncRun(t, nil, "sync", "import", "--db", hub, b2)
	if !strings.Contains(out, "1 in conflict") || !strings.Contains(out, "wait for a coordinator") {
		t.Fatalf("import of the copy's bundle: %q", out)
	}
	out = syncRun(t, nil, "sync", "conflicts", "--db", hub)
	if !strings.Contains(out, "two different edits of the same version") || !strings.Contains(out, "مریم") || !strings.Contains(out, "فاطمه") {
		t.Errorf("conflicts: %q", out)
	}
	out = syncRun(t, map[string]string{"LANG": "fa_IR.UTF-8"}, "sync", "status", "--db", hub)
	if !strings.Contains(out, "ناسازگاری‌های منتظر: ۱") {
		t.Errorf("status in Persian: %q", out)
	}
	syncRun(t, nil, "sync", "conflicts", "--db", hub, "--dismiss", "1", "--note", "the copy was stale")
	if out := syncRun(t, nil, "sync", "conflicts", "--db", hub); !strings.Contains(out, "no conflicts") {
		t.Errorf("after dismiss: %q", out)
	}
	if code, _, errs := runCLI(t, nil, "sync", "conflicts", "--db", hub, "--dismiss", "9"); code != 1 || !strings.Contains(errs, "Not found") {
		t.Errorf("dismissing what is not there: %d %q", code, errs)
	}

	if code, _, _ := runCLI(t, nil, "sync", "add-spoke", "--db", hub, "--center", "TUS", "--out", join); code != 1 {
		t.Error("add-spoke of a spoke without --again succeeded")
	}
	syncRun(t, nil, "sync", "add-spoke", "--db", hub, "--center", "TUS", "--out", join, "--again")
	fresh := filepath.Join(dir, "tus2.db")
	if out := syncRun(t, nil, "sync", "join", "--db", fresh, join); !strings.Contains(out, "with 1 files") {
		t.Errorf("join again: %q", out)
	}
	code, _, errs := runCLI(t, nil, "sync", "import", "--db", hub, b2)
	if code != 1 || !strings.Contains(errs, "key this database does not know") {
		t.Errorf("old key after --again: %d %q", code, errs)
	}
}
