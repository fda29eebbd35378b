package match

import (
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// FuzzFromFileCompare: any text in any field folds, keys and compares
// without panicking, and symmetrically.
func FuzzFromFileCompare(f *testing.F) {
	f.Add("سید محمد‌رضا", "حسین زاده", "علي", "۱۳۶۰/۵/۱۲", "0937422101", "+98 915 123 4567", "", "خ. ابوذر، ک. 4، پ 22",
		"محمدرضا", "حسینی", "", "1360", "937422701", "", "280078916501", "ب. 6")
	f.Add("", "", "", "", "", "", "", "", "\x00\xff", "ـ", "\u200c", "13650409", "1111111111", "09111111111", "111111111111", "پ.")
	sc := NewScorer(DefaultWeights(), nil)
	f.Fuzz(func(t *testing.T, f1, l1, fa1, b1, nc1, m1, fid1, ad1, f2, l2, fa2, b2, nc2, m2, fid2, ad2 string) {
		mk := func(first, last, father, birth, nc, mob, fid, addr string) Record {
			p := domain.Person{FirstName: first, LastName: last, FatherName: father,
				NationalCode: domain.ParseNationalCode(nc), Mobile: domain.ParseMobile(mob),
				ForeignID: domain.ParseForeignID(fid), Gender: domain.GenderMale}
			if d, err := fa.ParseDate(birth); err == nil {
				p.BirthDate = d
			}
			return FromFile(domain.File{ID: 1, Center: 1, Head: p, Address: addr})
		}
		a := mk(f1, l1, fa1, b1, nc1, m1, fid1, ad1)
		b := mk(f2, l2, fa2, b2, nc2, m2, fid2, ad2)
		_ = Keys(a)
		r1, r2 := sc.Compare(a, b), sc.Compare(b, a)
		if r1.Score != r2.Score || r1.Levels != r2.Levels {
			t.Fatalf("not symmetric: %v %v / %v %v", r1.Score, r1.Levels, r2.Score, r2.Levels)
		}
		// Not asserted: that a record matches itself at least as well as
		// anything. The relatives class makes scores non-monotone (an exact
		// surname, father or address can look more like siblings than a
		// close one does), and this fuzz test found pairs scoring above a
		// self-pair; recorded as an open defect of issue 4.
	})
}
