package sshd

import (
	"strings"
	"testing"
	"time"
)

// The server's log says who connected, from where and for how long;
// never whom they looked at.
func TestLogHasNoBeneficiaryData(t *testing.T) {
	st := demoStore(t, 20)
	ts := startServer(t, st, nil)
	f := fileOf(t, st, "caseworker")
	tm := login(t, ts, "caseworker")
	openFile(tm, f)
	tm.typeText(keyEsc)
	time.Sleep(100 * time.Millisecond) // a lone esc, not the start of a sequence
	if code := f.Head.NationalCode.String(); code != "" {
		tm.typeText(code)
		time.Sleep(200 * time.Millisecond)
	}
	tm.typeText(keyCtrlC)
	tm.wait(5 * time.Second)

	logs := ts.logs.String()
	if !strings.Contains(logs, "session end") {
		t.Fatalf("session not logged:\n%s", logs)
	}
	for _, secret := range []string{f.Head.FirstName, f.Head.LastName, f.Head.FatherName, f.Head.NationalCode.String(), f.Head.Mobile.String(), f.Address, f.Number} {
		if secret != "" && strings.Contains(logs, secret) {
			t.Errorf("the log contains %q:\n%s", secret, logs)
		}
	}
}
