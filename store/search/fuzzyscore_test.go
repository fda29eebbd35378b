package search

import (
	"math/rand/v2"
	"testing"

	"github.com/sahilm/fuzzy"
)

// fuzzyScore must give sahilm/fuzzy's score exactly, or Search's first
// page would drift from what fuzzy ranks.
func TestFuzzyScore(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	alphabets := [][]rune{
		[]rune("0123"),
		[]rune("محمدرضای"),
		[]rune("aAbB_ -.c"),
		[]rune("ab\x00"),
	}
	for range 20000 {
		al := alphabets[r.IntN(len(alphabets))]
		pat := make([]rune, 1+r.IntN(4))
		for i := range pat {
			pat[i] = al[r.IntN(len(al))]
		}
		str := make([]rune, r.IntN(14))
		for i := range str {
			str[i] = al[r.IntN(len(al))]
		}
		check(t, string(pat), string(str))
	}
	check(t, "153", "1111539448")
	check(t, "1398", "0913989929")
	check(t, "محمد", "علیمحمدی")
}

func FuzzFuzzyScore(f *testing.F) {
	f.Add("153", "1111539448")
	f.Add("محمد", "محمدمحمد")
	f.Fuzz(func(t *testing.T, pat, s string) {
		if pat == "" {
			return
		}
		check(t, pat, s)
	})
}

func check(t *testing.T, pat, s string) {
	t.Helper()
	got, first, ok := fuzzyScore([]rune(pat), []byte(s))
	ms := fuzzy.Find(pat, []string{s})
	if ok != (len(ms) == 1) {
		t.Fatalf("fuzzyScore(%q, %q) matched %v, fuzzy %d matches", pat, s, ok, len(ms))
	}
	if ok && (got != ms[0].Score || first != ms[0].MatchedIndexes[0]) {
		t.Fatalf("fuzzyScore(%q, %q) = %d at %d, fuzzy %d at %v", pat, s, got, first, ms[0].Score, ms[0].MatchedIndexes)
	}
}

// upper's best case really is the best: a run from the first byte scores
// 10 + adjacency(n) + n − len.
func TestAdjacencyBound(t *testing.T) {
	for n := 1; n <= maxBoundRunes; n++ {
		s := make([]rune, n)
		for i := range s {
			s[i] = 'ا' + rune(i)
		}
		target := []byte(string(s) + "زاده")
		got, _, ok := fuzzyScore(s, target)
		if want := 10 + adjacency(n) + n - len(target); !ok || got != want {
			t.Errorf("n=%d: score %d, bound %d", n, got, want)
		}
	}
}
