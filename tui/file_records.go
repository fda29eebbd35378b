package tui

import (
	"slices"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// The visits, aid and notes tabs.

// findingsIndent sets a visit's findings in from its heading line.
const findingsIndent = 4

// visitLines: newest first, a heading line (date, kind, caseworker, the
// next visit planned) and the findings under it.
func (m *fileScreen) visitLines(w int) []string {
	th, tr := m.s.Theme, m.s.Tr
	if len(m.data.visits) == 0 {
		return m.empty(w, i18n.FileNoVisits)
	}
	var out []string
	for i, v := range m.data.visits {
		if i > 0 {
			out = append(out, "")
		}
		// Separators are cells of their own, so they stay between the
		// pieces when a right-to-left row is laid out.
		cells := []string{th.Styled(tr.Date(v.Date), th.S.Label), "  ", th.Styled(tr.VisitKind(v.Kind), th.S.Value)}
		if name := m.data.names[v.Caseworker]; name != "" {
			cells = append(cells, "  ", th.Styled(tr.T(i18n.FileVisitBy, name), th.S.Muted))
		}
		if !v.NextDue.IsZero() {
			cells = append(cells, "  ", th.Styled(tr.T(i18n.FileNextDue, tr.Date(v.NextDue)), th.S.Muted))
		}
		out = append(out, th.Row(w, cells...))
		pad := th.Cell("", findingsIndent, theme.Start, th.S.Value)
		for _, l := range wrapText(th, v.Findings, w-findingsIndent, th.S.Value) {
			out = append(out, th.Row(w, pad, l))
		}
	}
	return out
}

// aidLines: totals by kind and by Jalali year, then every record newest
// first. Aid given by another center is marked: it is what the
// coordination between centers is for.
func (m *fileScreen) aidLines(w int) []string {
	th, tr := m.s.Theme, m.s.Tr
	aid := m.data.aid
	if len(aid) == 0 {
		return m.empty(w, i18n.FileNoAid)
	}
	var total int64
	byKind := map[domain.AidKind]int64{}
	count := map[domain.AidKind]int{}
	byYear := map[int]int64{}
	for _, a := range aid {
		total += a.Amount
		byKind[a.Kind] += a.Amount
		count[a.Kind]++
		byYear[a.Date.Year] += a.Amount
	}
	out := []string{th.Line(tr.T(i18n.FileAidTotal, tr.Money(total))+" · "+tr.T(i18n.FileAidCount, len(aid)), w, th.S.Label)}
	var kinds []string
	for _, k := range domain.AidKinds {
		if count[k] > 0 {
			kinds = append(kinds, tr.T(i18n.FileAidKindSum, tr.AidKind(k), count[k], tr.Money(byKind[k])))
		}
	}
	out = append(out, th.Wrap(tr.T(i18n.FileAidByKind)+" "+strings.Join(kinds, " · "), w, th.S.Value)...)
	var years []int
	for y := range byYear {
		years = append(years, y)
	}
	slices.Sort(years)
	slices.Reverse(years)
	var ys []string
	for _, y := range years {
		ys = append(ys, tr.T(i18n.FileAidYearSum, tr.Num(y), tr.Money(byYear[y])))
	}
	out = append(out, th.Wrap(tr.T(i18n.FileAidByYear)+" "+strings.Join(ys, " · "), w, th.S.Value)...)
	out = append(out, "")

	t := newTable(th, tr, []tcol{
		{i18n.FieldDate, 10, 0, theme.Start},
		{i18n.FieldAidKind, 14, 0, theme.Start},
		{i18n.FieldAmount, 20, 0, theme.End},
		{i18n.FileColItems, 0, 0, theme.Start},
		{i18n.FieldFunding, 14, 2, theme.Start},
		{i18n.FieldCenter, 14, 1, theme.Start},
	}, w)
	out = append(out, t.header())
	own := m.data.file.Center
	for _, a := range aid {
		items := a.Description
		if a.Quantity > 0 {
			items = strings.TrimSpace(tr.T(i18n.FileAidQty, a.Quantity) + " " + items)
		}
		amount := ""
		if a.Amount > 0 {
			amount = tr.Money(a.Amount)
		}
		cells := plain(th.S.Value, tr.Date(a.Date), tr.AidKind(a.Kind), amount, items, a.Funding, m.s.CenterName(a.Center))
		if a.Center != own {
			cells[5].st = th.S.Warn
		}
		out = append(out, t.row(cells))
	}
	return out
}

// notesLines: the household's needs and the caseworkers' notes, with
// their line breaks.
func (m *fileScreen) notesLines(w int) []string {
	th, tr, f := m.s.Theme, m.s.Tr, m.data.file
	if strings.TrimSpace(f.Needs) == "" && strings.TrimSpace(f.Notes) == "" {
		return m.empty(w, i18n.FileNoNotes)
	}
	var out []string
	for _, part := range []struct {
		title i18n.Key
		text  string
	}{{i18n.FieldNeeds, f.Needs}, {i18n.FieldNotes, f.Notes}} {
		if strings.TrimSpace(part.text) == "" {
			continue
		}
		out = section(th, out, tr.T(part.title), w)
		out = append(out, wrapText(th, part.text, w, th.S.Value)...)
	}
	return out
}
