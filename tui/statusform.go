package tui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
)

// statusForm suspends, closes or reactivates a file. Suspending and
// closing need a reason; closing asks once more. Only the statuses the
// user's role may set are offered (a caseworker cannot close).
type statusForm struct {
	entry
	file           domain.File
	offered        []domain.Status
	status, reason int
}

// statusesFor lists what the user may set f's status to; reopening or
// closing needs the close permission.
func statusesFor(s *Session, f domain.File) []domain.Status {
	t := domain.Target{Center: f.Center}
	if !s.Can(domain.ActFileEdit, t) {
		return nil
	}
	canClose := s.Can(domain.ActFileClose, t)
	if f.Status == domain.StatusClosed && !canClose {
		return nil
	}
	var out []domain.Status
	for _, st := range domain.Statuses {
		if st != domain.StatusClosed || canClose {
			out = append(out, st)
		}
	}
	return out
}

func newStatusForm(s *Session, f domain.File) *statusForm {
	m := &statusForm{entry: newEntry(s, i18n.TitleStatus), file: f, offered: statusesFor(s, f)}
	m.context = fileContext(s, f)
	fm := &m.form
	m.status = fm.choice(i18n.FieldStatus, enumOptions(m.offered, (*i18n.T).Status), indexOf(m.offered, f.Status))
	if !s.Can(domain.ActFileClose, domain.Target{Center: f.Center}) {
		fm.fields[m.status].hint = i18n.FormCloseNotYours
	}
	m.reason = fm.text(i18n.FieldStatusReason, "", nil)
	fm.fields[m.reason].hint = i18n.FormReasonHint
	fm.ready(m.status)
	return m
}

func (m *statusForm) Update(msg tea.Msg) (Screen, tea.Cmd) {
	return m, m.update(msg, m)
}

func (m *statusForm) chosen() domain.Status { return m.offered[m.form.fields[m.status].sel] }

func (m *statusForm) validate() {
	st := m.chosen()
	if st != m.file.Status && st != domain.StatusActive && strings.TrimSpace(m.form.value(m.reason)) == "" {
		m.form.setErr(m.reason, m.s.Tr.T(i18n.FormReasonNeeded))
	}
}

// confirmText: closing a file takes it off the caseworkers' lists.
func (m *statusForm) confirmText() string {
	if m.chosen() == domain.StatusClosed && m.file.Status != domain.StatusClosed {
		return m.s.Tr.T(i18n.FormConfirmClose, m.file.Head.FullName())
	}
	return ""
}

func (m *statusForm) submit() tea.Cmd {
	st, actor, e := m.s.Store, m.s.Actor(), &m.entry
	id, status, reason := m.file.ID, m.chosen(), strings.TrimSpace(m.form.value(m.reason))
	return func() tea.Msg { return e.answer(st.SetStatus(actor, id, status, reason)) }
}

func (m *statusForm) saved(savedMsg) tea.Cmd { return m.done(m.file.ID, i18n.FormStatusSaved) }
