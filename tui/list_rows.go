package tui

import (
	"encoding/binary"
	"reflect"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// The list is redrawn after every message a session gets (each key, each
// page, each other session's write); with a hundred SSH sessions its rows
// were most of the server's work. Rows are therefore drawn once per look
// and kept: a frame that changes no row (a key before its page arrives, a
// write that left the page as it was) draws none, and a cursor move draws
// two.

// rowsLayout is everything all rows depend on: when any of it changes,
// the kept rows are dropped.
type rowsLayout struct {
	th        *theme.Theme
	mode      theme.Mode
	tr        *i18n.T
	width     int
	oneCenter bool
	centers   uintptr // the session's center map (names in the center column)
}

// rowKey is everything one row depends on besides the layout.
type rowKey struct {
	e     search.Entry
	match string // NameMatch, packed
	sel   bool
}

// maxKeptRows bounds the kept rows: typing a name visits a few pages, and
// older ones are unlikely to come back.
const maxKeptRows = 256

// listPaints are the list's styles, reduced once per theme.
type listPaints struct{ base, sel, muted, hl, hlSel theme.Paint }

type rowCache struct {
	lay     rowsLayout
	cols    []column
	widths  []int
	nameW   int
	used    int // cells the row's cells take, marker to last column
	paints  listPaints
	head    string
	rows    map[rowKey]string
	matchBf []byte

	// The search line and the info line, kept while what they show holds.
	searchAt searchKey
	search   string
	infoAt   infoKey
	info     string
}

type searchKey struct {
	value  string
	pos    int
	typing bool
}

type infoKey struct {
	total, offset, n int
	ready            bool
	filter           listFilter
	sort             search.Sort
}

// rowsFor returns the cache for the session's current look, starting a new
// one when the look changed.
func (m *listScreen) rowsFor(w int) *rowCache {
	s := m.s
	lay := rowsLayout{
		th: s.Theme, mode: s.Theme.Mode(), tr: s.Tr, width: w,
		oneCenter: visibleCenters(s) != nil || m.filter.center != 0,
		centers:   reflect.ValueOf(s.Centers).Pointer(),
	}
	if c := m.cache; c != nil && c.lay == lay {
		return c
	}
	th, tr := s.Theme, s.Tr
	c := &rowCache{lay: lay, rows: map[rowKey]string{}}
	c.cols, c.widths, c.nameW = layout(w, lay.oneCenter)
	c.used = markerW + c.nameW
	for _, cw := range c.widths {
		c.used += 1 + cw
	}
	c.paints = listPaints{
		base: th.Paint(th.S.Value), sel: th.Paint(th.S.Selected), muted: th.Paint(th.S.Muted),
		hl: th.Paint(th.S.Match), hlSel: th.Paint(th.S.Match.Reverse(true)),
	}
	hp := th.Paint(th.S.Header)
	head := []string{th.PaintCell("", markerW, theme.Start, hp), th.PaintCell(tr.T(i18n.ListColName), c.nameW, theme.Start, hp)}
	for i, col := range c.cols {
		head = append(head, " ", th.PaintCell(tr.T(col.title), c.widths[i], theme.Start, hp))
	}
	c.head = th.RowSized(w, c.used, head...)
	m.cache = c
	return c
}

// row is result r drawn, from the cache when it was drawn before.
func (m *listScreen) row(c *rowCache, r *search.Result, sel bool) string {
	c.matchBf = c.matchBf[:0]
	for _, i := range r.NameMatch {
		c.matchBf = binary.AppendUvarint(c.matchBf, uint64(i))
	}
	k := rowKey{e: r.Entry, match: string(c.matchBf), sel: sel}
	if out, ok := c.rows[k]; ok {
		return out
	}
	if len(c.rows) >= maxKeptRows {
		clear(c.rows)
	}
	out := m.drawRow(c, r, sel)
	c.rows[k] = out
	return out
}

func (m *listScreen) drawRow(c *rowCache, r *search.Result, sel bool) string {
	th, p := m.s.Theme, c.paints
	base, hl := p.base, p.hl
	if sel {
		base, hl = p.sel, p.hlSel
	}
	cells := make([]string, 0, 2+2*len(c.cols))
	cells = append(cells,
		th.PaintMarker(sel, base),
		th.PaintHighlight(r.Name, r.NameMatch, c.nameW, theme.Start, base, hl),
	)
	gap := base.Render(" ")
	for i, col := range c.cols {
		st := base
		if col.title == i18n.ListColStatus && r.Status != domain.StatusActive && !sel {
			st = p.muted
		}
		cells = append(cells, gap, th.PaintCell(col.cell(m, r), c.widths[i], theme.Start, st))
	}
	return th.RowSized(c.lay.width, c.used, cells...)
}
