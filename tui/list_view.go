package tui

import (
	"slices"
	"strings"

	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// column is one column of the result table. Columns start at their
// minimum width; spare room goes first to the name (up to namePref), then
// to the columns in keep order up to their preferred width, then to the
// name again. When even the minimums do not fit, the column with the
// lowest keep is dropped.
type column struct {
	title     i18n.Key
	min, pref int
	keep      int
	cell      func(m *listScreen, r *search.Result) string
}

const (
	markerW  = theme.MarkerWidth
	minNameW = 14 // below this, drop a column rather than squeeze names
	namePref = 20
)

var listColumns = []column{
	{i18n.ListColFather, 8, 12, 7, func(_ *listScreen, r *search.Result) string { return r.Father }},
	{i18n.ListColID, 10, 12, 6, func(m *listScreen, r *search.Result) string {
		if r.NationalCode != "" {
			return m.s.Tr.Digits(r.NationalCode)
		}
		return m.s.Tr.Digits(r.ForeignID)
	}},
	{i18n.ListColNumber, 13, 13, 5, func(m *listScreen, r *search.Result) string { return m.s.Tr.Digits(r.Number) }},
	{i18n.ListColCenter, 8, 14, 2, func(m *listScreen, r *search.Result) string { return m.s.CenterName(r.Center) }},
	{i18n.ListColCategory, 8, 16, 1, func(m *listScreen, r *search.Result) string { return categoryCell(m.s.Tr, r.Categories) }},
	{i18n.ListColStatus, 6, 9, 4, func(m *listScreen, r *search.Result) string { return m.s.Tr.Status(r.Status) }},
	{i18n.ListColLastAid, 10, 10, 3, func(m *listScreen, r *search.Result) string { return m.s.Tr.Date(r.LastAid) }},
}

// layout picks the columns that fit width and their widths (the name's
// first). A user who sees one center only gets no center column.
func layout(width int, oneCenter bool) (cols []column, widths []int, nameW int) {
	for _, c := range listColumns {
		if !(oneCenter && c.title == i18n.ListColCenter) {
			cols = append(cols, c)
		}
	}
	for {
		used := markerW + minNameW
		for _, c := range cols {
			used += c.min + 1
		}
		if used <= width || len(cols) == 0 {
			break
		}
		low := 0
		for i, c := range cols {
			if c.keep < cols[low].keep {
				low = i
			}
		}
		cols = append(cols[:low], cols[low+1:]...)
	}
	spare := width - markerW - minNameW
	widths = make([]int, len(cols))
	for i, c := range cols {
		widths[i] = c.min
		spare -= c.min + 1
	}
	nameW = minNameW
	grow := min(max(spare, 0), namePref-nameW)
	nameW, spare = nameW+grow, spare-grow
	for _, k := range keepOrder(cols) {
		g := min(max(spare, 0), cols[k].pref-widths[k])
		widths[k] += g
		spare -= g
	}
	return cols, widths, nameW + max(spare, 0)
}

// keepOrder lists column indexes, most kept first.
func keepOrder(cols []column) []int {
	idx := make([]int, len(cols))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cols[b].keep - cols[a].keep })
	return idx
}

func categoryCell(tr *i18n.T, set search.CategorySet) string {
	cs := set.List()
	switch len(cs) {
	case 0:
		return ""
	case 1:
		return tr.Category(cs[0])
	}
	return tr.T(i18n.ListMoreCats, tr.Category(cs[0]), len(cs)-1)
}

func (m *listScreen) View() string {
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	w := s.Width
	c := m.rowsFor(w)

	lines := []string{m.searchLine(c), m.infoLineFor(c), c.head}

	var rows []string
	switch {
	case !m.ready:
		rows = []string{th.Line(tr.T(i18n.ListSearching), w, th.S.Muted)}
	case m.page.Total == 0 && m.input.Value() == "" && !m.filter.active():
		rows = th.Wrap(tr.T(i18n.ListEmpty), w, th.S.Muted)
	case m.page.Total == 0:
		rows = th.Wrap(tr.T(i18n.ListNoMatch), w, th.S.Muted)
	default:
		rows = make([]string, 0, len(m.page.Results))
		for i := range m.page.Results {
			rows = append(rows, m.row(c, &m.page.Results[i], m.offset+i == m.cursor))
		}
	}
	if m.bar != nil {
		box := strings.Split(m.bar.view(w), "\n")
		for i := range box {
			box[i] = th.Block(box[i], w)
		}
		if len(rows) > len(box) {
			rows = append(box, rows[len(box):]...)
		} else {
			rows = box
		}
	}
	lines = append(lines, rows...)
	return joinLines(lines)
}

// searchLine is the label and the input, drawn again when the text, the
// cursor or the focus moved. A text as wide as the input may scroll, which
// depends on more than these, so it is always drawn.
func (m *listScreen) searchLine(c *rowCache) string {
	th, tr, w := m.s.Theme, m.s.Tr, c.lay.width
	label := tr.T(i18n.HelpSearch) + ":"
	lw := theme.Width(label) + 1
	k := searchKey{value: m.input.Value(), pos: m.input.Position(), typing: m.typing}
	if k == c.searchAt && c.search != "" {
		return c.search
	}
	lst := th.S.Label
	if m.typing {
		lst = th.S.Focused
	}
	line := th.Row(w, th.Styled(label, lst), " ", th.Input(m.input, w-lw))
	if theme.Width(k.value)+2 < w-lw {
		c.searchAt, c.search = k, line
	} else {
		c.search = ""
	}
	return line
}

// infoLineFor is infoLine, drawn again when what it reports changed.
func (m *listScreen) infoLineFor(c *rowCache) string {
	k := infoKey{total: m.page.Total, offset: m.offset, n: len(m.page.Results), ready: m.ready, filter: m.filter, sort: m.sort}
	if k != c.infoAt || c.info == "" {
		c.infoAt, c.info = k, m.infoLine(c.lay.width)
	}
	return c.info
}

// infoLine shows the filter, the sort order and where in the list we are.
func (m *listScreen) infoLine(w int) string {
	th, tr := m.s.Theme, m.s.Tr
	pos := ""
	if t := m.page.Total; t > 0 {
		pos = tr.T(i18n.ListRange, m.offset+1, m.offset+len(m.page.Results), t)
	} else if m.ready {
		pos = tr.T(i18n.ListCount, 0)
	}
	left := m.filter.describe(m.s) + "  ·  " + tr.T(i18n.SortLabel, sortName(tr, m.sort))
	pw := theme.Width(pos)
	fst := th.S.Muted
	if m.filter.active() {
		fst = th.S.Warn
	}
	return th.Row(w, th.Cell(left, max(0, w-pw-1), theme.Start, fst), " ", th.Styled(pos, th.S.Muted))
}

func sortName(tr *i18n.T, s search.Sort) string {
	switch s {
	case search.ByName:
		return tr.T(i18n.SortName)
	case search.ByLastActivity:
		return tr.T(i18n.SortActivity)
	case search.ByNumber:
		return tr.T(i18n.SortNumber)
	}
	return tr.T(i18n.SortRelevant)
}
