package tui

import (
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// auditCols: when, who, what, which file, which center, from where.
var auditCols = []tcol{
	{i18n.AuditColTime, 16, 0, theme.Start},
	{i18n.AuditColUser, 12, 0, theme.Start},
	{i18n.AuditColAction, 0, 0, theme.Start},
	{i18n.AuditColFile, 14, 2, theme.Start},
	{i18n.AuditColCenter, 14, 1, theme.Start},
	{i18n.AuditColSource, 16, 3, theme.Start},
}

// The body: an info line, the column header, the list, a blank line and
// the selected event's detail (or, while filtering, the filter panel).
const auditHead = 2

// lowerRows is the height of the detail or the filter panel.
func (m *auditScreen) lowerRows() int {
	if m.editing {
		return afRows + 3 // a blank, the title, the rows, the problem line
	}
	return max(5, m.s.BodyHeight()/3)
}

// listRows is how many events fit on screen at once.
func (m *auditScreen) listRows() int {
	return max(1, m.s.BodyHeight()-auditHead-m.lowerRows())
}

func (m *auditScreen) View() string {
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	w := s.Width
	if !m.loaded {
		return th.Line(tr.T(i18n.Loading), w, th.S.Muted)
	}
	info := m.form.describe(m.query)
	pos := tr.T(i18n.AuditPage, len(m.pages), len(m.events))
	infoSt := th.S.Muted
	if info != tr.T(i18n.AuditFilterNone) {
		infoSt = th.S.Warn
	}
	t := newTable(th, tr, auditCols, w-markW)
	out := []string{
		th.Row(w, th.Cell(info, max(0, w-theme.Width(pos)-1), theme.Start, infoSt), " ", th.Styled(pos, th.S.Muted)),
		th.Row(w, th.Cell("", markW, theme.Start, th.S.Value), t.header()),
	}
	rows := m.listRows()
	var list []string
	switch {
	case m.err != nil:
		list = th.Wrap(tr.Err(m.err), w, th.S.Error)
	case len(m.events) == 0:
		list = th.Wrap(tr.T(i18n.AuditNone), w, th.S.Muted)
	default:
		switch {
		case m.cursor < m.offset:
			m.offset = m.cursor
		case m.cursor >= m.offset+rows:
			m.offset = m.cursor - rows + 1
		}
		m.offset = clampInt(m.offset, 0, max(0, len(m.events)-rows))
		for i := m.offset; i < min(len(m.events), m.offset+rows); i++ {
			list = append(list, m.rowLine(t, i, w))
		}
	}
	list = list[:min(len(list), rows)]
	for len(list) < rows {
		list = append(list, "")
	}
	out = append(out, list...)
	out = append(out, "")
	if m.editing {
		out = append(out, m.formLines(w)...)
	} else if len(m.events) > 0 && m.err == nil {
		out = append(out, m.detailLines(w, m.lowerRows()-1)...)
	}
	return joinLines(out)
}

func (m *auditScreen) rowLine(t *table, i, w int) string {
	th, tr, ev := m.s.Theme, m.s.Tr, m.events[i]
	num := m.numbers[auditFileOf(ev)]
	cells := plain(th.S.Value, tr.Time(ev.At.In(m.s.Now().Location())), ev.Login, AuditWhat(tr, ev),
		tr.Digits(num), m.s.CenterName(ev.Center), AuditSource(tr, ev.Source))
	if ev.Kind == "view" {
		cells[2].st = th.S.Warn // a look from outside the center stands out
	}
	sel := i == m.cursor
	if sel {
		for j := range cells {
			cells[j].st = th.S.Selected
		}
	}
	return th.Row(w, th.Marker(sel, th.S.Focused), t.row(cells))
}

// detailLines spell out the selected event: who, what and when; from
// where; and each field changed.
func (m *auditScreen) detailLines(w, h int) []string {
	th, tr := m.s.Theme, m.s.Tr
	ev := m.events[m.cursor]
	what := AuditWhat(tr, ev)
	if num := m.numbers[auditFileOf(ev)]; num != "" {
		what += " " + tr.Digits(num)
	}
	out := th.Wrap(tr.T(i18n.AuditDetailHead, tr.Time(ev.At.In(m.s.Now().Location())), ev.Login, what), w, th.S.Label)
	out = append(out, th.Line(tr.T(i18n.AuditFrom, AuditSource(tr, ev.Source)), w, th.S.Muted))
	changes := AuditChanges(tr, m.s.Centers, ev)
	if len(changes) == 0 && ev.Kind != "view" {
		changes = []string{tr.T(i18n.AuditNoChanges)}
	}
	pad := th.Cell("", changeIndent, theme.Start, th.S.Value)
	for _, c := range changes {
		for _, l := range th.Wrap(c, w-changeIndent, th.S.Value) {
			out = append(out, th.Row(w, pad, l))
		}
	}
	return out[:min(len(out), h)]
}

// formLines draw the filter panel: its title, one row per filter and the
// reason the last apply was refused.
func (m *auditScreen) formLines(w int) []string {
	th, tr, f := m.s.Theme, m.s.Tr, m.form
	labelW := 0
	for _, k := range afLabels {
		labelW = max(labelW, theme.Width(tr.T(k)))
	}
	labelW += 2
	out := []string{th.Line(tr.T(i18n.AuditFilterTitle), w, th.S.Title)}
	for r := range afRows {
		lst := th.S.Label
		if r == f.row {
			lst = th.S.Focused
		}
		head := []string{th.Marker(r == f.row, th.S.Focused), th.Cell(tr.T(afLabels[r]), labelW, theme.Start, lst)}
		vw := max(1, w-markW-labelW)
		if f.text(r) {
			head = append(head, th.Input(f.inputs[r], vw))
		} else {
			head = append(head, th.Cell("‹ "+f.value(r)+" ›", vw, theme.Start, th.S.Value))
		}
		out = append(out, th.Row(w, head...))
	}
	return append(out, th.Line(f.problem, w, th.S.Error))
}
