package pprl

import (
	"bufio"
	"encoding/csv"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/internal/benchsheet"
)

// publicDir is the benchmark's public set; tests that need it skip
// without it.
const publicDir = "/work/shared/bench/public"

// readSheet reads gen_beneficiaries.py's sheet as the engine's harness
// does (domain/match/harness_test.go): files whose ID sequence is the row.
func readSheet(t testing.TB, path string) []domain.File {
	if _, err := os.Stat(path); err != nil {
		t.Skipf("benchmark sheet: %v", err)
	}
	files, err := benchsheet.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// pairKey packs an unordered pair of row ids as score_pairs.py does.
func pairKey(a, b uint64) uint64 {
	if a > b {
		a, b = b, a
	}
	return a<<32 | b
}

// readTruth reads pairs.csv into a set.
func readTruth(t testing.TB, path string) map[uint64]struct{} {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("truth: %v", err)
	}
	defer f.Close()
	cr := csv.NewReader(bufio.NewReader(f))
	cr.FieldsPerRecord = -1
	out := map[uint64]struct{}{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(rec) < 2 {
			continue
		}
		a, errA := strconv.ParseUint(strings.TrimPrefix(strings.TrimSpace(rec[0]), "\ufeff"), 10, 40)
		b, errB := strconv.ParseUint(strings.TrimSpace(rec[1]), 10, 40)
		if errA != nil || errB != nil || a == b {
			continue // the header
		}
		out[pairKey(a, b)] = struct{}{}
	}
	return out
}

// quality is precision, recall and F1 of predicted pairs, as
// score_pairs.py computes them (sets of unordered pairs).
type quality struct {
	tp, fp, fn    int
	p, r, f1      float64
	predicted, tr int
}

func score(pred, truth map[uint64]struct{}) quality {
	q := quality{predicted: len(pred), tr: len(truth)}
	for k := range pred {
		if _, ok := truth[k]; ok {
			q.tp++
		} else {
			q.fp++
		}
	}
	q.fn = len(truth) - q.tp
	if q.tp > 0 {
		q.p = float64(q.tp) / float64(q.tp+q.fp)
		q.r = float64(q.tp) / float64(q.tp+q.fn)
		q.f1 = 2 * q.p * q.r / (q.p + q.r)
	}
	return q
}
