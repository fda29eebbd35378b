package search

import (
	"cmp"
	"slices"
	"testing"

	"github.com/parvande/parvande/domain"
)

// bruteForce ranks every entry the slow way: verify each position, score
// all matches with fuzzy, sort. Search must agree with it on the total and
// on the first page, though it scores only a preselected few.
func bruteForce(ix *Index, q string, f Filter) (total int, first []domain.ID) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	qq := ix.parse(q)
	cf := compileFilter(f)
	var cs []cand
	for p := range ix.meta {
		if !cf.pass(&ix.meta[p]) {
			continue
		}
		if c, ok := ix.verify(&qq, uint32(p), 0xff); ok {
			cs = append(cs, c)
		}
	}
	rs := ix.rank(&qq, cs)
	order := make([]int, len(rs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if rs[a].Score != rs[b].Score {
			return cmp.Compare(rs[b].Score, rs[a].Score)
		}
		return ix.byName(cs[a].p, cs[b].p)
	})
	for _, i := range order[:min(20, len(order))] {
		first = append(first, rs[i].ID)
	}
	return len(cs), first
}

func TestAgreesWithBruteForce(t *testing.T) {
	ix := New()
	g := newGen(8)
	g.fill(ix, 20000)
	ix.parallelMin = 64 // split even small queries, as big ones are
	queries := []string{"ع", "م", "مح", "محم", "محمد", "رضا", "رضایی", "زهرا ک", "زهرا کاظ", "کاظمی زهرا",
		"علی رضا", "محمد حسین", "محمد رضا", "حسن", "091", "0915", "0912", "۰۹۱۵۳", "153", "1398", "رضا 091",
		"محمد 0915", "1403", "42"}
	check := func(stage string) {
		t.Helper()
		center := Filter{Centers: []domain.CenterID{3, 4}}
		for _, q := range queries {
			for _, f := range []Filter{{}, center} {
				total, want := bruteForce(ix, q, f)
				p := ix.Search(q, f, Relevance, 0, 20)
				if p.Total != total {
					t.Errorf("%s %q: total %d, brute force %d", stage, q, p.Total, total)
				}
				if got := ids(p); !slices.Equal(got, want) {
					t.Errorf("%s %q: first page differs from brute force\n got %v\nwant %v", stage, q, got, want)
				}
			}
		}
	}
	check("as put")
	ix.tune() // as Build does: frequent 4-grams get postings
	if len(ix.hotQuads) == 0 || ix.hotDig4[tMobile-tNC] == nil {
		t.Fatalf("no frequent 4-grams chosen: %d letters, mobile %v", len(ix.hotQuads), ix.hotDig4[tMobile-tNC] != nil)
	}
	check("tuned")
	// Later writes keep the 4-gram postings right.
	for i := 1; i <= 20000; i += 7 {
		id := domain.NewID(domain.CenterID(1+(i-1)%20), uint64(i))
		if i%3 == 0 {
			ix.Remove(id)
			continue
		}
		f, last, due := g.file(domain.CenterID(1+(i-1)%20), uint64(i))
		ix.Put(f, last, due)
	}
	check("rewritten")
}
