package search

import (
	"sync"
	"testing"

	"github.com/parvande/parvande/domain"
)

// Readers search while a writer puts and removes; run with -race.
func TestConcurrentReadersAndWriter(t *testing.T) {
	ix := New()
	g := newGen(3)
	g.fill(ix, 2000)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			qs := []string{"محمد", "زهرا کاظ", "0915", "ع", "", "رضایی"}
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				p := ix.Search(qs[(i+r)%len(qs)], Filter{}, Sort(i%4), 0, 20)
				for _, res := range p.Results {
					if n := len([]rune(res.Name)); len(res.NameMatch) > 0 && res.NameMatch[len(res.NameMatch)-1] >= n {
						t.Errorf("highlight %v beyond %q", res.NameMatch, res.Name)
					}
				}
				_ = ix.Len()
			}
		}(r)
	}
	wg2 := newGen(4)
	for i := 0; i < 1500; i++ {
		f, last, due := wg2.file(domain.CenterID(1+i%20), uint64(i+1)) // same ids: updates
		ix.Put(f, last, due)
		if i%5 == 0 {
			ix.Remove(f.ID)
		}
	}
	close(stop)
	wg.Wait()
	if ix.Len() != 2000-300 {
		t.Errorf("Len %d, want %d", ix.Len(), 1700)
	}
}
