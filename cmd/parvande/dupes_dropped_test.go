package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A charity's own phone typed for every family makes a mobile key shared
// by too many files: the summary says so in the operator's language,
// naming the kind of key in words, not as its code.
func TestDupesDroppedKeysNamed(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	src := filepath.Join(dir, "sheet.csv")
	var b strings.Builder
	b.WriteString("\ufeffردیف,مرکز,نام,نام خانوادگی,نام پدر,کد ملی,تلفن همراه,تاریخ تولد,نشانی\r\n")
	firsts := []string{"سارا", "نرگس", "لیلا", "سمیه", "اکرم", "مهری", "شهلا", "پروین", "رقیه", "معصومه", "زینب"}
	lasts := []string{"محمدی", "حسینی", "کریمی", "جعفری", "موسوی", "صادقی", "یزدانی", "قاسمی", "طاهری", "عباسی", "نوری", "رحمانی", "اکبری"}
	for i := range 130 {
		fmt.Fprintf(&b, "%d,خیریه الف,%s,%s,علی,,09150000000,%d/%d/%d,کوچه %d\r\n", i+1,
			firsts[i%len(firsts)], lasts[i%len(lasts)], 1320+i%60, 1+i%12, 1+i%28, i)
	}
	if err := os.WriteFile(src, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runCLI(t, nil, "import", "--db", db, "--create-centers", src); code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	tests := []struct {
		env  map[string]string
		want string
	}{
		{nil, "1 «mobile» keys left out: each shared by more than 100 files (largest: 130)"},
		{map[string]string{"LANG": "fa_IR.UTF-8"}, "۱ کلید «موبایل» کنار گذاشته شد"},
	}
	for _, tt := range tests {
		code, _, errs := runCLI(t, tt.env, "dupes", "--db", db)
		if code != 0 {
			t.Fatalf("dupes: %d %s", code, errs)
		}
		if !strings.Contains(errs, tt.want) || strings.Contains(errs, " mobile keys") {
			t.Errorf("stderr %q, want %q", errs, tt.want)
		}
	}
}
