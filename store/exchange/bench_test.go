package exchange

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/parvande/parvande/store"
)

// benchSheet generates a clerks' sheet with the shared generator, or falls
// back to the public sheet.
func benchSheet(b *testing.B, people, centers int) string {
	b.Helper()
	dir := b.TempDir()
	cmd := exec.Command("python3", "/work/shared/bench/gen_beneficiaries.py", "--people", strconv.Itoa(people),
		"--centers", strconv.Itoa(centers), "--seed", "3", "--out", dir, "--quiet")
	if out, err := cmd.CombinedOutput(); err != nil {
		if _, serr := os.Stat(benchCSV); serr == nil {
			b.Logf("generator failed (%v: %s); using the public sheet", err, out)
			return benchCSV
		}
		b.Skipf("no generator and no public sheet: %v", err)
	}
	return filepath.Join(dir, "beneficiaries.csv")
}

// peakHeap samples the live heap at every progress report.
type peakHeap struct{ max uint64 }

func (p *peakHeap) sample(done, total int) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if ms.HeapInuse > p.max {
		p.max = ms.HeapInuse
	}
}

func report(b *testing.B, rows int, elapsed time.Duration, peak *peakHeap) {
	b.ReportMetric(float64(rows)*float64(b.N)/elapsed.Seconds(), "rows/s")
	b.ReportMetric(float64(peak.max)/(1<<20), "peak-heap-MB")
}

// BenchmarkImportCSV measures the import of a generated sheet (about
// 10,000 rows): parse+convert alone (a dry run), and into a real store.
func BenchmarkImportCSV(b *testing.B) {
	path := benchSheet(b, 8000, 40)
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	a := store.SystemActor()
	b.Run("parse+convert", func(b *testing.B) {
		peak := &peakHeap{}
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		rows := 0
		start := time.Now()
		for i := 0; i < b.N; i++ {
			rep, err := Import(bytes.NewReader(data), int64(len(data)), newMemSink(), a,
				Options{CreateCenters: true, DryRun: true, Progress: peak.sample})
			if err != nil || rep.RejectedRows != 0 {
				b.Fatal(err, rep.Summary())
			}
			rows = rep.DataRows
		}
		report(b, rows, time.Since(start), peak)
	})
	b.Run("store", func(b *testing.B) {
		peak := &peakHeap{}
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		rows := 0
		var elapsed time.Duration
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			st, err := store.Open(filepath.Join(b.TempDir(), "db"), store.Options{})
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			start := time.Now()
			rep, err := ImportFile(path, st, a, Options{CreateCenters: true, Progress: peak.sample})
			elapsed += time.Since(start)
			if err != nil || rep.Created != rep.DataRows {
				b.Fatal(err, rep.Summary())
			}
			rows = rep.DataRows
			b.StopTimer()
			st.Close()
			b.StartTimer()
		}
		report(b, rows, elapsed, peak)
	})
}

// BenchmarkImportCSVBig imports the sheet named by PARVANDE_BIG_CSV (e.g.
// the generator's 1,000,000-row sheet) into a fresh store, once per run.
func BenchmarkImportCSVBig(b *testing.B) {
	path := os.Getenv("PARVANDE_BIG_CSV")
	if path == "" {
		b.Skip("set PARVANDE_BIG_CSV to a large sheet")
	}
	for _, dry := range []bool{true, false} {
		name := "store"
		if dry {
			name = "parse+convert"
		}
		b.Run(name, func(b *testing.B) {
			peak := &peakHeap{}
			var elapsed time.Duration
			rows := 0
			for i := 0; i < b.N; i++ {
				st, err := store.Open(filepath.Join(b.TempDir(), "db"), store.Options{})
				if err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				rep, err := ImportFile(path, st, store.SystemActor(), Options{CreateCenters: true, DryRun: dry, Progress: peak.sample})
				elapsed += time.Since(start)
				if err != nil {
					b.Fatal(err)
				}
				rows = rep.DataRows
				b.Log(rep.Summary())
				st.Close()
			}
			report(b, rows, elapsed, peak)
		})
	}
}

// BenchmarkExport writes the generated sheet's files back out.
func BenchmarkExport(b *testing.B) {
	path := benchSheet(b, 8000, 40)
	st := newMemSink()
	if _, err := ImportFile(path, st, store.SystemActor(), Options{CreateCenters: true}); err != nil {
		b.Fatal(err)
	}
	for _, format := range []Format{FormatCSV, FormatXLSX} {
		b.Run(format.String(), func(b *testing.B) {
			b.ReportAllocs()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				var n countWriter
				if err := Export(&n, format, LangFA, st.each, st.centers); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(st.files))*float64(b.N)/time.Since(start).Seconds(), "rows/s")
		})
	}
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }
