package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/parvande/parvande/store"
)

// A database the server holds: every local command says how to reach the
// server instead of "locked", and exits non-zero.
func TestHeldDatabaseSaysHowToConnect(t *testing.T) {
	db := filepath.Join(t.TempDir(), "held.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	remove, err := store.WriteServing(db, store.Serving{Host: "hub.example", Port: "2200", Fingerprint: "SHA256:hostkeyfp", PID: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer remove()
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--db", db}, []string{"ssh -p 2200 LOGIN@hub.example", "SHA256:hostkeyfp"}},
		{[]string{"import", "--db", db, "x.csv"}, nil},
		{[]string{"backup", "--db", db, "--to", filepath.Join(t.TempDir(), "b.db")}, []string{"ssh -p 2200 ADMIN@hub.example backup > copy.db"}},
		{[]string{"user", "list", "--db", db}, []string{"ssh -p 2200 LOGIN@hub.example"}},
		{[]string{"serve", "--db", db}, []string{"another server already holds this database (hub.example, port 2200)"}},
	}
	for _, tc := range tests {
		code, _, errs := runCLI(t, nil, tc.args...)
		if code == 0 {
			t.Errorf("%v: exit 0", tc.args)
		}
		for _, w := range tc.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%v: %q lacks %q", tc.args, errs, w)
			}
		}
	}
	code, _, errs := runCLI(t, map[string]string{"LANG": "fa_IR.UTF-8"}, "--db", db)
	if code != 1 || !strings.Contains(errs, "در دست سرور پرونده است") || !strings.Contains(errs, "ssh -p 2200 LOGIN@hub.example") {
		t.Errorf("fa: %d %q", code, errs)
	}
}

func TestConnectHost(t *testing.T) {
	tests := []struct{ addr, listen, host, port string }{
		{"127.0.0.1:2222", "127.0.0.1:2222", "127.0.0.1", "2222"},
		{"10.0.0.5:2200", "10.0.0.5:2200", "10.0.0.5", "2200"},
		{"[::]:2222", ":2222", "", "2222"},
		{"0.0.0.0:2222", "0.0.0.0:2222", "", "2222"},
	}
	for _, tc := range tests {
		h, p := connectHost(fakeAddr(tc.addr), tc.listen)
		if p != tc.port || (tc.host != "" && h != tc.host) || h == "" || h == "0.0.0.0" || h == "::" {
			t.Errorf("%s %s: %s %s", tc.addr, tc.listen, h, p)
		}
	}
}

type fakeAddr string

func (a fakeAddr) Network() string { return "tcp" }
func (a fakeAddr) String() string  { return string(a) }
