package pprl

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/parvande/parvande/domain/match"
)

// publicEncoded encodes the public set (skips without it).
func publicEncoded(b *testing.B) ([]match.Record, *Encoder, []Encoded) {
	files := readSheet(b, filepath.Join(publicDir, "beneficiaries.csv"))
	recs := make([]match.Record, len(files))
	for i := range files {
		recs[i] = match.FromFile(files[i])
	}
	e := mustEncoder(testSecret)
	encs := make([]Encoded, len(recs))
	for i := range recs {
		encs[i] = e.Encode(recs[i])
	}
	return recs, e, encs
}

// BenchmarkEncode: one record with a fresh encoder each 25,562 records
// (cold memo), as the hub encodes for a spoke.
func BenchmarkEncode(b *testing.B) {
	recs, _, _ := publicEncoded(b)
	b.ResetTimer()
	var e *Encoder
	for i := range b.N {
		if i%len(recs) == 0 {
			e = mustEncoder(testSecret)
		}
		e.Encode(recs[i%len(recs)])
	}
}

// BenchmarkLookupPublic: encode a typed record and look it up, on the
// public set's index; reports p50 and p99 besides the mean.
func BenchmarkLookupPublic(b *testing.B) {
	recs, e, encs := publicEncoded(b)
	x := NewIndex(match.DefaultWeights(), e.KeyID(), e.Params(), encs)
	benchLookups(b, x, e, recs)
}

func benchLookups(b *testing.B, x *Index, e *Encoder, recs []match.Record) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	lat := make([]time.Duration, 0, b.N)
	cpu := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		t0, c0 := time.Now(), threadCPU()
		x.Lookup(e.Encode(recs[(i*7919)%len(recs)]), 10)
		lat = append(lat, time.Since(t0))
		cpu = append(cpu, threadCPU()-c0)
	}
	b.StopTimer()
	p := func(d []time.Duration, q float64) float64 {
		slices.Sort(d)
		return float64(d[min(len(d)-1, int(q*float64(len(d))))].Microseconds())
	}
	b.ReportMetric(p(lat, 0.5), "p50-µs")
	b.ReportMetric(p(lat, 0.99), "p99-µs")
	b.ReportMetric(p(cpu, 0.5), "p50-cpu-µs")
	b.ReportMetric(p(cpu, 0.99), "p99-cpu-µs")
}

func BenchmarkBuildPublic(b *testing.B) {
	_, e, encs := publicEncoded(b)
	b.ResetTimer()
	for range b.N {
		NewIndex(match.DefaultWeights(), e.KeyID(), e.Params(), encs)
	}
}

func BenchmarkWireReadPublic(b *testing.B) {
	_, e, encs := publicEncoded(b)
	x := NewIndex(match.DefaultWeights(), e.KeyID(), e.Params(), encs)
	var buf bytes.Buffer
	if _, err := x.WriteTo(&buf); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(buf.Len()), "wire-bytes")
	b.SetBytes(int64(buf.Len()))
	b.ResetTimer()
	for range b.N {
		if _, err := ReadIndex(bytes.NewReader(buf.Bytes()), match.DefaultWeights(), e.KeyID()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLookupBig: lookups on a spoke holding a big index. PPRL_BIG
// names the data set directory (for the queries) and PPRL_BIG_INDEX the
// index file TestBigIndex wrote (PPRL_BIG_OUT); the load is not timed.
func BenchmarkLookupBig(b *testing.B) {
	dir, path := os.Getenv("PPRL_BIG"), os.Getenv("PPRL_BIG_INDEX")
	if dir == "" || path == "" {
		b.Skip("set PPRL_BIG and PPRL_BIG_INDEX")
	}
	files := readSheet(b, filepath.Join(dir, "beneficiaries.csv"))
	recs := make([]match.Record, 0, 50000)
	for i := 0; i < len(files); i += max(1, len(files)/50000) {
		recs = append(recs, match.FromFile(files[i]))
	}
	files = nil
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	e := mustEncoder(testSecret)
	x, err := ReadIndex(bufio.NewReaderSize(f, 1<<20), match.DefaultWeights(), e.KeyID())
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	benchLookups(b, x, e, recs)
}
