package exchange

import (
	"sort"
	"strings"
	"unicode"

	"github.com/parvande/parvande/domain/fa"
)

// field is what a column holds.
type field uint8

const (
	fNone field = iota
	fRef
	fCenter
	fNumber
	fFirst
	fLast
	fFullName
	fFather
	fGender
	fBirth
	fNationality
	fNationalCode
	fForeignID
	fMobile
	fPhone
	fAddress
	fNeighborhood
	fHousehold
	fMembers // member list (Export's encoding) or, when a bare number, household size
	fStatus  // status or categories, decided per value
	fCategory
	fStatusReason
	fHousing
	fRent
	fIncome
	fNeeds
	fNotes
	fOpened
	numFields
)

// aliases are the headers clerks and other programs write, Persian and
// English; they are compared after headerKey.
var aliases = map[field][]string{
	fRef:          {"ردیف", "row", "#", "no", "no.", "ref", "reference", "شماره ردیف", "id", "row id", "row no"},
	fCenter:       {"مرکز", "center", "centre", "charity", "نام مرکز", "خیریه", "موسسه", "مؤسسه", "center name", "centre name", "organization", "organisation"},
	fNumber:       {"شماره پرونده", "file no", "file number", "file #", "file", "پرونده", "case no", "case number", "کد پرونده"},
	fFirst:        {"نام", "first name", "name", "firstname", "given name", "نام کوچک"},
	fLast:         {"نام خانوادگی", "last name", "surname", "family name", "lastname", "family", "نام فامیلی", "فامیلی"},
	fFullName:     {"نام و نام خانوادگی", "full name", "name and surname", "نام کامل", "نام سرپرست", "سرپرست خانوار", "head of household"},
	fFather:       {"نام پدر", "father", "father's name", "fathers name", "father name", "پدر"},
	fGender:       {"جنسیت", "gender", "sex", "جنس"},
	fBirth:        {"تاریخ تولد", "birth date", "dob", "date of birth", "birthdate", "birth", "تولد", "سال تولد", "birth year"},
	fNationality:  {"ملیت", "nationality", "تابعیت", "citizenship"},
	fNationalCode: {"کد ملی", "national code", "national id", "melli", "melli code", "code melli", "شماره ملی", "nid", "national number"},
	fForeignID:    {"شماره اتباع", "کد فراگیر", "کد فراگیر اتباع", "شماره فراگیر", "کد اتباع", "foreign id", "fida", "fida number", "foreign national id", "foreign national number", "آمایش", "شماره آمایش", "amayesh"},
	fMobile:       {"تلفن همراه", "موبایل", "همراه", "شماره همراه", "شماره موبایل", "mobile", "cell", "cellphone", "cell phone", "mobile number", "mobile phone"},
	fPhone:        {"تلفن", "phone", "phones", "telephone", "tel", "تلفن ثابت", "تلفن ها", "landline", "شماره تماس", "تماس"},
	fAddress:      {"نشانی", "آدرس", "address", "نشانی منزل", "آدرس منزل"},
	fNeighborhood: {"محله", "neighborhood", "neighbourhood", "area", "منطقه"},
	fHousehold:    {"تعداد اعضای خانوار", "تعداد اعضا", "تعداد افراد", "بعد خانوار", "household size", "household", "family size", "size", "number of members", "members count"},
	fMembers:      {"اعضا", "members", "اعضای خانوار", "household members", "افراد خانوار"},
	fStatus:       {"وضعیت", "status", "state", "وضعیت پرونده"},
	fCategory:     {"نوع", "category", "categories", "دسته", "گروه", "type", "نوع مددجو", "نوع پرونده"},
	fStatusReason: {"علت", "status reason", "reason", "علت وضعیت", "دلیل", "علت تعلیق", "علت اختتام"},
	fHousing:      {"مسکن", "housing", "وضعیت مسکن", "نوع مسکن", "tenure"},
	fRent:         {"اجاره", "rent", "اجاره بها", "مبلغ اجاره", "اجاره ماهانه", "monthly rent"},
	fIncome:       {"درآمد", "income", "درآمد ماهانه", "monthly income"},
	fNeeds:        {"نیازها", "needs", "نیاز", "نیازمندی", "نیازمندیها"},
	fNotes:        {"توضیحات", "notes", "note", "comments", "comment", "ملاحظات", "یادداشت", "remarks", "description"},
	fOpened:       {"تاریخ تشکیل پرونده", "opened", "registration date", "تاریخ ثبت", "تاریخ تشکیل", "opened on", "date opened", "تاریخ پرونده", "registered", "تاریخ ثبت نام"},
}

// unitWords mark an amount column's unit inside its header, e.g.
// «درآمد (تومان)»; they are removed before the alias lookup.
var (
	tomanWords = []string{"تومان", "tomans", "toman"}
	rialWords  = []string{"ریال", "rials", "rial"}
)

