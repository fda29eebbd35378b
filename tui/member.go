package tui

import (
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
)

// memberForm adds a person to a household: the person fields, the
// relation to the head and a note, saved as the file with the member
// appended.
type memberForm struct {
	entry
	file           domain.File
	person         personFields
	relation, note int
}

func newMemberForm(s *Session, f domain.File) *memberForm {
	m := &memberForm{entry: newEntry(s, i18n.TitleMember), file: f}
	m.context = fileContext(s, f)
	fm := &m.form
	m.person = addPerson(s, fm, domain.Person{})
	m.relation = fm.choice(i18n.FieldRelation, enumOptions(relations, (*i18n.T).Relation), indexOf(relations, domain.RelationChild))
	m.note = fm.text(i18n.FieldNote, "", nil)
	fm.ready(m.person.first)
	return m
}

func (m *memberForm) Update(msg tea.Msg) (Screen, tea.Cmd) {
	return m, m.update(msg, m)
}

func (m *memberForm) validate() {
	if !m.person.hasName(&m.form) {
		m.form.setErr(m.person.first, m.s.Tr.T(i18n.FormNameNeeded))
	}
}

func (m *memberForm) confirmText() string { return "" }

func (m *memberForm) submit() tea.Cmd {
	fm := &m.form
	mem := domain.Member{
		Person:   m.person.read(m.s, fm, domain.Person{}),
		Relation: relations[fm.fields[m.relation].sel],
		Note:     strings.TrimSpace(fm.value(m.note)),
	}
	st, actor, e, id := m.s.Store, m.s.Actor(), &m.entry, m.file.ID
	// Adding a member does not depend on the rest of the file, so it is
	// appended to the file as it is now, not as it was when the form
	// opened: another caseworker's edit meanwhile is no conflict.
	return func() tea.Msg {
		f, err := st.File(actor, id)
		if err != nil {
			return e.answer(f, err)
		}
		f.Members = append(slices.Clone(f.Members), mem)
		return e.answer(st.UpdateFile(actor, f))
	}
}

func (m *memberForm) saved(savedMsg) tea.Cmd { return m.done(m.file.ID, i18n.FormMemberSaved) }
