package tui

import (
	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// The overview tab: the head with every person field, flagged values
// with the reason, the members, the household's circumstances and the
// file's own facts. Labels and values go in two columns when the window
// is wide enough.

// kv is one labelled value of the overview.
type kv struct {
	label i18n.Key
	value string
	warn  bool // flagged: shown with the flag mark in the warning style
}

// twoColumns is the width from which the overview uses two columns.
const twoColumns = 90

func (m *fileScreen) overviewLines(w int) []string {
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	f := m.data.file
	p := f.Head
	out := m.linksWarning(w)
	out = section(th, out, tr.T(i18n.FieldHead), w)
	nc, ncWarn := m.idValue(p.NationalCode.Raw, p.NationalCode.Value, p.NationalCode.Flag)
	fid, fidWarn := m.idValue(p.ForeignID.Raw, p.ForeignID.Value, p.ForeignID.Flag)
	mob, mobWarn := m.idValue(p.Mobile.Raw, p.Mobile.Value, p.Mobile.Flag)
	birth, birthWarn := m.birthValue(p)
	out = append(out, m.grid(w, []kv{
		{i18n.FieldFirstName, p.FirstName, false}, {i18n.FieldLastName, p.LastName, false},
		{i18n.FieldFatherName, p.FatherName, false}, {i18n.FieldGender, tr.Gender(p.Gender), false},
		{i18n.FieldBirthDate, birth, birthWarn}, {i18n.FieldNationality, tr.Nationality(p.Nationality), false},
		{i18n.FieldNationalCode, nc, ncWarn}, {i18n.FieldForeignID, fid, fidWarn},
		{i18n.FieldMobile, mob, mobWarn},
	})...)
	out = append(out, m.flagLines(w)...)

	out = section(th, out, tr.T(i18n.FieldMembers)+" ("+tr.Num(len(f.Members))+")", w)
	out = append(out, m.memberLines(w)...)

	out = section(th, out, tr.T(i18n.FileSecHousehold), w)
	housing := tr.Housing(f.Housing)
	size := ""
	if f.HouseholdSize > 0 {
		size = tr.Num(f.HouseholdSize)
	}
	out = append(out, m.grid(w, []kv{{i18n.FieldAddress, f.Address, false}})...)
	out = append(out, m.grid(w, []kv{
		{i18n.FieldNeighborhood, f.Neighborhood, false}, {i18n.FieldPhones, tr.Digits(joinComma(tr, f.Phones)), false},
		{i18n.FieldHousing, housing, false}, {i18n.FieldRent, m.money(f.Rent), false},
		{i18n.FieldIncome, m.money(f.Income), false}, {i18n.FieldHousehold, size, false},
	})...)
	var cats []string
	for _, c := range f.Categories {
		cats = append(cats, tr.Category(c))
	}
	out = append(out, m.grid(w, []kv{{i18n.FieldCategories, joinComma(tr, cats), false}, {i18n.FieldNeeds, f.Needs, false}})...)

	out = section(th, out, tr.T(i18n.FileSecCase), w)
	status := tr.Status(f.Status)
	if f.StatusReason != "" {
		status += " — " + f.StatusReason
	}
	out = append(out, m.grid(w, []kv{
		{i18n.FieldStatus, status, f.Status != domain.StatusActive}, {i18n.FieldNumber, tr.Digits(f.Number), false},
		{i18n.FieldCenter, s.CenterName(f.Center), false}, {i18n.FieldOpenedOn, tr.Date(f.OpenedOn), false},
	})...)
	return out
}

// money is an amount for the overview, "" when none.
func (m *fileScreen) money(rial int64) string {
	if rial == 0 {
		return ""
	}
	return m.s.Tr.Money(rial)
}

// idValue is an identifier as typed (digits in the session's script) and
// whether it is flagged.
func (m *fileScreen) idValue(raw, value string, flag domain.IDFlag) (string, bool) {
	return m.s.Tr.Digits(idInput(raw, value)), flagged(flag)
}

func flagged(f domain.IDFlag) bool {
	return f == domain.FlagSuspect || f == domain.FlagChecksum || f == domain.FlagFormat
}

// birthValue is the birth date, or what was typed when it could not be
// read (flagged).
func (m *fileScreen) birthValue(p domain.Person) (string, bool) {
	if p.BirthRaw != "" {
		return p.BirthRaw, true
	}
	return m.s.Tr.Date(p.BirthDate), !p.BirthDate.Valid()
}

// labelW fits the overview's labels in the session's language.
func (m *fileScreen) labelW() int {
	w := 8
	for _, k := range []i18n.Key{i18n.FieldFirstName, i18n.FieldFatherName, i18n.FieldBirthDate, i18n.FieldNationalCode,
		i18n.FieldForeignID, i18n.FieldHousehold, i18n.FieldOpenedOn, i18n.FieldIncome, i18n.FieldRent} {
		w = max(w, theme.Width(m.s.Tr.T(k)))
	}
	return min(w, 20)
}

// grid lays items out two to a line when wide, else one; the first item
// of a pair sits at the reading direction's start.
func (m *fileScreen) grid(w int, items []kv) []string {
	th, tr := m.s.Theme, m.s.Tr
	lw := m.labelW()
	cell := func(it kv, cw int) string {
		v, st := it.value, th.S.Value
		switch {
		case v == "":
			v, st = tr.T(i18n.None), th.S.Muted
		case it.warn:
			v, st = v+" "+tr.T(i18n.FlagMarker), th.S.Warn
		}
		return th.Field(tr.T(it.label), v, lw, cw, st)
	}
	var out []string
	if w < twoColumns || len(items) == 1 {
		for _, it := range items {
			out = append(out, cell(it, w))
		}
		return out
	}
	cw := (w - 2) / 2
	for i := 0; i < len(items); i += 2 {
		if i+1 == len(items) {
			out = append(out, th.Row(w, cell(items[i], cw)))
			continue
		}
		out = append(out, th.Row(w, cell(items[i], cw), "  ", cell(items[i+1], cw)))
	}
	return out
}

// flagLines say why each flagged value of the file is flagged, and whose
// it is when it is a member's.
func (m *fileScreen) flagLines(w int) []string {
	th, tr, f := m.s.Theme, m.s.Tr, m.data.file
	var out []string
	for _, n := range f.Flags() {
		label, why := flagText(tr, n)
		if n.Member > 0 && n.Member <= len(f.Members) {
			label = tr.T(i18n.FileOfMember, label, f.Members[n.Member-1].FullName())
		}
		line := tr.T(i18n.FlagMarker) + " " + label + ": " + why
		out = append(out, th.Wrap(line, w, th.S.Warn)...)
	}
	return out
}

// flagText names a flagged field and says why it is flagged.
func flagText(tr *i18n.T, n domain.FlagNote) (label, why string) {
	labels := map[string]i18n.Key{
		domain.FieldNationalCode: i18n.FieldNationalCode, domain.FieldForeignID: i18n.FieldForeignID,
		domain.FieldMobile: i18n.FieldMobile, domain.FieldBirthDate: i18n.FieldBirthDate,
	}
	if k, ok := labels[n.Field]; ok {
		label = tr.T(k)
	}
	return label, tr.FlagNote(n)
}

// memberLines is the members table.
func (m *fileScreen) memberLines(w int) []string {
	th, tr := m.s.Theme, m.s.Tr
	if len(m.data.file.Members) == 0 {
		return m.empty(w, i18n.FileNoMembers)
	}
	t := newTable(th, tr, []tcol{
		{i18n.ListColName, 0, 0, theme.Start},
		{i18n.FieldRelation, 12, 0, theme.Start},
		{i18n.FieldBirthDate, 10, 3, theme.Start},
		{i18n.ListColID, 13, 1, theme.Start},
		{i18n.FieldMobile, 12, 2, theme.Start},
		{i18n.FieldNote, 16, 4, theme.Start},
	}, w)
	out := []string{t.header()}
	for _, mb := range m.data.file.Members {
		birth, bw := m.birthValue(mb.Person)
		id, iw := m.idValue(mb.NationalCode.Raw, mb.NationalCode.Value, mb.NationalCode.Flag)
		if id == "" {
			id, iw = m.idValue(mb.ForeignID.Raw, mb.ForeignID.Value, mb.ForeignID.Flag)
		}
		mob, mw := m.idValue(mb.Mobile.Raw, mb.Mobile.Value, mb.Mobile.Flag)
		cells := plain(th.S.Value, mb.FullName(), tr.Relation(mb.Relation), birth, id, mob, mb.Note)
		for i, warn := range map[int]bool{2: bw, 3: iw, 4: mw} {
			if warn {
				cells[i] = item{cells[i].text + " " + tr.T(i18n.FlagMarker), th.S.Warn}
			}
		}
		out = append(out, t.row(cells))
	}
	return out
}
