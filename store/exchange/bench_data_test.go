package exchange

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

const benchCSV = "/work/shared/bench/public/beneficiaries.csv"

var _ Sink = (*store.Store)(nil)

// openStore opens a fresh real store in a temporary directory.
func openStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "parvande.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestImportBenchSheet imports the clerks' sheet into a fresh database, then
// again: the second run must find every file already there.
func TestImportBenchSheet(t *testing.T) {
	if _, err := os.Stat(benchCSV); err != nil {
		t.Skip("bench sheet not present")
	}
	st := openStore(t)
	a := store.SystemActor()
	rep, err := ImportFile(benchCSV, st, a, Options{CreateCenters: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(rep.Summary())
	if rep.Created != 25562 || rep.RejectedRows != 0 || len(rep.CentersCreated) != 40 || rep.Skipped != 0 {
		t.Fatalf("first import: %s", rep.Summary())
	}
	cs, err := st.Centers()
	if err != nil || len(cs) != 40 {
		t.Fatalf("%d centers, %v", len(cs), err)
	}
	n := 0
	if err := st.EachFile(func(domain.File) error { n++; return nil }); err != nil || n != 25562 {
		t.Fatalf("%d files stored, %v", n, err)
	}
	rep, err = ImportFile(benchCSV, st, a, Options{CreateCenters: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Created != 0 || rep.Unchanged != 25562 || len(rep.CentersCreated) != 0 {
		t.Fatalf("second import: %s", rep.Summary())
	}
}
