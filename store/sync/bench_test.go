package sync

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// benchNet is a hub and one spoke whose log holds n changes: files
// registered in sheets of 1,000, and a visit to every hundredth file.
func benchNet(b *testing.B, n int) (*network, []byte) {
	rng := rand.New(rand.NewPCG(4, 4))
	net := newNetwork(b, 1, 10, rng)
	sp := net.spokes[0]
	made := 0
	for made < n {
		batch := make([]domain.File, min(1000, n-made))
		for i := range batch {
			batch[i] = newFile(sp.center, rng)
		}
		res, err := sp.st.ImportFiles(sys, batch, "sheet")
		must(b, err)
		made += len(batch)
		for i := 0; i < len(res.IDs) && made < n; i += 100 { // some single facts too
			_, err := sp.st.AddVisit(sys, domain.Visit{File: res.IDs[i], Date: fa.Date{Year: 1403, Month: 5, Day: 10}, Findings: "سر زدیم"})
			must(b, err)
			made++
		}
	}
	m, err := Export(sp.st, store.HubCenter, false, nil)
	must(b, err)
	return net, m.Data
}

// BenchmarkExport10k: the bundle of 10,000 changes a spoke makes (read,
// encode, compress, sign).
func BenchmarkExport10k(b *testing.B) {
	net, data := benchNet(b, 10000)
	sp := net.spokes[0]
	b.ResetTimer()
	for range b.N {
		m, err := Export(sp.st, store.HubCenter, false, nil)
		must(b, err)
		if m.Changes != 10000 {
			b.Fatalf("%d changes", m.Changes)
		}
	}
	b.ReportMetric(float64(len(data)), "bundle-bytes")
}

// BenchmarkImport10k: the hub imports that bundle (verify, uncompress,
// apply with indexes, log for forwarding, one commit), each time into a
// fresh copy of the hub.
func BenchmarkImport10k(b *testing.B) {
	net, data := benchNet(b, 10000)
	dir := b.TempDir()
	clean := filepath.Join(dir, "clean.db")
	must(b, net.hub.st.Backup(clean))
	raw, err := os.ReadFile(clean)
	must(b, err)
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		db := filepath.Join(dir, fmt.Sprintf("h%d.db", i))
		must(b, os.WriteFile(db, raw, 0o600))
		st, err := store.Open(db, store.Options{})
		must(b, err)
		b.StartTimer()
		res, err := Import(st, sys, data)
		must(b, err)
		b.StopTimer()
		if res.Applied < 10000 {
			b.Fatalf("applied %d", res.Applied)
		}
		st.Close()
		os.Remove(db)
		b.StartTimer()
	}
}

// BenchmarkBuildIndex20k: the hub encodes 20,000 other centers' files
// into the match index a spoke receives (read heads, encode, build,
// write the wire format).
func BenchmarkBuildIndex20k(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 5))
	net := newNetwork(b, 1, 0, rng)
	for made := 0; made < 20000; made += 1000 {
		batch := make([]domain.File, 1000)
		for i := range batch {
			batch[i] = newFile(hubCenter, rng)
			batch[i].Head.NationalCode = domain.ParseNationalCode(fmt.Sprintf("%010d", rng.Uint64N(1e10)))
		}
		_, err := net.hub.st.ImportFiles(sys, batch, "sheet")
		must(b, err)
	}
	var size int
	b.ResetTimer()
	for range b.N {
		data, n, err := BuildIndex(net.hub.st, net.spokes[0].center)
		must(b, err)
		if n != 20000 {
			b.Fatalf("%d files", n)
		}
		size = len(data)
	}
	b.ReportMetric(float64(size), "index-bytes")
	b.ReportMetric(float64(size)/20000, "bytes/file")
}
