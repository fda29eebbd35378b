package sync

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// crashEnv switches the test binary into the import child: it imports
// the bundle named by crashBundle into the database named by crashEnv and
// is killed by the parent while it does.
const (
	crashEnv    = "PARVANDE_SYNC_CRASH_DB"
	crashBundle = "PARVANDE_SYNC_CRASH_BUNDLE"
)

func TestMain(m *testing.M) {
	if db := os.Getenv(crashEnv); db != "" {
		st, err := store.Open(db, store.Options{Timeout: 5 * time.Second})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Println("importing")
		_, err = ImportFile(st, sys, os.Getenv(crashBundle))
		fmt.Println("done", err)
		st.Close()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestKillDuringImport: a kill -9 at any moment of an import leaves a
// database that passes Check and holds either none or all of the bundle;
// importing the bundle again then succeeds (or says it was already in).
func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	rng := rand.New(rand.NewPCG(9, 9))
	n := newNetwork(t, 1, 1, rng)
	sp := n.spokes[0]
	files := make([]domain.File, 4000)
	for i := range files {
		files[i] = newFile(sp.center, rng)
	}
	_, err := sp.st.ImportFiles(sys, files, "sheet")
	must(t, err)
	dir := t.TempDir()
	bundle := filepath.Join(dir, "b.pvsync")
	_, err = ExportFile(sp.st, store.HubCenter, bundle, false, nil)
	must(t, err)
	clean := filepath.Join(dir, "hub-clean.db")
	must(t, n.hub.st.Backup(clean))
	before := len(records(t, n.hub.st))

	killedMidway := 0
	for attempt := range 6 {
		db := filepath.Join(dir, fmt.Sprintf("hub-%d.db", attempt))
		data, err := os.ReadFile(clean)
		must(t, err)
		must(t, os.WriteFile(db, data, 0o600))
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashEnv+"="+db, crashBundle+"="+bundle)
		out, err := cmd.StdoutPipe()
		must(t, err)
		must(t, cmd.Start())
		r := bufio.NewReader(out)
		line, _ := r.ReadString('\n')
		if line != "importing\n" {
			t.Fatalf("child: %q", line)
		}
		time.Sleep(time.Duration(attempt*attempt*15) * time.Millisecond)
		must(t, cmd.Process.Kill())
		rest, _ := r.ReadString('\n')
		cmd.Wait()
		if rest == "" {
			killedMidway++
		}

		st := openStore(t, db)
		problems, err := st.Check()
		must(t, err)
		if len(problems) > 0 {
			t.Fatalf("attempt %d: check after kill: %v", attempt, problems)
		}
		got := len(records(t, st))
		if got != before && got != before+len(files) {
			t.Fatalf("attempt %d: %d records after kill: neither %d (none) nor %d (all)", attempt, got, before, before+len(files))
		}
		res, err := Import(st, sys, mustRead(t, bundle))
		if err != nil && !errors.Is(err, ErrReplayed) {
			t.Fatalf("attempt %d: retry: %v", attempt, err)
		}
		if got == before && res.Applied != len(files) {
			t.Errorf("attempt %d: retry applied %d of %d", attempt, res.Applied, len(files))
		}
		if len(records(t, st)) != before+len(files) {
			t.Errorf("attempt %d: after retry the hub misses records", attempt)
		}
	}
	t.Logf("%d of 6 children were killed before their import returned", killedMidway)
	if killedMidway == 0 {
		t.Error("no child was killed during its import: the test tested nothing")
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	must(t, err)
	return data
}
