package bidi

import (
	"bufio"
	"compress/gzip"
	"os"
	"strconv"
	"strings"
	"testing"
)

// conformanceFile is the part of Unicode's BidiCharacterTest.txt whose
// lines use only what this package implements (no explicit embeddings,
// overrides or isolates, no paragraph separator inside the line); see
// testdata/README.
const conformanceFile = "testdata/BidiCharacterTest-subset.txt.gz"

type confCase struct {
	line   int
	runes  []rune
	dir    Dir
	para   int8
	levels []int8
	order  []int
}

func loadConformance(t *testing.T) []confCase {
	f, err := os.Open(conformanceFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(z)
	sc.Buffer(nil, 1<<20)
	var out []confCase
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if n == 1 && !strings.HasPrefix(l, "# BidiCharacterTest-"+UnicodeVersion+".txt") {
			t.Fatalf("conformance file is not Unicode %s: %q", UnicodeVersion, l)
		}
		if l == "" || l[0] == '#' {
			continue
		}
		c, ok := parseConfLine(l)
		if !ok {
			t.Fatalf("line %d unreadable: %q", n, l)
		}
		c.line = n
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func parseConfLine(l string) (confCase, bool) {
	f := strings.Split(l, ";")
	if len(f) < 5 {
		return confCase{}, false
	}
	var c confCase
	for _, h := range strings.Fields(f[0]) {
		v, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			return c, false
		}
		c.runes = append(c.runes, rune(v))
	}
	c.dir = map[string]Dir{"0": LTR, "1": RTL, "2": Auto}[f[1]]
	p, err := strconv.Atoi(f[2])
	if err != nil {
		return c, false
	}
	c.para = int8(p)
	for _, s := range strings.Fields(f[3]) {
		if s == "x" {
			c.levels = append(c.levels, Removed)
			continue
		}
		v, err := strconv.Atoi(s)
		if err != nil {
			return c, false
		}
		c.levels = append(c.levels, int8(v))
	}
	for _, s := range strings.Fields(f[4]) {
		v, err := strconv.Atoi(s)
		if err != nil {
			return c, false
		}
		c.order = append(c.order, v)
	}
	return c, len(c.levels) == len(c.runes)
}

// TestConformance runs every case of the subset: resolved levels and
// visual order must both match. The count of cases is reported so that a
// shrunken file cannot pass quietly.
func TestConformance(t *testing.T) {
	cases := loadConformance(t)
	if len(cases) < 1000 {
		t.Fatalf("only %d conformance cases", len(cases))
	}
	failLv, failOrd := 0, 0
	for _, c := range cases {
		lv, para := Levels(c.runes, c.dir)
		ok := para == c.para && len(lv) == len(c.levels)
		for i := 0; ok && i < len(lv); i++ {
			ok = lv[i] == c.levels[i]
		}
		if !ok {
			if failLv < 10 {
				t.Errorf("line %d: levels %v para %d, want %v para %d", c.line, lv, para, c.levels, c.para)
			}
			failLv++
			continue
		}
		var got []int
		for _, i := range Order(lv, para) {
			if lv[i] != Removed {
				got = append(got, i)
			}
		}
		same := len(got) == len(c.order)
		for i := 0; same && i < len(got); i++ {
			same = got[i] == c.order[i]
		}
		if !same {
			if failOrd < 10 {
				t.Errorf("line %d: order %v, want %v", c.line, got, c.order)
			}
			failOrd++
		}
	}
	t.Logf("BidiCharacterTest %s subset: %d cases, %d level failures, %d order failures",
		UnicodeVersion, len(cases), failLv, failOrd)
}
