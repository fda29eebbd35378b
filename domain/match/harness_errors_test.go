package match

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
)

// errorAnalysis prints what the harness got wrong at the band named by
// PARVANDE_BENCH_BAND (default likely): misses split into "never compared"
// (blocking) and "scored too low", false positives by family relation, and
// k examples of each with their levels. row_meta.csv is read here, for the
// analysis only.
func errorAnalysis(t *testing.T, dir string, idx *Index, pairs []Pair, k int) {
	band := BandLikely
	if b, ok := ParseBand(os.Getenv("PARVANDE_BENCH_BAND")); ok {
		band = b
	}
	byRow := map[uint64]domain.ID{}
	idx.byID.each(func(id domain.ID, _ uint32) { byRow[id.Seq()] = id })
	truth := readPairs(t, filepath.Join(dir, "pairs.csv"))
	meta := readMeta(filepath.Join(dir, "row_meta.csv"))
	pred := map[[2]uint64]Pair{}
	for _, p := range pairs {
		pred[[2]uint64{p.A.Seq(), p.B.Seq()}] = p
	}
	candidates := idx.candidateSet()
	var fn, fp [][2]uint64
	blockMiss := 0
	for _, tp := range truth {
		if p, ok := pred[tp]; ok && p.Band >= band {
			continue
		}
		fn = append(fn, tp)
		if !candidates[orderedSlots(idx, byRow[tp[0]], byRow[tp[1]])] {
			blockMiss++
		}
	}
	truthSet := map[[2]uint64]bool{}
	for _, tp := range truth {
		truthSet[tp] = true
	}
	rel := map[string]int{}
	for key, p := range pred {
		if p.Band >= band && !truthSet[key] {
			fp = append(fp, key)
			rel[relation(meta, key)]++
		}
	}
	slices.SortFunc(fn, func(a, b [2]uint64) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	slices.SortFunc(fp, func(a, b [2]uint64) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	t.Logf("at band ≥ %s: %d misses (%d never compared), %d false positives %v", band, len(fn), blockMiss, len(fp), rel)
	show := func(kind string, list [][2]uint64) {
		step := max(1, len(list)/k)
		for i := 0; i < len(list) && i/step < k; i += step {
			a, b := byRow[list[i][0]], byRow[list[i][1]]
			r, _ := idx.Compare(a, b)
			var lv []string
			for f := Field(0); f < NumFields; f++ {
				lv = append(lv, f.String()+"="+r.Levels[f].String())
			}
			t.Logf("%s %d-%d score %.1f %s cand=%v\n  %s\n  %s\n  A %s\n  B %s\n  %v", kind, list[i][0], list[i][1], r.Score, r.Band,
				candidates[orderedSlots(idx, a, b)], strings.Join(lv, " "), relation(meta, list[i]),
				describe(idx, a, meta[list[i][0]]), describe(idx, b, meta[list[i][1]]), r.Reasons)
		}
	}
	show("MISS", fn)
	show("FP", fp)
}

func describe(idx *Index, id domain.ID, meta []string) string {
	s, _ := idx.byID.get(id)
	r := &idx.recs[s]
	nm := func(n *name) string {
		if n == nil {
			return "-"
		}
		return n.s
	}
	y, m, d := unpackDate(r.birth)
	tags := ""
	if len(meta) > 6 {
		tags = meta[6]
	}
	return fmt.Sprintf("%s | %s | %s | %d/%d/%d | nc %d ok=%v | fid %d | mob %d | %v", nm(r.first), nm(r.last), nm(r.father),
		y, m, d, r.nc, r.ncOK, r.fid, r.mob, tags)
}

func orderedSlots(idx *Index, a, b domain.ID) [2]uint32 {
	sa, _ := idx.byID.get(a)
	sb, _ := idx.byID.get(b)
	if sb < sa {
		sa, sb = sb, sa
	}
	return [2]uint32{sa, sb}
}

// candidateSet is every pair a scan compares, by slot.
func (x *Index) candidateSet() map[[2]uint32]bool {
	x.buildScan()
	out := map[[2]uint32]bool{}
	for a := 0; a < len(x.recs); a++ {
		for _, blk := range x.scanBlocks[x.scanStart[a]:x.scanStart[a+1]] {
			for _, b := range x.members(blk) {
				out[[2]uint32{uint32(a), b}] = true
			}
		}
	}
	return out
}

func readPairs(t *testing.T, path string) [][2]uint64 {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]uint64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		a, b, ok := strings.Cut(strings.TrimSpace(sc.Text()), ",")
		x, err1 := strconv.ParseUint(a, 10, 64)
		y, err2 := strconv.ParseUint(b, 10, 64)
		if !ok || err1 != nil || err2 != nil {
			continue
		}
		if y < x {
			x, y = y, x
		}
		out = append(out, [2]uint64{x, y})
	}
	return out
}

