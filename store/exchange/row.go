package exchange

import (
	"strconv"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// warning bits a row can raise; the report counts them.
type warning uint8

const (
	warnUnread     warning = 1 << iota // a value could not be read; kept in Notes
	warnExtraCells                     // more cells than the header; kept in Notes
	warnMembers                        // members cell unreadable; kept in Notes
)

var warningCodes = [...]struct {
	w    warning
	code string
}{{warnUnread, "unread_value"}, {warnExtraCells, "extra_cells"}, {warnMembers, "members"}}

// Reject codes.
const (
	codeNoName        = "no_name"
	codeNoCenter      = "no_center"
	codeUnknownCenter = "unknown_center"
	codeQuoteSpan     = "quote_span"
	codeInvalid       = "invalid"
	codeDenied        = "denied"
)

// converter turns rows into files. It caches the reading of values that
// repeat on every row (gender, nationality, categories), so a million rows
// fold a few hundred distinct strings, not millions.
type converter struct {
	cols   *columns
	vocab  *vocabulary
	mkeys  map[string]memberKey
	extra  []string // notes lines of the current row
	gender memo[domain.Gender]
	nat    memo[domain.Nationality]
	rel    memo[domain.Relation]
	house  memo[domain.Housing]
	kinds  map[string]kindResult
}

func newConverter(cols *columns, v *vocabulary, mkeys map[string]memberKey) *converter {
	return &converter{
		cols: cols, vocab: v, mkeys: mkeys,
		gender: newMemo(v.gender), nat: newMemo(v.nationality),
		rel: newMemo(v.relation), house: newMemo(v.housing),
		kinds: map[string]kindResult{},
	}
}

// convert fills f from one row. It returns a reject code and reason when
// the row cannot form a file; otherwise warnings about values kept in Notes.
func (cv *converter) convert(cells []string, f *domain.File) (code, reason string, w warning) {
	c := cv.cols
	cv.extra = cv.extra[:0]
	*f = domain.File{}
	var head memberValues
	head[mkFirst], head[mkLast], head[mkFather] = c.get(cells, fFirst), c.get(cells, fLast), c.get(cells, fFather)
	if head[mkFirst] == "" && head[mkLast] == "" {
		if full := c.get(cells, fFullName); full != "" {
			head[mkFirst], head[mkLast] = splitFullName(full)
		}
	}
	if head[mkFirst] == "" && head[mkLast] == "" {
		return codeNoName, "the row has neither a first nor a last name", 0
	}
	head[mkGender], head[mkBirth], head[mkNat] = c.get(cells, fGender), c.get(cells, fBirth), c.get(cells, fNationality)
	head[mkNC], head[mkFID], head[mkMobile] = c.get(cells, fNationalCode), c.get(cells, fForeignID), c.get(cells, fMobile)
	for _, bad := range cv.person(&f.Head, &head) {
		cv.note(c.header(personField[bad]), head[bad])
		w |= warnUnread
	}
	f.ExternalRef = fa.ToLatinDigits(c.get(cells, fRef))
	f.Number = c.get(cells, fNumber)
	f.Address, f.Neighborhood = c.get(cells, fAddress), c.get(cells, fNeighborhood)
	f.Needs, f.StatusReason = c.get(cells, fNeeds), c.get(cells, fStatusReason)
	f.Phones = splitList(c.get(cells, fPhone))
	if s := c.get(cells, fHousehold); s != "" {
		n, ok := count(s)
		if !ok {
			cv.note(c.header(fHousehold), s)
			w |= warnUnread
		}
		f.HouseholdSize = n
	}
	w |= cv.kind(f, fStatus, cells)
	w |= cv.kind(f, fCategory, cells)
	if s := c.get(cells, fHousing); s != "" {
		h, ok := cv.house.get(s)
		if !ok {
			h = domain.HousingOther
			cv.note(c.header(fHousing), s)
			w |= warnUnread
		}
		f.Housing = h
	}
	f.Rent, w = cv.amount(cells, fRent, w)
	f.Income, w = cv.amount(cells, fIncome, w)
	if s := c.get(cells, fOpened); s != "" {
		d, ok := readDate(s)
		if !ok {
			cv.note(c.header(fOpened), s)
			w |= warnUnread
		}
		f.OpenedOn = d
	}
	if s := c.get(cells, fMembers); s != "" {
		w |= cv.membersCell(f, s)
	}
	for _, i := range c.unknown {
		if i < len(cells) {
			if v := clean(cells[i]); v != "" {
				cv.note(c.names[i], v)
			}
		}
	}
	for i := len(c.names); i < len(cells); i++ {
		if v := clean(cells[i]); v != "" {
			cv.note("#"+strconv.Itoa(i+1), v)
			w |= warnExtraCells
		}
	}
	f.Notes = joinNotes(c.get(cells, fNotes), cv.extra)
	return "", "", w
}

// personField maps person keys to the sheet's columns, to name the column
// of a value kept in Notes.
var personField = [numMemberKeys]field{
	mkFirst: fFirst, mkLast: fLast, mkFather: fFather, mkGender: fGender, mkBirth: fBirth,
	mkNat: fNationality, mkNC: fNationalCode, mkFID: fForeignID, mkMobile: fMobile,
}

// person fills p from text values and returns the keys whose values could
// not be read (and so must be kept elsewhere). Identifiers are never among
// them: they are kept as typed and flagged.
func (cv *converter) person(p *domain.Person, v *memberValues) (bad []memberKey) {
	p.FirstName, p.LastName, p.FatherName = v[mkFirst], v[mkLast], v[mkFather]
	if s := v[mkGender]; s != "" {
		g, ok := cv.gender.get(s)
		if !ok {
			bad = append(bad, mkGender)
		}
		p.Gender = g
	}
	if s := v[mkBirth]; s != "" {
		if d, ok := readDate(s); ok {
			p.BirthDate = d
		} else {
			p.BirthRaw = s
		}
	}
	if s := v[mkNat]; s != "" {
		n, ok := cv.nat.get(s)
		if !ok {
			n = domain.NationalityOther
			bad = append(bad, mkNat)
		}
		p.Nationality = n
	}
	if v[mkNC] != "" {
		p.NationalCode = domain.ParseNationalCode(v[mkNC])
	}
	if v[mkFID] != "" {
		p.ForeignID = domain.ParseForeignID(v[mkFID])
	}
	if v[mkMobile] != "" {
		p.Mobile = domain.ParseMobile(v[mkMobile])
	}
	return bad
}

// member builds a household member from text values; values it cannot read
// go to the member's note.
func (cv *converter) member(v *memberValues) domain.Member {
	var m domain.Member
	var notes []string
	for _, bad := range cv.person(&m.Person, v) {
		notes = append(notes, memberKeyNames[bad]+": "+v[bad])
	}
	if s := v[mkRel]; s != "" {
		r, ok := cv.rel.get(s)
		if !ok {
			notes = append(notes, memberKeyNames[mkRel]+": "+s)
		}
		m.Relation = r
	}
	m.Note = joinNotes(v[mkNote], notes)
	return m
}

// membersCell reads the CSV members cell. A bare number there is a
// household size, as some sheets head that column «اعضا».
func (cv *converter) membersCell(f *domain.File, s string) warning {
	if n, ok := count(s); ok {
		if f.HouseholdSize == 0 {
			f.HouseholdSize = n
		} else if n != f.HouseholdSize {
			cv.note(cv.cols.header(fMembers), s)
		}
		return 0
	}
	vals, err := decodeMembers(s, cv.mkeys)
	if err != nil {
		cv.note(cv.cols.header(fMembers), s)
		return warnMembers
	}
	f.Members = make([]domain.Member, len(vals))
	for i := range vals {
		f.Members[i] = cv.member(&vals[i])
	}
	return 0
}

// kindResult is a status-or-category cell, read.
type kindResult struct {
	status    domain.Status
	hasStatus bool
	cats      []domain.Category
	unknown   []string
}

// kind reads a cell of statuses and categories. Clerks' «وضعیت» holds
// categories (سالمند، بیکار) while ours holds the status (فعال), so each
// item is looked up in both lists.
func (cv *converter) kind(f *domain.File, fl field, cells []string) warning {
	s := cv.cols.get(cells, fl)
	if s == "" {
		return 0
	}
	k, ok := cv.kinds[s]
	if !ok {
		for _, item := range splitList(s) {
			if st, ok := cv.vocab.status.lookup(item); ok {
				k.status, k.hasStatus = st, true
			} else if c, ok := cv.vocab.category.lookup(item); ok {
				k.cats = appendCategory(k.cats, c)
			} else {
				k.cats = appendCategory(k.cats, domain.CategoryOther)
				k.unknown = append(k.unknown, item)
			}
		}
		if len(cv.kinds) < memoLimit {
			cv.kinds[strings.Clone(s)] = k
		}
	}
	if k.hasStatus {
		f.Status = k.status
	}
	for _, c := range k.cats {
		f.Categories = appendCategory(f.Categories, c)
	}
	for _, u := range k.unknown {
		cv.note(cv.cols.header(fl), u)
	}
	if len(k.unknown) > 0 {
		return warnUnread
	}
	return 0
}

func appendCategory(cs []domain.Category, c domain.Category) []domain.Category {
	for _, x := range cs {
		if x == c {
			return cs
		}
	}
	return append(cs, c)
}

// amount reads a money column in Rial, or Toman when its header says so.
func (cv *converter) amount(cells []string, fl field, w warning) (int64, warning) {
	s := cv.cols.get(cells, fl)
	if s == "" {
		return 0, w
	}
	unit := fa.Rial
	if cv.cols.toman[fl] {
		unit = fa.Toman
	}
	n, err := fa.ParseAmount(s, unit)
	if err != nil || n < 0 {
		cv.note(cv.cols.header(fl), s)
		return 0, w | warnUnread
	}
	return n, w
}

func (cv *converter) note(header, value string) {
	cv.extra = append(cv.extra, header+": "+value)
}

// header is the sheet's own text for a field's column.
func (c *columns) header(f field) string {
	if i := c.idx[f]; i >= 0 && i < len(c.names) {
		return c.names[i]
	}
	return f.String()
}

// joinNotes appends kept lines to a note.
func joinNotes(base string, lines []string) string {
	if len(lines) == 0 {
		return base
	}
	var b strings.Builder
	b.WriteString(base)
	for _, l := range lines {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return b.String()
}
