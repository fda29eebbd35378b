package store

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// crashEnv switches the test binary into the crash-test child.
const crashEnv = "PARVANDE_STORE_CRASH_CHILD"

func TestMain(m *testing.M) {
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(path)
		return
	}
	os.Exit(m.Run())
}

// crashChild writes for ever, printing each id only after the call that
// wrote it returned, i.e. after commit and fsync. The parent kills it.
func crashChild(path string) {
	s, err := Open(path, Options{Timeout: 5 * time.Second})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	a := SystemActor()
	r := rand.New(rand.NewPCG(uint64(os.Getpid()), uint64(time.Now().UnixNano())))
	for i := 0; ; i++ {
		if i%7 == 6 {
			batch := make([]domain.File, 40)
			for j := range batch {
				batch[j] = synthFile(r, 1, int(r.Uint32()))
			}
			res, err := s.ImportFiles(a, batch, "crash")
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(3)
			}
			for _, id := range res.IDs {
				fmt.Println(id)
			}
			continue
		}
		f, err := s.CreateFile(a, synthFile(r, 1, int(r.Uint32())))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		if _, err := s.AddVisit(a, domain.Visit{File: f.ID, Date: fa.Date{Year: 1403, Month: 1, Day: 1},
			NextDue: fa.Date{Year: 1403, Month: 2, Day: 1 + r.IntN(28)}}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		fmt.Println(f.ID)
	}
}

// TestCrashKill kills a writing child with SIGKILL at random moments and
// checks that the database reopens clean with every acknowledged file in
// it.
func TestCrashKill(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("needs SIGKILL")
	}
	trials := 30
	if testing.Short() {
		trials = 5
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	s, err := Open(path, Options{})
	mustNoErr(t, err)
	_, err = s.CreateCenter(SystemActor(), domain.Center{Name: "توس", Code: "TUS"})
	mustNoErr(t, err)
	mustNoErr(t, s.Close())

	r := rand.New(rand.NewPCG(7, 7))
	acked := map[domain.ID]bool{}
	deadline := time.Now().Add(25 * time.Second)
	for trial := 0; trial < trials && time.Now().Before(deadline); trial++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashEnv+"="+path)
		out, err := cmd.StdoutPipe()
		mustNoErr(t, err)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		mustNoErr(t, cmd.Start())
		lines := make(chan string)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		// let it write for a while, then kill it mid-flight
		kill := time.After(time.Duration(30+r.IntN(250)) * time.Millisecond)
		n := 0
	read:
		for {
			select {
			case line, ok := <-lines:
				if !ok {
					break read
				}
				id, err := domain.ParseID(line)
				if err != nil {
					t.Fatalf("child printed %q", line)
				}
				acked[id] = true
				n++
			case <-kill:
				cmd.Process.Kill() // SIGKILL
				kill = nil
			}
		}
		cmd.Wait()
		if strings.TrimSpace(stderr.String()) != "" {
			t.Fatalf("trial %d: child failed: %s", trial, stderr.String())
		}

		s, err := Open(path, Options{})
		mustNoErr(t, err)
		problems, err := s.Check()
		mustNoErr(t, err)
		if len(problems) > 0 {
			t.Fatalf("trial %d: check after kill: %v", trial, problems)
		}
		for id := range acked {
			if _, err := s.File(SystemActor(), id); err != nil {
				t.Fatalf("trial %d: acknowledged file %s lost: %v", trial, id, err)
			}
		}
		mustNoErr(t, s.Close())
		t.Logf("trial %d: %d files acknowledged before the kill", trial, n)
	}
	t.Logf("%d acknowledged files all present", len(acked))
}