// headerKey folds a header (or sheet or key name) for comparison: Persian
// folding, lower case, letters and digits only. A header of symbols only,
// such as "#", keeps its symbols.
func headerKey(s string) string {
	f := fa.Fold(s) // lower-cases too
	var b strings.Builder
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return strings.Join(strings.Fields(f), "")
	}
	return b.String()
}

// aliasIndex maps folded aliases to fields.
type aliasIndex struct {
	exact map[string]field
	// aliases of five letters or more, longest first, for headers that
	// merely contain one
	// («درآمد ماهانه خانوار»).
	contains []aliasEntry
}

type aliasEntry struct {
	key string
	f   field
}

func newAliasIndex() *aliasIndex {
	ix := &aliasIndex{exact: make(map[string]field)}
	for f, names := range aliases {
		for _, n := range names {
			k := headerKey(n)
			ix.exact[k] = f
			if len([]rune(k)) >= 5 {
				ix.contains = append(ix.contains, aliasEntry{k, f})
			}
		}
	}
	sort.Slice(ix.contains, func(i, j int) bool {
		a, b := ix.contains[i], ix.contains[j]
		if len(a.key) != len(b.key) {
			return len(a.key) > len(b.key)
		}
		return a.key < b.key
	})
	return ix
}

// columns is a sheet's header, mapped.
type columns struct {
	idx     [numFields]int  // column of each field; -1 when absent
	toman   [numFields]bool // amount column given in Toman
	names   []string        // header text of every column, trimmed
	unknown []int           // columns matching no field, kept in Notes
}

// mapHeader maps header cells to fields. Exact alias matches are taken
// first, so «نام» never loses to a header that merely contains it; a field
// is given to one column only and later duplicates count as unknown.
func mapHeader(ix *aliasIndex, cells []string) *columns {
	c := &columns{names: make([]string, len(cells))}
	for i := range c.idx {
		c.idx[i] = -1
	}
	keys := make([]string, len(cells))
	toman := make([]bool, len(cells))
	for i, h := range cells {
		c.names[i] = clean(h)
		keys[i], toman[i] = stripUnit(headerKey(h))
	}
	taken := make([]bool, len(cells))
	// A rejects file (Report.WriteRejectsCSV) starts with line, code and
	// reason; they say why the row was refused and are not the file's.
	if len(keys) >= 3 && keys[0] == "line" && keys[1] == "code" && keys[2] == "reason" {
		taken[0], taken[1], taken[2] = true, true, true
	}
	for i, k := range keys {
		if f, ok := ix.exact[k]; ok && k != "" && !taken[i] && c.idx[f] < 0 {
			c.idx[f], c.toman[f], taken[i] = i, toman[i], true
		}
	}
	for i, k := range keys {
		if taken[i] || k == "" {
			continue
		}
		for _, e := range ix.contains {
			if c.idx[e.f] < 0 && strings.Contains(k, e.key) {
				c.idx[e.f], c.toman[e.f], taken[i] = i, toman[i], true
				break
			}
		}
	}
	for i := range cells {
		if !taken[i] && c.names[i] != "" {
			c.unknown = append(c.unknown, i)
		}
	}
	return c
}

// stripUnit removes a currency word at either end of a header key and
// reports whether it was Toman.
func stripUnit(k string) (string, bool) {
	for _, w := range tomanWords {
		if r, ok := cutEnd(k, w); ok {
			return r, true
		}
	}
	for _, w := range rialWords {
		if r, ok := cutEnd(k, w); ok {
			return r, false
		}
	}
	return k, false
}

func cutEnd(k, w string) (string, bool) {
	if k == w {
		return k, false
	}
	if r, ok := strings.CutSuffix(k, w); ok {
		return r, true
	}
	return strings.CutPrefix(k, w)
}

// hasName reports whether the header has a column a head of household's
// name can come from.
func (c *columns) hasName() bool {
	return c.idx[fFirst] >= 0 || c.idx[fLast] >= 0 || c.idx[fFullName] >= 0
}

// recognised counts mapped columns, to tell a header from a data row.
func (c *columns) recognised() int {
	n := 0
	for _, i := range c.idx[1:] {
		if i >= 0 {
			n++
		}
	}
	return n
}

// get returns the trimmed cell of field f, or "".
func (c *columns) get(cells []string, f field) string {
	i := c.idx[f]
	if i < 0 || i >= len(cells) {
		return ""
	}
	return clean(cells[i])
}

// clean trims spaces and the invisible marks Excel and keyboards leave at
// the ends of cells.
func clean(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u200c' || r == '\u200e' || r == '\u200f' || r == '\ufeff'
	})
}

var fieldNames = [numFields]string{
	"", "ref", "center", "number", "first_name", "last_name", "full_name", "father_name",
	"gender", "birth_date", "nationality", "national_code", "foreign_id", "mobile", "phones",
	"address", "neighborhood", "household_size", "members", "status", "categories",
	"status_reason", "housing", "rent", "income", "needs", "notes", "opened",
}

// String is the field's stable English name, used in reports.
func (f field) String() string {
	if f < numFields {
		return fieldNames[f]
	}
	return "unknown"
}
