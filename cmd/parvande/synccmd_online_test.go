package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/log"
	gossh "golang.org/x/crypto/ssh"

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

	// the served hub takes file bundles over ssh: an admin imports a
	// spoke's USB bundle and exports the answer
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	sshPub, _ := gossh.NewPublicKey(pub)
	if _, err := st.CreateUser(store.SystemActor(), domain.User{Login: "admin1", Role: domain.RoleAdmin, Lang: "en",
		Keys: []string{strings.TrimSpace(string(gossh.MarshalAuthorizedKey(sshPub)))}}, ""); err != nil {
		t.Fatal(err)
	}
	signer, _ := gossh.NewSignerFromKey(priv)
	register(t, spoke, 2, "سکینه")
	b := filepath.Join(dir, "usb.pvsync")
	syncRun(t, nil, "sync", "export", "--db", spoke, "--to", b)
	data, _ := os.ReadFile(b)
	out, errs, err := sshRun(t, ln.Addr().String(), "admin1", signer, "sync import", data)
	if err != nil || !strings.Contains(out, "1 records applied") {
		t.Fatalf("sync import over ssh: %v %q %q", err, out, errs)
	}
	if out, errs, err = sshRun(t, ln.Addr().String(), "admin1", signer, "sync import", data); err != nil || !strings.Contains(out, "imported before") {
		t.Errorf("replay over ssh: %v %q %q", err, out, errs)
	}
	answer, errs, err := sshRun(t, ln.Addr().String(), "admin1", signer, "sync export TUS", nil)
	if err != nil || !strings.Contains(errs, "bundle") {
		t.Fatalf("sync export over ssh: %v %q", err, errs)
	}
	os.WriteFile(b, []byte(answer), 0o600)
	syncRun(t, nil, "sync", "import", "--db", spoke, b)

	if err := os.WriteFile(spoke+".hubhost", []byte("SHA256:someoneelse\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, nil, "sync", "online", "--db", spoke, "--hub", ln.Addr().String())
	if code != 1 || !strings.Contains(errs, "host key") {
		t.Errorf("changed host key: %d %q", code, errs)
	}
}

// sshRun runs one command on the server with stdin and returns its
// output.
func sshRun(t *testing.T, addr, login string, signer gossh.Signer, cmd string, stdin []byte) (string, string, error) {
	t.Helper()
	c, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: login, Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey()}) // a test server on loopback
	if err != nil {
		return "", "", err
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		return "", "", err
	}
	defer sess.Close()
	var out, errb bytes.Buffer
	sess.Stdin, sess.Stdout, sess.Stderr = bytes.NewReader(stdin), &out, &errb
	err = sess.Run(cmd)
	return out.String(), errb.String(), err
}
