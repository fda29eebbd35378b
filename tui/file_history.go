package tui

import (
	"strconv"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// The history tab: the file's audit trail, newest first, one heading
// per event ("1403/09/12 14:05 — زهرا مددکار — changed") and a line per
// field changed. The store keeps field paths and values in stable
// English ("head.mobile", "suspended", Rial, Latin-digit Jalali dates);
// here they become the session's language.

const changeIndent = 4

func (m *fileScreen) historyLines(w int) []string {
	th, tr := m.s.Theme, m.s.Tr
	if len(m.data.history) == 0 {
		return m.empty(w, i18n.FileNoHistory)
	}
	var out []string
	pad := th.Cell("", changeIndent, theme.Start, th.S.Value)
	for i, ev := range m.data.history {
		if i > 0 {
			out = append(out, "")
		}
		who := m.data.names[ev.Actor]
		if who == "" {
			who = ev.Login
		}
		head, changes := m.describe(ev)
		line := tr.T(i18n.FileHistoryLine, tr.Time(ev.At), who, head)
		out = append(out, th.Wrap(line, w, th.S.Label)...)
		if ev.Note != "" {
			changes = append(changes, tr.T(i18n.HistNote, ev.Note))
		}
		for _, c := range changes {
			for _, l := range th.Wrap(c, w-changeIndent, th.S.Value) {
				out = append(out, th.Row(w, pad, l))
			}
		}
	}
	return out
}

// describe says what an event did: a heading, and a line per change
// where the heading is not enough.
func (m *fileScreen) describe(ev domain.AuditEvent) (string, []string) {
	tr := m.s.Tr
	switch ev.Action {
	case domain.ActFileCreate:
		return tr.T(i18n.HistCreated), nil
	case domain.ActVisitRecord:
		return tr.T(i18n.HistVisit, m.summary(ev, "kind", "date")), nil
	case domain.ActAidRecord:
		return tr.T(i18n.HistAid, m.summary(ev, "kind", "amount", "date")), nil
	case domain.ActImport:
		if len(ev.Changes) == 1 && ev.Changes[0].Field == "import" {
			return tr.T(i18n.HistImportedNew), nil
		}
		return tr.T(i18n.HistImported), m.changeLines(ev)
	case domain.ActFileTransfer:
		return tr.T(i18n.HistTransferred), m.changeLines(ev)
	}
	return tr.T(i18n.HistChanged), m.changeLines(ev)
}

// summary joins the values of a new record's fields, in the given order.
func (m *fileScreen) summary(ev domain.AuditEvent, fields ...string) string {
	var parts []string
	for _, f := range fields {
		for _, c := range ev.Changes {
			if c.Field == f && c.After != "" {
				parts = append(parts, m.histValue(ev, f, c.After))
			}
		}
	}
	return joinComma(m.s.Tr, parts)
}

func (m *fileScreen) changeLines(ev domain.AuditEvent) []string {
	tr := m.s.Tr
	out := make([]string, 0, len(ev.Changes))
	for _, c := range ev.Changes {
		label, base := m.histField(ev, c.Field)
		before, after := m.histValue(ev, base, c.Before), m.histValue(ev, base, c.After)
		switch {
		case c.Before == "":
			out = append(out, tr.T(i18n.HistSet, label, after))
		case c.After == "":
			out = append(out, tr.T(i18n.HistCleared, label, before))
		default:
			out = append(out, tr.T(i18n.FileChangeLine, label, before, after))
		}
	}
	return out
}

// histFields name the stored field paths' last parts.
var histFields = map[string]i18n.Key{
	"first_name": i18n.FieldFirstName, "last_name": i18n.FieldLastName, "father_name": i18n.FieldFatherName,
	"gender": i18n.FieldGender, "birth_date": i18n.FieldBirthDate, "birth_raw": i18n.HistBirthRaw,
	"nationality": i18n.FieldNationality, "national_code": i18n.FieldNationalCode, "foreign_id": i18n.FieldForeignID,
	"mobile": i18n.FieldMobile, "relation": i18n.FieldRelation, "note": i18n.FieldNote,
	"status": i18n.FieldStatus, "status_reason": i18n.FieldStatusReason, "categories": i18n.FieldCategories,
	"household_size": i18n.FieldHousehold, "address": i18n.FieldAddress, "neighborhood": i18n.FieldNeighborhood,
	"phones": i18n.FieldPhones, "housing": i18n.FieldHousing, "rent": i18n.FieldRent, "income": i18n.FieldIncome,
	"needs": i18n.FieldNeeds, "notes": i18n.FieldNotes, "opened_on": i18n.FieldOpenedOn, "number": i18n.FieldNumber,
	"external_ref": i18n.HistExternalRef, "center": i18n.FieldCenter, "member": i18n.HistMember,
	"date": i18n.FieldDate, "findings": i18n.FieldFindings, "next_due": i18n.FieldNextDue,
	"amount": i18n.FieldAmount, "quantity": i18n.FieldQuantity, "description": i18n.FieldDescription,
	"funding": i18n.FieldFunding, "given_by": i18n.HistGivenBy,
}

// histField names a field path: "head.mobile" is the mobile,
// "member[علی رضایی].birth_date" the birth date of that member. base is
// the path's last part, which says how to read the values.
func (m *fileScreen) histField(ev domain.AuditEvent, path string) (label, base string) {
	tr := m.s.Tr
	base, member := path, ""
	if rest, ok := strings.CutPrefix(path, "head."); ok {
		base = rest
	}
	if rest, ok := strings.CutPrefix(path, "member["); ok {
		if i := strings.LastIndex(rest, "]."); i >= 0 {
			member, base = rest[:i], rest[i+2:]
		}
	}
	switch k, ok := histFields[base]; {
	case base == "kind" && ev.Kind == "aid":
		label = tr.T(i18n.FieldAidKind)
	case base == "kind":
		label = tr.T(i18n.FieldVisitKind)
	case ok:
		label = tr.T(k)
	default:
		label = path
	}
	if member != "" {
		label = tr.T(i18n.FileOfMember, label, member)
	}
	return label, base
}

// Stored enum names, in the store's order (see store/diff.go).
var (
	histStatus      = []string{"active", "suspended", "closed"}
	histGender      = []string{"unknown", "male", "female"}
	histNationality = []string{"unknown", "iranian", "afghan", "other"}
	histHousing     = []string{"unknown", "owned", "rented", "other"}
	histRelation    = []string{"other", "spouse", "child", "parent", "sibling", "grandchild", "in_law"}
	histVisitKind   = []string{"home", "office", "phone"}
	histAidKind     = []string{"cash", "food_basket", "clothing", "rent", "medical", "education", "dowry", "fuel", "employment", "other"}
	histCategory    = []string{"other", "female_headed", "elderly", "disability", "chronic_illness", "orphans", "unemployed", "prisoner_family"}
)

// histEnum names a stored enum value through the translator; unknown
// names are shown as stored.
func histEnum[E ~uint8](names []string, v string, name func(E) string) string {
	for i, n := range names {
		if n == v {
			return name(E(i))
		}
	}
	return v
}

// histValue shows a stored value the way the rest of the screen does.
func (m *fileScreen) histValue(ev domain.AuditEvent, base, v string) string {
	tr := m.s.Tr
	if v == "" {
		return ""
	}
	switch base {
	case "status":
		return histEnum(histStatus, v, tr.Status)
	case "gender":
		return histEnum(histGender, v, tr.Gender)
	case "nationality":
		return histEnum(histNationality, v, tr.Nationality)
	case "housing":
		return histEnum(histHousing, v, tr.Housing)
	case "relation":
		return histEnum(histRelation, v, tr.Relation)
	case "kind":
		if ev.Kind == "aid" {
			return histEnum(histAidKind, v, tr.AidKind)
		}
		return histEnum(histVisitKind, v, tr.VisitKind)
	case "categories":
		var out []string
		for _, c := range strings.Split(v, ", ") {
			out = append(out, histEnum(histCategory, c, tr.Category))
		}
		return joinComma(tr, out)
	case "member": // "name; relation; father; birth; ids…; note" as the store summarises
		parts := strings.Split(v, "; ")
		if len(parts) > 1 {
			parts[1] = histEnum(histRelation, parts[1], tr.Relation)
		}
		return tr.Digits(joinComma(tr, parts))
	case "birth_date", "opened_on", "date", "next_due":
		if d, err := fa.ParseDate(v); err == nil {
			return tr.Date(d)
		}
	case "rent", "income", "amount":
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			return tr.Money(n)
		}
	case "given_by", "center":
		if n, err := strconv.ParseUint(v, 10, 32); err == nil {
			return m.s.CenterName(domain.CenterID(n))
		}
	}
	return tr.Digits(v)
}
