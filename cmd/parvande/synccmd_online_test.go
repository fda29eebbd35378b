package main

import (
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/log"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui/sshd"
)

// TestSyncOnlineThroughSSH: an offline center syncs both ways with the
// hub's real SSH server on loopback, authenticated with its sync key; a
// changed host key stops it with a message.
func TestSyncOnlineThroughSSH(t *testing.T) {
	dir := t.TempDir()
	hub, spoke := filepath.Join(dir, "hub.db"), filepath.Join(dir, "tus.db")
	withStore(t, hub, func(st *store.Store) {
		for _, code := range []string{"HUB", "TUS"} {
			if _, err := st.CreateCenter(store.SystemActor(), domain.Center{Name: "مرکز " + code, Code: code}); err != nil {
				t.Fatal(err)
			}
		}
		for c := domain.CenterID(1); c <= 2; c++ {
			if _, err := st.CreateFile(store.SystemActor(), domain.File{Center: c, Head: domain.Person{FirstName: "زهرا", LastName: "رضایی"}}); err != nil {
				t.Fatal(err)
			}
		}
	})
	syncRun(t, nil, "sync", "init-hub", "--db", hub)
	join := filepath.Join(dir, "join.pvsync")
	if out := syncRun(t, nil, "sync", "add-spoke", "--db", hub, "--center", "TUS", "--out", join); !strings.Contains(out, "sync-2") {
		t.Fatalf("add-spoke names no login: %q", out)
	}
	syncRun(t, nil, "sync", "join", "--db", spoke, join)
	register(t, spoke, 2, "مریم")

	st, err := store.Open(hub, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	hk, err := sshd.LoadHostKey(filepath.Join(dir, "hostkey"))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := sshd.New(sshd.Config{Store: st, Index: search.New(), Dupes: dupes.New(st), HostKey: hk, Log: log.New(io.Discard)})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	defer srv.Shutdown(context.Background())
	moved, err := st.TransferFile(store.SystemActor(), domain.NewID(1, 1), 2, "moved")
	if err != nil {
		t.Fatal(err)
	}

	out := syncRun(t, nil, "sync", "online", "--db", spoke, "--hub", ln.Addr().String())
	if !strings.Contains(out, "online sync with") {
		t.Fatalf("online: %q", out)
	}
	spokeFiles, hubFiles := 0, 0
	st.EachHead(func(h *store.Head) error {
		if h.Center == 2 {
			hubFiles++
		}
		return nil
	})
	withStore(t, spoke, func(sp *store.Store) {
		sp.EachHead(func(h *store.Head) error {
			if h.Center == 2 {
				spokeFiles++
			}
			return nil
		})
		if f, err := sp.File(store.SystemActor(), moved.ID); err != nil || f.Center != 2 {
			t.Errorf("the hub's transfer did not arrive: %v", err)
		}
	})
	if spokeFiles != 3 || hubFiles != 3 {
		t.Errorf("after online sync: spoke holds %d of its files, hub %d; want 3 and 3", spokeFiles, hubFiles)
	}
	syncRun(t, nil, "sync", "online", "--db", spoke, "--hub", ln.Addr().String()) // nothing new: still fine

	if err := os.WriteFile(spoke+".hubhost", []byte("SHA256:someoneelse\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, nil, "sync", "online", "--db", spoke, "--hub", ln.Addr().String())
	if code != 1 || !strings.Contains(errs, "host key") {
		t.Errorf("changed host key: %d %q", code, errs)
	}
}
