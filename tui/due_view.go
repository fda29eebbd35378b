package tui

import (
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// dueCols: name, file number, due date, how late or how soon, last visit.
var dueCols = []tcol{
	{i18n.ListColName, 0, 0, theme.Start},
	{i18n.ListColNumber, 14, 2, theme.Start},
	{i18n.DueColDate, 10, 0, theme.Start},
	{i18n.DueColWhen, 14, 0, theme.Start},
	{i18n.DueColLast, 12, 1, theme.Start},
}

// dueHead is the lines above the list: the counts, a blank, the header.
const dueHead = 3

// rowsShown is how many list lines fit under the head.
func (m *dueScreen) rowsShown() int { return max(1, m.s.BodyHeight()-dueHead) }

// overdue counts the rows whose day has passed.
func (m *dueScreen) overdue() int {
	n := 0
	for _, r := range m.rows {
		if r.NextDue.Before(m.today) {
			n++
		}
	}
	return n
}

func (m *dueScreen) View() string {
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	w := s.Width
	switch {
	case !m.loaded:
		return th.Line(tr.T(i18n.Loading), w, th.S.Muted)
	case m.err != nil:
		return joinLines(th.Wrap(tr.Err(m.err), w, th.S.Error))
	case len(m.rows) == 0:
		return joinLines(th.Wrap(tr.T(i18n.DueNone), w, th.S.Muted))
	}
	late := m.overdue()
	t := newTable(th, tr, dueCols, w-markW)
	out := []string{
		th.Line(tr.T(i18n.DueSummary, late, len(m.rows)-late), w, th.S.Label), "",
		th.Row(w, th.Cell("", markW, theme.Start, th.S.Value), t.header()),
	}
	// The list with a heading before each group; cursorAt is the line
	// of the selected row, to scroll to.
	var list []string
	cursorAt := 0
	for i, r := range m.rows {
		switch {
		case i == 0 && late > 0:
			list = append(list, th.Line(tr.T(i18n.DueOverdueHead, late), w, th.S.Warn))
		case i == late:
			list = append(list, th.Line(tr.T(i18n.DueWeekHead, len(m.rows)-late), w, th.S.Header))
		}
		if i == m.cursor {
			cursorAt = len(list)
		}
		list = append(list, m.rowLine(t, i, r, w))
	}
	h := m.rowsShown()
	switch {
	case cursorAt < m.offset:
		m.offset = max(0, cursorAt-1) // keep the group heading above in sight
	case cursorAt >= m.offset+h:
		m.offset = cursorAt - h + 1
	}
	m.offset = clampInt(m.offset, 0, max(0, len(list)-h))
	return joinLines(append(out, list[m.offset:min(len(list), m.offset+h)]...))
}

// rowLine draws row i, marked when selected.
func (m *dueScreen) rowLine(t *table, i int, r dueRow, w int) string {
	th, tr := m.s.Theme, m.s.Tr
	days := r.NextDue.DaysUntil(m.today)
	when, whenSt := tr.T(i18n.DueInDays, -days), th.S.Value
	switch {
	case days > 0:
		when, whenSt = tr.T(i18n.DueLate, days), th.S.Warn
	case days == 0:
		when, whenSt = tr.T(i18n.DueToday), th.S.Warn
	}
	cells := plain(th.S.Value, r.name, tr.Digits(r.number), tr.Date(r.NextDue), when, tr.Date(r.LastVisit))
	cells[3].st = whenSt
	marker := "  "
	if i == m.cursor {
		marker = "› "
		if th.RTL() {
			marker = " ‹"
		}
		for j := range cells {
			cells[j].st = th.S.Selected
		}
	}
	return th.Row(w, th.Cell(marker, markW, theme.Start, th.S.Focused), t.row(cells))
}
