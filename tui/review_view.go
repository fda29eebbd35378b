package tui

import (
	"math"

	"github.com/charmbracelet/lipgloss"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// reviewCols: band, score, both names, both centers, the reasons.
var reviewCols = []tcol{
	{i18n.ReviewColBand, 8, 0, theme.Start},
	{i18n.ReviewColScore, 6, 0, theme.End},
	{i18n.ReviewColNameA, 16, 0, theme.Start},
	{i18n.ReviewColNameB, 16, 0, theme.Start},
	{i18n.ReviewColCenters, 11, 1, theme.Start},
	{i18n.ReviewColReasons, 0, 0, theme.Start},
}

// reviewHead is the lines above the list: the filter, a blank, the header.
const reviewHead = 3

func (m *reviewScreen) rowsShown() int { return max(1, m.s.BodyHeight()-reviewHead) }

// pct is the chance that a pair is one person, in whole percent rounded
// down (a "certain" pair shows 99%, never a promise of 100%), from its
// score in bits (the scan does not fill Prob).
func (m *reviewScreen) pct(r reviewRow) string {
	p := r.Prob
	if math.IsInf(r.Score, 0) || math.IsNaN(r.Score) {
		return m.s.Tr.T(i18n.ReviewHidden)
	}
	if p == 0 {
		p = 1 / (1 + math.Exp2(-r.Score))
	}
	return m.s.Tr.T(i18n.ReviewPct, int(math.Floor(p*100)))
}

// centerPair names both centers, shortest form: the codes when known.
func (m *reviewScreen) centerPair(a, b domain.CenterID) string {
	name := func(id domain.CenterID) string {
		if c, ok := m.s.Centers[id]; ok && c.Code != "" {
			return c.Code
		}
		return m.s.CenterName(id)
	}
	return name(a) + " · " + name(b)
}

func (m *reviewScreen) View() string {
	if m.pair != nil {
		return m.pairView()
	}
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	w := s.Width
	switch {
	case !m.loaded:
		return th.Line(tr.T(i18n.ReviewPreparing), w, th.S.Muted)
	case m.err != nil:
		return joinLines(th.Wrap(tr.Err(m.err), w, th.S.Error))
	}
	center := tr.T(i18n.ReviewAllCent)
	if m.center != 0 {
		center = s.CenterName(m.center)
	}
	summary := tr.T(i18n.ReviewSummary, len(m.pairs), tr.Band(m.band), center)
	if m.linked {
		summary += " · " + tr.T(i18n.ReviewWithLinks)
	}
	out := []string{th.Line(summary, w, th.S.Label), ""}
	if len(m.pairs) == 0 {
		return joinLines(append(out, th.Wrap(tr.T(i18n.ReviewNone), w, th.S.Muted)...))
	}
	t := newTable(th, tr, reviewCols, w-markW)
	out = append(out, th.Row(w, th.Cell("", markW, theme.Start, th.S.Value), t.header()))
	h := m.rowsShown()
	switch {
	case m.cursor < m.offset:
		m.offset = m.cursor
	case m.cursor >= m.offset+h:
		m.offset = m.cursor - h + 1
	}
	m.offset = clampInt(m.offset, 0, max(0, len(m.pairs)-h))
	for i := m.offset; i < min(len(m.pairs), m.offset+h); i++ {
		out = append(out, m.rowLine(t, i, m.pairs[i], w))
	}
	return joinLines(out)
}

// rowLine draws pair i, marked when selected.
func (m *reviewScreen) rowLine(t *table, i int, r reviewRow, w int) string {
	th, tr := m.s.Theme, m.s.Tr
	band := tr.Band(r.Band)
	if r.Verdict == domain.VerdictSame {
		band = "∞ " + band
	}
	cells := plain(th.S.Value, band, m.pct(r), r.nameA, r.nameB, m.centerPair(r.CenterA, r.CenterB), tr.Reasons(r.Reasons))
	cells[5].st = th.S.Muted
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

// pairView is the two files side by side, the differing fields
// highlighted, with the engine's reasons above and a question below.
func (m *reviewScreen) pairView() string {
	s, th, tr, p := m.s, m.s.Theme, m.s.Tr, m.pair
	w, r := s.Width, p.row
	head := tr.T(i18n.ReviewPairHead, tr.Band(r.Band), m.pct(r))
	if r.Verdict == domain.VerdictSame {
		head += " · " + tr.T(i18n.ReviewLinked)
	}
	out := []string{th.Line(head, w, th.S.Title)}
	out = append(out, th.Wrap(tr.Reasons(r.Reasons), w, th.S.Muted)...)
	out = append(out, "")
	if !p.loaded {
		return joinLines(append(out, th.Line(tr.T(i18n.Loading), w, th.S.Muted)))
	}
	lw := 20
	if w < 90 {
		lw = 14
	}
	cw := max(8, (w-lw-2)/2)
	row := func(label, a, b string, sa, sb lipgloss.Style) string {
		return th.Row(w, th.Cell(label, lw, theme.Start, th.S.Label), " ",
			th.Cell(a, cw, theme.Start, sa), " ", th.Cell(b, cw, theme.Start, sb))
	}
	title := func(key i18n.Key, sd reviewSide) string {
		t := tr.T(key)
		if sd.card {
			t += " " + tr.T(i18n.ReviewCardOnly)
		}
		return t
	}
	out = append(out, row("", title(i18n.ReviewSideA, p.a), title(i18n.ReviewSideB, p.b), th.S.Header, th.S.Header))
	fields := []struct {
		k    i18n.Key
		a, b string
	}{
		{i18n.ReviewFieldName, p.a.name, p.b.name},
		{i18n.ReviewFieldFath, p.a.father, p.b.father},
		{i18n.ReviewFieldBirth, p.a.birth, p.b.birth},
		{i18n.ReviewFieldIDs, p.a.ids, p.b.ids},
		{i18n.ReviewFieldMob, p.a.mobile, p.b.mobile},
		{i18n.ReviewFieldAddr, p.a.address, p.b.address},
		{i18n.ReviewFieldCent, p.a.center, p.b.center},
		{i18n.ReviewFieldNum, p.a.number, p.b.number},
	}
	hidden := tr.T(i18n.ReviewHidden)
	for _, f := range fields {
		a, b := f.a, f.b
		sa, sb := th.S.Value, th.S.Value
		// A card hides the field: nothing to compare, nothing to mark.
		hideA := p.a.card && a == "" && f.k != i18n.ReviewFieldName
		hideB := p.b.card && b == "" && f.k != i18n.ReviewFieldName
		if hideA {
			a, sa = hidden, th.S.Muted
		}
		if hideB {
			b, sb = hidden, th.S.Muted
		}
		same := f.a == f.b
		if f.k == i18n.ReviewFieldBirth && (p.a.card || p.b.card) {
			same = p.a.year == p.b.year // a card knows the year only
		}
		if !hideA && !hideB && !same {
			sa, sb = th.S.Warn, th.S.Warn
			if f.k != i18n.ReviewFieldCent && f.k != i18n.ReviewFieldNum {
				a, b = "* "+a, "* "+b
			}
		}
		out = append(out, row(tr.T(f.k), a, b, sa, sb))
	}
	out = append(out, "")
	if m.ask != nil {
		return joinLines(append(out, th.Wrap(m.ask.text, w, th.S.Warn)...))
	}
	return joinLines(append(out, th.Line(tr.T(i18n.ReviewDiffers), w, th.S.Muted)))
}
