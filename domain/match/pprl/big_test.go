package pprl

import (
	"bufio"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/parvande/parvande/domain/match"
)

// TestBigIndex measures the index a spoke of a big federation receives:
// PPRL_BIG names a directory with gen_beneficiaries.py's output (e.g. the
// 1,000,000 rows of --people 800000 --centers 400 --seed 11). It prints
// encode, build, wire size, load time, heap, and the latency of lookups of
// PPRL_BIG_QUERIES rows (default 20000, drawn at random; each left out of
// its own answer as a registration would be), with the engine's plaintext
// lookups of the same rows and both F1s over the pairs those rows are in.
// Figures are printed, never asserted. Run with GOMAXPROCS=1 to read them
// as one core's.
func TestBigIndex(t *testing.T) {
	dir := os.Getenv("PPRL_BIG")
	if dir == "" {
		t.Skip("set PPRL_BIG to a generated data set directory")
	}
	nq := 20000
	if s := os.Getenv("PPRL_BIG_QUERIES"); s != "" {
		nq, _ = strconv.Atoi(s)
	}
	t0 := time.Now()
	files := readSheet(t, filepath.Join(dir, "beneficiaries.csv"))
	recs := make([]match.Record, len(files))
	for i := range files {
		recs[i] = match.FromFile(files[i])
	}
	files = nil
	t.Logf("rows %d read and folded in %v", len(recs), time.Since(t0).Round(time.Millisecond))
	w := match.DefaultWeights()

	t0, c0 := time.Now(), processCPU()
	enc := mustEncoder(testSecret)
	encs := make([]Encoded, len(recs))
	for i := range recs {
		encs[i] = enc.Encode(recs[i])
	}
	tEnc, cEnc := time.Since(t0), processCPU()-c0
	t0, c0 = time.Now(), processCPU()
	hub := NewIndex(w, enc.KeyID(), enc.Params(), encs)
	tBuild, cBuild := time.Since(t0), processCPU()-c0
	path := filepath.Join(t.TempDir(), "index.pprl")
	if d := os.Getenv("PPRL_BIG_OUT"); d != "" {
		path = filepath.Join(d, "index.pprl")
	}
	t0 = time.Now()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	size, err := hub.WriteTo(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	tWrite := time.Since(t0)
	hub = nil
	t.Logf("hub: encode %v wall, %v CPU (%.1f µs CPU/file); build %v wall, %v CPU; write %v; wire %d bytes (%.1f MB, %.0f bytes/file)",
		tEnc.Round(time.Millisecond), cEnc.Round(time.Millisecond), float64(cEnc.Microseconds())/float64(len(recs)),
		tBuild.Round(time.Millisecond), cBuild.Round(time.Millisecond),
		tWrite.Round(time.Millisecond), size, float64(size)/1e6, float64(size)/float64(len(recs)))

	// The spoke: load from the file, measure its heap.
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0, c0 = time.Now(), processCPU()
	f, err = os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	spoke, err := ReadIndex(bufio.NewReaderSize(f, 1<<20), w, enc.KeyID())
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	tLoad, cLoad := time.Since(t0), processCPU()-c0
	runtime.GC()
	runtime.ReadMemStats(&m1)
	t.Logf("spoke: load %v wall, %v CPU; heap of the index %.0f MB (%.0f bytes/file), %d distinct names, %d keys",
		tLoad.Round(time.Millisecond), cLoad.Round(time.Millisecond), float64(m1.HeapAlloc-m0.HeapAlloc)/1e6,
		float64(m1.HeapAlloc-m0.HeapAlloc)/float64(len(recs)), len(spoke.names), len(spoke.keys))

	rng := rand.New(rand.NewPCG(11, 7))
	q := rng.Perm(len(recs))[:min(nq, len(recs))]
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	encLat, encCPU := make([]time.Duration, len(q)), make([]time.Duration, len(q))
	encPred := map[uint64]struct{}{}
	for i, j := range q {
		t0, c0 := time.Now(), threadCPU()
		// A registration encodes what is typed, then looks it up.
		e := enc.Encode(recs[j])
		got := spoke.Lookup(e, 0)
		encLat[i], encCPU[i] = time.Since(t0), threadCPU()-c0
		for _, c := range got {
			encPred[pairKey(recs[j].ID.Seq(), c.ID.Seq())] = struct{}{}
		}
	}
	spoke = nil
	runtime.GC()

	plain := match.NewIndex(w)
	plain.AddAll(recs)
	t0, c0 = time.Now(), processCPU()
	plain.Build()
	t.Logf("engine (plaintext) build %v wall, %v CPU", time.Since(t0).Round(time.Millisecond), (processCPU() - c0).Round(time.Millisecond))
	plainLat, plainCPU := make([]time.Duration, len(q)), make([]time.Duration, len(q))
	plainPred := map[uint64]struct{}{}
	for i, j := range q {
		t0, c0 := time.Now(), threadCPU()
		got := plain.Lookup(recs[j], 0)
		plainLat[i], plainCPU[i] = time.Since(t0), threadCPU()-c0
		for _, m := range got {
			plainPred[pairKey(recs[j].ID.Seq(), m.ID.Seq())] = struct{}{}
		}
	}
	pct := func(d []time.Duration, p float64) time.Duration {
		s := slices.Clone(d)
		slices.Sort(s)
		return s[min(len(s)-1, int(p*float64(len(s))))]
	}
	t.Logf("lookup latency over %d rows: encoded (encode + lookup) p50 %v p99 %v max %v; plaintext p50 %v p99 %v max %v",
		len(q), pct(encLat, 0.5), pct(encLat, 0.99), pct(encLat, 1), pct(plainLat, 0.5), pct(plainLat, 0.99), pct(plainLat, 1))
	t.Logf("lookup thread CPU time: encoded p50 %v p99 %v max %v; plaintext p50 %v p99 %v max %v",
		pct(encCPU, 0.5), pct(encCPU, 0.99), pct(encCPU, 1), pct(plainCPU, 0.5), pct(plainCPU, 0.99), pct(plainCPU, 1))

	// F1 over the pairs that involve a queried row.
	inQ := map[uint64]bool{}
	for _, j := range q {
		inQ[recs[j].ID.Seq()] = true
	}
	all := readTruth(t, filepath.Join(dir, "pairs.csv"))
	truth := map[uint64]struct{}{}
	for k := range all {
		if inQ[k>>32] || inQ[k&(1<<32-1)] {
			truth[k] = struct{}{}
		}
	}
	qp, qe := score(plainPred, truth), score(encPred, truth)
	t.Logf("F1 over the %d true pairs of the queried rows: plaintext P %.4f R %.4f F1 %.4f; encoded P %.4f R %.4f F1 %.4f (%+.4f)",
		len(truth), qp.p, qp.r, qp.f1, qe.p, qe.r, qe.f1, qe.f1-qp.f1)
}
