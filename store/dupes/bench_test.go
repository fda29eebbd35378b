package dupes

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// Benchmarks of the service on a database: PARVANDE_BENCH_DB names one
// (opened read-only, e.g. the 1M benchmark sheet imported), else a
// synthetic one of PARVANDE_BENCH_N files (default 20,000) is made:
//
//	PARVANDE_BENCH_DB=/tmp/big.db GOMAXPROCS=1 go test -run '^$' -bench Load -benchtime 1x ./store/dupes/
func benchStore(b *testing.B) *store.Store {
	if p := os.Getenv("PARVANDE_BENCH_DB"); p != "" {
		st, err := store.Open(p, store.Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { st.Close() })
		return st
	}
	n := 20000
	if s := os.Getenv("PARVANDE_BENCH_N"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	st, err := store.Open(filepath.Join(b.TempDir(), "p.db"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	c, err := st.CreateCenter(store.SystemActor(), domain.Center{Name: "توس", Code: "TUS"})
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	first := []string{"محمد", "علی", "فاطمه", "زهرا", "حسین", "مریم", "رضا", "معصومه"}
	last := []string{"محمدی", "حسینی", "رضایی", "احمدی", "کریمی", "موسوی", "جعفری", "قاسمی"}
	files := make([]domain.File, n)
	for i := range files {
		files[i] = domain.File{Center: c.ID, ExternalRef: strconv.Itoa(i + 1), HouseholdSize: 3,
			Head: domain.Person{FirstName: first[r.IntN(len(first))], LastName: last[r.IntN(len(last))],
				FatherName: first[r.IntN(len(first))], Gender: domain.Gender(1 + r.IntN(2)),
				BirthDate: fa.Date{Year: 1320 + r.IntN(60), Month: 1 + r.IntN(12), Day: 1 + r.IntN(29)},
				Mobile:    domain.ParseMobile(fmt.Sprintf("09%09d", r.Uint64N(1e9)))},
			Address: fmt.Sprintf("توس %d، پلاک %d", 1+r.IntN(90), 1+r.IntN(120))}
	}
	if _, err := st.ImportFiles(store.SystemActor(), files, "bench"); err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkLoad: reading every head, folding it and building the index,
// as the dupes command and the workstation's first duplicate screen do;
// then the full scan. Reports both and the heap the loaded service holds.
func BenchmarkLoad(b *testing.B) {
	st := benchStore(b)
	b.ResetTimer()
	var svc *Service
	for range b.N {
		svc = New(st)
		if err := svc.Load(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	ls := svc.Stats()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(ls.Read.Milliseconds()), "read+fold-ms")
	b.ReportMetric(float64(ls.Build.Milliseconds()), "index-ms")
	b.ReportMetric(float64(m.HeapAlloc>>20), "heap-MB")
	b.StartTimer()
	_, rep := svc.ix.Scan(nil)
	b.StopTimer()
	b.ReportMetric(float64(rep.Scan.Milliseconds()), "scan-ms")
	b.ReportMetric(float64(ls.Files), "files")
}
