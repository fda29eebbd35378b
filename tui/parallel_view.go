package tui

import (
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// parallelCols: rank, name, basis, what each center gave, the total.
var parallelCols = []tcol{
	{i18n.ParColFamily, 4, 0, theme.End},
	{i18n.ParColName, 18, 0, theme.Start},
	{i18n.ParColBasis, 7, 1, theme.Start},
	{i18n.ParColAid, 0, 0, theme.Start},
	{i18n.ParColTotal, 18, 0, theme.End},
}

// parallelHead is the lines above the rows (summary, blank, header);
// parallelFoot the lines under them (blank, when each center gave to the
// selected family, its files).
const (
	parallelHead = 3
	parallelFoot = 3
)

func (m *parallelScreen) rowsShown() int {
	return max(1, m.s.BodyHeight()-parallelHead-parallelFoot)
}

// shortCenter is a center's code when it has one, else its name.
func (m *parallelScreen) shortCenter(id domain.CenterID) string {
	if c, ok := m.s.Centers[id]; ok && c.Code != "" {
		return c.Code
	}
	return m.s.CenterName(id)
}

func (m *parallelScreen) summary() string {
	tr := m.s.Tr
	center := tr.T(i18n.ParAllCenters)
	if m.center != 0 {
		center = m.s.CenterName(m.center)
	}
	var total int64
	for _, f := range m.rows {
		total += f.Total
	}
	period := tr.T(i18n.ParPeriod, tr.Date(m.from), tr.Date(m.to))
	return tr.T(i18n.ParSummary, len(m.rows), period, center, tr.Money(total))
}

func (m *parallelScreen) View() string {
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	w := s.Width
	if m.ask != nil {
		return m.askView()
	}
	switch {
	case !m.loaded:
		return th.Line(tr.T(i18n.ParPreparing), w, th.S.Muted)
	case m.err != nil:
		return joinLines(th.Wrap(tr.Err(m.err), w, th.S.Error))
	}
	out := []string{th.Line(m.summary(), w, th.S.Label), ""}
	if len(m.rows) == 0 {
		return joinLines(append(out, th.Wrap(tr.T(i18n.ParNone), w, th.S.Muted)...))
	}
	t := newTable(th, tr, parallelCols, w-markW)
	out = append(out, th.Row(w, th.Cell("", markW, theme.Start, th.S.Value), t.header()))
	h := m.rowsShown()
	switch {
	case m.cursor < m.offset:
		m.offset = m.cursor
	case m.cursor >= m.offset+h:
		m.offset = m.cursor - h + 1
	}
	m.offset = clampInt(m.offset, 0, max(0, len(m.rows)-h))
	for i := m.offset; i < min(len(m.rows), m.offset+h); i++ {
		out = append(out, m.rowLine(t, i, w))
	}
	for len(out) < parallelHead+h {
		out = append(out, "")
	}
	sel := m.rows[m.cursor]
	out = append(out, "", m.whenLine(sel, w), m.filesLine(sel, w))
	return joinLines(out)
}

// rowLine draws family i, marked when selected.
func (m *parallelScreen) rowLine(t *table, i int, w int) string {
	th, tr, f := m.s.Theme, m.s.Tr, m.rows[i]
	basis := tr.T(i18n.ParLikely)
	if f.Linked {
		basis = tr.T(i18n.ParLinked)
	}
	var gave []string
	for _, c := range f.Centers {
		gave = append(gave, m.shortCenter(c.Center)+" "+tr.Grouped(c.Amount/10))
	}
	name := f.name
	cells := plain(th.S.Value, tr.Num(i+1), name, basis, strings.Join(gave, " · "), tr.Money(f.Total))
	cells[2].st = th.S.Muted
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

// whenLine says how often and when each center gave to the family in
// the period.
func (m *parallelScreen) whenLine(f parallelFamily, w int) string {
	th, tr := m.s.Theme, m.s.Tr
	var parts []string
	for _, c := range f.Centers {
		when := tr.Date(c.First)
		if c.Last != c.First {
			when = tr.T(i18n.ParRange, when, tr.Date(c.Last))
		}
		parts = append(parts, tr.T(i18n.ParWhen, m.shortCenter(c.Center), c.Count, when))
	}
	return th.Line(strings.Join(parts, " · "), w, th.S.Muted)
}

// filesLine names the selected family's files: center and number, or
// the center alone with "(card)" for a file the user may not open.
func (m *parallelScreen) filesLine(f parallelFamily, w int) string {
	th, tr := m.s.Theme, m.s.Tr
	var parts []string
	for _, x := range f.files {
		p := m.s.CenterName(x.center)
		if x.card {
			p += " " + tr.T(i18n.ParCardOnly)
		} else if x.number != "" {
			p += " " + tr.Digits(x.number)
		}
		parts = append(parts, p)
	}
	return th.Line(tr.T(i18n.ParFiles, strings.Join(parts, " · ")), w, th.S.Muted)
}

// askView is the open question over the summary: its title, fields and
// the reason the last answer was refused.
func (m *parallelScreen) askView() string {
	s, th, tr, a := m.s, m.s.Theme, m.s.Tr, m.ask
	w := s.Width
	title := i18n.ParAskPeriod
	if a.kind == askExport {
		title = i18n.ParAskExport
	}
	out := []string{th.Line(m.summary(), w, th.S.Label), "", th.Line(tr.T(title), w, th.S.Title), ""}
	lw := 8
	for _, f := range a.ring.Fields {
		lw = max(lw, theme.Width(tr.T(f.Label)))
	}
	out = append(out, strings.Split(a.ring.View(s, lw, w), "\n")...)
	if a.err != "" {
		out = append(out, "")
		out = append(out, th.Wrap(a.err, w, th.S.Error)...)
	}
	return joinLines(out)
}