func readMeta(path string) map[uint64][]string {
	out := map[uint64][]string{}
	f, err := os.Open(path)
	if err != nil {
		return out
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return out
	}
	for _, r := range rows[1:] {
		id, _ := strconv.ParseUint(r[0], 10, 64)
		out[id] = r
	}
	return out
}

func relation(meta map[uint64][]string, p [2]uint64) string {
	a, b := meta[p[0]], meta[p[1]]
	switch {
	case a == nil || b == nil:
		return "?"
	case a[1] == b[1]:
		return "same person"
	case a[2] == b[2]:
		return a[3] + "(" + a[4] + "/" + b[4] + ")"
	}
	return "unrelated"
}

// keyAnalysis prints, per key kind, the pairs its blocks bring (b(b−1)/2
// summed) and how many true pairs share a key of that kind, and of only
// that kind; then, for other caps, the pairs compared and the true pairs
// no kept key would bring together. Set PARVANDE_BENCH_KEYS=1.
func keyAnalysis(t *testing.T, dir string, idx *Index, recs []Record) {
	type scenario struct{ name, other int }
	scen := []scenario{{32, 200}, {16, 200}, {16, 100}, {8, 100}, {16, 64}, {8, 50}}
	var visits [numKeyKinds]int
	sv := make([]int, len(scen))
	for i := range idx.base.keys {
		b := int(idx.base.start[i+1] - idx.base.start[i])
		kind := Key(idx.base.keys[i]).Kind()
		if b >= 2 && b <= idx.capOf(idx.base.keys[i]) {
			visits[kind] += b * (b - 1) / 2
		}
		for j, sc := range scen {
			c := sc.other
			if kind.coarse() {
				c = sc.name
			}
			if b >= 2 && b <= c {
				sv[j] += b * (b - 1) / 2
			}
		}
	}
	bySeq := map[uint64]int{}
	for i := range recs {
		bySeq[recs[i].ID.Seq()] = i
	}
	var shared, only [numKeyKinds]int
	none := 0
	lost := make([]int, len(scen))
	for _, tp := range readPairs(t, filepath.Join(dir, "pairs.csv")) {
		ka := map[Key]bool{}
		for _, k := range Keys(recs[bySeq[tp[0]]]) {
			ka[k] = true
		}
		var kinds [numKeyKinds]bool
		nk := 0
		found := make([]bool, len(scen))
		for _, k := range Keys(recs[bySeq[tp[1]]]) {
			if !ka[k] {
				continue
			}
			b := len(idx.base.find(uint64(k)))
			for j, sc := range scen {
				c := sc.other
				if k.Kind().coarse() {
					c = sc.name
				}
				found[j] = found[j] || b <= c
			}
			if b <= idx.capOf(uint64(k)) && !kinds[k.Kind()] {
				kinds[k.Kind()] = true
				nk++
			}
		}
		for k, ok := range kinds {
			if ok {
				shared[k]++
				if nk == 1 {
					only[k]++
				}
			}
		}
		if nk == 0 {
			none++
		}
		for j := range scen {
			if !found[j] {
				lost[j]++
			}
		}
	}
	for k := KeyKind(1); k < numKeyKinds; k++ {
		t.Logf("%-17s visits %10d  true pairs sharing %7d  only this %5d", k, visits[k], shared[k], only[k])
	}
	t.Logf("true pairs sharing no kept key: %d", none)
	for j, sc := range scen {
		t.Logf("caps names %d, others %d: visits %d, true pairs never compared %d", sc.name, sc.other, sv[j], lost[j])
	}
}

// curve prints precision and recall at several probability thresholds,
// scored here against pairs.csv (score_pairs.py does the bands).
func curve(t *testing.T, dir string, pairs []Pair) {
	truth := map[[2]uint64]bool{}
	for _, p := range readPairs(t, filepath.Join(dir, "pairs.csv")) {
		truth[p] = true
	}
	for _, th := range []float64{0.2, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999} {
		tp, fp := 0, 0
		for _, p := range pairs {
			if p.Prob < th {
				continue
			}
			if truth[[2]uint64{p.A.Seq(), p.B.Seq()}] {
				tp++
			} else {
				fp++
			}
		}
		prec, rec := float64(tp)/float64(max(tp+fp, 1)), float64(tp)/float64(len(truth))
		t.Logf("p ≥ %-6v precision %.4f recall %.4f F1 %.4f", th, prec, rec, 2*prec*rec/(prec+rec))
	}
}
