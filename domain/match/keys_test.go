package match

import (
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// sharedKinds lists the kinds of key two records share.
func sharedKinds(a, b Record) map[KeyKind]bool {
	ka := map[Key]bool{}
	for _, k := range Keys(a) {
		ka[k] = true
	}
	out := map[KeyKind]bool{}
	for _, k := range Keys(b) {
		if ka[k] {
			out[k.Kind()] = true
		}
	}
	return out
}

func TestKeys(t *testing.T) {
	base := func() domain.Person {
		p := person("محمدرضا", "حسینی", "علی")
		p.Gender = domain.GenderMale
		p.BirthDate = fa.Date{Year: 1360, Month: 5, Day: 12}
		p.NationalCode = domain.ParseNationalCode("0937422101")
		p.Mobile = domain.ParseMobile("09151234567")
		return p
	}
	const addr = "بولوار توس، توس ۷۲، پلاک ۱۴"
	tests := []struct {
		name   string
		change func(p *domain.Person, addr *string)
		want   []KeyKind // each must be shared
		not    []KeyKind // none of these may be
	}{
		{"national code typed with dashes and lost zero", func(p *domain.Person, _ *string) {
			p.NationalCode = domain.ParseNationalCode("937-422101")
		}, []KeyKind{KeyNationalCode}, nil},
		{"national code with one wrong digit", func(p *domain.Person, _ *string) {
			p.NationalCode = domain.ParseNationalCode("0937422701")
		}, []KeyKind{KeyNationalCode}, nil},
		{"national code with neighbours swapped", func(p *domain.Person, _ *string) {
			p.NationalCode = domain.ParseNationalCode("0934722101")
		}, []KeyKind{KeyNationalCode}, nil},
		{"a swap the check digit misses (r 1 → 10) is left to the names", func(p *domain.Person, _ *string) {
			p.NationalCode = domain.ParseNationalCode("0937242101")
		}, []KeyKind{KeyNames, KeyNameBirth}, []KeyKind{KeyNationalCode}},
		{"mobile in another format", func(p *domain.Person, _ *string) {
			p.Mobile = domain.ParseMobile("+98 915 123 4567")
		}, []KeyKind{KeyMobile}, nil},
		{"first and last in each other's columns", func(p *domain.Person, _ *string) {
			p.FirstName, p.LastName = p.LastName, p.FirstName
		}, []KeyKind{KeyNames, KeyNamesYear, KeyNameBirth}, nil},
		{"spelling and joiner of the first name", func(p *domain.Person, _ *string) {
			p.FirstName = "محمد رضا"
			p.LastName = "حسيني"
		}, []KeyKind{KeyNames, KeyNamesYear, KeyFirstFather, KeyFatherLast, KeyNameBirth}, nil},
		{"surname suffix dropped", func(p *domain.Person, _ *string) {
			p.LastName = "حسین‌زاده"
		}, []KeyKind{KeyNames, KeyFatherLast, KeyLastYear}, nil},
		{"first name misspelt: surname, father and year still meet", func(p *domain.Person, _ *string) {
			p.FirstName = "محمدرصا"
		}, []KeyKind{KeyFatherLast, KeyFatherLastYear, KeyLastYear}, []KeyKind{KeyNames}},
		{"surname misspelt: first and father's name still meet", func(p *domain.Person, _ *string) {
			p.LastName = "حسبنی"
		}, []KeyKind{KeyFirstFather, KeyFirstFatherYear}, []KeyKind{KeyFatherLast}},
		{"day and month swapped", func(p *domain.Person, _ *string) {
			p.BirthDate = fa.Date{Year: 1360, Month: 12, Day: 5}
		}, []KeyKind{KeyNameBirth}, nil},
		{"birth year only: the year sub-blocks still meet", func(p *domain.Person, _ *string) {
			p.BirthDate = fa.Date{Year: 1360}
		}, []KeyKind{KeyNamesYear, KeyLastYear}, []KeyKind{KeyNameBirth}},
		{"address abbreviated and reordered", func(_ *domain.Person, a *string) {
			*a = "پ. 14، توس 72، ب. توس، مشهد"
		}, []KeyKind{KeyAddress}, nil},
	}
	for _, tt := range tests {
		p, a := base(), addr
		tt.change(&p, &a)
		got := sharedKinds(FromPerson(base(), addr), FromPerson(p, a))
		for _, k := range tt.want {
			if !got[k] {
				t.Errorf("%s: no shared %s key (shared: %v)", tt.name, k, got)
			}
		}
		for _, k := range tt.not {
			if got[k] {
				t.Errorf("%s: shares a %s key", tt.name, k)
			}
		}
	}
}

func TestKeysAfghan(t *testing.T) {
	p := person("نورمحمد", "رضایی", "")
	p.Nationality = domain.NationalityAfghan
	p.ForeignID = domain.ParseForeignID("280078916501")
	q := p
	q.ForeignID = domain.ParseForeignID("2800 7891 6511") // one digit wrong: a half survives
	got := sharedKinds(FromPerson(p, ""), FromPerson(q, ""))
	if !got[KeyForeignHalf] || got[KeyForeignID] {
		t.Errorf("shared %v", got)
	}
	if got[KeyFirstFather] {
		t.Error("no father: no first+father key")
	}
}

func TestKeysNeverFromPlaceholders(t *testing.T) {
	p := person("", "", "")
	p.NationalCode = domain.ParseNationalCode("0000000000")
	p.Mobile = domain.ParseMobile("09000000000")
	if ks := Keys(FromPerson(p, "")); len(ks) != 0 {
		t.Errorf("keys from placeholders: %v", ks)
	}
}

func TestNationalCodeTypoKeys(t *testing.T) {
	// Every valid code one typo away from a code that fails its check.
	ks := appendNationalCodeKeys(nil, "0937422701", false)
	found := false
	for _, k := range ks {
		if k == numKey(KeyNationalCode, digits64("0937422101")) {
			found = true
		}
	}
	if !found || len(ks) < 5 || len(ks) > 25 {
		t.Errorf("%d typo keys, original among them: %v", len(ks), found)
	}
	if len(appendNationalCodeKeys(nil, "0937422101", true)) != 1 {
		t.Error("a valid code has one key")
	}
}
