package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/demo"
	"github.com/parvande/parvande/store/dupes"
)

// reportDemo is a demo database of 1403/09/12 with one pair of its
// families linked by a coordinator, and how many families the service
// itself finds aided in parallel over 1403.
func reportDemo(t *testing.T) (db string, want int) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "demo.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Date(2024, 12, 2, 10, 0, 0, 0, time.UTC)
	if err := demo.LoadWith(st, demo.Options{Files: 240, Now: now}); err != nil {
		t.Fatal(err)
	}
	svc := dupes.New(st)
	if err := svc.Load(); err != nil {
		t.Fatal(err)
	}
	fams, err := svc.ParallelAid(store.SystemActor(), fa.Date{Year: 1403, Month: 1, Day: 1}, fa.Date{Year: 1403, Month: 9, Day: 12})
	if err != nil {
		t.Fatal(err)
	}
	if len(fams) < 2 {
		t.Fatalf("the demo has %d families aided in parallel; the test needs some", len(fams))
	}
	return db, len(fams)
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(raw), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// families counts the distinct family numbers of a sheet's rows.
func families(rows [][]string) int {
	seen := map[string]bool{}
	for _, r := range rows[1:] {
		seen[r[0]] = true
	}
	return len(seen)
}

func TestReportParallel(t *testing.T) {
	db, want := reportDemo(t)
	dir := t.TempDir()
	period := []string{"--db", db, "--from", "1403/01/01", "--to", "2024-12-02"}

	code, out, errs := runCLI(t, nil, append([]string{"report", "parallel"}, period...)...)
	if code != 0 || !strings.Contains(out, "name") || !strings.Contains(errs, "families aided by more than one center") {
		t.Fatalf("table: %d\n%s\n%s", code, out, errs)
	}

	csvPath := filepath.Join(dir, "p.csv")
	code, _, errs = runCLI(t, nil, append([]string{"report", "parallel", "--out", csvPath, "--lang", "en"}, period...)...)
	if code != 0 || !strings.Contains(errs, csvPath) {
		t.Fatalf("csv: %d %s", code, errs)
	}
	rows := readCSV(t, csvPath)
	if rows[0][1] != "name" || families(rows) != want {
		t.Fatalf("csv: header %q, %d families, want %d", rows[0], families(rows), want)
	}
	for _, r := range rows[1:] {
		if !strings.HasPrefix(r[6], "2024-") || r[1] == "" || r[8] == "0" {
			t.Errorf("csv row %q", r)
		}
	}

	xlsxPath := filepath.Join(dir, "p.xlsx")
	if code, _, errs = runCLI(t, nil, append([]string{"report", "parallel", "--out", xlsxPath}, period...)...); code != 0 {
		t.Fatalf("xlsx: %d %s", code, errs)
	}
	x, err := excelize.OpenFile(xlsxPath)
	if err != nil {
		t.Fatal(err)
	}
	xrows, err := x.GetRows(x.GetSheetName(0))
	x.Close()
	if err != nil || len(xrows) != len(rows) || xrows[0][1] != "name" {
		t.Fatalf("xlsx: %v, %d rows (csv %d), header %q", err, len(xrows), len(rows), xrows[0])
	}

	// One center's families: each names the center among its files or
	// givers.
	center := rows[1][4]
	onePath := filepath.Join(dir, "one.csv")
	if code, _, errs = runCLI(t, nil, append([]string{"report", "parallel", "--center", center, "--out", onePath}, period...)...); code != 0 {
		t.Fatalf("--center: %d %s", code, errs)
	}
	one := readCSV(t, onePath)
	if n := families(one); n == 0 || n > want {
		t.Fatalf("--center %s: %d families of %d", center, n, want)
	}
	byFamily := map[string]string{}
	for _, r := range one[1:] {
		byFamily[r[0]] += r[2] + "|" + r[4] + "|"
	}
	for fam, s := range byFamily {
		if !strings.Contains(s, center) {
			t.Errorf("family %s does not involve %s: %s", fam, center, s)
		}
	}

	// In Persian: headers and dates Jalali.
	faPath := filepath.Join(dir, "fa.csv")
	if code, _, errs = runCLI(t, map[string]string{"LANG": "fa_IR.UTF-8"}, append([]string{"report", "parallel", "--out", faPath}, period...)...); code != 0 {
		t.Fatalf("fa: %d %s", code, errs)
	}
	if fr := readCSV(t, faPath); fr[0][1] != "نام" || !strings.HasPrefix(fr[1][6], "1403/") {
		t.Fatalf("fa sheet %q %q", fr[0], fr[1])
	}
}

func TestReportParallelErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "empty.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateCenter(store.SystemActor(), domain.Center{Name: "توس"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no report", []string{"report"}, 1, "the reports are: parallel"},
		{"unknown report", []string{"report", "monthly"}, 1, `no report "monthly"`},
		{"bad date", []string{"report", "parallel", "--db", db, "--from", "1403/13/01"}, 1, "--from"},
		{"partial date", []string{"report", "parallel", "--db", db, "--to", "1403/07"}, 1, "whole date"},
		{"order", []string{"report", "parallel", "--db", db, "--from", "1403/09/01", "--to", "1403/08/01"}, 1, "swap them"},
		{"format", []string{"report", "parallel", "--db", db, "--format", "pdf"}, 1, "unknown format"},
		{"xlsx to terminal", []string{"report", "parallel", "--db", db, "--format", "xlsx"}, 1, "--out"},
		{"center", []string{"report", "parallel", "--db", db, "--center", "nowhere"}, 1, "no center"},
		{"lang", []string{"report", "parallel", "--db", db, "--lang", "de"}, 1, "--lang"},
		{"no database", []string{"report", "parallel", "--db", db + ".none"}, 1, "no database"},
		{"help", []string{"report", "parallel", "--help"}, 0, "examples"},
		{"empty period", []string{"report", "parallel", "--db", db, "--from", "۱۴۰۳/۰۱/۰۱", "--to", "1403/12/29"}, 0, "0 families"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, nil, tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.want) {
				t.Errorf("code %d (want %d), stderr %q, stdout %q; want %q", code, tc.code, errs, out, tc.want)
			}
		})
	}
}

// FuzzParseReportDate: no input crashes the period parser, and whatever it
// accepts is a whole, real day.
func FuzzParseReportDate(f *testing.F) {
	for _, s := range []string{"1403/07/01", "۱۴۰۳/۰۷/۰۱", "2024-09-22", "1403", "1403/12/30", "", "-1", "2024-02-30", "١٤٠٣-٠٧-٠١"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseReportDate(s)
		if err == nil && (!d.Full() || !d.Valid()) {
			t.Fatalf("%q read as %v", s, d)
		}
	})
}
