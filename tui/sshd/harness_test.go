package sshd

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/log"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/demo"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/store/search"
)

// testServer is a real server on a random loopback port over a demo
// database, with its log in a buffer.
type testServer struct {
	t    *testing.T
	st   *store.Store
	srv  *Server
	addr string
	logs *syncBuffer
	done chan error
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// demoStore is a demo database with files, shared by a test's servers.
func demoStore(t testing.TB, files int) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "serve.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := demo.LoadWith(st, demo.Options{Files: files}); err != nil {
		t.Fatal(err)
	}
	// The users chose their right-to-left mode already: no calibration
	// screen at first login. Logical order keeps the Persian text in the
	// stream as stored, so tests can look for it.
	users, err := st.Users()
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		if _, err := st.SetUserRTL(store.SystemActor(), u.ID, "logical"); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func startServer(t testing.TB, st *store.Store, mod func(*Config)) *testServer {
	t.Helper()
	ix := search.New()
	if err := ix.Load(st); err != nil {
		t.Fatal(err)
	}
	hk, err := LoadHostKey(filepath.Join(t.TempDir(), "host.key"))
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	cfg := Config{Store: st, Index: ix, Dupes: dupes.New(st), HostKey: hk, Log: log.New(logs)}
	if mod != nil {
		mod(&cfg)
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{t: t.(*testing.T), st: st, srv: srv, addr: ln.Addr().String(), logs: logs, done: make(chan error, 1)}
	go func() { ts.done <- srv.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	})
	return ts
}

// newKey makes a client key and gives it to login (when login is not "").
func newKey(t testing.TB, st *store.Store, login string) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	if login != "" {
		u, err := st.UserByLogin(login)
		if err != nil {
			t.Fatal(err)
		}
		line := string(gossh.MarshalAuthorizedKey(signer.PublicKey()))
		if _, err := st.AddKey(store.SystemActor(), u.ID, line); err != nil {
			t.Fatal(err)
		}
	}
	return signer
}

// dial connects as user with key; banner collects what the server said
// before auth.
func dial(addr, user string, key gossh.Signer) (*gossh.Client, string, error) {
	return dialKeys(addr, user, key)
}

// dialKeys offers keys in order, as an SSH agent does.
func dialKeys(addr, user string, keys ...gossh.Signer) (*gossh.Client, string, error) {
	var banner strings.Builder
	c, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            user,
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(keys...)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		BannerCallback:  func(m string) error { banner.WriteString(m); return nil },
		Timeout:         5 * time.Second,
	})
	return c, banner.String(), err
}

// term is one SSH session as a user sees it: keys in, screen text out.
type term struct {
	t      testing.TB
	c      *gossh.Client
	s      *gossh.Session
	in     io.WriteCloser
	mu     sync.Mutex
	raw    bytes.Buffer
	mark   int // waitFor looks at output after this offset
	notify chan struct{}
	exited chan error
}

// connect dials as user with key (closing the client when the test ends)
// and opens a session on it, as open does.
func connect(t testing.TB, addr, user string, key gossh.Signer, pty bool, lang, cmd string) *term {
	t.Helper()
	c, _, err := dial(addr, user, key)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return open(t, c, pty, lang, cmd)
}

// open starts a session; pty false runs without a terminal, cmd "" is
// the interactive program.
func open(t testing.TB, c *gossh.Client, pty bool, lang, cmd string) *term {
	t.Helper()
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	tm := &term{t: t, c: c, s: s, notify: make(chan struct{}, 1), exited: make(chan error, 1)}
	if lang != "" {
		if err := s.Setenv("LANG", lang); err != nil {
			t.Fatal(err)
		}
	}
	if pty {
		if err := s.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
	}
	if tm.in, err = s.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	s.Stdout = writerFunc(tm.write)
	s.Stderr = writerFunc(tm.write)
	if cmd == "" {
		err = s.Shell()
	} else {
		err = s.Start(cmd)
	}
	if err != nil {
		t.Fatal(err)
	}
	go func() { tm.exited <- s.Wait() }()
	return tm
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// da1Query is what wish's renderer asks the terminal; a real terminal
// answers, and so does this one, or the session waits a second for it.
const da1Query = "\x1b[c"

func (tm *term) write(p []byte) (int, error) {
	tm.mu.Lock()
	before := tm.raw.Len()
	tm.raw.Write(p)
	ask := bytes.Contains(tm.raw.Bytes()[max(0, before-len(da1Query)):], []byte(da1Query))
	tm.mu.Unlock()
	if ask {
		go tm.in.Write([]byte("\x1b[?62c"))
	}
	select {
	case tm.notify <- struct{}{}:
	default:
	}
	return len(p), nil
}

// text is the output since the mark, without escape sequences.
func (tm *term) text() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return ansi.Strip(string(tm.raw.Bytes()[tm.mark:]))
}

// markNow makes later waits look only at output from now on.
func (tm *term) markNow() {
	tm.mu.Lock()
	tm.mark = tm.raw.Len()
	tm.mu.Unlock()
}

func (tm *term) all() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return ansi.Strip(tm.raw.String())
}

// waitFor waits until every want is in the output since the mark.
func (tm *term) waitFor(within time.Duration, want ...string) {
	tm.t.Helper()
	if err := tm.await(within, want...); err != nil {
		tm.t.Fatal(err)
	}
}

func (tm *term) await(within time.Duration, want ...string) error {
	deadline := time.After(within)
	for {
		text := tm.text()
		missing := ""
		for _, w := range want {
			if !strings.Contains(text, w) {
				missing = w
				break
			}
		}
		if missing == "" {
			return nil
		}
		select {
		case <-tm.notify:
		case <-deadline:
			return fmt.Errorf("no %q within %v; the session shows:\n%s", missing, within, tail(tm.all(), 3000))
		}
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func (tm *term) typeText(s string) {
	tm.t.Helper()
	if _, err := tm.in.Write([]byte(s)); err != nil {
		tm.t.Fatal(err)
	}
}

// Keys as a terminal sends them.
const (
	keyEnter = "\r"
	keyTab   = "\t"
	keyCtrlS = "\x13"
	keyCtrlC = "\x03"
	keyEsc   = "\x1b"
)

// wait returns the session's end (nil: exit 0), or fails after within.
func (tm *term) wait(within time.Duration) error {
	tm.t.Helper()
	select {
	case err := <-tm.exited:
		return err
	case <-time.After(within):
		tm.t.Fatalf("session did not end within %v; it shows:\n%s", within, tail(tm.all(), 2000))
		return nil
	}
}

// fileOf finds a demo household of login's center.
func fileOf(t testing.TB, st *store.Store, login string) domain.File {
	t.Helper()
	u, err := st.UserByLogin(login)
	if err != nil {
		t.Fatal(err)
	}
	var found domain.File
	_ = st.EachFile(func(f domain.File) error {
		if found.ID == 0 && f.Center == u.Center && f.Status == domain.StatusActive {
			found = f
		}
		return nil
	})
	if found.ID == 0 {
		t.Fatalf("no active file at %s's center", login)
	}
	return found
}
