package match

import (
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"
)

// Benchmarks run on synthetic records (synth_test.go) of
// PARVANDE_BENCH_N records, default 100,000; the figures of the design
// note are at 1,000,000:
//
//	PARVANDE_BENCH_N=1000000 go test -run '^$' -bench . -benchtime 1x ./domain/match/
var (
	synthOnce sync.Once
	synthRecs []Record
)

func benchRecords(b *testing.B) []Record {
	synthOnce.Do(func() {
		n := 100000
		if s := os.Getenv("PARVANDE_BENCH_N"); s != "" {
			n, _ = strconv.Atoi(s)
		}
		synthRecs, _ = synthRecords(n, 42)
	})
	return synthRecs
}

func buildIndex(recs []Record) *Index {
	x := NewIndex(DefaultWeights())
	x.AddAll(recs)
	x.Build()
	return x
}

// BenchmarkBuild: adding every record and building the index; reports the
// heap the index holds per record.
func BenchmarkBuild(b *testing.B) {
	recs := benchRecords(b)
	b.ResetTimer()
	var x *Index
	c0 := cpuTime()
	for range b.N {
		x = buildIndex(recs)
	}
	b.ReportMetric(float64((cpuTime()-c0).Milliseconds())/float64(b.N), "cpu-ms/op")
	b.StopTimer()
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m1)
	runtime.KeepAlive(x)
	x = nil
	runtime.GC()
	runtime.ReadMemStats(&m0)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(recs)), "ns/record")
	b.ReportMetric(float64(m1.HeapAlloc-m0.HeapAlloc)/float64(len(recs)), "bytes/record")
}

// BenchmarkScan: the full scan on one goroutine, index built beforehand.
func BenchmarkScan(b *testing.B) {
	recs := benchRecords(b)
	x := buildIndex(recs)
	b.ResetTimer()
	var rep Report
	var pairs []Pair
	c0 := cpuTime()
	for range b.N {
		pairs, rep = x.Scan(nil)
	}
	b.ReportMetric(float64((cpuTime()-c0).Milliseconds())/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(rep.Candidates), "candidates")
	b.ReportMetric(float64(len(pairs)), "pairs")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(max(rep.Candidates, 1)), "ns/candidate")
}

// BenchmarkLookup: one query per iteration, a re-typed copy of a stored
// record (typos, dropped fields), as the registration form sends while a
// clerk types; reports the 50th and 99th percentile latency.
func BenchmarkLookup(b *testing.B) {
	recs := benchRecords(b)
	x := buildIndex(recs)
	r := &synthRand{splitmix{7}}
	queries := make([]Record, 1000)
	for i := range queries {
		q := recs[r.intn(len(recs))]
		q.ID = 0
		switch i % 4 {
		case 1: // only names and birth, as typed before the codes
			q.NationalCode, q.ForeignID, q.Mobile, q.Address = "", "", "", nil
		case 2: // a common name alone
			q = Record{First: "محمد", Last: "محمدی", FirstSound: "مهمد", LastSound: "مهمد"}
		case 3: // mobile only
			q = Record{Mobile: q.Mobile}
		}
		queries[i] = q
	}
	lat := make([]time.Duration, 0, b.N)
	own := make([]time.Duration, 0, b.N) // the thread's CPU time (Linux): without waits for a core
	defer lockThread()()
	b.ResetTimer()
	c0 := cpuTime()
	for i := range b.N {
		t0, u0 := time.Now(), threadCPU()
		x.Lookup(queries[i%len(queries)], 10)
		lat = append(lat, time.Since(t0))
		own = append(own, threadCPU()-u0)
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-c0).Microseconds())/float64(b.N), "cpu-µs/op")
	slices.Sort(lat)
	slices.Sort(own)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(float64(own[len(own)*99/100].Microseconds()), "p99-cpu-µs")
}
