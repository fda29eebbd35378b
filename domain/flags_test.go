package domain_test

import (
	"reflect"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

func TestFileFlags(t *testing.T) {
	clean := domain.File{
		Center: 1,
		Head: domain.Person{
			FirstName:    "زهرا",
			NationalCode: domain.ParseNationalCode("0937422101"),
			Mobile:       domain.ParseMobile("09151234567"),
			BirthDate:    fa.Date{Year: 1360},
		},
		Members: []domain.Member{{Person: domain.Person{FirstName: "علی", ForeignID: domain.ParseForeignID("")}}},
	}
	if got := clean.Flags(); len(got) != 0 {
		t.Fatalf("clean file flagged: %+v", got)
	}

	f := clean
	f.Head.NationalCode = domain.ParseNationalCode("0937422102") // check digit
	f.Head.Mobile = domain.ParseMobile("0513")                   // format
	f.Members = []domain.Member{
		{Person: domain.Person{FirstName: "علی", BirthRaw: "اوایل انقلاب"}},
		{Person: domain.Person{
			FirstName:    "مریم",
			NationalCode: domain.ParseNationalCode("1111111111"),  // suspect
			ForeignID:    domain.ParseForeignID("12345"),          // format
			Mobile:       domain.ParseMobile("09111111111"),       // suspect
			BirthDate:    fa.Date{Year: 1404, Month: 12, Day: 30}, // cannot exist
		}},
	}
	want := []domain.FlagNote{
		{Field: domain.FieldNationalCode, Flag: domain.FlagChecksum, Member: 0},
		{Field: domain.FieldMobile, Flag: domain.FlagFormat, Member: 0},
		{Field: domain.FieldBirthDate, Flag: domain.FlagFormat, Member: 1},
		{Field: domain.FieldNationalCode, Flag: domain.FlagSuspect, Member: 2},
		{Field: domain.FieldForeignID, Flag: domain.FlagFormat, Member: 2},
		{Field: domain.FieldMobile, Flag: domain.FlagSuspect, Member: 2},
		{Field: domain.FieldBirthDate, Flag: domain.FlagFormat, Member: 2},
	}
	if got := f.Flags(); !reflect.DeepEqual(got, want) {
		t.Errorf("Flags() =\n%+v\nwant\n%+v", got, want)
	}
	if f.Validate() != nil {
		t.Error("flagged values must not make a file invalid")
	}
}
