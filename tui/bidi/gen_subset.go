//go:build ignore

// gen_subset writes testdata/BidiCharacterTest-subset.txt.gz from the UCD
// file Debian's unicode-data installs. Run: go run gen_subset.go OUT
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"strconv"
	"strings"

	xbidi "golang.org/x/text/unicode/bidi"
)

func main() {
	in, _ := os.Open("/usr/share/unicode/BidiCharacterTest.txt")
	out, _ := os.Create(os.Args[1])
	z, _ := gzip.NewWriterLevel(out, gzip.BestCompression)
	sc := bufio.NewScanner(in)
	sc.Buffer(nil, 1<<20)
	first := true
	kept, total := 0, 0
	for sc.Scan() {
		l := sc.Text()
		if first {
			fmt.Fprintln(z, l)
			fmt.Fprintln(z, "# Subset for parvande/tui/bidi: the data lines of the file above that use no")
			fmt.Fprintln(z, "# explicit embedding, override or isolate and no paragraph separator before the")
			fmt.Fprintln(z, "# line's end. Unicode data, (c) Unicode, Inc., Unicode License v3")
			fmt.Fprintln(z, "# (https://www.unicode.org/license.txt). Made by gen_subset.go from Debian unicode-data.")
			first = false
			continue
		}
		if l == "" || l[0] == '#' {
			continue
		}
		total++
		cps := strings.Fields(strings.Split(l, ";")[0])
		ok := true
		for i, h := range cps {
			v, _ := strconv.ParseUint(h, 16, 32)
			p, _ := xbidi.LookupRune(rune(v))
			switch p.Class() {
			case xbidi.LRE, xbidi.RLE, xbidi.LRO, xbidi.RLO, xbidi.PDF, xbidi.LRI, xbidi.RLI, xbidi.FSI, xbidi.PDI:
				ok = false
			case xbidi.B:
				if i != len(cps)-1 {
					ok = false
				}
			}
		}
		if ok {
			kept++
			fmt.Fprintln(z, l)
		}
	}
	z.Close()
	out.Close()
	fmt.Println("kept", kept, "of", total)
}
