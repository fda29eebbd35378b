package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dupesSheet: one woman registered at two centers (rows 2 and 7, the
// second with a changed mobile and the surname's letters typed the
// Arabic way), among unrelated people.
func dupesSheet() string {
	var b strings.Builder
	b.WriteString("\ufeffردیف,مرکز,نام,نام خانوادگی,نام پدر,کد ملی,تلفن همراه,تاریخ تولد,نشانی\r\n")
	firsts := []string{"سارا", "نرگس", "لیلا", "سمیه", "اکرم", "مهری", "شهلا", "پروین", "رقیه", "معصومه"}
	lasts := []string{"محمدی", "حسینی", "کریمی", "جعفری", "موسوی", "صادقی", "یزدانی", "قاسمی", "طاهری", "عباسی", "نوری", "رحمانی"}
	fathers := []string{"علی", "حسن", "رضا", "محمود", "جواد", "کاظم", "مهدی"}
	row := 1
	for i := range 30 {
		if row == 2 {
			b.WriteString("2,خیریه الف,زهرا,کاظمی,حسین,0084575948,09151234567,1365/4/9,بولوار توس، توس ۷۲، پلاک ۱۴\r\n")
			row++
		}
		if row == 7 {
			b.WriteString("7,خیریه ب,زهرا,كاظمي,حسین,0084575948,09359876543,1365/04/09,بلوار توس 72 پ 14\r\n")
			row++
		}
		center := []string{"خیریه الف", "خیریه ب"}[i%2]
		fmt.Fprintf(&b, "%d,%s,%s,%s,%s,,09%09d,%d/%d/%d,کوچه %d\r\n", row, center,
			firsts[i%len(firsts)], lasts[i%len(lasts)], fathers[i%len(fathers)], 120000000+i*7919,
			1320+i, 1+i%12, 1+i%28, i)
		row++
	}
	return b.String()
}

func TestDupesCSV(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	src := filepath.Join(dir, "sheet.csv")
	if err := os.WriteFile(src, []byte(dupesSheet()), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runCLI(t, nil, "import", "--db", db, "--create-centers", src); code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	code, out, errs := runCLI(t, nil, "dupes", "--db", db, "--format", "csv")
	if code != 0 {
		t.Fatalf("dupes: %d %s %s", code, out, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if lines[0] != "ref_a,ref_b,file_a,file_b,score,band,reasons" {
		t.Fatalf("header %q", lines[0])
	}
	if len(lines) != 2 {
		t.Fatalf("want one pair:\n%s", out)
	}
	f := strings.Split(lines[1], ",")
	if len(f) != 7 || f[0] != "2" || f[1] != "7" || f[5] != "certain" || !strings.Contains(f[6], "same_national_code") {
		t.Fatalf("pair %q", lines[1])
	}
	if !strings.Contains(errs, "1 pairs among 32 files") {
		t.Errorf("summary: %q", errs)
	}

	// the table, in Persian, says the reasons in words
	code, out, errs = runCLI(t, map[string]string{"LANG": "fa_IR.UTF-8"}, "dupes", "--db", db, "--format", "table", "--band", "likely")
	if code != 0 || !strings.Contains(out, "کد ملی یکسان") || !strings.Contains(out, "قطعی") {
		t.Fatalf("table: %d\n%s\n%s", code, out, errs)
	}
	// to a file, and a center with no pair
	to := filepath.Join(dir, "pairs.csv")
	if code, _, errs := runCLI(t, nil, "dupes", "--db", db, "--out", to, "--center", "خیریه الف"); code != 0 {
		t.Fatalf("--out: %s", errs)
	}
	if b, err := os.ReadFile(to); err != nil || strings.Count(string(b), "\n") != 2 {
		t.Fatalf("written: %v %q", err, b)
	}
	if code, _, _ := runCLI(t, nil, "dupes", "--db", db, "--band", "surely"); code != 1 {
		t.Fatalf("bad band accepted: %d", code)
	}
}

func TestDupesTrain(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	src := filepath.Join(dir, "sheet.csv")
	if err := os.WriteFile(src, []byte(dupesSheet()), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCLI(t, nil, "import", "--db", db, "--create-centers", src); code != 0 {
		t.Fatal(errs)
	}
	code, out, errs := runCLI(t, nil, "dupes", "--db", db, "--train")
	if code != 0 || !strings.Contains(out, "national code") || !strings.Contains(out, "weights estimated from 32 files") {
		t.Fatalf("train: %d\n%s\n%s", code, out, errs)
	}
}
