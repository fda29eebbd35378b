package match

import (
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

func person(first, last, father string) domain.Person {
	return domain.Person{FirstName: first, LastName: last, FatherName: father}
}

func TestFromFile(t *testing.T) {
	p := person("سید محمد‌رضا", "حسین زاده", "حاج علي")
	p.NationalCode = domain.ParseNationalCode("093-742210-1")
	p.Mobile = domain.ParseMobile("+98 915 123 4567")
	p.BirthDate = fa.Date{Year: 1360, Month: 5}
	r := FromFile(domain.File{ID: 7, Center: 3, Head: p, Address: "خ. ابوذر، پ. ۲۲"})
	check := func(what, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", what, got, want)
		}
	}
	check("First", r.First, "محمدرضا")
	check("Last", r.Last, "حسینزاده")
	check("LastStem", r.LastStem, "حسین")
	check("Father", r.Father, "علی")
	check("NationalCode", r.NationalCode, "0937422101")
	check("Mobile", r.Mobile, "09151234567")
	if r.Titles != TitleSeyyed || !r.NationalCodeOK || r.ID != 7 || r.Center != 3 {
		t.Errorf("titles %v, code ok %v, id %v, center %v", r.Titles, r.NationalCodeOK, r.ID, r.Center)
	}
	if r.Birth != (fa.Date{Year: 1360, Month: 5}) {
		t.Errorf("partial birth date lost: %v", r.Birth)
	}
	if r.FirstSound != fa.Phonetic("محمدرضا") || r.LastSound != fa.Phonetic("حسین") {
		t.Errorf("sounds %q %q", r.FirstSound, r.LastSound)
	}
}

func TestFromFileIdentifiers(t *testing.T) {
	tests := []struct {
		nc     string
		value  string
		usable bool
	}{
		{"0937422101", "0937422101", true},
		{"937422101", "0937422101", true}, // leading zero lost in a number cell
		{"0937422107", "0937422107", false},
		{"1111111111", "", false}, // suspect: never a key, never compared
		{"12345", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		p := person("علی", "رضایی", "")
		p.NationalCode = domain.ParseNationalCode(tt.nc)
		r := FromPerson(p, "")
		if r.NationalCode != tt.value || r.NationalCodeOK != tt.usable {
			t.Errorf("national code %q: %q ok=%v, want %q ok=%v", tt.nc, r.NationalCode, r.NationalCodeOK, tt.value, tt.usable)
		}
	}
	p := person("علی", "رضایی", "")
	p.Mobile = domain.ParseMobile("09111111111")
	p.ForeignID = domain.ParseForeignID("111111111111")
	if r := FromPerson(p, ""); r.Mobile != "" || r.ForeignID != "" {
		t.Errorf("placeholder numbers kept: %q %q", r.Mobile, r.ForeignID)
	}
}
