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
	"github.com/parvande/parvande/domain/fa"
)

// publicDir is the benchmark's public set; tests that need it skip
// without it.
const publicDir = "/work/shared/bench/public"

// readSheet reads gen_beneficiaries.py's sheet as the engine's harness
// does (domain/match/harness_test.go): files whose ID sequence is the row.
func readSheet(t testing.TB, path string) []domain.File {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("benchmark sheet: %v", err)
	}
	defer f.Close()
	cr := csv.NewReader(bufio.NewReaderSize(f, 1<<20))
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(strings.TrimSpace(h), "\ufeff")] = i
	}
	need := func(h string) int {
		i, ok := col[h]
		if !ok {
			t.Fatalf("column %q missing from %s", h, path)
		}
		return i
	}
	cRow, cCenter, cFirst, cLast, cFather := need("ردیف"), need("مرکز"), need("نام"), need("نام خانوادگی"), need("نام پدر")
	cGender, cBirth, cNat, cNC := need("جنسیت"), need("تاریخ تولد"), need("ملیت"), need("کد ملی")
	cFID, cMob, cAddr := need("شماره اتباع"), need("تلفن همراه"), need("نشانی")
	centers := map[string]domain.CenterID{}
	var files []domain.File
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		row, err := strconv.ParseUint(strings.TrimSpace(rec[cRow]), 10, 40)
		if err != nil {
			t.Fatalf("row id %q: %v", rec[cRow], err)
		}
		c, ok := centers[rec[cCenter]]
		if !ok {
			c = domain.CenterID(len(centers) + 1)
			centers[rec[cCenter]] = c
		}
		var p domain.Person
		p.FirstName, p.LastName, p.FatherName = rec[cFirst], rec[cLast], rec[cFather]
		switch fa.Fold(rec[cGender]) {
		case "مرد":
			p.Gender = domain.GenderMale
		case "زن":
			p.Gender = domain.GenderFemale
		}
		switch fa.Fold(rec[cNat]) {
		case "ایرانی":
			p.Nationality = domain.NationalityIranian
		case "افغانستانی", "افغان":
			p.Nationality = domain.NationalityAfghan
		case "":
		default:
			p.Nationality = domain.NationalityOther
		}
		if d, err := fa.ParseDate(rec[cBirth]); err == nil {
			p.BirthDate = d
		}
		p.NationalCode = domain.ParseNationalCode(rec[cNC])
		p.ForeignID = domain.ParseForeignID(rec[cFID])
		p.Mobile = domain.ParseMobile(rec[cMob])
		files = append(files, domain.File{ID: domain.NewID(c, row), Center: c, Head: p, Address: rec[cAddr]})
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
