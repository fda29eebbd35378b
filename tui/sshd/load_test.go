package sshd

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// TestLoad runs the real server (the built binary, so its memory is its
// own) and PARVANDE_LOAD_SESSIONS (100) sessions over loopback for
// PARVANDE_LOAD_SECONDS (30): every session searches by typing names a
// letter at a time (PARVANDE_LOAD_KEY_GAP_MS apart, then reading for
// PARVANDE_LOAD_THINK_MS); the caseworkers, supervisor and admin also
// open a family and record aid every PARVANDE_LOAD_WRITE_EVERY_S. It fails on any error or lost
// write and reports keystroke-to-frame latency (from writing a key to
// receiving the frame that shows it) and the server's memory. Not in the
// default run: PARVANDE_LOAD=1 go test ./tui/sshd -run TestLoad -v
func TestLoad(t *testing.T) {
	if os.Getenv("PARVANDE_LOAD") == "" {
		t.Skip("load test: set PARVANDE_LOAD=1 (and PARVANDE_LOAD_SESSIONS, _SECONDS, _FILES)")
	}
	sessions := envInt("PARVANDE_LOAD_SESSIONS", 100)
	dur := time.Duration(envInt("PARVANDE_LOAD_SECONDS", 30)) * time.Second
	files := envInt("PARVANDE_LOAD_FILES", 2000)
	// A caseworker types a few letters a second, not as fast as frames
	// come back: the gap between keys of one session.
	gap := time.Duration(envInt("PARVANDE_LOAD_KEY_GAP_MS", 150)) * time.Millisecond
	// Each writer records aid this often. Every write makes every open list
	// search again (live refresh), so the write rate multiplies the work
	// by the number of sessions.
	every := time.Duration(envInt("PARVANDE_LOAD_WRITE_EVERY_S", 20)) * time.Second
	// After typing a name a caseworker reads the results for a while.
	think := time.Duration(envInt("PARVANDE_LOAD_THINK_MS", 3000)) * time.Millisecond
	// By default every session types in step with the others: their keys
	// reach the server within the same millisecond, a burst no office
	// makes. PARVANDE_LOAD_STAGGER=1 starts session i i/sessions of one
	// name-and-read cycle late, as people working on their own would.
	stagger := os.Getenv("PARVANDE_LOAD_STAGGER") != ""
	cycle := think + 6*gap

	// PARVANDE_LOAD_INPROC=1 serves from this process instead of the built
	// binary, so that go test's -cpuprofile and -memprofile see the server
	// (the clients' share shows apart by function). Memory is then the
	// test's as a whole.
	inproc := os.Getenv("PARVANDE_LOAD_INPROC") != ""
	bin := filepath.Join(t.TempDir(), "parvande")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/parvande/parvande/cmd/parvande").CombinedOutput(); err != nil && !inproc {
		t.Fatalf("build: %v\n%s", err, out)
	}
	st := demoStore(t, files)
	logins := []string{"caseworker", "caseworker2", "supervisor", "admin", "coordinator"}
	keys := map[string]gossh.Signer{}
	targets := map[string]domain.File{}
	for _, l := range logins {
		keys[l] = newKey(t, st, l)
		switch l {
		case "coordinator": // coordinators read; they do not record aid
		case "admin": // the hub center has no families; an admin may record anywhere
			targets[l] = fileOf(t, st, "caseworker2")
		default:
			targets[l] = fileOf(t, st, l)
		}
	}
	names := searchNames(t, st, 12)
	userNames := map[string]string{}
	for _, l := range logins {
		u, err := st.UserByLogin(l)
		if err != nil {
			t.Fatal(err)
		}
		userNames[l] = u.Name
	}
	db := st.Path()

	var (
		srv    *exec.Cmd
		logs   = &syncBuffer{}
		addr   string
		pid    = os.Getpid()
		exited = make(chan error, 1)
	)
	if inproc {
		ts := startServer(t, st, func(c *Config) { c.MaxSessions = sessions + 10 })
		addr, logs = ts.addr, ts.logs
	} else {
		st.Close()
		srv = exec.Command(bin, "serve", "--db", db, "--listen", "127.0.0.1:0",
			"--max-sessions", strconv.Itoa(sessions+10), "--idle", "0")
		srv.Env = append(os.Environ(), "LANG=en_US.UTF-8")
		var out syncBuffer
		srv.Stdout, srv.Stderr = &out, logs
		if err := srv.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { exited <- srv.Wait() }()
		defer srv.Process.Kill()
		addr = waitMatch(t, &out, regexp.MustCompile(`listening on (127\.0\.0\.1:\d+)`))
		pid = srv.Process.Pid
	}
	rssStart := rss(pid)

	type result struct {
		lat    []time.Duration
		writes int
		err    error
	}
	results := make([]result, sessions)
	terms := make([]*term, sessions)
	connectStart := time.Now()
	var wg sync.WaitGroup
	for i := range sessions {
		who := logins[i%len(logins)]
		c, _, err := dial(addr, who, keys[who])
		if err != nil {
			t.Fatalf("session %d: %v", i, err)
		}
		defer c.Close()
		terms[i] = open(t, c, true, "en_US.UTF-8", "")
	}
	for i, tm := range terms {
		u := userNames[logins[i%len(logins)]]
		if err := tm.await(60*time.Second, u); err != nil { // the status bar: logged in
			t.Fatalf("session %d never showed its home screen: %v", i, err)
		}
	}
	t.Logf("%d sessions up in %v; server RSS %s", sessions, time.Since(connectStart).Round(time.Millisecond), mb(rss(pid)))
	idleCPU := cpuTime(pid)
	time.Sleep(3 * time.Second)
	t.Logf("idle sessions cost %.0f%% of one core", 100*(cpuTime(pid)-idleCPU).Seconds()/3)
	loadCPU := cpuTime(pid)
	clientCPU := cpuTime(os.Getpid())

	stop := time.Now().Add(dur)
	for i, tm := range terms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			who := logins[i%len(logins)]
			target, writer := targets[who]
			r := &results[i]
			lastWrite := time.Now().Add(-every + time.Duration(i)*every/time.Duration(sessions)) // spread the writers out
			if stagger {
				time.Sleep(time.Duration(i) * cycle / time.Duration(sessions))
			}
			for n := 0; time.Now().Before(stop) && r.err == nil; n++ {
				if writer && time.Since(lastWrite) > every {
					lastWrite = time.Now()
					if r.err = recordAid(tm, target, fmt.Sprintf("LOAD-%d-%d", i, r.writes)); r.err == nil {
						r.writes++
					}
					continue
				}
				var lat []time.Duration
				lat, r.err = typeName(tm, names[(i+n)%len(names)], gap)
				r.lat = append(r.lat, lat...)
				time.Sleep(think)
			}
		}()
	}
	wg.Wait()
	cpu := cpuTime(pid) - loadCPU
	clientCPU = cpuTime(os.Getpid()) - clientCPU
	peak := rss(pid)
	hwm := hwm(pid)

	var all []time.Duration
	writes := map[string]int{}
	total := 0
	for i, r := range results {
		if r.err != nil {
			t.Errorf("session %d (%s): %v", i, logins[i%len(logins)], r.err)
		}
		all = append(all, r.lat...)
		writes[fmt.Sprintf("LOAD-%d-", i)] = r.writes
		total += r.writes
	}
	for _, tm := range terms {
		tm.typeText(keyCtrlC)
	}
	if inproc {
		exited <- nil
	} else if err := srv.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("server exit: %v\n%s", err, tail(logs.String(), 2000))
		}
	case <-time.After(60 * time.Second):
		t.Fatal("server did not stop")
	}

	// No lost writes: every aid a session saw saved is in the database.
	st2 := st
	var err error
	if !inproc {
		if st2, err = store.Open(db, store.Options{ReadOnly: true}); err != nil {
			t.Fatal(err)
		}
		defer st2.Close()
	}
	// Count in every family: the search may list another family of the
	// same name first, and the session records aid on the one it opened.
	stored := map[string]int{}
	err = st2.EachFile(func(f domain.File) error {
		as, err := st2.Aids(store.SystemActor(), f.ID)
		for _, a := range as {
			if p, ok := loadPrefix(a.Funding); ok {
				stored[p]++
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for p, n := range writes {
		if stored[p] != n {
			t.Errorf("%s: %d aid records saved on screen, %d in the database", p, n, stored[p])
		}
	}
	if p := os.Getenv("PARVANDE_LOAD_SERVER_LOG"); p != "" {
		// The server's whole log (and the runtime's, with GODEBUG=gctrace=1).
		if err := os.WriteFile(p, []byte(logs.String()), 0o644); err != nil {
			t.Error(err)
		}
	}
	if errs := strings.Count(logs.String(), "ERRO"); errs > 0 {
		t.Errorf("%d errors in the server log:\n%s", errs, tail(logs.String(), 3000))
	}

	slices.Sort(all)
	q := func(p float64) time.Duration {
		if len(all) == 0 {
			return 0
		}
		return all[min(len(all)-1, int(p*float64(len(all))))]
	}
	t.Logf("load: %d sessions, %v, %d demo files, %v between keys, %v reading after each name, aid every %v per writer, staggered starts %v; %d keystrokes measured (%.0f/s), %d aid records written",
		sessions, dur, files, gap, think, every, stagger, len(all), float64(len(all))/dur.Seconds(), total)
	t.Logf("CPU during the load: server %.0f%% of one core, the test's clients %.0f%%", 100*cpu.Seconds()/dur.Seconds(), 100*clientCPU.Seconds()/dur.Seconds())
	t.Logf("keystroke-to-frame: p50 %v  p95 %v  p99 %v  max %v", q(.50).Round(time.Microsecond), q(.95).Round(time.Microsecond), q(.99).Round(time.Microsecond), q(1).Round(time.Microsecond))
	t.Logf("server memory: RSS %s at start, %s at the end of the load, peak (VmHWM) %s", mb(rssStart), mb(peak), mb(hwm))
	if len(all) == 0 {
		t.Error("no keystroke was measured")
	}
}

// typeName clears the search and types name a letter at a time, timing
// each letter until a frame shows the query so far.
func typeName(tm *term, name string, gap time.Duration) ([]time.Duration, error) {
	tm.typeText("\x15") // ctrl+u: empty the search input
	time.Sleep(30 * time.Millisecond)
	var lat []time.Duration
	typed := ""
	for _, r := range name {
		typed += string(r)
		tm.markNow()
		start := time.Now()
		tm.typeText(string(r))
		if err := tm.await(10*time.Second, typed); err != nil {
			return lat, err
		}
		lat = append(lat, time.Since(start))
		time.Sleep(gap)
	}
	return lat, nil
}

// recordAid finds f, opens it, records aid with the given funding source
// and goes back to the list.
func recordAid(tm *term, f domain.File, funding string) error {
	tm.typeText("\x15")
	time.Sleep(30 * time.Millisecond)
	tm.markNow()
	tm.typeText(f.Head.FirstName + " " + f.Head.LastName)
	if err := tm.await(10*time.Second, f.Number); err != nil {
		return err
	}
	tm.markNow()
	tm.typeText(keyEnter)
	if err := tm.await(10*time.Second, "History"); err != nil {
		return err
	}
	tm.markNow()
	tm.typeText("a")
	if err := tm.await(10*time.Second, "Funding source"); err != nil {
		return err
	}
	tm.typeText(keyTab + "1000" + keyTab + keyTab + keyTab + "\x15" + funding)
	time.Sleep(20 * time.Millisecond)
	tm.markNow()
	tm.typeText(keyCtrlS)
	if err := tm.await(10*time.Second, "History"); err != nil { // the form closed: saved
		return err
	}
	// Back to the list. An esc that reaches a starved server together with
	// the next key reads as alt+key (as on any slow link), so look for the
	// list and press esc again if it is not there.
	for try := 0; ; try++ {
		tm.markNow()
		tm.typeText(keyEsc)
		err := tm.await(2*time.Second, listFooter)
		if err == nil {
			return nil
		}
		if try == 4 {
			return err
		}
	}
}

// listFooter is in the list's help line, not the file's.
const listFooter = "search ⇄ list"

// loadPrefix is "LOAD-i-" of a load test's funding source.
func loadPrefix(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "LOAD-")
	if !ok {
		return "", false
	}
	i := strings.IndexByte(rest, '-')
	if i < 0 {
		return "", false
	}
	return "LOAD-" + rest[:i+1], true
}

// searchNames are last names of demo households, to type.
func searchNames(t *testing.T, st *store.Store, n int) []string {
	seen := map[string]bool{}
	var out []string
	_ = st.EachFile(func(f domain.File) error {
		if len(out) < n && !seen[f.Head.LastName] && f.Head.LastName != "" {
			seen[f.Head.LastName] = true
			out = append(out, f.Head.LastName)
		}
		return nil
	})
	if len(out) == 0 {
		t.Fatal("no names to search")
	}
	return out
}

func waitMatch(t *testing.T, b *syncBuffer, re *regexp.Regexp) string {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m := re.FindStringSubmatch(b.String()); m != nil {
			return m[1]
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no %v in %q", re, b.String())
	return ""
}

func envInt(k string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(k)); err == nil && n > 0 {
		return n
	}
	return def
}

// rss and hwm read a process's resident and peak resident memory (Linux).
func rss(pid int) int64 { return procStatus(pid, "VmRSS:") }
func hwm(pid int) int64 { return procStatus(pid, "VmHWM:") }

func procStatus(pid int, field string) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) >= 2 && f[0] == field {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// cpuTime is a process's user+system CPU time (Linux, 100 ticks/s).
func cpuTime(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// Fields after the command name (which may hold spaces) in parentheses.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	stt, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+stt) * 10 * time.Millisecond
}

func mb(b int64) string { return fmt.Sprintf("%.1f MB", float64(b)/(1<<20)) }
