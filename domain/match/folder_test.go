package match

import (
	"reflect"
	"testing"

	"github.com/parvande/parvande/domain"
)

// A Folder's records are FromFile's, the first time a name is met and
// from its cache after.
func TestFolderAgreesWithFromFile(t *testing.T) {
	files := benchFiles()[:20000]
	fo := NewFolder()
	for round := range 2 {
		for i := range files {
			if got, want := fo.FromFile(files[i]), FromFile(files[i]); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d, file %d:\n got %+v\nwant %+v", round, i, got, want)
			}
		}
	}
	if len(fo.givens) == 0 || len(fo.givens) > len(files) || len(fo.families) == 0 {
		t.Fatalf("cache sizes %d, %d", len(fo.givens), len(fo.families))
	}
}

func FuzzFolder(f *testing.F) {
	f.Add("سید محمد‌رضا", "حسین زاده", "حاج علي")
	f.Add("", "ـ", "\u200c")
	fo := NewFolder()
	f.Fuzz(func(t *testing.T, first, last, father string) {
		p := domain.Person{FirstName: first, LastName: last, FatherName: father}
		want := FromPerson(p, "")
		for range 2 {
			if got := fo.FromPerson(p, ""); !reflect.DeepEqual(got, want) {
				t.Fatalf("got %+v\nwant %+v", got, want)
			}
		}
	})
}
