package tui

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/tui/i18n"
)

// The person fields shared by the register/edit form (the head of
// household) and the add-member form, and the checks both use.

var (
	genders       = []domain.Gender{domain.GenderUnknown, domain.GenderFemale, domain.GenderMale}
	nationalities = []domain.Nationality{domain.NationalityIranian, domain.NationalityAfghan, domain.NationalityOther, domain.NationalityUnknown}
	housings      = []domain.Housing{domain.HousingUnknown, domain.HousingOwned, domain.HousingRented, domain.HousingOther}
	relations     = []domain.Relation{domain.RelationSpouse, domain.RelationChild, domain.RelationParent, domain.RelationSibling, domain.RelationGrandchild, domain.RelationInLaw, domain.RelationOther}
)

// enumOptions names each value of an enum list through the translator.
func enumOptions[E any](vals []E, name func(*i18n.T, E) string) []option {
	out := make([]option, len(vals))
	for i, v := range vals {
		out[i] = func(tr *i18n.T) string { return name(tr, v) }
	}
	return out
}

// indexOf is v's place in vals, 0 when absent.
func indexOf[E comparable](vals []E, v E) int { return max(0, slices.Index(vals, v)) }

// personFields are the indexes of one person's fields in a form.
type personFields struct{ first, last, father, gender, birth, nat, nc, fid, mobile int }

// addPerson adds p's fields to f.
func addPerson(s *Session, f *form, p domain.Person) personFields {
	tr := s.Tr
	var pf personFields
	pf.first = f.text(i18n.FieldFirstName, p.FirstName, nil)
	pf.last = f.text(i18n.FieldLastName, p.LastName, nil)
	pf.father = f.text(i18n.FieldFatherName, p.FatherName, nil)
	pf.gender = f.choice(i18n.FieldGender, enumOptions(genders, (*i18n.T).Gender), indexOf(genders, p.Gender))
	birth := p.BirthRaw
	if birth == "" {
		birth = dateInput(tr, p.BirthDate)
	}
	pf.birth = f.text(i18n.FieldBirthDate, birth, birthCheck(s))
	f.fields[pf.birth].hint = i18n.FormDateHint
	pf.nat = f.choice(i18n.FieldNationality, enumOptions(nationalities, (*i18n.T).Nationality), indexOf(nationalities, p.Nationality))
	pf.nc = f.text(i18n.FieldNationalCode, idInput(p.NationalCode.Raw, p.NationalCode.Value), idCheck(s, i18n.NationalCode))
	pf.fid = f.text(i18n.FieldForeignID, idInput(p.ForeignID.Raw, p.ForeignID.Value), idCheck(s, i18n.ForeignID))
	pf.mobile = f.text(i18n.FieldMobile, idInput(p.Mobile.Raw, p.Mobile.Value), idCheck(s, i18n.Mobile))
	return pf
}

// idInput is what an identifier field shows: what was typed, else the
// canonical value (records made by code may carry only that).
func idInput(raw, value string) string {
	if raw != "" {
		return raw
	}
	return value
}

// read returns base with the fields' values. An unreadable birth date is
// kept as typed (BirthRaw) and flagged; identifiers keep Raw and their
// flags.
func (pf personFields) read(s *Session, f *form, base domain.Person) domain.Person {
	p := base
	v := func(i int) string { return strings.TrimSpace(f.value(i)) }
	p.FirstName, p.LastName, p.FatherName = v(pf.first), v(pf.last), v(pf.father)
	p.Gender = genders[f.fields[pf.gender].sel]
	p.Nationality = nationalities[f.fields[pf.nat].sel]
	raw := v(pf.birth)
	if d, err := parseDate(s.Lang, raw, today(s), false); err == nil {
		p.BirthDate, p.BirthRaw = d, ""
	} else {
		p.BirthDate, p.BirthRaw = fa.Date{}, raw
	}
	p.NationalCode = domain.ParseNationalCode(v(pf.nc))
	p.ForeignID = domain.ParseForeignID(v(pf.fid))
	p.Mobile = domain.ParseMobile(v(pf.mobile))
	return p
}

// hasName: the person can be told apart by name.
func (pf personFields) hasName(f *form) bool {
	return strings.TrimSpace(f.value(pf.first)) != "" || strings.TrimSpace(f.value(pf.last)) != ""
}

// today is the session's day in the Jalali calendar.
func today(s *Session) fa.Date { return fa.FromTime(s.Now()) }

// birthCheck: a birth date that cannot be read is kept as typed, flagged.
func birthCheck(s *Session) checkFn {
	return func(v string) verdict {
		if _, err := parseDate(s.Lang, v, today(s), false); err != nil {
			return verdict{warn: s.Tr.Err(err) + " " + s.Tr.T(i18n.FormKeptAsTyped)}
		}
		return verdict{}
	}
}

// idCheck flags an identifier that is malformed, fails its check digit
// or looks like a placeholder; it can still be saved.
func idCheck(s *Session, kind i18n.IDKind) checkFn {
	return func(v string) verdict { return verdict{warn: idWarning(s.Tr, kind, strings.TrimSpace(v))} }
}

// moneyCheck refuses what is not an amount and, when units or words were
// typed, says what was understood.
func moneyCheck(s *Session) checkFn {
	return func(v string) verdict {
		rial, err := parseMoney(v)
		if err != nil {
			return verdict{err: moneyErr(s.Tr, err)}
		}
		if strings.ContainsFunc(v, unicode.IsLetter) {
			return verdict{note: s.Tr.T(i18n.FormUnderstood, s.Tr.Money(rial))}
		}
		return verdict{}
	}
}

// countCheck refuses what is not a whole number.
func countCheck(s *Session) checkFn {
	return func(v string) verdict {
		if _, ok := parseCount(v); !ok {
			return verdict{err: s.Tr.T(i18n.FormNotANumber)}
		}
		return verdict{}
	}
}

// fileContext names the household a form is about.
func fileContext(s *Session, f domain.File) string {
	name := f.Head.FullName()
	if f.Number == "" {
		return name
	}
	return name + " · " + s.Tr.Digits(f.Number)
}
