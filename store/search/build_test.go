package search

import (
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// openStore makes a store with one center.
func openStore(t testing.TB) (*store.Store, domain.Center) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "parvande.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c, err := st.CreateCenter(store.SystemActor(), domain.Center{Name: "کانون نیکوکاری گلشهر", Code: "GLS"})
	if err != nil {
		t.Fatal(err)
	}
	return st, c
}

func TestBuildAndRefresh(t *testing.T) {
	st, c := openStore(t)
	sys := store.SystemActor()
	g := newGen(21)
	var files []domain.File
	for i := 0; i < 300; i++ {
		f, _, _ := g.file(c.ID, uint64(i+1))
		f.ID, f.Number = 0, ""
		files = append(files, f)
	}
	files[7].Head.FirstName, files[7].Head.LastName = "نرگس", "ژیان"
	res, err := st.ImportFiles(sys, files, "test")
	if err != nil {
		t.Fatal(err)
	}
	target := res.IDs[7]
	if _, err := st.AddVisit(sys, domain.Visit{File: target, Date: fa.Date{Year: 1403, Month: 2, Day: 3}, NextDue: fa.Date{Year: 1403, Month: 5, Day: 1}}); err != nil {
		t.Fatal(err)
	}
	for _, d := range []fa.Date{{Year: 1402, Month: 11, Day: 9}, {Year: 1403, Month: 1, Day: 20}, {Year: 1401, Month: 1, Day: 1}} {
		if _, err := st.AddAid(sys, domain.Aid{File: target, Center: c.ID, Date: d, Kind: domain.AidFoodBasket}); err != nil {
			t.Fatal(err)
		}
	}

	ix, err := Build(st)
	if err != nil {
		t.Fatal(err)
	}
	if ix.Len() != len(files) {
		t.Fatalf("Len %d, want %d", ix.Len(), len(files))
	}
	p := ix.Search("نرگس ژیان", Filter{}, Relevance, 0, 5)
	if p.Total != 1 {
		t.Fatalf("found %v", names(p))
	}
	e := p.Results[0].Entry
	if e.ID != target || e.LastAid != (fa.Date{Year: 1403, Month: 1, Day: 20}) || e.NextDue != (fa.Date{Year: 1403, Month: 5, Day: 1}) || e.Number == "" {
		t.Errorf("entry %+v", e)
	}
	overdue := ix.Search("", Filter{Overdue: true, Today: fa.Date{Year: 1403, Month: 6, Day: 1}}, ByName, 0, 10)
	if overdue.Total != 1 || overdue.Results[0].ID != target {
		t.Errorf("overdue: %v", ids(overdue))
	}

	// Changes reach the index through Subscribe and Refresh: the callback
	// only queues them, as the store asks.
	var mu sync.Mutex
	var changes []store.Change
	cancel := st.Subscribe(func(ch store.Change) {
		mu.Lock()
		defer mu.Unlock()
		changes = append(changes, ch)
	})
	defer cancel()
	f, err := st.File(sys, target)
	if err != nil {
		t.Fatal(err)
	}
	f.Head.LastName = "گلزاری"
	if _, err := st.UpdateFile(sys, f); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddAid(sys, domain.Aid{File: target, Center: c.ID, Date: fa.Date{Year: 1403, Month: 3, Day: 3}, Kind: domain.AidCash, Amount: 10}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddVisit(sys, domain.Visit{File: target, Date: fa.Date{Year: 1403, Month: 4, Day: 1}}); err != nil {
		t.Fatal(err)
	}
	more, _, _ := g.file(c.ID, 999)
	more.ID, more.Number, more.Head.FirstName, more.Head.LastName = 0, "", "چنگیز", "پوپلزی"
	created, err := st.CreateFile(sys, more)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	for _, ch := range changes {
		if err := ix.Refresh(st, ch); err != nil {
			t.Error(err)
		}
	}
	mu.Unlock()
	if ix.Search("نرگس ژیان", Filter{}, Relevance, 0, 5).Total != 0 {
		t.Error("old surname still found after UpdateFile")
	}
	p = ix.Search("نرگس گلزاری", Filter{}, Relevance, 0, 5)
	if p.Total != 1 || p.Results[0].LastAid != (fa.Date{Year: 1403, Month: 3, Day: 3}) || !p.Results[0].NextDue.IsZero() {
		t.Errorf("after refresh: %+v", p)
	}
	if got := ids(ix.Search("چنگیز پوپلزی", Filter{}, Relevance, 0, 5)); !slices.Equal(got, []domain.ID{created.ID}) {
		t.Errorf("created file: %v", got)
	}
	// A file the store no longer has is removed.
	if err := ix.Refresh(st, store.Change{Kind: "file", IDs: []domain.ID{domain.NewID(c.ID, 1<<30)}}); err != nil {
		t.Error(err)
	}
	if err := ix.Refresh(st, store.Change{Kind: "user", IDs: []domain.ID{1}}); err != nil {
		t.Error(err)
	}
	if ix.Len() != len(files)+1 {
		t.Errorf("Len %d", ix.Len())
	}
}

// BenchmarkBuild builds from a store of 100,000 files (with some visits
// and aid): EachFile's reading and decoding, the bulk date reads, indexing.
func BenchmarkBuild(b *testing.B) {
	const n = 100_000
	st, c := openStore(b)
	sys := store.SystemActor()
	g := newGen(31)
	var first domain.ID
	for done := 0; done < n; {
		batch := make([]domain.File, 0, 10_000)
		for ; len(batch) < cap(batch) && done < n; done++ {
			f, _, _ := g.file(c.ID, uint64(done+1))
			f.ID, f.Number = 0, ""
			batch = append(batch, f)
		}
		res, err := st.ImportFiles(sys, batch, "bench")
		if err != nil {
			b.Fatal(err)
		}
		if first == 0 {
			first = res.IDs[0]
		}
	}
	for i := range 200 { // each write is a transaction with an fsync: keep it small
		id := domain.NewID(c.ID, first.Seq()+uint64(i*97))
		if _, err := st.AddVisit(sys, domain.Visit{File: id, Date: fa.Date{Year: 1403, Month: 1, Day: 1 + i%28}, NextDue: fa.Date{Year: 1403, Month: 6, Day: 1}}); err != nil {
			b.Fatal(err)
		}
		if _, err := st.AddAid(sys, domain.Aid{File: id, Center: c.ID, Date: fa.Date{Year: 1402, Month: 1 + i%12, Day: 1}, Kind: domain.AidFoodBasket}); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		ix, err := Build(st)
		if err != nil || ix.Len() != n {
			b.Fatal(err, ix.Len())
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/100k")
}
