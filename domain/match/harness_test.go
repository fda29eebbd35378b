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
// what other caps would), PARVANDE_BENCH_CAPS=names,others (block caps),
// PARVANDE_BENCH_CPUPROFILE=file (a CPU profile of fold to scan).
// Run with GOMAXPROCS=1 to read the CPU times as one core's.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
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
	opt := DefaultOptions()
	if c := os.Getenv("PARVANDE_BENCH_CAPS"); c != "" { // "names,others"
		a, b, _ := strings.Cut(c, ",")
		opt.NameBlockCap, _ = strconv.Atoi(a)
		opt.BlockCap, _ = strconv.Atoi(b)
	}
	estimate := os.Getenv("PARVANDE_BENCH_ESTIMATE") != ""
	// The analyses read every folded record; a plain run lets them go as
	// the service's load does.
	keep := estimate || os.Getenv("PARVANDE_BENCH_KEYS") != ""

	runtime.GC()
	var m0 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	files := readBench(t, filepath.Join(dir, "beneficiaries.csv"))
	tRead := time.Since(t0)
	n := len(files)

	// Folded and added in chunks, a file let go once folded, as the
	// duplicate service loads (store/dupes: 8,192 heads at a time): the
	// sheet reader's garbage is the read's, and neither a million parsed
	// rows nor a million folded records stay to be marked by every
	// collection of the load.
	runtime.GC()
	stopProfile := startProfile(t)
	sys0, pf0 := sysTime(), minorFaults()
	var recs []Record
	if keep {
		recs = make([]Record, 0, n)
	}
	fo := NewFolder()
	var idx *Index
	var cFold, cAdd time.Duration
	add := func(chunk []Record) {
		c0 := cpuTime()
		if idx == nil {
			if estimate {
				var st EstimateStats
				w, st = EstimateWith(chunk, w, EstimateOptions{})
				b, _ := json.MarshalIndent(w, "", " ")
				_ = os.WriteFile(filepath.Join(out, "weights.json"), b, 0o644)
				t.Logf("estimated: %+v", st)
				c0 = cpuTime()
			}
			idx = NewIndexWith(w, opt)
			idx.Reserve(n)
		}
		idx.AddAll(chunk)
		cAdd += cpuTime() - c0
	}
	const chunk = 8192
	buf := make([]Record, 0, chunk)
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		c0 := cpuTime()
		for i := lo; i < hi; i++ {
			buf = append(buf, fo.FromFile(files[i]))
			files[i] = domain.File{}
		}
		cFold += cpuTime() - c0
		if keep {
			recs = append(recs, buf...)
		} else {
			add(buf)
		}
		buf = buf[:0]
	}
	if keep {
		add(recs)
	}
	files, fo = nil, nil
	c0 := cpuTime()
	tBuild := idx.Build()
	cBuild := cpuTime() - c0
	t.Logf("build: %v wall, %v CPU", tBuild.Round(time.Millisecond), cBuild.Round(time.Millisecond))
	runtime.GC()
	var m1 runtime.MemStats
	runtime.ReadMemStats(&m1)
	bytesPerRec := (float64(m1.HeapAlloc) - float64(m0.HeapAlloc)) / float64(n)
	if keep {
		t.Logf("heap with the folded records kept: %d MB", (m1.HeapAlloc-m0.HeapAlloc)>>20)
	}
	if os.Getenv("PARVANDE_BENCH_KEYS") != "" {
		keyAnalysis(t, dir, idx, recs)
	}
	recs = nil // keep the measurement honest on big sets

	c0 = cpuTime()
	pairs, rep := idx.Scan(nil)
	cScan := cpuTime() - c0
	sysScan, pfScan := sysTime(), minorFaults()
	stopProfile()
	t.Logf("scan: %v wall (+ %v listing its blocks), %v CPU for both (process, GOMAXPROCS=%d)", rep.Scan.Round(time.Millisecond),
		rep.Build.Round(time.Millisecond), cScan.Round(time.Millisecond), runtime.GOMAXPROCS(0))
	// CPU time is what to read on a shared machine: wall time there
	// counts other people's work.
	r := func(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
	t.Logf("CPU: fold %v, add %v, build %v, scan %v; fold+index+scan %v (of which system %v)", r(cFold), r(cAdd), r(cBuild), r(cScan),
		r(cFold+cAdd+cBuild+cScan), r(sysScan-sys0))
	t.Logf("page faults from fold to scan: %d (%d MB of memory touched for the first time)", pfScan-pf0, (pfScan-pf0)*4096>>20)
	t.Logf("rows %d: read %v, build %v, scan %v wall (one goroutine); index ≈ %.0f bytes/record",
		n, r(tRead), r(tBuild), r(rep.Scan), bytesPerRec)
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

// startProfile writes a CPU profile of the timed part (fold to scan) to
// PARVANDE_BENCH_CPUPROFILE when set; the read and the scoring stay out.
func startProfile(t testing.TB) (stop func()) {
	path := os.Getenv("PARVANDE_BENCH_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		t.Fatal(err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
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
