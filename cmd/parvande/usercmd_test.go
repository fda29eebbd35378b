package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/demo"
)

// demoDB makes a small demo database and returns its path.
func demoDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "u.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.LoadWith(st, demo.Options{Files: 5}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	return db
}

// pubKeyFile writes a fresh public key and returns its path and line.
func pubKeyFile(t *testing.T) (path, line, fp string) {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	k, err := gossh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	line = strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k))) + " zahra@office"
	path = filepath.Join(t.TempDir(), "id.pub")
	if err := os.WriteFile(path, []byte("# a comment\n\n"+line+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, line, gossh.FingerprintSHA256(k)
}

// runIn is runCLI with standard input.
func runIn(t *testing.T, stdin string, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	if vars == nil {
		vars = map[string]string{"LANG": "en_US.UTF-8"}
	}
	e := &fakeEnv{vars}
	code := run(args, &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: e.get,
		isTerminal: func(io.Writer) bool { return false }})
	return code, out.String(), errb.String()
}

func TestUserCommands(t *testing.T) {
	db := demoDB(t)
	keyPath, line, fp := pubKeyFile(t)
	_, line2, fp2 := pubKeyFile(t)
	steps := []struct {
		name    string
		stdin   string
		args    []string
		code    int
		out     string // in stdout, or stderr when code != 0
		notInDB bool
	}{
		{"add with key file", "", []string{"user", "add", "--db", db, "--login", "Zahra", "--role", "caseworker", "--center", "GLS", "--name", "زهرا", "--key", keyPath}, 0, "user zahra (caseworker) added", false},
		{"add with password from a pipe", "long-enough-pass\n", []string{"user", "add", "--db", db, "--login", "reza", "--role", "coordinator", "--password"}, 0, "user reza", false},
		{"add without a way in", "", []string{"user", "add", "--db", db, "--login", "nokey", "--role", "admin"}, 0, "neither a password nor a key", false},
		{"login taken", "", []string{"user", "add", "--db", db, "--login", "zahra", "--role", "caseworker", "--center", "GLS"}, 1, "the login 'zahra' is taken", true},
		{"bad role", "", []string{"user", "add", "--db", db, "--login", "x", "--role", "boss"}, 1, "unknown role 'boss'", true},
		{"caseworker without center", "", []string{"user", "add", "--db", db, "--login", "x", "--role", "caseworker"}, 1, "need a center", true},
		{"unknown center", "", []string{"user", "add", "--db", db, "--login", "x", "--role", "caseworker", "--center", "Nowhere"}, 1, "no center named or coded 'Nowhere'", true},
		{"short password", "short\n", []string{"user", "add", "--db", db, "--login", "x", "--role", "admin", "--password"}, 1, "", true},
		{"no login", "", []string{"user", "add", "--db", db, "--role", "admin"}, 1, "give --login", true},
		{"key taken by another", "", []string{"user", "key", "add", "--db", db, "caseworker", keyPath}, 1, "belongs to another user", false},
		{"key again", "", []string{"user", "key", "add", "--db", db, "zahra", keyPath}, 1, "already has this key", false},
		{"key from stdin", line2 + "\n", []string{"user", "key", "add", "zahra", "-", "--db", db}, 0, fp2, false},
		{"not a key", "hello\n", []string{"user", "key", "add", "zahra", "-", "--db", db}, 1, "not an SSH public key", false},
		{"key list", "", []string{"user", "key", "list", "--db", db, "zahra"}, 0, fp, false},
		{"remove unknown fingerprint", "", []string{"user", "key", "remove", "--db", db, "zahra", "SHA256:nope"}, 1, "no key with fingerprint SHA256:nope", false},
		{"remove", "", []string{"user", "key", "remove", "--db", db, "zahra", fp2}, 0, "removed from zahra", false},
		{"disable", "", []string{"user", "disable", "--db", db, "zahra"}, 0, "user zahra disabled", false},
		{"list", "", []string{"user", "list", "--db", db}, 0, "zahra", false},
		{"enable", "", []string{"user", "enable", "--db", db, "zahra"}, 0, "user zahra enabled", false},
		{"unknown user", "", []string{"user", "disable", "--db", db, "ghost"}, 1, "no user with login 'ghost'", false},
		{"missing argument", "", []string{"user", "key", "remove", "--db", db, "zahra"}, 1, "LOGIN FINGERPRINT", false},
		{"unknown sub-command", "", []string{"user", "frob", "--db", db}, 1, "unknown user command 'frob'", false},
		{"no database", "", []string{"user", "list", "--db", filepath.Join(t.TempDir(), "none.db")}, 1, "", false},
	}
	for _, s := range steps {
		code, out, errs := runIn(t, s.stdin, nil, s.args...)
		got := out
		if s.code != 0 {
			got = errs
		}
		if code != s.code || !strings.Contains(got, s.out) {
			t.Errorf("%s: code %d (want %d)\nstdout %q\nstderr %q", s.name, code, s.code, out, errs)
		}
	}

	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	u, err := st.UserByLogin("zahra")
	if err != nil {
		t.Fatal(err)
	}
	if u.Disabled || u.Name != "زهرا" || len(u.Keys) != 1 || !strings.HasPrefix(u.Keys[0], strings.Fields(line)[0]+" "+strings.Fields(line)[1]) {
		t.Errorf("zahra stored as %+v", u)
	}
	if _, err := st.Authenticate("reza", "long-enough-pass"); err != nil {
		t.Errorf("reza's password: %v", err)
	}
	if _, err := st.UserByLogin("x"); err == nil {
		t.Error("a refused add created the user")
	}
}

func TestUserCommandsInPersian(t *testing.T) {
	db := demoDB(t)
	code, _, errs := runIn(t, "", map[string]string{"LANG": "fa_IR.UTF-8"}, "user", "disable", "--db", db, "ghost")
	if code != 1 || !strings.Contains(errs, "کاربری با نام «ghost» نیست") {
		t.Errorf("code %d, %q", code, errs)
	}
	code, out, _ := runIn(t, "", map[string]string{"LANG": "fa_IR.UTF-8"}, "user", "list", "--db", db)
	if code != 0 || !strings.Contains(out, "مددکار") || !strings.Contains(out, "نام کاربری") {
		t.Errorf("list in fa: %d %q", code, out)
	}
}
