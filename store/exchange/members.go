package exchange

import (
	"errors"
	"strings"

	"github.com/parvande/parvande/domain"
)

// The CSV members cell («اعضا» / members) holds a household's members in one
// cell, compactly and losslessly:
//
//	rel=همسر; first=فاطمه; last=احمدی; gender=زن; birth=1360/05/12; nc=0012345678
//	rel=فرزند; first=علی; birth=1385
//
// One member per line of the cell. Fields are key=value separated by ";".
// Keys are English and fixed whatever the export language: rel, first, last,
// father, gender, birth, nat, nc, fid, mobile, note (the importer also
// accepts the Persian column names: نسبت، نام، نام خانوادگی، نام پدر، جنسیت،
// تاریخ تولد، ملیت، کد ملی، شماره اتباع، تلفن همراه، توضیحات). Values are
// written as in the file's own columns: identifiers as typed, birth date as
// canonical Jalali or the text typed, relation, gender and nationality in the
// export language. In a value, "\" is written "\\", ";" "\;" and a line
// break "\n". Empty fields are left out; rel is always written.
//
// In XLSX the members go to a second sheet instead, one row per member.

// memberKey is a field of a member.
type memberKey uint8

const (
	mkRel memberKey = iota
	mkFirst
	mkLast
	mkFather
	mkGender
	mkBirth
	mkNat
	mkNC
	mkFID
	mkMobile
	mkNote
	numMemberKeys
)

var memberKeyNames = [numMemberKeys]string{"rel", "first", "last", "father", "gender", "birth", "nat", "nc", "fid", "mobile", "note"}

// memberKeyAliases are accepted on import besides memberKeyNames.
var memberKeyAliases = map[memberKey][]string{
	mkRel:    {"نسبت", "relation", "relationship"},
	mkFirst:  {"نام", "first name", "name"},
	mkLast:   {"نام خانوادگی", "last name", "surname"},
	mkFather: {"نام پدر", "father's name"},
	mkGender: {"جنسیت", "sex"},
	mkBirth:  {"تاریخ تولد", "تولد", "birth date", "dob"},
	mkNat:    {"ملیت", "nationality"},
	mkNC:     {"کد ملی", "national code"},
	mkFID:    {"شماره اتباع", "کد فراگیر", "foreign id"},
	mkMobile: {"تلفن همراه", "همراه", "موبایل"},
	mkNote:   {"توضیحات", "توضیح", "notes"},
}

func newMemberKeyIndex() map[string]memberKey {
	m := make(map[string]memberKey)
	for k, n := range memberKeyNames {
		m[headerKey(n)] = memberKey(k)
	}
	for k, ns := range memberKeyAliases {
		for _, n := range ns {
			m[headerKey(n)] = k
		}
	}
	return m
}

// memberValues is one member as text, in memberKey order.
type memberValues [numMemberKeys]string

// memberText renders a member's fields as text in the export language.
func memberText(m domain.Member, lang Lang) memberValues {
	var v memberValues
	v[mkRel] = relationLabels[m.Relation].in(lang)
	v[mkFirst], v[mkLast], v[mkFather] = m.FirstName, m.LastName, m.FatherName
	v[mkGender] = genderLabels[m.Gender].in(lang)
	v[mkBirth] = birthText(m.Person)
	v[mkNat] = nationalityLabels[m.Nationality].in(lang)
	v[mkNC] = typed(m.NationalCode.Raw, m.NationalCode.Value)
	v[mkFID] = typed(m.ForeignID.Raw, m.ForeignID.Value)
	v[mkMobile] = typed(m.Mobile.Raw, m.Mobile.Value)
	v[mkNote] = m.Note
	return v
}

// encodeMembers writes the members cell.
func encodeMembers(ms []domain.Member, lang Lang) string {
	var b strings.Builder
	for i, m := range ms {
		if i > 0 {
			b.WriteByte('\n')
		}
		v := memberText(m, lang)
		first := true
		for k, s := range v {
			if s == "" && memberKey(k) != mkRel {
				continue
			}
			if !first {
				b.WriteString("; ")
			}
			first = false
			b.WriteString(memberKeyNames[k])
			b.WriteByte('=')
			escapeMember(&b, s)
		}
	}
	return b.String()
}

func escapeMember(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case ';':
			b.WriteString(`\;`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteByte(c)
		}
	}
}

var errMembers = errors.New("members cell is not in the key=value form Export writes")

// decodeMembers reads a members cell into text values per member.
func decodeMembers(cell string, keys map[string]memberKey) ([]memberValues, error) {
	var out []memberValues
	var v memberValues
	var tok strings.Builder
	key := -1
	seen := false
	endField := func() error {
		s := strings.TrimSpace(tok.String())
		tok.Reset()
		if key < 0 {
			if s == "" {
				return nil
			}
			return errMembers
		}
		v[key] = s
		key = -1
		return nil
	}
	endMember := func() error {
		if err := endField(); err != nil {
			return err
		}
		if seen {
			out = append(out, v)
		}
		v, seen = memberValues{}, false
		return nil
	}
	for i := 0; i < len(cell); i++ {
		c := cell[i]
		switch {
		case c == '\\' && i+1 < len(cell):
			i++
			if cell[i] == 'n' {
				tok.WriteByte('\n')
			} else {
				tok.WriteByte(cell[i])
			}
		case c == '=' && key < 0:
			k, ok := keys[headerKey(tok.String())]
			if !ok {
				return nil, errMembers
			}
			tok.Reset()
			key, seen = int(k), true
		case c == ';':
			if err := endField(); err != nil {
				return nil, err
			}
		case c == '\n':
			if err := endMember(); err != nil {
				return nil, err
			}
		case c == '\r':
		default:
			tok.WriteByte(c)
		}
	}
	if err := endMember(); err != nil {
		return nil, err
	}
	return out, nil
}
