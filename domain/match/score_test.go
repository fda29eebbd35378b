package match

import (
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// population is a synthetic database the scenarios are scored against, so
// that priors and term frequencies are those of a real-sized city.
func population(t testing.TB) *TF {
	recs, _ := synthRecords(20000, 3)
	return BuildTF(recs)
}

type pp struct {
	first, last, father string
	gender              domain.Gender
	birth               fa.Date
	nc, mobile, fid     string
	addr                string
}

func (p pp) record() Record {
	q := domain.Person{FirstName: p.first, LastName: p.last, FatherName: p.father, Gender: p.gender,
		BirthDate: p.birth, NationalCode: domain.ParseNationalCode(p.nc), Mobile: domain.ParseMobile(p.mobile),
		ForeignID: domain.ParseForeignID(p.fid), Nationality: domain.NationalityIranian}
	if p.fid != "" {
		q.Nationality = domain.NationalityAfghan
	}
	return FromPerson(q, p.addr)
}

func hasReason(rs []Reason, code string) bool {
	for _, r := range rs {
		if r.Code == code {
			return true
		}
	}
	return false
}

func TestScenarios(t *testing.T) {
	sc := NewScorer(DefaultWeights(), population(t))
	d := func(y, m, dd int) fa.Date { return fa.Date{Year: y, Month: m, Day: dd} }
	male, female := domain.GenderMale, domain.GenderFemale
	orig := pp{"سید محمدرضا", "حسینی", "علی", male, d(1360, 5, 12), "0937422101", "09151234567", "", "بولوار توس، توس ۷۲، پلاک ۱۴"}
	tests := []struct {
		name    string
		a, b    pp
		atLeast Band
		atMost  Band
		reason  string
	}{
		{"re-typed: letters, joiner, title, zero lost, phone format", orig,
			pp{"محمد رضا", "حسيني", "علي", male, d(1360, 5, 12), "937422101", "+989151234567", "", "ب. توس، توس 72، پ. 14"},
			BandCertain, BandCertain, ReasonSameNationalCode},
		{"code mistyped, phone changed, moved", orig,
			pp{"محمدرضا", "حسینی", "علی", male, d(1360, 5, 12), "0937422701", "09351112233", "", "خیابان نوده، نوده 30، پلاک 74"},
			BandLikely, BandCertain, ReasonNationalCodeTypo},
		{"first and last typed in each other's columns", orig,
			pp{"حسینی", "محمدرضا", "علی", male, d(1360, 5, 12), "", "09151234567", "", ""},
			BandLikely, BandCertain, ReasonNamesSwapped},
		{"twins: one birth, one father, one home, two codes", orig,
			pp{"امیرحسین", "حسینی", "علی", male, d(1360, 5, 12), "0922178348", "09157654321", "", orig.addr},
			BandNone, BandNone, ReasonNationalCodeConflict},
		{"siblings sharing a phone", orig,
			pp{"مهدی", "حسینی", "علی", male, d(1364, 2, 3), "0938123458", "09151234567", "", orig.addr},
			BandNone, BandNone, ReasonFirstNameDiffers},
		{"father and son", orig,
			pp{"علی", "حسینی", "حسن", male, d(1335, 1, 20), "0921234561", "09151234567", "", orig.addr},
			BandNone, BandNone, ""},
		{"spouses: one home, one phone", orig,
			pp{"فاطمه", "رضایی", "حسن", female, d(1362, 3, 3), "0941234560", "09151234567", "", orig.addr},
			BandNone, BandNone, ReasonGenderDiffers},
		{"namesakes: common name, other father, other year", pp{"محمد", "محمدی", "علی", male, d(1350, 1, 1), "", "", "", ""},
			pp{"محمد", "محمدی", "حسین", male, d(1366, 4, 9), "", "", "", ""},
			BandNone, BandNone, ReasonCommonName},
		{"Afghan without codes: names, father, birth and phone", pp{"نورمحمد", "رضایی", "غلام‌حسین", male, d(1358, 1, 1), "", "09371234567", "", ""},
			pp{"نور محمد", "رضائی", "غلامحسین", male, d(1358, 1, 1), "", "09371234567", "", ""},
			BandLikely, BandCertain, ReasonSameMobile},
	}
	for _, tt := range tests {
		a, b := tt.a.record(), tt.b.record()
		r := sc.Compare(a, b)
		if r.Band < tt.atLeast || r.Band > tt.atMost {
			t.Errorf("%s: band %s (score %.1f), want %s..%s\n  %v", tt.name, r.Band, r.Score, tt.atLeast, tt.atMost, r.Reasons)
		}
		if tt.reason != "" && !hasReason(r.Reasons, tt.reason) {
			t.Errorf("%s: no %s among %v", tt.name, tt.reason, r.Reasons)
		}
		if back := sc.Compare(b, a); back.Score != r.Score || back.Levels != r.Levels || back.Band != r.Band {
			t.Errorf("%s: not symmetric: %.6f %v / %.6f %v", tt.name, r.Score, r.Levels, back.Score, back.Levels)
		}
	}
}

// Property: a pair's score, levels and band do not depend on its order, for
// pairs of every kind: unrelated, duplicates with slips, relatives.
func TestScoreSymmetric(t *testing.T) {
	recs, _ := synthRecords(4000, 11)
	x := NewIndex(DefaultWeights())
	x.AddAll(recs)
	x.Build()
	sc := NewScorer(DefaultWeights(), BuildTF(recs))
	rng := &synthRand{splitmix{5}}
	check := func(a, b Record) {
		r1, r2 := sc.Compare(a, b), sc.Compare(b, a)
		if r1.Score != r2.Score || r1.Levels != r2.Levels || r1.Band != r2.Band || r1.Swapped != r2.Swapped {
			t.Fatalf("Compare not symmetric:\n%+v\n%+v\n%+v\n%+v", a, b, r1, r2)
		}
		i1, ok1 := x.Compare(a.ID, b.ID)
		i2, ok2 := x.Compare(b.ID, a.ID)
		if ok1 && ok2 && (i1.Score != i2.Score || i1.Levels != i2.Levels) {
			t.Fatalf("Index.Compare not symmetric: %+v / %+v", i1, i2)
		}
	}
	for range 20000 {
		check(recs[rng.intn(len(recs))], recs[rng.intn(len(recs))])
	}
	for i := 0; i+1 < len(recs); i++ { // neighbours: duplicates and siblings
		check(recs[i], recs[i+1])
	}
}

func TestScanDeterministicAndOrderFree(t *testing.T) {
	recs, _ := synthRecords(6000, 13)
	scan := func(rs []Record) ([]Pair, Report) {
		x := NewIndex(DefaultWeights())
		x.AddAll(rs)
		return x.Scan(nil)
	}
	p1, r1 := scan(recs)
	rev := make([]Record, len(recs))
	for i := range recs {
		rev[len(recs)-1-i] = recs[i]
	}
	p2, r2 := scan(rev)
	if len(p1) == 0 || len(p1) != len(p2) || r1.Candidates != r2.Candidates || len(r1.Households) != len(r2.Households) {
		t.Fatalf("pairs %d vs %d, candidates %d vs %d", len(p1), len(p2), r1.Candidates, r2.Candidates)
	}
	for i := range p1 {
		if p1[i].A != p2[i].A || p1[i].B != p2[i].B || p1[i].Score != p2[i].Score || p1[i].Band != p2[i].Band {
			t.Fatalf("pair %d differs: %+v / %+v", i, p1[i], p2[i])
		}
	}
}

// "Like relatives" is said only where it explains a doubt: not on a copy
// with the same national code, but on twins whose first names differ.
func TestLikeRelativesSaidWhereItExplains(t *testing.T) {
	sc := NewScorer(DefaultWeights(), population(t))
	d := fa.Date{Year: 1360, Month: 5, Day: 12}
	orig := pp{"محمدرضا", "حسینی", "علی", domain.GenderMale, d, "0937422101", "09151234567", "", "بولوار توس، توس ۷۲، پلاک ۱۴"}
	twin := orig
	twin.first, twin.nc = "امیرحسین", ""
	for _, tc := range []struct {
		name string
		b    pp
		want bool
	}{
		{"exact copy", orig, false},
		{"twin without a code", twin, true},
	} {
		r := sc.Compare(orig.record(), tc.b.record())
		if got := hasReason(r.Reasons, ReasonLikeRelatives); got != tc.want {
			t.Errorf("%s: like relatives said %v, want %v (%v)", tc.name, got, tc.want, r.Reasons)
		}
	}
}
