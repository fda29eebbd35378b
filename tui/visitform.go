package tui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/tui/i18n"
)

// visitForm logs a visit, the most frequent action of the day, so it
// opens on the kind with today's date filled in: v, a digit for the kind,
// the findings, tab, "+30", enter.
type visitForm struct {
	entry
	file                       domain.File
	date, kind, findings, next int
}

func newVisitForm(s *Session, f domain.File) *visitForm {
	m := &visitForm{entry: newEntry(s, i18n.TitleVisit), file: f}
	m.context = fileContext(s, f)
	fm := &m.form
	m.date = fm.text(i18n.FieldDate, dateInput(s.Tr, today(s)), dayCheck(s, domain.ErrVisitDate))
	fm.fields[m.date].hint = i18n.FormDayHint
	m.kind = fm.choice(i18n.FieldVisitKind, enumOptions(domain.VisitKinds, (*i18n.T).VisitKind), 0)
	m.findings = fm.multiline(i18n.FieldFindings, "")
	m.next = fm.text(i18n.FieldNextDue, "", m.dueCheck)
	fm.fields[m.next].hint = i18n.FormDueHint
	fm.ready(m.kind)
	return m
}

// dayCheck reads a full date (relative ones too) for a visit or aid;
// missing is the error given.
func dayCheck(s *Session, missing error) checkFn {
	return func(v string) verdict {
		d, err := parseDate(s.Lang, v, today(s), true)
		switch {
		case err != nil:
			return verdict{err: s.Tr.Err(err)}
		case !d.Full():
			return verdict{err: s.Tr.Err(missing)}
		}
		return verdict{note: resolved(s, v, d)}
	}
}

// dueCheck reads the optional next-visit date; "+30" counts from the
// visit's day (today unless back-dated).
func (m *visitForm) dueCheck(v string) verdict {
	s := m.s
	if strings.TrimSpace(v) == "" {
		return verdict{}
	}
	d, err := parseDate(s.Lang, v, m.day(), true)
	switch {
	case err != nil:
		return verdict{err: s.Tr.Err(err)}
	case !d.Full():
		return verdict{err: s.Tr.T(i18n.FormDueFull)}
	}
	return verdict{note: resolved(s, v, d)}
}

// day is the visit's date as typed, today when it cannot be read.
func (m *visitForm) day() fa.Date {
	d, err := parseDate(m.s.Lang, m.form.value(m.date), today(m.s), true)
	if err != nil || !d.Full() {
		return today(m.s)
	}
	return d
}

// resolved says which day a relative entry ("+30") means.
func resolved(s *Session, typed string, d fa.Date) string {
	if _, ok := relativeDays(strings.TrimSpace(fa.ToLatinDigits(typed))); !ok {
		return ""
	}
	return s.Tr.T(i18n.FormUnderstood, s.Tr.Date(d))
}

func (m *visitForm) Update(msg tea.Msg) (Screen, tea.Cmd) {
	return m, m.update(msg, m)
}

func (m *visitForm) dates() (day, next fa.Date) {
	day = m.day()
	next, _ = parseDate(m.s.Lang, m.form.value(m.next), day, true)
	return day, next
}

func (m *visitForm) validate() {
	day, next := m.dates()
	if m.form.fields[m.next].problem() == "" && !next.IsZero() && day.Full() && !day.Before(next) {
		m.form.setErr(m.next, m.s.Tr.T(i18n.FormDueAfter))
	}
}

func (m *visitForm) confirmText() string { return "" }

func (m *visitForm) submit() tea.Cmd {
	day, next := m.dates()
	v := domain.Visit{
		File: m.file.ID, Date: day, NextDue: next,
		Kind:     domain.VisitKinds[m.form.fields[m.kind].sel],
		Findings: strings.TrimRight(m.form.value(m.findings), " \n"),
	}
	st, actor, e := m.s.Store, m.s.Actor(), &m.entry
	return func() tea.Msg {
		_, err := st.AddVisit(actor, v)
		return e.answer(domain.File{}, err)
	}
}

func (m *visitForm) saved(savedMsg) tea.Cmd { return m.done(m.file.ID, i18n.FormVisitSaved) }
