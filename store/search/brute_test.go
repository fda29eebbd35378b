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
	newGen(8).fill(ix, 20000)
	ix.parallelMin = 64 // split even small queries, as big ones are
	center := Filter{Centers: []domain.CenterID{3, 4}}
	for _, q := range []string{"ع", "م", "مح", "محم", "محمد", "رضا", "رضایی", "زهرا ک", "زهرا کاظ", "کاظمی زهرا",
		"علی رضا", "محمد حسین", "حسن", "091", "0915", "۰۹۱۵۳", "153", "رضا 091", "1403", "42"} {
		for _, f := range []Filter{{}, center} {
			total, want := bruteForce(ix, q, f)
			p := ix.Search(q, f, Relevance, 0, 20)
			if p.Total != total {
				t.Errorf("%q: total %d, brute force %d", q, p.Total, total)
			}
			if got := ids(p); !slices.Equal(got, want) {
				t.Errorf("%q: first page differs from brute force\n got %v\nwant %v", q, got, want)
			}
		}
	}
}
