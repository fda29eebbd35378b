package exchange

import (
	"os"
	"testing"

	"github.com/parvande/parvande/store"
)

const benchCSV = "/work/shared/bench/public/beneficiaries.csv"

func TestSmokeBench(t *testing.T) {
	if _, err := os.Stat(benchCSV); err != nil {
		t.Skip("bench sheet not present")
	}
	st := newMemSink()
	rep, err := ImportFile(benchCSV, st, store.SystemActor(), Options{CreateCenters: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(rep.Summary())
	t.Log(rep.Columns)
}
