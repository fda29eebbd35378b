package sshd

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

func TestRateLimitPerAddress(t *testing.T) {
	st := demoStore(t, 10)
	ts := startServer(t, st, func(c *Config) { c.Limits = Limits{Failures: 3, Window: time.Minute, Block: time.Minute} })
	good := newKey(t, st, "caseworker")
	stranger := newKey(t, st, "")
	// An agent offering a wrong key before the right one is not a failure.
	c, _, err := dialKeys(ts.addr, "caseworker", stranger, good)
	if err != nil {
		t.Fatalf("wrong key then the right one: %v", err)
	}
	c.Close()
	for i := 0; i < 3; i++ {
		if _, banner, err := dial(ts.addr, "caseworker", stranger); err == nil || banner == "" {
			t.Fatalf("attempt %d: err %v, banner %q", i, err, banner)
		}
	}
	// The connection's close is counted a moment after the client sees
	// the refusal.
	deadline := time.Now().Add(2 * time.Second)
	for {
		_, banner, err := dial(ts.addr, "caseworker", good)
		if err != nil && banner == "" {
			break // refused before any SSH was spoken, even with the right key
		}
		if err == nil && time.Now().After(deadline) {
			t.Fatal("the address is still let in after three failures")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if logs := ts.logs.String(); !strings.Contains(logs, "rate limit") || !strings.Contains(logs, "too many failed logins") {
		t.Errorf("rate limit not logged:\n%s", logs)
	}
}

func TestMaxSessions(t *testing.T) {
	st := demoStore(t, 10)
	ts := startServer(t, st, func(c *Config) { c.MaxSessions = 1 })
	key := newKey(t, st, "caseworker")
	c1, _, err := dial(ts.addr, "caseworker", key)
	if err != nil {
		t.Fatal(err)
	}
	defer c1.Close()
	first := open(t, c1, true, "en_US.UTF-8", "")
	first.waitFor(5*time.Second, "زهرا مددکار")

	c2, _, err := dial(ts.addr, "caseworker", key)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	second := open(t, c2, true, "en_US.UTF-8", "")
	if code := exitCode(second.wait(5 * time.Second)); code != 1 {
		t.Errorf("second session exit %d", code)
	}
	second.waitFor(time.Second, en.T(i18n.SSHFull, 1))

	// When the first leaves, there is room again.
	first.typeText(keyCtrlC)
	first.wait(5 * time.Second)
	deadline := time.Now().Add(2 * time.Second)
	for ts.srv.Sessions() > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	third := open(t, c2, true, "en_US.UTF-8", "")
	third.waitFor(5*time.Second, "زهرا مددکار")
}

func TestIdleSessionSaysGoodbye(t *testing.T) {
	st := demoStore(t, 10)
	ts := startServer(t, st, func(c *Config) { c.Idle = 400 * time.Millisecond })
	key := newKey(t, st, "caseworker")
	tm := connect(t, ts.addr, "caseworker", key, true, "en_US.UTF-8", "")
	tm.waitFor(5*time.Second, "زهرا مددکار")
	// Typing keeps it open past the idle time.
	for i := 0; i < 4; i++ {
		time.Sleep(200 * time.Millisecond)
		tm.typeText("x")
	}
	select {
	case err := <-tm.exited:
		t.Fatalf("a session in use ended: %v", err)
	default:
	}
	if code := exitCode(tm.wait(5 * time.Second)); code != 0 {
		t.Errorf("exit %d", code)
	}
	tm.waitFor(time.Second, "without activity")
	if !strings.Contains(ts.logs.String(), "why=idle") {
		t.Errorf("idle end not logged:\n%s", ts.logs.String())
	}
}

func TestShutdownTellsSessions(t *testing.T) {
	st := demoStore(t, 10)
	ts := startServer(t, st, nil)
	cw := newKey(t, st, "caseworker")
	c, _, err := dial(ts.addr, "caseworker", cw)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	enTerm := open(t, c, true, "en_US.UTF-8", "")
	enTerm.waitFor(5*time.Second, "زهرا مددکار")
	faTerm := open(t, c, true, "fa_IR.UTF-8", "")
	faTerm.waitFor(5*time.Second, "زهرا مددکار")

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := ts.srv.Shutdown(ctx); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	enTerm.waitFor(time.Second, en.T(i18n.SSHShuttingDown))
	faTerm.waitFor(time.Second, fa.T(i18n.SSHShuttingDown))
	select {
	case err := <-ts.done:
		if err != nil {
			t.Errorf("Serve after shutdown: %v", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Serve did not return")
	}
	if _, _, err := dial(ts.addr, "caseworker", cw); err == nil {
		t.Error("a connection was accepted after shutdown")
	}
	// The store is still usable until the caller closes it.
	if _, err := st.Users(); err != nil {
		t.Error(err)
	}
}

func TestBackupCommand(t *testing.T) {
	st := demoStore(t, 20)
	ts := startServer(t, st, nil)
	admin := newKey(t, st, "admin")
	cw := newKey(t, st, "caseworker")

	c, _, err := dial(ts.addr, "admin", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	data, err := s.Output("backup")
	if err != nil {
		t.Fatalf("backup: %v", err)
	}
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(copyPath, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if problems, err := store.CheckFile(copyPath); err != nil || len(problems) > 0 {
		t.Fatalf("the copy does not check: %v %v", err, problems)
	}
	cp, err := store.Open(copyPath, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	users, _ := cp.Users()
	cp.Close()
	if len(users) != 5 {
		t.Errorf("copy has %d users", len(users))
	}
	// The backup is audited with who took it and from where.
	evs, err := st.Audit(store.SystemActor(), store.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	audited := false
	for _, ev := range evs {
		audited = audited || ev.Action == domain.ActBackup && ev.Login == "admin" && ev.Source == "127.0.0.1"
	}
	if !audited {
		t.Error("the backup over ssh left no audit event by admin from 127.0.0.1")
	}
	entries, _ := os.ReadDir(filepath.Dir(st.Path()))
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".parvande-backup-") {
			t.Errorf("temporary copy left behind: %s", e.Name())
		}
	}

	t.Run("in a terminal", func(t *testing.T) {
		tm := open(t, c, true, "en_US.UTF-8", "backup")
		if code := exitCode(tm.wait(5 * time.Second)); code != 1 {
			t.Errorf("exit %d", code)
		}
		tm.waitFor(time.Second, "without -t")
	})
	t.Run("not an admin", func(t *testing.T) {
		cc, _, err := dial(ts.addr, "caseworker", cw)
		if err != nil {
			t.Fatal(err)
		}
		defer cc.Close()
		tm := open(t, cc, false, "en_US.UTF-8", "backup")
		if code := exitCode(tm.wait(5 * time.Second)); code != 1 {
			t.Errorf("exit %d", code)
		}
		tm.waitFor(time.Second, en.T(i18n.SSHBackupDenied))
		if strings.Contains(tm.all(), "bbolt") || len(tm.all()) > 500 {
			t.Errorf("a refused backup sent data: %d bytes", len(tm.all()))
		}
	})
	if !strings.Contains(ts.logs.String(), "backup sent") {
		t.Errorf("backup not logged:\n%s", ts.logs.String())
	}
}
