package tui

import (
	"github.com/charmbracelet/lipgloss"

	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// A small table for the file's panes and the visits-due list: fixed
// columns, one flexible column that takes what is left, and columns
// dropped (highest drop first) when the window is too narrow for the
// flexible one's minimum.

type tcol struct {
	title i18n.Key
	w     int // width; 0 for the flexible column
	drop  int // 0: never dropped; otherwise dropped before lower values
	align theme.Align
}

// minFlex is the least the flexible column (a name, a description) gets
// before other columns are dropped.
const minFlex = 14

type table struct {
	th     *theme.Theme
	tr     *i18n.T
	cols   []tcol
	keep   []int // indexes of the columns shown
	widths []int // their widths
	w      int
}

// newTable fits cols into width w.
func newTable(th *theme.Theme, tr *i18n.T, cols []tcol, w int) *table {
	t := &table{th: th, tr: tr, cols: cols, w: w}
	dropped := map[int]bool{}
	for {
		t.keep, t.widths = t.keep[:0], t.widths[:0]
		fixed, flex := 0, -1
		for i, c := range cols {
			if dropped[i] {
				continue
			}
			t.keep = append(t.keep, i)
			t.widths = append(t.widths, c.w)
			if c.w == 0 {
				flex = len(t.keep) - 1
			}
			fixed += c.w
		}
		rest := w - fixed - (len(t.keep) - 1)
		worst := -1
		for i, c := range cols {
			if !dropped[i] && c.drop > 0 && (worst < 0 || c.drop > cols[worst].drop) {
				worst = i
			}
		}
		if (flex < 0 || rest >= minFlex) || worst < 0 {
			if flex >= 0 {
				t.widths[flex] = max(1, rest)
			}
			return t
		}
		dropped[worst] = true
	}
}

// header is the column titles.
func (t *table) header() string {
	cells := make([]item, len(t.cols))
	for i, c := range t.cols {
		cells[i] = item{t.tr.T(c.title), t.th.S.Header}
	}
	return t.row(cells)
}

// row draws one row; cells are given for every column, shown or not.
func (t *table) row(cells []item) string {
	parts := make([]string, 0, 2*len(t.keep))
	for j, i := range t.keep {
		if j > 0 {
			parts = append(parts, " ")
		}
		parts = append(parts, t.th.Cell(cells[i].text, t.widths[j], t.cols[i].align, cells[i].st))
	}
	return t.th.Row(t.w, parts...)
}

// plain makes cells of one style.
func plain(st lipgloss.Style, texts ...string) []item {
	out := make([]item, len(texts))
	for i, s := range texts {
		out[i] = item{s, st}
	}
	return out
}
