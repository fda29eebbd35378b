package match

import (
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// typed is a head of household as typed, for the monotonicity tables.
type typed struct {
	domain.Person
	addr string
}

func (p typed) record() Record { return FromPerson(p.Person, p.addr) }

func basePerson() typed {
	return typed{domain.Person{FirstName: "سید محمدرضا", LastName: "حسینی", FatherName: "غلامحسین",
		Gender: domain.GenderMale, Nationality: domain.NationalityIranian,
		BirthDate:    fa.Date{Year: 1360, Month: 5, Day: 12},
		NationalCode: domain.ParseNationalCode("0937422101"), Mobile: domain.ParseMobile("09151234567")},
		"بولوار توس، توس ۷۲، پلاک ۱۴"}
}

// step sets one field of the other record so that the pair takes level.
type step struct {
	level Level
	set   func(*typed)
}

func names(first, last, father string) func(*typed) {
	return func(p *typed) {
		if first != "" {
			p.FirstName = first
		}
		if last != "" {
			p.LastName = last
		}
		if father != "" {
			p.FatherName = father
		}
	}
}

func birth(y, m, d int) func(*typed) {
	return func(p *typed) { p.BirthDate = fa.Date{Year: y, Month: m, Day: d} }
}

// chains walk each field from its strongest level to its weakest, and to
// missing; the test checks that every step lands on the level it names.
var chains = []struct {
	field Field
	steps []step
}{
	{FieldFirst, []step{{LevelExact, names("سید محمدرضا", "", "")}, {LevelClose, names("سید محمدرظا", "", "")},
		{LevelSimilar, names("سید محمدباقر", "", "")}, {LevelDifferent, names("سید مهدی", "", "")}}},
	{FieldLast, []step{{LevelExact, names("", "حسینی", "")}, {LevelClose, names("", "حسین‌زاده", "")},
		{LevelSimilar, names("", "حسنی", "")}, {LevelDifferent, names("", "رضایی", "")}}},
	{FieldFather, []step{{LevelExact, names("", "", "غلامحسین")}, {LevelClose, names("", "", "قلامحسین")},
		{LevelSimilar, names("", "", "غلامعلی")}, {LevelDifferent, names("", "", "احمد")}}},
	{FieldBirth, []step{{LevelExact, birth(1360, 5, 12)}, {LevelSwap, birth(1360, 12, 5)},
		{LevelPartial, birth(1360, 0, 0)}, {LevelNear, birth(1361, 5, 12)},
		{LevelSameYear, birth(1360, 7, 3)}, {LevelDifferent, birth(1370, 2, 2)}}},
	{FieldGender, []step{{LevelExact, func(p *typed) { p.Gender = domain.GenderMale }},
		{LevelDifferent, func(p *typed) { p.Gender = domain.GenderFemale }}}},
	{FieldNationality, []step{{LevelExact, func(p *typed) { p.Nationality = domain.NationalityIranian }},
		{LevelDifferent, func(p *typed) { p.Nationality = domain.NationalityAfghan }}}},
	{FieldNationalCode, []step{
		{LevelExact, func(p *typed) { p.NationalCode = domain.ParseNationalCode("0937422101") }},
		{LevelTypo, func(p *typed) { p.NationalCode = domain.ParseNationalCode("0937422701") }},
		{LevelDifferent, func(p *typed) { p.NationalCode = domain.ParseNationalCode("0581234567") }},
		{LevelConflict, func(p *typed) { p.NationalCode = domain.ParseNationalCode("0922178348") }}}},
	{FieldMobile, []step{{LevelExact, func(p *typed) { p.Mobile = domain.ParseMobile("09151234567") }},
		{LevelDifferent, func(p *typed) { p.Mobile = domain.ParseMobile("09357654321") }}}},
	{FieldAddress, []step{{LevelExact, func(p *typed) { p.addr = "بولوار توس، توس ۷۲، پلاک ۱۴" }},
		{LevelClose, func(p *typed) { p.addr = "بولوار توس، توس ۷۲، پلاک ۹۰" }},
		{LevelDifferent, func(p *typed) { p.addr = "خیابان نوده، نوده ۳۰، پلاک ۷۴" }}}},
	{FieldTitles, []step{{LevelExact, names("سید محمدرضا", "", "")}, {LevelDifferent, names("محمدرضا", "", "")}}},
}

// contexts are the rest of the pair a chain is walked in: a copy, a record
// that looks like a sibling (where the relatives class weighs most), a
// namesake, and one with almost nothing in common.
var contexts = []struct {
	name string
	set  func(*typed)
}{
	{"copy", func(*typed) {}},
	{"sibling", func(p *typed) {
		p.FirstName = "سید مهدی"
		p.NationalCode = domain.ParseNationalCode("0922178348")
		p.BirthDate = fa.Date{Year: 1364, Month: 2, Day: 3}
	}},
	{"twin", func(p *typed) {
		p.FirstName = "سید امیرحسین"
		p.NationalCode = domain.ParseNationalCode("0922178348")
	}},
	{"namesake", func(p *typed) {
		p.FatherName = "احمد"
		p.NationalCode, p.Mobile, p.addr = domain.NationalCode{}, domain.Mobile{}, ""
		p.BirthDate = fa.Date{Year: 1366}
	}},
	{"stranger", func(p *typed) {
		p.FirstName, p.LastName, p.FatherName = "فاطمه", "رضایی", "حسن"
		p.Gender = domain.GenderFemale
		p.NationalCode = domain.ParseNationalCode("0941234560")
		p.Mobile = domain.ParseMobile("09357654321")
		p.addr = "خیابان نوده، نوده ۳۰، پلاک ۷۴"
		p.BirthDate = fa.Date{Year: 1340, Month: 1, Day: 9}
	}},
	{"sparse", func(p *typed) {
		p.FatherName, p.Mobile, p.addr = "", domain.Mobile{}, ""
		p.NationalCode, p.BirthDate = domain.NationalCode{}, fa.Date{}
	}},
}

// Property: improving one field's agreement never lowers the score, in any
// context, with and without term frequencies; and exact agreement is worth
// at least a missing field.
func TestScoreMonotone(t *testing.T) {
	scorers := []struct {
		name string
		sc   *Scorer
	}{{"no tf", NewScorer(DefaultWeights(), nil)}, {"tf", NewScorer(DefaultWeights(), population(t))}}
	for _, s := range scorers {
		for _, cx := range contexts {
			for _, ch := range chains {
				a := basePerson()
				prev, prevLevel := 0.0, Level(0)
				for i, st := range ch.steps {
					b := basePerson()
					cx.set(&b)
					st.set(&b)
					r := s.sc.Compare(a.record(), b.record())
					if got := r.Levels[ch.field]; got != st.level {
						t.Fatalf("%s/%s/%s: step %d gives %s, not %s", s.name, cx.name, ch.field, i, got, st.level)
					}
					if i > 0 && r.Score > prev+1e-9 {
						t.Errorf("%s/%s: %s %s scores %.3f, above %s at %.3f", s.name, cx.name, ch.field, st.level, r.Score, prevLevel, prev)
					}
					if i == 0 {
						// Exact against missing: the same pair without the field.
						b2 := b
						clearField(&b2, ch.field)
						r2 := s.sc.Compare(a.record(), b2.record())
						if r2.Levels[ch.field] == LevelMissing && r2.Score > r.Score+1e-9 {
							t.Errorf("%s/%s: %s missing scores %.3f, above exact at %.3f", s.name, cx.name, ch.field, r2.Score, r.Score)
						}
					}
					prev, prevLevel = r.Score, st.level
				}
			}
		}
	}
}

// clearField empties what gives field its value.
func clearField(p *typed, f Field) {
	switch f {
	case FieldFather:
		p.FatherName = ""
	case FieldBirth:
		p.BirthDate = fa.Date{}
	case FieldGender:
		p.Gender = 0
	case FieldNationality:
		p.Nationality = 0
	case FieldNationalCode:
		p.NationalCode = domain.NationalCode{}
	case FieldMobile:
		p.Mobile = domain.Mobile{}
	case FieldAddress:
		p.addr = ""
	case FieldTitles:
		p.FirstName = "محمدرضا" // neither seyyed: the titles say nothing
	}
}

// Property: a record matches itself at least as well as anything it is
// compared with: every context and every step of every chain.
func TestSelfScoresHighest(t *testing.T) {
	for _, sc := range []*Scorer{NewScorer(DefaultWeights(), nil), NewScorer(DefaultWeights(), population(t))} {
		a := basePerson()
		self := sc.Compare(a.record(), a.record())
		for _, cx := range contexts {
			for _, ch := range chains {
				for _, st := range ch.steps {
					b := basePerson()
					cx.set(&b)
					st.set(&b)
					rb := b.record()
					if r := sc.Compare(a.record(), rb); r.Score > self.Score+1e-9 {
						t.Errorf("%s/%s %s: %.3f above the self-pair's %.3f", cx.name, ch.field, st.level, r.Score, self.Score)
					}
					if r, own := sc.Compare(a.record(), rb), sc.Compare(rb, rb); r.Score > own.Score+1e-9 {
						t.Errorf("%s/%s %s: %.3f above the other's self-pair %.3f", cx.name, ch.field, st.level, r.Score, own.Score)
					}
				}
			}
		}
	}
}

// Crossed first and last names of common values must not outscore the
// straight reading of either record (crossed levels carry no term
// frequencies of their own).
func TestCrossedNamesCapped(t *testing.T) {
	sc := NewScorer(DefaultWeights(), population(t))
	for _, nm := range [][2]string{{"محمد", "حسینی"}, {"علی", "محمدی"}, {"فاطمه", "رضایی"}} {
		a := typed{Person: domain.Person{FirstName: nm[0], LastName: nm[1], FatherName: "حسن", Gender: domain.GenderMale}}
		b := a
		b.FirstName, b.LastName = nm[1], nm[0]
		r := sc.Compare(a.record(), b.record())
		if !r.Swapped {
			t.Fatalf("%v: not read as swapped: %v", nm, r.Levels)
		}
		for _, p := range []typed{a, b} {
			if own := sc.Compare(p.record(), p.record()); r.Score > own.Score+1e-9 {
				t.Errorf("%v: crossed %.3f above self %.3f", nm, r.Score, own.Score)
			}
		}
	}
}

// Property: whatever weights come in (estimated ones drift), the scorer's
// weights are monotone along each field's levels in M and in M − R, exact
// is worth at least nothing, and a TF adjustment cannot take exact below
// the next level.
func TestMonotoneAnyWeights(t *testing.T) {
	rng := &synthRand{splitmix{3}}
	p := func() float64 { return (float64(rng.intn(1000)) + 1) / 1001 }
	tf := population(t)
	for trial := range 200 {
		w := DefaultWeights()
		if trial > 0 {
			for f := Field(0); f < NumFields; f++ {
				for _, l := range f.Levels() {
					w.Levels[f][l] = Prob{M: p(), U: p(), R: p()}
				}
			}
		}
		if err := w.Validate(); err != nil {
			t.Fatal(err)
		}
		s := newScorer(w, tf)
		for f := Field(0); f < NumFields; f++ {
			ls := f.Levels()
			if s.bits[f][LevelExact] < 0 || s.bits[f][LevelExact]-s.rbits[f][LevelExact] < 0 {
				t.Fatalf("trial %d %s: exact below missing: %v %v", trial, f, s.bits[f][LevelExact], s.rbits[f][LevelExact])
			}
			if last := ls[len(ls)-1]; s.bits[f][last] > 0 || s.bits[f][last]-s.rbits[f][last] > 1e-12 {
				t.Fatalf("trial %d %s: %s above missing: %v %v", trial, f, last, s.bits[f][last], s.rbits[f][last])
			}
			for i := 1; i < len(ls); i++ {
				hi, lo := ls[i-1], ls[i]
				if s.bits[f][lo] > s.bits[f][hi] {
					t.Fatalf("trial %d %s: M(%s) %.3f > M(%s) %.3f", trial, f, lo, s.bits[f][lo], hi, s.bits[f][hi])
				}
				if dl, dh := s.bits[f][lo]-s.rbits[f][lo], s.bits[f][hi]-s.rbits[f][hi]; dl > dh+1e-12 {
					t.Fatalf("trial %d %s: D(%s) %.3f > D(%s) %.3f", trial, f, lo, dl, hi, dh)
				}
			}
			if w.TF[f] > 0 {
				next := 0.0
				if len(ls) > 1 {
					next = max(0, s.bits[f][ls[1]])
				}
				for _, count := range []int32{1, 10, 1000, 1 << 20} {
					if got := s.bits[f][LevelExact] + s.tfAdjust(f, count); got < next-1e-12 {
						t.Fatalf("trial %d %s: exact with %d namesakes weighs %.3f, below %.3f", trial, f, count, got, next)
					}
				}
			}
			if f == FieldBirth {
				// A year alone is only ever compared down to the same year.
				partial := max(0, s.bits[f][LevelPartial])
				for _, d := range []uint32{packDate(fa.Date{Year: 1360}), packDate(fa.Date{Year: 1360, Month: 1, Day: 1})} {
					if got := s.bits[f][LevelExact] + s.birthAdjust(d); got < partial-1e-12 {
						t.Fatalf("trial %d: exact year alone weighs %.3f, below the same year's %.3f", trial, got, partial)
					}
				}
			}
		}
	}
}

// The default weights' M is already monotone: the repair only touches R
// (and leaves the weights as shown to users unchanged in M).
func TestMonotoneKeepsDefaultM(t *testing.T) {
	w := DefaultWeights()
	s := newScorer(w, NewTF())
	for f := Field(0); f < NumFields; f++ {
		for _, l := range f.Levels() {
			if got, want := s.bits[f][l], w.Levels[f][l].Weight(); got != want {
				t.Errorf("%s/%s: %v, want %v", f, l, got, want)
			}
		}
	}
}
