package search

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// Benchmarks build their indexes once per size and process: a million
// generated files take a while to build.
var (
	benchMu      sync.Mutex
	benchIndexes = map[int]*Index{}
)

func benchIndex(b *testing.B, n int) *Index {
	benchMu.Lock()
	defer benchMu.Unlock()
	if ix, ok := benchIndexes[n]; ok {
		return ix
	}
	b.StopTimer()
	defer b.StartTimer()
	ix := New()
	newGen(42).fill(ix, n)
	ix.tune() // as Build does
	ix.trim()
	benchIndexes[n] = ix
	return ix
}

// aCode returns the national code of some file in the index.
func aCode(ix *Index) string {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for i := len(ix.slots) / 2; i < len(ix.slots); i++ {
		if c := ix.slots[i].get(fNC); c != "" {
			return c
		}
	}
	return ""
}

// BenchmarkSearch times one keystroke's search (first page of 50, no
// filter: the widest view) and reports the 95th percentile over the
// iterations as p95-ms.
func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		ix := benchIndex(b, n)
		queries := []struct{ name, q string }{
			{"mohammad", "محمد"},
			{"rezaei", "رضایی"},
			{"zahra_kaz", "زهرا کاظ"},
			{"0915", "0915"},
			{"fa_09153", "۰۹۱۵۳"},
			{"code", aCode(ix)},
			{"one_letter", "ع"},
			{"empty", ""},
		}
		for _, q := range queries {
			b.Run(fmt.Sprintf("%dk/%s", n/1000, q.name), func(b *testing.B) {
				var total int
				d := make([]time.Duration, 0, b.N)
				for b.Loop() {
					t0 := time.Now()
					total = ix.Search(q.q, Filter{}, Relevance, 0, 50).Total
					d = append(d, time.Since(t0))
				}
				b.ReportMetric(p95(d), "p95-ms")
				b.ReportMetric(float64(total), "hits")
			})
		}
		b.Run(fmt.Sprintf("%dk/byname_center", n/1000), func(b *testing.B) {
			d := make([]time.Duration, 0, b.N)
			f := Filter{Centers: []domain.CenterID{3}}
			for b.Loop() {
				t0 := time.Now()
				ix.Search("", f, ByName, 0, 50)
				d = append(d, time.Since(t0))
			}
			b.ReportMetric(p95(d), "p95-ms")
		})
	}
}

func p95(d []time.Duration) float64 {
	if len(d) == 0 {
		return 0
	}
	slices.Sort(d)
	return float64(d[len(d)*95/100]) / float64(time.Millisecond)
}

// BenchmarkPut puts 100,000 files into a new index one by one, as Refresh
// does: unlike Build, the index re-picks its frequent 4-grams each time it
// doubles.
func BenchmarkPut(b *testing.B) {
	const n = 100_000
	type item struct {
		f         domain.File
		last, due fa.Date
	}
	items := make([]item, n)
	g := newGen(9)
	for i := range items {
		items[i].f, items[i].last, items[i].due = g.file(domain.CenterID(1+i%20), uint64(i+1))
	}
	b.ReportAllocs()
	for b.Loop() {
		ix := New()
		for i := range items {
			ix.Put(items[i].f, items[i].last, items[i].due)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/100k")
}

// BenchmarkMemory reports the live heap the index holds per entry after a
// GC (postings, strings, maps), and the process's resident set once freed
// memory is handed back. It tunes and trims as Build does after its bulk
// load.
func BenchmarkMemory(b *testing.B) {
	const n = 100_000
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		ix := New()
		newGen(11).fill(ix, n)
		ix.mu.Lock()
		ix.tune()
		ix.trim()
		ix.mu.Unlock()
		runtime.GC()
		runtime.ReadMemStats(&after)
		debug.FreeOSMemory()
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "heap-B/entry")
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
		b.ReportMetric(rssMB(), "rss-MB")
		runtime.KeepAlive(ix)
	}
}

// rssMB reads the resident set from /proc where there is one.
func rssMB() float64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, _ := strconv.Atoi(f[1])
	return float64(pages*os.Getpagesize()) / (1 << 20)
}
