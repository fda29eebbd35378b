package match

// The quality harness: reads a benchmark sheet (gen_beneficiaries.py's
// beneficiaries.csv) straight with encoding/csv, scans it and scores the
// predicted pairs with the benchmark's score_pairs.py. It runs only when
// asked, since the 1M-row set takes a while:
//
//	PARVANDE_BENCH=/work/shared/bench/public go test -run TestBenchHarness -v ./domain/match/
//
// Optional: PARVANDE_BENCH_OUT (where predicted_*.csv go, default a temp
// dir), PARVANDE_BENCH_ESTIMATE=1 (estimate weights from the data first),
// PARVANDE_BENCH_WEIGHTS=file.json (score with stored weights),
// PARVANDE_BENCH_ERRORS=N (print N misses and false positives with their
// levels at PARVANDE_BENCH_BAND, default likely; reads pairs.csv, and
// row_meta.csv if present, for the analysis only: nothing of either reaches
// the engine), PARVANDE_BENCH_KEYS=1 (what each kind of key brings, and
// what other caps would), PARVANDE_BENCH_CAPS=names,others (block caps).
// Run with GOMAXPROCS=1 to read the CPU times as one core's.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/internal/benchsheet"
)

// readBench reads the sheet into files whose ID sequence is the row id.
func readBench(t testing.TB, path string) []domain.File {
	files, err := benchsheet.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestBenchHarness(t *testing.T) {
	dir := os.Getenv("PARVANDE_BENCH")
	if dir == "" {
		t.Skip("set PARVANDE_BENCH to a directory with beneficiaries.csv and pairs.csv")
	}
	out := os.Getenv("PARVANDE_BENCH_OUT")
	if out == "" {
		out = t.TempDir()
	}
	t0 := time.Now()
	var recs []Record
	var tRead, tFold time.Duration
	files := readBench(t, filepath.Join(dir, "beneficiaries.csv"))
	tRead = time.Since(t0)
	t0 = time.Now()
	recs = make([]Record, len(files))
	fo := NewFolder()
	// The sheet reader's garbage is the read's, not the fold's; and a file
	// is let go once folded, as the service's chunked load lets its pages
	// go, so the fold is not charged for marking a million parsed rows.
	runtime.GC()
	c0 := cpuTime()
	for i := range files {
		recs[i] = fo.FromFile(files[i])
		files[i] = domain.File{}
	}
	cFold := cpuTime() - c0
	files = nil
	tFold = time.Since(t0)

	w := DefaultWeights()
	if p := os.Getenv("PARVANDE_BENCH_WEIGHTS"); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &w); err != nil {
			t.Fatal(err)
		}
	}
	var tEst time.Duration
	if os.Getenv("PARVANDE_BENCH_ESTIMATE") != "" {
		t0 = time.Now()
		var st EstimateStats
		w, st = EstimateWith(recs, w, EstimateOptions{})
		tEst = time.Since(t0)
		b, _ := json.MarshalIndent(w, "", " ")
		_ = os.WriteFile(filepath.Join(out, "weights.json"), b, 0o644)
		t.Logf("estimated in %v: %+v", tEst, st)
	}

	runtime.GC()
	var m0 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0 = time.Now()
	opt := DefaultOptions()
	if c := os.Getenv("PARVANDE_BENCH_CAPS"); c != "" { // "names,others"
		a, b, _ := strings.Cut(c, ",")
		opt.NameBlockCap, _ = strconv.Atoi(a)
		opt.BlockCap, _ = strconv.Atoi(b)
	}
	idx := NewIndexWith(w, opt)
	c0 = cpuTime()
	idx.AddAll(recs)
	tAdd, cAdd := time.Since(t0), cpuTime()-c0
	c0 = cpuTime()
	tBuild := idx.Build()
	cBuild := cpuTime() - c0
	t.Logf("build: %v wall, %v CPU", tBuild.Round(time.Millisecond), cBuild.Round(time.Millisecond))
	runtime.GC()
	var m1 runtime.MemStats
	runtime.ReadMemStats(&m1)
	runtime.KeepAlive(recs)
	n := len(recs)
	bytesPerRec := (float64(m1.HeapAlloc) - float64(m0.HeapAlloc)) / float64(n)
	t.Logf("heap before index %d MB, after %d MB", m0.HeapAlloc>>20, m1.HeapAlloc>>20)
	if os.Getenv("PARVANDE_BENCH_KEYS") != "" {
		keyAnalysis(t, dir, idx, recs)
	}
	if os.Getenv("PARVANDE_BENCH_ERRORS") == "" {
		recs = nil // keep the measurement honest on big sets
	}

	c0 = cpuTime()
	pairs, rep := idx.Scan(nil)
	cScan := cpuTime() - c0
	t.Logf("scan: %v wall (+ %v listing its blocks), %v CPU for both (process, GOMAXPROCS=%d)", rep.Scan.Round(time.Millisecond),
		rep.Build.Round(time.Millisecond), cScan.Round(time.Millisecond), runtime.GOMAXPROCS(0))
	// CPU time is what to read on a shared machine: wall time there
	// counts other people's work.
	r := func(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
	t.Logf("CPU: fold %v, add %v, build %v, scan %v; fold+index+scan %v", r(cFold), r(cAdd), r(cBuild), r(cScan),
		r(cFold+cAdd+cBuild+cScan))
	t.Logf("rows %d: read %v, fold %v, add %v, build %v, scan %v (one goroutine); index ≈ %.0f bytes/record",
		n, tRead.Round(time.Millisecond), tFold.Round(time.Millisecond), tAdd.Round(time.Millisecond),
		tBuild.Round(time.Millisecond), rep.Scan.Round(time.Millisecond), bytesPerRec)
	t.Logf("keys %d, blocks %d, candidates %d, pairs %d, households %d",
		rep.Keys, rep.Blocks, rep.Candidates, rep.Pairs, len(rep.Households))
	for _, d := range rep.Dropped {
		t.Logf("dropped %d %s keys: shared by >%d files (largest %d, %d files)", d.Keys, d.Kind, d.Cap, d.Largest, d.Records)
	}

	for _, band := range []Band{BandPossible, BandLikely, BandCertain} {
		path := filepath.Join(out, "predicted_"+band.String()+".csv")
		writePredicted(t, path, pairs, band)
		cmd := exec.Command("python3", "/work/shared/bench/score_pairs.py", "--examples", "0",
			filepath.Join(dir, "pairs.csv"), path)
		b, err := cmd.CombinedOutput()
		if err != nil {
			t.Logf("score_pairs.py: %v", err)
		}
		t.Logf("band ≥ %s:\n%s", band, b)
	}
	curve(t, dir, pairs)
	if k, _ := strconv.Atoi(os.Getenv("PARVANDE_BENCH_ERRORS")); k > 0 {
		errorAnalysis(t, dir, idx, pairs, k)
	}
}

func writePredicted(t testing.TB, path string, pairs []Pair, min Band) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "row_a,row_b")
	for _, p := range pairs {
		if p.Band >= min {
			fmt.Fprintf(w, "%d,%d\n", p.A.Seq(), p.B.Seq())
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}
