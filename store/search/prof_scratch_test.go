package search

import (
	"fmt"
	"os"
	"runtime/pprof"
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestScratchProf(t *testing.T) {
	n := 100000
	if os.Getenv("N") == "1m" {
		n = 1000000
	}
	ix := New()
	newGen(42).fill(ix, n)
	qs := []string{"محمد", "رضایی", "زهرا کاظ", "0915", "۰۹۱۵۳", aCode(ix), "ع", ""}
	if q := os.Getenv("Q"); q != "" {
		qs = []string{q}
	}
	f, _ := os.Create("/tmp/cpu3.out")
	pprof.StartCPUProfile(f)
	for _, q := range qs {
		c0 := cpuNow()
		w0 := time.Now()
		var tot int
		for i := 0; i < 20; i++ {
			tot = ix.Search(q, Filter{}, Relevance, 0, 50).Total
		}
		fmt.Printf("%-12s cpu %8v wall %8v hits %d\n", q, (cpuNow()-c0)/20, time.Since(w0)/20, tot)
	}
	pprof.StopCPUProfile()
}
