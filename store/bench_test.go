package store

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
)

const batchSize = 5000

// benchStore opens a store with 40 centers and n imported files, spread
// over the centers in runs as the benchmark sheet is (rows grouped by
// center).
func benchStore(tb testing.TB, n int) (*Store, []domain.File) {
	tb.Helper()
	s, err := Open(filepath.Join(tb.TempDir(), "bench.db"), Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	a := SystemActor()
	for i := 0; i < 40; i++ {
		if _, err := s.CreateCenter(a, domain.Center{Name: "مرکز " + synLast[i%len(synLast)] + " " + string(rune('A'+i))}); err != nil {
			tb.Fatal(err)
		}
	}
	var all []domain.File
	r := rand.New(rand.NewPCG(11, 12))
	for done := 0; done < n; done += batchSize {
		batch := benchBatch(r, done, min(batchSize, n-done))
		res, err := s.ImportFiles(a, batch, "bench")
		if err != nil {
			tb.Fatal(err)
		}
		for i := range batch {
			batch[i].ID = res.IDs[i]
		}
		all = append(all, batch...)
	}
	return s, all
}

// benchBatch makes files from row `from` on; each center holds a run of
// about 2,500 rows, like a sheet grouped by center.
func benchBatch(r *rand.Rand, from, n int) []domain.File {
	out := make([]domain.File, n)
	for i := range out {
		row := from + i
		out[i] = synthFile(r, domain.CenterID(1+row/2500%40), row)
	}
	return out
}

func BenchmarkGetFile(b *testing.B) {
	s, files := benchStore(b, 50_000)
	a := SystemActor()
	r := rand.New(rand.NewPCG(1, 1))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.File(a, files[r.IntN(len(files))].ID); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFilesByNationalCode(b *testing.B) {
	s, files := benchStore(b, 50_000)
	var codes []string
	for _, f := range files {
		if f.Head.NationalCode.Value != "" {
			codes = append(codes, persianDigits(f.Head.NationalCode.Value)) // as a clerk types it
		}
	}
	r := rand.New(rand.NewPCG(1, 1))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if ids, err := s.FilesByNationalCode(codes[r.IntN(len(codes))]); err != nil || len(ids) == 0 {
			b.Fatal(ids, err)
		}
	}
}

func persianDigits(s string) string {
	r := []rune(s)
	for i, c := range r {
		if c >= '0' && c <= '9' {
			r[i] = '۰' + c - '0'
		}
	}
	return string(r)
}

func BenchmarkFilesByMobile(b *testing.B) {
	s, files := benchStore(b, 50_000)
	var mobiles []string
	for _, f := range files {
		if f.Head.Mobile.Value != "" {
			mobiles = append(mobiles, "+98"+f.Head.Mobile.Value[1:])
		}
	}
	r := rand.New(rand.NewPCG(1, 1))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if ids, err := s.FilesByMobile(mobiles[r.IntN(len(mobiles))]); err != nil || len(ids) == 0 {
			b.Fatal(ids, err)
		}
	}
}

func BenchmarkListCenterFiles(b *testing.B) {
	s, files := benchStore(b, 50_000)
	a := SystemActor()
	r := rand.New(rand.NewPCG(1, 1))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f := files[r.IntN(len(files))]
		page, err := s.Files(a, Query{Center: f.Center, After: f.ID - 1, Limit: 50})
		if err != nil || len(page) == 0 {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportFiles imports batches of 5,000 new files into a growing
// database, one transaction and one fsync per batch.
func BenchmarkImportFiles(b *testing.B) {
	s, _ := benchStore(b, 0)
	a := SystemActor()
	r := rand.New(rand.NewPCG(3, 3))
	b.ReportAllocs()
	b.ResetTimer()
	var spent time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		batch := benchBatch(r, i*batchSize, batchSize)
		b.StartTimer()
		start := time.Now()
		if _, err := s.ImportFiles(a, batch, "bench"); err != nil {
			b.Fatal(err)
		}
		spent += time.Since(start)
	}
	b.ReportMetric(float64(b.N*batchSize)/spent.Seconds(), "files/s")
}

// BenchmarkImport1M imports 1,000,000 benchmark-shaped files into an empty
// database in batches of 5,000, as the spreadsheet importer does, and
// reports files/s, process CPU seconds and the file size per file. It
// takes about half a minute: run it alone with -bench Import1M.
func BenchmarkImport1M(b *testing.B) {
	const n = 1_000_000
	r := rand.New(rand.NewPCG(5, 5))
	batches := make([][]domain.File, 0, n/batchSize)
	for done := 0; done < n; done += batchSize {
		batches = append(batches, benchBatch(r, done, batchSize))
	}
	b.ReportAllocs()
	var size int64
	var spent, cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, _ := benchStore(b, 0)
		cpu0 := cpuTime()
		b.StartTimer()
		start := time.Now()
		for _, batch := range batches {
			if _, err := s.ImportFiles(SystemActor(), batch, "bench"); err != nil {
				b.Fatal(err)
			}
		}
		spent += time.Since(start)
		cpu += cpuTime() - cpu0
		st, err := s.Stats()
		if err != nil {
			b.Fatal(err)
		}
		size = st.Size
	}
	b.ReportMetric(float64(size)/n, "bytes/file")
	b.ReportMetric(float64(b.N*n)/spent.Seconds(), "files/s")
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}

// TestBytesPerFile imports 100,000 benchmark-shaped files (enough for the
// identifier index to merge its tiers) and holds the database to 1 KB per
// file, indexes and audit included.
func TestBytesPerFile(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 100,000 files")
	}
	const n = 100_000
	start := time.Now()
	s, files := benchStore(t, n)
	took := time.Since(start)
	st, err := s.Stats()
	mustNoErr(t, err)
	per := st.Size / n
	t.Logf("%d files in %v; %d bytes per file (%d MB)", st.Files, took.Round(time.Millisecond), per, st.Size>>20)
	if st.Files != n || per > 1024 {
		t.Fatalf("%d files, %d bytes per file", st.Files, per)
	}
	for _, f := range files[:2000] {
		if f.Head.NationalCode.Value == "" {
			continue
		}
		got, err := s.FilesByNationalCode(f.Head.NationalCode.Raw)
		mustNoErr(t, err)
		if !slices.Contains(got, f.ID) {
			t.Fatalf("file %s not found by its national code", f.ID)
		}
	}
	problems, err := s.Check()
	mustNoErr(t, err)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
}
