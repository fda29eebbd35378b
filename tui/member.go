package tui

import (
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
)

// memberForm adds a person to a household: the person fields, the
// relation to the head and a note. It saves the whole file with the
// member appended, at the version read, so a concurrent edit is refused.
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
	f := m.file
	f.Members = append(slices.Clone(f.Members), mem)
	st, actor, e := m.s.Store, m.s.Actor(), &m.entry
	return func() tea.Msg { return e.answer(st.UpdateFile(actor, f)) }
}

func (m *memberForm) saved(savedMsg) tea.Cmd { return m.done(m.file.ID, i18n.FormMemberSaved) }
