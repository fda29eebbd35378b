package match

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
)

// benchFiles returns 100,000 synthetic files, a fifth of them typed the way
// clerks at other centres do: titles, an Arabic keyboard's ي and ك, ZWNJ
// and stray spaces, abbreviated address words.
func benchFiles() []domain.File {
	files, _ := synthFiles(100000, 42)
	arabic := strings.NewReplacer("ی", "ي", "ک", "ك")
	for i := range files {
		h := &files[i].Head
		switch i % 20 {
		case 1:
			h.FirstName = "سید " + h.FirstName
		case 2:
			h.FirstName, h.LastName = arabic.Replace(h.FirstName), arabic.Replace(h.LastName)
		case 3:
			h.LastName = strings.Replace(h.LastName, "زاده", "\u200cزاده", 1)
			h.FatherName = " حاج " + h.FatherName + " "
		case 4:
			files[i].Address = strings.Replace(files[i].Address, "پلاک ", "پ.", 1)
		}
	}
	return files
}

// BenchmarkFromFile folds one file per op.
func BenchmarkFromFile(b *testing.B) {
	files := benchFiles()
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		_ = FromFile(files[i%len(files)])
	}
}

// BenchmarkFromFileBench folds the rows of the benchmark sheet in
// PARVANDE_BENCH (skipped when unset), one row per op.
func BenchmarkFromFileBench(b *testing.B) {
	dir := os.Getenv("PARVANDE_BENCH")
	if dir == "" {
		b.Skip("set PARVANDE_BENCH to a directory with beneficiaries.csv")
	}
	files := readBench(b, filepath.Join(dir, "beneficiaries.csv"))
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		_ = FromFile(files[i%len(files)])
	}
}
