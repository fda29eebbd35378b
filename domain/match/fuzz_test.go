package match

import (
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// FuzzFromFileCompare: any text in any field folds, keys and compares
// without panicking and symmetrically; a record matches itself at least as
// well as anything; and copying one field of a onto b, where that leaves
// every field's level at least as strong, never lowers the score. With and
// without term frequencies.
func FuzzFromFileCompare(f *testing.F) {
	f.Add("سید محمد‌رضا", "حسین زاده", "علي", "۱۳۶۰/۵/۱۲", "0937422101", "+98 915 123 4567", "", "خ. ابوذر، ک. 4، پ 22",
		"محمدرضا", "حسینی", "", "1360", "937422701", "", "280078916501", "ب. 6")
	f.Add("", "", "", "", "", "", "", "", "\x00\xff", "ـ", "\u200c", "13650409", "1111111111", "09111111111", "111111111111", "پ.")
	f.Add("سید مهدی", "حسینی", "غلامحسین", "1364/2/3", "0922178348", "09151234567", "", "بولوار توس، توس ۷۲، پلاک ۱۴",
		"سید محمدرضا", "حسین‌زاده", "قلامحسین", "1360/5/12", "0937422101", "09151234567", "", "بولوار توس، توس ۷۲، پلاک ۱۴")
	f.Add("محمد", "حسینی", "علی", "1360", "", "", "", "", "حسینی", "محمد", "علی", "1360", "", "", "", "")
	scorers := []*Scorer{NewScorer(DefaultWeights(), nil), NewScorer(DefaultWeights(), population(f))}
	f.Fuzz(func(t *testing.T, f1, l1, fa1, b1, nc1, m1, fid1, ad1, f2, l2, fa2, b2, nc2, m2, fid2, ad2 string) {
		mk := func(in [8]string) Record {
			p := domain.Person{FirstName: in[0], LastName: in[1], FatherName: in[2],
				NationalCode: domain.ParseNationalCode(in[4]), Mobile: domain.ParseMobile(in[5]),
				ForeignID: domain.ParseForeignID(in[6]), Gender: domain.GenderMale}
			if d, err := fa.ParseDate(in[3]); err == nil {
				p.BirthDate = d
			}
			return FromFile(domain.File{ID: 1, Center: 1, Head: p, Address: in[7]})
		}
		ia := [8]string{f1, l1, fa1, b1, nc1, m1, fid1, ad1}
		ib := [8]string{f2, l2, fa2, b2, nc2, m2, fid2, ad2}
		a, b := mk(ia), mk(ib)
		_ = Keys(a)
		for _, sc := range scorers {
			r1, r2 := sc.Compare(a, b), sc.Compare(b, a)
			if r1.Score != r2.Score || r1.Levels != r2.Levels {
				t.Fatalf("not symmetric: %v %v / %v %v", r1.Score, r1.Levels, r2.Score, r2.Levels)
			}
			for _, x := range []Record{a, b} {
				if self := sc.Compare(x, x); !x.Empty() && self.Score < r1.Score-1e-9 {
					t.Fatalf("a record matches another (%v %v) better than itself (%v %v)", r1.Score, r1.Levels, self.Score, self.Levels)
				}
			}
			for i := range ib {
				up := ib
				up[i] = ia[i]
				r := sc.Compare(a, mk(up))
				if dominates(r.Levels, r1.Levels) && r.Score < r1.Score-1e-9 {
					t.Fatalf("field %d copied: levels %v → %v, score %v → %v", i, r1.Levels, r.Levels, r1.Score, r.Score)
				}
			}
		}
	})
}

// dominates reports that every field of v is at least as strong as in w:
// the same level, or exact, or both present with v's earlier in the
// field's list of levels.
func dominates(v, w Vector) bool {
	for f := Field(0); f < NumFields; f++ {
		if v[f] == w[f] || v[f] == LevelExact {
			continue
		}
		if v[f] == LevelMissing || w[f] == LevelMissing || levelRank(f, v[f]) > levelRank(f, w[f]) {
			return false
		}
	}
	return true
}

func levelRank(f Field, l Level) int {
	for i, x := range f.Levels() {
		if x == l {
			return i
		}
	}
	return -1
}
