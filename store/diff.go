package store

import (
	"strconv"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// The audit trail keeps field changes as text: field names are stable
// English paths ("head.mobile", "member[علی رضایی].birth_date") and
// values are what was typed, dates in Latin-digit Jalali, enums by English
// name and money in Rial, so the screens can translate them and old
// events stay readable whatever the code becomes.

var (
	statusNames   = []string{"active", "suspended", "closed"}
	categoryNames = []string{"other", "female_headed", "elderly", "disability",
		"chronic_illness", "orphans", "unemployed", "prisoner_family"}
	housingNames     = []string{"unknown", "owned", "rented", "other"}
	genderNames      = []string{"unknown", "male", "female"}
	nationalityNames = []string{"unknown", "iranian", "afghan", "other"}
	relationNames    = []string{"other", "spouse", "child", "parent", "sibling", "grandchild", "in_law"}
	visitKindNames   = []string{"home", "office", "phone"}
	aidKindNames     = []string{"cash", "food_basket", "clothing", "rent", "medical",
		"education", "dowry", "fuel", "employment", "other"}
)

// name is an enum's stable name, or its number when unknown.
func name[T ~uint8](names []string, v T) string {
	if int(v) < len(names) {
		return names[v]
	}
	return strconv.Itoa(int(v))
}

type differ struct{ out []domain.FieldChange }

func (d *differ) str(field, a, b string) {
	if a != b {
		d.out = append(d.out, domain.FieldChange{Field: field, Before: a, After: b})
	}
}

func (d *differ) int(field string, a, b int64) {
	if a != b {
		d.str(field, strconv.FormatInt(a, 10), strconv.FormatInt(b, 10))
	}
}

func (d *differ) date(field string, a, b fa.Date) {
	if a != b {
		d.str(field, a.String(), b.String())
	}
}

// diffFile lists the fields that differ between two versions of a file;
// bookkeeping (id, version, created and updated stamps) is not compared.
// Against an empty file it lists every field that is set: the audit of a
// new file.
func diffFile(a, b *domain.File) []domain.FieldChange {
	var d differ
	if a.Center != b.Center {
		d.int("center", int64(a.Center), int64(b.Center))
	}
	d.str("number", a.Number, b.Number)
	d.str("external_ref", a.ExternalRef, b.ExternalRef)
	if a.Status != b.Status || a.Center == 0 && b.Center != 0 {
		d.str("status", statusText(a), name(statusNames, b.Status))
	}
	d.str("status_reason", a.StatusReason, b.StatusReason)
	d.str("categories", categoriesText(a.Categories), categoriesText(b.Categories))
	d.person("head.", &a.Head, &b.Head)
	d.members(a.Members, b.Members)
	d.int("household_size", int64(a.HouseholdSize), int64(b.HouseholdSize))
	d.str("address", a.Address, b.Address)
	d.str("neighborhood", a.Neighborhood, b.Neighborhood)
	d.str("phones", strings.Join(a.Phones, ", "), strings.Join(b.Phones, ", "))
	if a.Housing != b.Housing {
		d.str("housing", name(housingNames, a.Housing), name(housingNames, b.Housing))
	}
	d.int("rent", a.Rent, b.Rent)
	d.int("income", a.Income, b.Income)
	d.str("needs", a.Needs, b.Needs)
	d.str("notes", a.Notes, b.Notes)
	d.date("opened_on", a.OpenedOn, b.OpenedOn)
	return d.out
}

// statusText is "" for the empty file of a creation, so a new file's
// audit shows its status as set rather than changed from "active".
func statusText(f *domain.File) string {
	if f.Center == 0 {
		return ""
	}
	return name(statusNames, f.Status)
}

func categoriesText(cs []domain.Category) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = name(categoryNames, c)
	}
	return strings.Join(parts, ", ")
}

func (d *differ) person(p string, a, b *domain.Person) {
	d.str(p+"first_name", a.FirstName, b.FirstName)
	d.str(p+"last_name", a.LastName, b.LastName)
	d.str(p+"father_name", a.FatherName, b.FatherName)
	if a.Gender != b.Gender {
		d.str(p+"gender", name(genderNames, a.Gender), name(genderNames, b.Gender))
	}
	d.date(p+"birth_date", a.BirthDate, b.BirthDate)
	d.str(p+"birth_raw", a.BirthRaw, b.BirthRaw)
	if a.Nationality != b.Nationality {
		d.str(p+"nationality", name(nationalityNames, a.Nationality), name(nationalityNames, b.Nationality))
	}
	d.str(p+"national_code", a.NationalCode.Raw, b.NationalCode.Raw)
	d.str(p+"foreign_id", a.ForeignID.Raw, b.ForeignID.Raw)
	d.str(p+"mobile", a.Mobile.Raw, b.Mobile.Raw)
}

// members pairs old and new members by identifier, then by name; what is
// left over was removed or added.
func (d *differ) members(a, b []domain.Member) {
	pair := make([]int, len(a)) // index into b, or -1
	used := make([]bool, len(b))
	for i := range pair {
		pair[i] = -1
	}
	for _, key := range []func(*domain.Member) string{memberIDKey, memberNameKey} {
		for i := range a {
			if pair[i] >= 0 || key(&a[i]) == "" {
				continue
			}
			for j := range b {
				if !used[j] && key(&a[i]) == key(&b[j]) {
					pair[i], used[j] = j, true
					break
				}
			}
		}
	}
	for i := range a {
		if pair[i] < 0 {
			d.str("member", memberText(&a[i]), "")
			continue
		}
		m, n := &a[i], &b[pair[i]]
		p := "member[" + memberLabel(n) + "]."
		d.person(p, &m.Person, &n.Person)
		if m.Relation != n.Relation {
			d.str(p+"relation", name(relationNames, m.Relation), name(relationNames, n.Relation))
		}
		d.str(p+"note", m.Note, n.Note)
	}
	for j := range b {
		if !used[j] {
			d.str("member", "", memberText(&b[j]))
		}
	}
}

func memberIDKey(m *domain.Member) string {
	switch {
	case m.NationalCode.Value != "":
		return "nc:" + m.NationalCode.Value
	case m.ForeignID.Value != "":
		return "fid:" + m.ForeignID.Value
	}
	return ""
}

func memberNameKey(m *domain.Member) string {
	if !m.HasName() {
		return ""
	}
	return m.FirstName + "\x00" + m.LastName
}

func memberLabel(m *domain.Member) string {
	if n := m.FullName(); n != "" {
		return n
	}
	return m.NationalCode.String()
}

// memberText summarises an added or removed member on one line.
func memberText(m *domain.Member) string {
	parts := []string{memberLabel(m), name(relationNames, m.Relation)}
	for _, s := range []string{m.FatherName, m.BirthDate.String(), m.NationalCode.Raw, m.ForeignID.Raw, m.Mobile.Raw, m.Note} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "; ")
}
