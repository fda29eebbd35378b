package match

import (
	"sync"
	"testing"
)

// Writers, lookups and a scan at once, as the store and several sessions
// use one index (run with -race).
func TestConcurrentUse(t *testing.T) {
	recs, _ := synthRecords(3000, 29)
	x := NewIndex(DefaultWeights())
	x.AddAll(recs[:2000])
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		for i := 2000; i < len(recs); i++ {
			x.Add(recs[i])
			if i%7 == 0 {
				x.Remove(recs[i-1000].ID)
			}
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 300; i++ {
			q := recs[(i*37)%len(recs)]
			q.ID = 0
			x.Lookup(q, 5)
		}
	}()
	go func() {
		defer wg.Done()
		x.Scan(func(done, total int) {})
		x.Compare(recs[1].ID, recs[2].ID)
	}()
	wg.Wait()
	pairs, _ := x.Scan(nil)
	if len(pairs) == 0 {
		t.Fatal("no pairs")
	}
}
