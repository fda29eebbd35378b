package i18n

import (
	"strings"
	"testing"

	"github.com/parvande/parvande/domain/match"
)

// allReasons lists the engine's reason codes: a new one must be named here
// and in msg_dupes.go.
var allReasons = []string{
	match.ReasonSameNationalCode, match.ReasonNationalCodeTypo, match.ReasonNationalCodeConflict,
	match.ReasonNationalCodeDiffers, match.ReasonSameForeignID, match.ReasonForeignIDTypo,
	match.ReasonForeignIDDiffers, match.ReasonSameFirstName, match.ReasonFirstNamesAlike,
	match.ReasonFirstNameDiffers, match.ReasonSameLastName, match.ReasonLastNamesAlike,
	match.ReasonLastNameDiffers, match.ReasonNamesSwapped, match.ReasonCommonName,
	match.ReasonSameFather, match.ReasonFathersAlike, match.ReasonFatherDiffers,
	match.ReasonSameBirthDate, match.ReasonBirthDayMonthSwapped, match.ReasonSameBirthYear,
	match.ReasonBirthYearApart, match.ReasonBirthDateDiffers, match.ReasonBirthDiffers,
	match.ReasonGenderDiffers, match.ReasonNationalityDiffers, match.ReasonSameMobile,
	match.ReasonSharedMobile, match.ReasonMobileDiffers, match.ReasonSameAddress,
	match.ReasonAddressesAlike, match.ReasonAddressDiffers, match.ReasonBothSeyyed,
	match.ReasonSeyyedDiffers, match.ReasonLikeRelatives,
}

func TestReasonsNamed(t *testing.T) {
	for _, l := range []Lang{Fa, En} {
		tr := New(l)
		for _, c := range allReasons {
			s := tr.Reason(match.Reason{Code: c, Field: match.FieldFirst, Pct: 94})
			if strings.Contains(s, c) || strings.Contains(s, "%!") || strings.Contains(s, "[") {
				t.Errorf("%s %s: %q", l.Code(), c, s)
			}
		}
		for b := match.BandNone; b <= match.BandCertain; b++ {
			if s := tr.Band(b); strings.Contains(s, "[") {
				t.Errorf("band %v: %q", b, s)
			}
		}
		for l := match.Level(0); l < match.NumLevels; l++ {
			if s := tr.MatchLevel(l); s == tr.T(UnknownValue) {
				t.Errorf("level %v unnamed", l)
			}
		}
		for f := match.Field(0); f < match.NumFields; f++ {
			if s := tr.MatchField(f); strings.Contains(s, "[") {
				t.Errorf("field %v: %q", f, s)
			}
		}
	}
	en := New(En)
	if got := en.Reason(match.Reason{Code: match.ReasonFirstNamesAlike, Pct: 94}); got != "first names 94% alike" {
		t.Errorf("pct: %q", got)
	}
	if got := New(Fa).Reason(match.Reason{Code: match.ReasonCommonName, Field: match.FieldLast}); got != "نام خانوادگی پرتکرار است" {
		t.Errorf("field: %q", got)
	}
	if got := en.Reason(match.Reason{Code: "new_code"}); got != "reason new_code" {
		t.Errorf("unknown: %q", got)
	}
}
