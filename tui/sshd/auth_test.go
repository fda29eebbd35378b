package sshd

import (
	"errors"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

var (
	en = i18n.New(i18n.En)
	fa = i18n.New(i18n.Fa)
)

// exitCode is the remote exit status of a finished session.
func exitCode(err error) int {
	var ee *gossh.ExitError
	if errors.As(err, &ee) {
		return ee.ExitStatus()
	}
	if err != nil {
		return -1
	}
	return 0
}

func TestKeyOpensTheUsersSession(t *testing.T) {
	st := demoStore(t, 30)
	ts := startServer(t, st, nil)
	key := newKey(t, st, "caseworker")
	tm := connect(t, ts.addr, "caseworker", key, true, "en_US.UTF-8", "")
	// No login screen: the key said who this is; the status bar shows them.
	tm.waitFor(5*time.Second, "زهرا مددکار")
	if strings.Contains(tm.all(), en.T(i18n.TitleLogin)) {
		t.Error("the login screen was shown")
	}
	tm.typeText(keyCtrlC)
	if code := exitCode(tm.wait(5 * time.Second)); code != 0 {
		t.Errorf("exit %d after ctrl+c", code)
	}
	logs := ts.logs.String()
	for _, want := range []string{"session start", "user=caseworker", "source=127.0.0.1", "session end", "duration="} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
}

func TestRefusals(t *testing.T) {
	st := demoStore(t, 10)
	// Refusals are failures from one address; the rate limit has its own
	// test, and must not end this one early if a refused connection's close
	// is counted late.
	ts := startServer(t, st, func(c *Config) { c.Limits = Limits{Failures: 100, Window: time.Minute, Block: time.Minute} })
	cw := newKey(t, st, "caseworker")
	cw2 := newKey(t, st, "caseworker2")
	stranger := newKey(t, st, "")
	u2, err := st.UserByLogin("caseworker2")
	if err != nil {
		t.Fatal(err)
	}
	u2.Disabled = true
	if _, err := st.UpdateUser(store.SystemActor(), u2); err != nil {
		t.Fatal(err)
	}
	unknown := []string{fa.T(i18n.SSHUnknownKey), en.T(i18n.SSHUnknownKey)}

	t.Run("unknown key", func(t *testing.T) {
		_, banner, err := dial(ts.addr, "caseworker", stranger)
		if err == nil {
			t.Fatal("a stranger's key got in")
		}
		for _, w := range unknown {
			if !strings.Contains(banner, w) {
				t.Errorf("banner %q lacks %q", banner, w)
			}
		}
	})
	t.Run("another login's key", func(t *testing.T) {
		_, banner, err := dial(ts.addr, "admin", cw)
		if err == nil {
			t.Fatal("caseworker's key logged in as admin")
		}
		if !strings.Contains(banner, unknown[1]) {
			t.Errorf("banner %q: want the same message as an unknown key", banner)
		}
	})
	t.Run("user name in capitals", func(t *testing.T) {
		c, _, err := dial(ts.addr, "CaseWorker", cw)
		if err != nil {
			t.Fatalf("logins are case-insensitive: %v", err)
		}
		c.Close()
	})
	t.Run("disabled user", func(t *testing.T) {
		tm := connect(t, ts.addr, "caseworker2", cw2, true, "en_US.UTF-8", "")
		if code := exitCode(tm.wait(5 * time.Second)); code != 1 {
			t.Errorf("exit %d", code)
		}
		tm.waitFor(time.Second, en.T(i18n.SSHDisabled, "caseworker2"))
	})
	t.Run("disabled user in Persian", func(t *testing.T) {
		tm := connect(t, ts.addr, "caseworker2", cw2, true, "", "")
		tm.wait(5 * time.Second)
		tm.waitFor(time.Second, fa.T(i18n.SSHDisabled, "caseworker2"))
	})
	t.Run("no terminal", func(t *testing.T) {
		tm := connect(t, ts.addr, "caseworker", cw, false, "en_US.UTF-8", "")
		if code := exitCode(tm.wait(5 * time.Second)); code != 1 {
			t.Errorf("exit %d", code)
		}
		tm.waitFor(time.Second, en.T(i18n.SSHNoPTY, "caseworker"))
	})
	t.Run("unknown command", func(t *testing.T) {
		tm := connect(t, ts.addr, "caseworker", cw, false, "en_US.UTF-8", "rm -rf /")
		if code := exitCode(tm.wait(5 * time.Second)); code != 1 {
			t.Errorf("exit %d", code)
		}
		tm.waitFor(time.Second, en.T(i18n.SSHUnknownCommand, "rm"))
	})
	logs := ts.logs.String()
	for _, want := range []string{"auth refused", "reason=\"unknown key\"", "key=SHA256:", "user disabled", "no terminal"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
}

// Disabling a user, or taking their key away, ends their open sessions
// at once, with a message; others' sessions go on.
func TestRevokedAccessEndsSessions(t *testing.T) {
	st := demoStore(t, 10)
	ts := startServer(t, st, nil)
	cw := login(t, ts, "caseworker")
	other := login(t, ts, "supervisor")
	sup, err := st.UserByLogin("supervisor")
	if err != nil {
		t.Fatal(err)
	}
	removed := login(t, ts, "coordinator")
	coord, err := st.UserByLogin("coordinator")
	if err != nil {
		t.Fatal(err)
	}

	u, err := st.UserByLogin("caseworker")
	if err != nil {
		t.Fatal(err)
	}
	u.Disabled = true
	if _, err := st.UpdateUser(store.SystemActor(), u); err != nil {
		t.Fatal(err)
	}
	if code := exitCode(cw.wait(5 * time.Second)); code != 0 {
		t.Errorf("exit %d", code)
	}
	cw.waitFor(time.Second, en.T(i18n.SSHRevoked))

	keys := store.KeysOf(coord)
	if len(keys) != 1 {
		t.Fatalf("coordinator has %d keys", len(keys))
	}
	if err := st.RemoveKey(store.SystemActor(), coord.ID, keys[0].Fingerprint); err != nil {
		t.Fatal(err)
	}
	removed.wait(5 * time.Second)
	removed.waitFor(time.Second, en.T(i18n.SSHRevoked))

	select {
	case err := <-other.exited:
		t.Fatalf("%s's session ended too: %v", sup.Login, err)
	case <-time.After(300 * time.Millisecond):
	}
	if !strings.Contains(ts.logs.String(), "access revoked") {
		t.Errorf("not logged:\n%s", ts.logs.String())
	}
}
