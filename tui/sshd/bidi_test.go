package sshd

import (
	"bytes"
	"testing"
	"time"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui"
)

// A session in a visual right-to-left mode switched the client's terminal
// to explicit direction (CSI 8 l); when the server ends the session (here:
// idle), the terminal gets its own bidi back (CSI 8 h), as on quitting.
func TestServerEndRestoresTerminalBidi(t *testing.T) {
	st := demoStore(t, 10)
	u, err := st.UserByLogin("caseworker")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.SetUserRTL(store.SystemActor(), u.ID, "visual"); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, st, func(c *Config) { c.Idle = 400 * time.Millisecond })
	key := newKey(t, st, "caseworker")
	tm := connect(t, ts.addr, "caseworker", key, true, "en_US.UTF-8", "")
	if code := exitCode(tm.wait(5 * time.Second)); code != 0 {
		t.Fatalf("exit %d", code)
	}
	tm.mu.Lock()
	raw := append([]byte(nil), tm.raw.Bytes()...)
	tm.mu.Unlock()
	explicit := bytes.LastIndex(raw, []byte("\x1b[8l"))
	restored := bytes.LastIndex(raw, []byte(tui.TerminalReset))
	if explicit < 0 {
		t.Fatal("a visual-mode session never switched the terminal to explicit direction")
	}
	if restored < explicit {
		t.Errorf("the idle end left the terminal in explicit direction (CSI 8 l at %d, CSI 8 h at %d)", explicit, restored)
	}
}
