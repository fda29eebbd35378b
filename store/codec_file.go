package store

import (
	"github.com/parvande/parvande/domain"
)

const fileFormat = 1

// identifier header bits; the low four bits hold the IDFlag.
const (
	idHasRaw    = 0x10
	idValueRaw  = 0x20 // Value equals Raw: the common case, stored once
	idHasValue  = 0x40 // Value differs from Raw and follows it
	idFlagMask  = 0x0f
	idKnownBits = idHasRaw | idValueRaw | idHasValue | idFlagMask
)

// ident writes an identifier as typed plus its canonical value, storing the
// value only when it differs from what was typed.
func (e *enc) ident(raw, value string, flag domain.IDFlag) {
	h := byte(flag) & idFlagMask
	if raw != "" {
		h |= idHasRaw
	}
	switch {
	case value == "":
	case value == raw:
		h |= idValueRaw
	default:
		h |= idHasValue
	}
	e.byte(h)
	if raw != "" {
		e.str(raw)
	}
	if h&idHasValue != 0 {
		e.str(value)
	}
}

func (d *dec) ident() (raw, value string, flag domain.IDFlag) {
	h := d.byte()
	if h&^idKnownBits != 0 || h&idValueRaw != 0 && h&idHasValue != 0 || h&idValueRaw != 0 && h&idHasRaw == 0 {
		d.fail()
		return "", "", 0
	}
	if h&idHasRaw != 0 {
		raw = d.str()
	}
	switch {
	case h&idValueRaw != 0:
		value = raw
	case h&idHasValue != 0:
		value = d.str()
	}
	return raw, value, domain.IDFlag(h & idFlagMask)
}

func (e *enc) person(p *domain.Person) {
	e.str(p.FirstName)
	e.str(p.LastName)
	e.str(p.FatherName)
	e.byte(byte(p.Gender))
	e.date(p.BirthDate)
	e.str(p.BirthRaw)
	e.byte(byte(p.Nationality))
	e.ident(p.NationalCode.Raw, p.NationalCode.Value, p.NationalCode.Flag)
	e.ident(p.ForeignID.Raw, p.ForeignID.Value, p.ForeignID.Flag)
	e.ident(p.Mobile.Raw, p.Mobile.Value, p.Mobile.Flag)
}

func (d *dec) person(p *domain.Person) {
	p.FirstName = d.str()
	p.LastName = d.str()
	p.FatherName = d.str()
	p.Gender = domain.Gender(d.byte())
	p.BirthDate = d.date()
	p.BirthRaw = d.str()
	p.Nationality = domain.Nationality(d.byte())
	n := &p.NationalCode
	n.Raw, n.Value, n.Flag = d.ident()
	f := &p.ForeignID
	f.Raw, f.Value, f.Flag = d.ident()
	m := &p.Mobile
	m.Raw, m.Value, m.Flag = d.ident()
}

// appendFile encodes f (without its id, which is the key) onto buf.
func appendFile(buf []byte, f *domain.File) []byte {
	start := len(buf)
	e := enc{b: buf}
	e.byte(fileFormat)
	e.uint(uint64(f.Center))
	e.str(f.Number)
	e.str(f.ExternalRef)
	e.byte(byte(f.Status))
	e.str(f.StatusReason)
	e.uint(uint64(len(f.Categories)))
	for _, c := range f.Categories {
		e.byte(byte(c))
	}
	e.person(&f.Head)
	e.uint(uint64(len(f.Members)))
	for i := range f.Members {
		m := &f.Members[i]
		e.person(&m.Person)
		e.byte(byte(m.Relation))
		e.str(m.Note)
	}
	e.int(int64(f.HouseholdSize))
	e.str(f.Address)
	e.str(f.Neighborhood)
	e.strs(f.Phones)
	e.byte(byte(f.Housing))
	e.int(f.Rent)
	e.int(f.Income)
	e.str(f.Needs)
	e.str(f.Notes)
	e.date(f.OpenedOn)
	e.time(f.CreatedAt)
	e.id(f.CreatedBy)
	e.time(f.UpdatedAt)
	e.id(f.UpdatedBy)
	e.uint(f.Version)
	return seal(e.b, start)
}

// encodeFile returns a fresh encoding of f.
func encodeFile(f *domain.File) []byte { return appendFile(make([]byte, 0, 384), f) }

// decodeFile reads a file stored under key id.
func decodeFile(id domain.ID, v []byte) (domain.File, error) {
	var f domain.File
	d := newDec(v)
	d.version(fileFormat)
	f.ID = id
	f.Center = domain.CenterID(d.uint32())
	f.Number = d.str()
	f.ExternalRef = d.str()
	f.Status = domain.Status(d.byte())
	f.StatusReason = d.str()
	if n := d.count(1); n > 0 {
		f.Categories = make([]domain.Category, n)
		for i := range f.Categories {
			f.Categories[i] = domain.Category(d.byte())
		}
	}
	d.person(&f.Head)
	// a member takes at least 14 bytes: 3 empty names, 2 enums, a zero
	// date, an empty raw birth date, 3 identifier headers, relation, note.
	if n := d.count(14); n > 0 {
		f.Members = make([]domain.Member, n)
		for i := range f.Members {
			m := &f.Members[i]
			d.person(&m.Person)
			m.Relation = domain.Relation(d.byte())
			m.Note = d.str()
		}
	}
	f.HouseholdSize = d.smallInt()
	f.Address = d.str()
	f.Neighborhood = d.str()
	f.Phones = d.strs()
	f.Housing = domain.Housing(d.byte())
	f.Rent = d.int()
	f.Income = d.int()
	f.Needs = d.str()
	f.Notes = d.str()
	f.OpenedOn = d.date()
	f.CreatedAt = d.time()
	f.CreatedBy = d.id()
	f.UpdatedAt = d.time()
	f.UpdatedBy = d.id()
	f.Version = d.uint()
	if err := d.done(); err != nil {
		return domain.File{}, err
	}
	return f, nil
}
