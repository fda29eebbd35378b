package match

import (
	"math"
)

// Reason is one piece of evidence about a pair, as a value for the UI to
// translate: Code names it ("same_national_code", "first_names_alike",
// "father_differs" …), Field is the field it is about, Pct a similarity
// where one applies ("names 94% alike"), and Bits what it added to the
// score (negative: evidence against), so the UI can order and colour.
type Reason struct {
	Code  string  `json:"code"`
	Field Field   `json:"field"`
	Pct   int     `json:"pct,omitempty"`
	Bits  float64 `json:"bits"`
}

// Reason codes.
const (
	ReasonSameNationalCode     = "same_national_code"
	ReasonNationalCodeTypo     = "national_code_typo"
	ReasonNationalCodeConflict = "national_code_conflict"
	ReasonNationalCodeDiffers  = "national_code_differs"
	ReasonSameForeignID        = "same_foreign_id"
	ReasonForeignIDTypo        = "foreign_id_typo"
	ReasonForeignIDDiffers     = "foreign_id_differs"
	ReasonSameFirstName        = "same_first_name"
	ReasonFirstNamesAlike      = "first_names_alike"
	ReasonFirstNameDiffers     = "first_name_differs"
	ReasonSameLastName         = "same_last_name"
	ReasonLastNamesAlike       = "last_names_alike"
	ReasonLastNameDiffers      = "last_name_differs"
	ReasonNamesSwapped         = "names_swapped"
	ReasonCommonName           = "common_name"
	ReasonSameFather           = "same_father"
	ReasonFathersAlike         = "fathers_alike"
	ReasonFatherDiffers        = "father_differs"
	ReasonSameBirthDate        = "same_birth_date"
	ReasonBirthDayMonthSwapped = "birth_day_month_swapped"
	ReasonSameBirthYear        = "same_birth_year"
	ReasonBirthYearApart       = "birth_year_apart"
	ReasonBirthDateDiffers     = "birth_date_differs"
	ReasonBirthDiffers         = "birth_differs"
	ReasonGenderDiffers        = "gender_differs"
	ReasonNationalityDiffers   = "nationality_differs"
	ReasonSameMobile           = "same_mobile"
	ReasonSharedMobile         = "shared_mobile"
	ReasonMobileDiffers        = "mobile_differs"
	ReasonSameAddress          = "same_address"
	ReasonAddressesAlike       = "addresses_alike"
	ReasonAddressDiffers       = "address_differs"
	ReasonBothSeyyed           = "both_seyyed"
	ReasonSeyyedDiffers        = "seyyed_differs"
	// ReasonLikeRelatives: surname, father, address, birth… agree the way
	// they do between siblings, twins or spouses, and what tells one person
	// apart (first name, national code) does not: Bits is what that took off.
	ReasonLikeRelatives = "like_relatives"
)

// reasonCodes maps a field's level to its reason code; "" says nothing
// worth showing (same gender, both Iranian…).
var reasonCodes = [NumFields][NumLevels]string{
	FieldNationalCode: {LevelExact: ReasonSameNationalCode, LevelTypo: ReasonNationalCodeTypo,
		LevelConflict: ReasonNationalCodeConflict, LevelDifferent: ReasonNationalCodeDiffers},
	FieldForeignID: {LevelExact: ReasonSameForeignID, LevelTypo: ReasonForeignIDTypo,
		LevelDifferent: ReasonForeignIDDiffers},
	FieldFirst: {LevelExact: ReasonSameFirstName, LevelClose: ReasonFirstNamesAlike,
		LevelSimilar: ReasonFirstNamesAlike, LevelDifferent: ReasonFirstNameDiffers},
	FieldLast: {LevelExact: ReasonSameLastName, LevelClose: ReasonLastNamesAlike,
		LevelSimilar: ReasonLastNamesAlike, LevelDifferent: ReasonLastNameDiffers},
	FieldFather: {LevelExact: ReasonSameFather, LevelClose: ReasonFathersAlike,
		LevelSimilar: ReasonFathersAlike, LevelDifferent: ReasonFatherDiffers},
	FieldBirth: {LevelExact: ReasonSameBirthDate, LevelSwap: ReasonBirthDayMonthSwapped,
		LevelPartial: ReasonSameBirthYear, LevelNear: ReasonBirthYearApart,
		LevelSameYear: ReasonBirthDateDiffers, LevelDifferent: ReasonBirthDiffers},
	FieldGender:      {LevelDifferent: ReasonGenderDiffers},
	FieldNationality: {LevelDifferent: ReasonNationalityDiffers},
	FieldMobile:      {LevelExact: ReasonSameMobile, LevelDifferent: ReasonMobileDiffers},
	FieldAddress: {LevelExact: ReasonSameAddress, LevelClose: ReasonAddressesAlike,
		LevelDifferent: ReasonAddressDiffers},
	FieldTitles: {LevelExact: ReasonBothSeyyed, LevelDifferent: ReasonSeyyedDiffers},
}

// reasons explains a comparison, strongest evidence first.
func (s *scorer) reasons(a, b *view, c *comparison) []Reason {
	out := make([]Reason, 0, 8)
	for f := Field(0); f < NumFields; f++ {
		l := c.v[f]
		code := reasonCodes[f][l]
		if code == "" {
			continue
		}
		r := Reason{Code: code, Field: f, Bits: s.bits[f][l]}
		switch f {
		case FieldFirst, FieldLast, FieldFather:
			if l == LevelClose || l == LevelSimilar {
				r.Pct = pct(c.sims[f-FieldFirst])
			}
			if adj := c.adj[f]; adj != 0 {
				r.Bits += adj
				if adj <= -1 {
					out = append(out, Reason{Code: ReasonCommonName, Field: f, Bits: adj})
				}
			}
		case FieldAddress:
			if l == LevelClose {
				r.Pct = pct(c.addrSim)
			}
		case FieldBirth:
			r.Bits += c.adj[f]
		case FieldMobile:
			if adj := c.adj[f]; adj != 0 {
				r.Bits += adj
				if adj <= -1 {
					r.Code = ReasonSharedMobile
				}
			}
		}
		out = append(out, r)
	}
	// Said only when what tells one person from a relative (their own
	// code, their first name) does not agree: on a copy with the same
	// national code the discount is real but the words would mislead.
	if c.relBits >= 0.5 && c.v[FieldNationalCode] != LevelExact && c.v[FieldForeignID] != LevelExact &&
		c.v[FieldFirst] != LevelExact {
		out = append(out, Reason{Code: ReasonLikeRelatives, Bits: -c.relBits})
	}
	if c.swapped {
		out = append(out, Reason{Code: ReasonNamesSwapped, Field: FieldFirst})
	}
	for i := range out {
		out[i].Bits = math.Round(out[i].Bits*100) / 100
	}
	// Strongest first, stably: by insertion, for the ten or so of every
	// pair a scan reports (a sort through a comparison function was a
	// tenth of the scan's reporting).
	for i := 1; i < len(out); i++ {
		r := out[i]
		j := i
		for j > 0 && math.Abs(out[j-1].Bits) < math.Abs(r.Bits) {
			out[j] = out[j-1]
			j--
		}
		out[j] = r
	}
	return out
}

func pct(sim float64) int { return int(math.Round(sim * 100)) }
