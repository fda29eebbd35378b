package main

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/parvande/parvande/store"
)

// TestSSHCaseworkerDay is the shared server end to end, with the real
// OpenSSH client: the operator gives a caseworker a key and starts serve;
// the caseworker connects with plain ssh, finds a family, opens the file,
// records aid and sees it saved; local parvande on the held database says
// how to connect; an admin takes a backup over ssh; SIGTERM stops the
// server cleanly.
func TestSSHCaseworkerDay(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds and runs the binary")
	}
	if _, err := exec.LookPath("ssh"); err != nil {
		t.Skip("ssh not installed (.ci/run installs openssh-client)")
	}
	if _, err := exec.LookPath("ssh-keygen"); err != nil {
		t.Skip("ssh-keygen not installed")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "shared.db")
	mustRun(t, bin, "demo", "--db", db)
	head := compoundNameFile(t, db)
	chooseRTL(t, db) // no calibration screen at first login
	cwKey, adminKey := filepath.Join(dir, "cw"), filepath.Join(dir, "admin")
	for _, k := range []string{cwKey, adminKey} {
		mustRun(t, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "e2e", "-f", k)
	}
	mustRun(t, bin, "user", "key", "add", "--db", db, "caseworker", cwKey+".pub")
	mustRun(t, bin, "user", "key", "add", "--db", db, "admin", adminKey+".pub")

	port := freePort(t)
	srv := exec.Command(bin, "serve", "--db", db, "--listen", "127.0.0.1:"+port)
	srv.Env = append(os.Environ(), "LANG=en_US.UTF-8")
	var out, logs lockedBuffer
	srv.Stdout, srv.Stderr = &out, &logs
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- srv.Wait() }()
	t.Cleanup(func() { _ = srv.Process.Kill() })
	fingerprint := waitOutput(t, &out, regexp.MustCompile(`SHA256:[A-Za-z0-9+/]+`))
	if !strings.Contains(out.String(), "ssh -p "+port+" LOGIN@127.0.0.1") {
		t.Errorf("start message lacks the ssh line:\n%s", out.String())
	}

	// The database is held: local commands say how to connect instead.
	for _, args := range [][]string{{"--db", db}, {"backup", "--db", db, "--to", filepath.Join(dir, "b.db")}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
		got, err := cmd.CombinedOutput()
		if err == nil || !strings.Contains(string(got), "ssh -p "+port) {
			t.Errorf("parvande %v on the held database: %v\n%s", args, err, got)
		}
	}

	known := filepath.Join(dir, "known_hosts")
	sshArgs := fmt.Sprintf("-F /dev/null -o IdentitiesOnly=yes -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=%s -o SendEnv=LANG -p %s", known, port)
	tm := startTerm(t, fmt.Sprintf("env LANG=en_US.UTF-8 ssh -tt -i %s %s caseworker@127.0.0.1", cwKey, sshArgs))
	tm.waitFor("زهرا مددکار") // logged in by the key: no login screen
	tm.typeText("محمد\u200cرضا " + head.Head.LastName)
	tm.waitFor(head.Number)
	tm.keys("Enter")
	tm.waitFor(head.Head.FatherName)
	funding := "SSH fund e2e"
	tm.keys("a")
	tm.waitGone("History")
	tm.keys("Tab")
	tm.typeText("250000")
	tm.keys("Tab", "Tab", "Tab")
	tm.typeText(funding)
	tm.keys("C-s")
	tm.waitFor("History")
	tm.keys("3")
	tm.waitFor(funding)
	tm.keys("C-c")
	tm.waitFor("EXITED=0")

	// The client pinned the key whose fingerprint the server printed.
	if got, err := exec.Command("ssh-keygen", "-l", "-f", known).CombinedOutput(); err != nil || !strings.Contains(string(got), fingerprint) {
		t.Errorf("known_hosts has %s (%v), server printed %s", got, err, fingerprint)
	}

	// An admin backs up through the server.
	backup := filepath.Join(dir, "copy.db")
	f, err := os.Create(backup)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("ssh", append(strings.Fields(sshArgs), "-i", adminKey, "admin@127.0.0.1", "backup")...)
	cmd.Stdout = f
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	f.Close()
	if err != nil {
		t.Fatalf("backup over ssh: %v\n%s", err, stderr.String())
	}
	if problems, err := store.CheckFile(backup); err != nil || len(problems) > 0 {
		t.Fatalf("the backup does not check: %v %v", err, problems)
	}

	// SIGTERM: the server stops, exits 0 and lets go of the database.
	if err := srv.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("serve after SIGTERM: %v\n%s", err, logs.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop after SIGTERM")
	}
	if _, err := os.Stat(store.ServingPath(db)); !os.IsNotExist(err) {
		t.Errorf("serving record left behind: %v", err)
	}
	for _, want := range []string{"session start", "user=caseworker", "backup sent", "session end"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("server log lacks %q:\n%s", want, logs.String())
		}
	}

	// The aid is in the database, as typed.
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	as, _ := st.Aids(store.SystemActor(), head.ID)
	if len(as) == 0 || as[0].Funding != funding || as[0].Amount != 2_500_000 {
		t.Errorf("aid not stored as typed (250,000 toman = 2,500,000 rial): %+v", as)
	}
}

func mustRun(t *testing.T, name string, args ...string) {
	t.Helper()
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

// chooseRTL stores every user's right-to-left mode, as the calibration
// screen would after their first login. tmux shows text as sent.
func chooseRTL(t *testing.T, db string) {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	users, err := st.Users()
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		if _, err := st.SetUserRTL(store.SystemActor(), u.ID, "logical"); err != nil {
			t.Fatal(err)
		}
	}
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// waitOutput waits until re matches the output and returns the match.
func waitOutput(t *testing.T, b *lockedBuffer, re *regexp.Regexp) string {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if m := re.FindString(b.String()); m != "" {
			return m
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %v in:\n%s", re, b.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}
