package search

import (
	"testing"
	"unicode/utf8"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// FuzzSearch: no query panics, and highlights stay inside the name.
func FuzzSearch(f *testing.F) {
	ix := New()
	newGen(5).fill(ix, 500)
	odd := []string{"محـمد\u200cرضا", "ﻻله", "ﷺ", "A\u0301b", "\xff\xfe", "", "   ", "ـــ", "ي\u064e\u0651", "٣٤٥"}
	for i, n := range odd {
		ix.Put(person(uint64(10000+i), n, n, n), fa.Date{}, fa.Date{})
	}
	for _, s := range append(odd, "محمد", "زهرا کاظ", "0915", "۰۹۱۵۳", "ع", "12", "علی 0915", "-", "لا") {
		f.Add(s, uint8(0), 0)
	}
	one := New() // reused: each round replaces its one file
	f.Fuzz(func(t *testing.T, q string, sort uint8, offset int) {
		p := ix.Search(q, Filter{}, Sort(sort%4), offset%1000, 30)
		if p.Total < len(p.Results) {
			t.Fatalf("total %d < %d results", p.Total, len(p.Results))
		}
		for _, r := range p.Results {
			n := utf8.RuneCountInString(r.Name)
			last := -1
			for _, i := range r.NameMatch {
				if i <= last || i >= n {
					t.Fatalf("query %q: highlight %v in %q (%d runes)", q, r.NameMatch, r.Name, n)
				}
				last = i
			}
		}
		// Data can be anything too: put the query as a name and find it.
		g := one
		g.Put(domain.File{ID: 1, Center: 1, Head: domain.Person{FirstName: q}}, fa.Date{}, fa.Date{})
		if qq := g.parse(q); len(qq.tokens) > 0 && qq.digits == "" {
			if p := g.Search(q, Filter{}, Relevance, 0, 1); p.Total != 1 {
				t.Fatalf("name %q not found by itself", q)
			}
		}
	})
}
