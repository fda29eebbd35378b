package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// withStore opens a database for a moment, as the operator's other tools
// (the workstation) would between commands.
func withStore(t *testing.T, path string, fn func(st *store.Store)) {
	t.Helper()
	st, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	fn(st)
}

func register(t *testing.T, path string, c domain.CenterID, first string) {
	t.Helper()
	withStore(t, path, func(st *store.Store) {
		_, err := st.CreateFile(store.SystemActor(), domain.File{Center: c, Head: domain.Person{FirstName: first, LastName: "کریمی"}})
		if err != nil {
			t.Fatal(err)
		}
	})
}

func fileCount(t *testing.T, path string, c domain.CenterID) int {
	n := 0
	withStore(t, path, func(st *store.Store) {
		st.EachHead(func(h *store.Head) error {
			if h.Center == c {
				n++
			}
			return nil
		})
	})
	return n
}

func syncRun(t *testing.T, vars map[string]string, args ...string) string {
	t.Helper()
	code, out, errs := runCLI(t, vars, args...)
	if code != 0 {
		t.Fatalf("%v: code %d\n%s%s", args, code, out, errs)
	}
	return out
}

// TestSyncCommands: a hub and three offline centers, driven by the sync
// commands, converge; a repeated or tampered bundle is refused with a
// message, in English and Persian; status and conflicts report.
func TestSyncCommands(t *testing.T) {
	dir := t.TempDir()
	hub := filepath.Join(dir, "hub.db")
	codes := []string{"HUB", "TUS", "TLB", "SMN"}
	withStore(t, hub, func(st *store.Store) {
		for i, code := range codes {
			if _, err := st.CreateCenter(store.SystemActor(), domain.Center{Name: "مرکز " + code, Code: code}); err != nil {
				t.Fatal(err)
			}
			for j := 0; j <= i; j++ {
				if _, err := st.CreateFile(store.SystemActor(), domain.File{Center: domain.CenterID(i + 1), Head: domain.Person{FirstName: "زهرا", LastName: code}}); err != nil {
					t.Fatal(err)
				}
			}
		}
	})
	if out := syncRun(t, nil, "sync", "init-hub", "--db", hub); !strings.Contains(out, "ed25519:") {
		t.Fatalf("init-hub: %q", out)
	}
	spokes := map[string]string{}
	for i, code := range codes[1:] {
		join := filepath.Join(dir, code+"-join.pvsync")
		out := syncRun(t, nil, "sync", "add-spoke", "--db", hub, "--center", code, "--out", join)
		if !strings.Contains(out, "files") {
			t.Fatalf("add-spoke: %q", out)
		}
		spokes[code] = filepath.Join(dir, code+".db")
		out = syncRun(t, nil, "sync", "join", "--db", spokes[code], join)
		if fileCount(t, spokes[code], domain.CenterID(i+2)) != i+2 {
			t.Fatalf("join %s: %q", code, out)
		}
		if code, _, errs := runCLI(t, nil, "sync", "join", "--db", spokes[code], join); code != 1 || !strings.Contains(errs, "already exists") {
			t.Errorf("join over an existing database: %d %q", code, errs)
		}
	}
	// each center registers a family offline and sends a bundle
	var bundles []string
	for i, code := range codes[1:] {
		register(t, spokes[code], domain.CenterID(i+2), "مریم")
		b := filepath.Join(dir, code+"-1.pvsync")
		syncRun(t, nil, "sync", "export", "--db", spokes[code], "--to", b)
		bundles = append(bundles, b)
	}
	out := syncRun(t, nil, append([]string{"sync", "import", "--db", hub}, bundles...)...)
	if strings.Count(out, "applied") != 3 {
		t.Fatalf("import at the hub: %q", out)
	}
	for i := range codes[1:] {
		if n := fileCount(t, hub, domain.CenterID(i+2)); n != i+3 {
			t.Errorf("hub holds %d files of center %d, want %d", n, i+2, i+3)
		}
	}
	// the same bundle again: refused, said in the operator's language
	code, _, errs := runCLI(t, nil, "sync", "import", "--db", hub, bundles[0])
	if code != 1 || !strings.Contains(errs, "imported before") {
		t.Errorf("replay: %d %q", code, errs)
	}
	data, _ := os.ReadFile(bundles[1])
	data[len(data)/2] ^= 1
	bad := filepath.Join(dir, "bad.pvsync")
	os.WriteFile(bad, data, 0o600)
	code, _, errs = runCLI(t, map[string]string{"LANG": "fa_IR.UTF-8"}, "sync", "import", "--db", hub, bad)
	if code != 1 || !strings.Contains(errs, "امضای بسته") {
		t.Errorf("tampered, in Persian: %d %q", code, errs)
	}
	// the hub moves one of its own files to TUS, and answers every spoke
	withStore(t, hub, func(st *store.Store) {
		if _, err := st.TransferFile(store.SystemActor(), domain.NewID(1, 1), 2, "moved"); err != nil {
			t.Fatal(err)
		}
	})
	if code, _, errs := runCLI(t, nil, "sync", "export", "--db", hub, "--to", filepath.Join(dir, "x")); code != 1 || !strings.Contains(errs, "--for") {
		t.Errorf("hub export without --for: %d %q", code, errs)
	}
	for _, code := range codes[1:] {
		b := filepath.Join(dir, "hub-"+code+".pvsync")
		syncRun(t, nil, "sync", "export", "--db", hub, "--for", code, "--to", b, "--index")
		out := syncRun(t, nil, "sync", "import", "--db", spokes[code], b)
		if !strings.Contains(out, "match index of") {
			t.Errorf("no match index at %s: %q", code, out)
		}
		if _, err := os.Stat(spokes[code] + ".pprl"); err != nil {
			t.Errorf("index file: %v", err)
		}
	}
	if n := fileCount(t, spokes["TUS"], 2); n != 4 {
		t.Errorf("TUS holds %d of its files after the transfer, want 4", n)
	}
	if n := fileCount(t, spokes["TLB"], 1); n != 0 {
		t.Errorf("TLB holds the hub center's files")
	}
	out = syncRun(t, nil, "sync", "status", "--db", hub)
	if !strings.Contains(out, "role: hub") || !strings.Contains(out, "TUS") || !strings.Contains(out, "conflicts waiting: 0") {
		t.Errorf("status: %q", out)
	}
	out = syncRun(t, nil, "sync", "status", "--db", spokes["SMN"])
	if !strings.Contains(out, "offline database of center SMN") {
		t.Errorf("spoke status: %q", out)
	}
	if out := syncRun(t, nil, "sync", "conflicts", "--db", hub); !strings.Contains(out, "no conflicts") {
		t.Errorf("conflicts: %q", out)
	}
	if code, _, errs := runCLI(t, nil, "sync", "frob"); code != 1 || !strings.Contains(errs, "unknown sync step") {
		t.Errorf("unknown step: %d %q", code, errs)
	}
	if code, _, errs := runCLI(t, nil, "sync", "--help"); code != 0 || !strings.Contains(errs, "examples") {
		t.Errorf("help: %d %q", code, errs)
	}
}
