package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestParallelReportE2E: the coordinator opens the parallel-aid report
// from the list with p, exports it to the default file in the working
// directory, opens the first family's file and its links tab — in fa and
// in en, on the real binary.
func TestParallelReportE2E(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds and runs the binary")
	}
	bin := buildBinary(t)
	db := binDemoDB(t, bin)
	texts := map[string][]string{
		"en": {"Parallel aid", "families ·", "written to", "6 Links"},
		"fa": {"کمک موازی", "خانواده ·", "نوشته شد", "۶ پیوندها"},
	}
	for _, lang := range []string{"fa", "en"} {
		t.Run(lang, func(t *testing.T) {
			want := texts[lang]
			dir := t.TempDir()
			tm := startTerm(t, fmt.Sprintf("cd %s && %s --db %s --lang %s --rtl logical", dir, bin, db, lang))
			tm.waitFor("ctrl+l")
			tm.typeText("coordinator")
			tm.keys("Tab")
			tm.typeText("demo1234")
			tm.keys("Enter")
			tm.waitFor("هماهنگ")
			tm.keys("Tab") // leave the search input (an escape at once followed by a letter reads as alt+letter)
			tm.keys("p")
			tm.waitFor(want[0], want[1])
			tm.keys("x")
			tm.waitFor("parallel-aid-")
			tm.keys("Enter")
			tm.waitFor(want[2])
			matches, _ := filepath.Glob(filepath.Join(dir, "parallel-aid-*.xlsx"))
			if len(matches) != 1 {
				t.Fatalf("export in the working directory: %v", matches)
			}
			if fi, err := os.Stat(matches[0]); err != nil || fi.Size() == 0 {
				t.Fatalf("exported sheet: %v", err)
			}
			tm.keys("Enter")
			tm.waitFor(historyTab(lang))
			tm.keys("6")
			tm.waitFor(want[3])
			tm.keys("C-c")
			tm.waitFor("EXITED=0")
		})
	}
}
