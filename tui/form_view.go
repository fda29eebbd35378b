package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// Drawing a form: one row per field (marker, label, input, flag mark),
// lines under it for what its check said, in a column that scrolls to
// keep the focused field in sight. Rows go through the theme, so in fa
// the label sits on the right and the input runs leftwards from it.

const (
	markW     = 2 // "› " before the focused label
	flagW     = 3 // " ! " between a flagged field's label and input
	maxLabelW = 22
)

// labelWidth fits the longest label in the session's language.
func (f *form) labelWidth() int {
	w := 8
	for i := range f.fields {
		w = max(w, theme.Width(f.s.Tr.T(f.fields[i].label)))
	}
	return min(w, maxLabelW)
}

// view draws the fields in width × height, scrolled so the focused one
// shows whole (or its top, when it is taller than height).
func (f *form) view(width, height int) string {
	labelW := f.labelWidth()
	var lines []string
	start, end := 0, 0
	for i := range f.fields {
		if i == f.at {
			start = len(lines)
		}
		lines = append(lines, f.fieldLines(i, labelW, width)...)
		if i == f.at {
			end = len(lines)
		}
	}
	switch {
	case start < f.offset:
		f.offset = start
	case end > f.offset+height:
		f.offset = min(start, end-height)
	}
	f.offset = max(0, min(f.offset, len(lines)-height))
	lines = lines[f.offset:]
	if len(lines) > height {
		lines = lines[:height]
	}
	return joinLines(lines)
}

// fieldLines draws field i: its row, then any further lines of its input
// and what its check said.
func (f *form) fieldLines(i, labelW, width int) []string {
	th, tr := f.s.Theme, f.s.Tr
	fd := &f.fields[i]
	focused := i == f.at
	ls, marker := th.S.Label, "  "
	if focused {
		ls, marker = th.S.Focused, "› "
		if th.RTL() {
			marker = " ‹"
		}
	}
	inW := max(8, width-markW-labelW-flagW)
	mark := ""
	if fd.v.warn != "" {
		mark = tr.T(i18n.FlagMarker)
	}
	body := f.inputLines(fd, focused, inW)
	indent := th.Cell("", markW+labelW+flagW, theme.Start, th.S.Value)
	// The flag mark sits between label and input, so it stays beside the
	// value in both directions.
	out := []string{th.Row(width,
		th.Styled(marker, ls), th.Cell(tr.T(fd.label), labelW, theme.End, ls),
		th.Cell(mark, flagW, theme.Center, th.S.Warn), body[0])}
	for _, l := range body[1:] {
		out = append(out, th.Row(width, indent, l))
	}
	under := func(s string, st lipgloss.Style) {
		for _, l := range th.Wrap(s, inW, st) {
			out = append(out, th.Row(width, indent, l))
		}
	}
	switch {
	case fd.problem() != "":
		under(fd.problem(), th.S.Error)
	case fd.v.warn != "":
		under(fd.v.warn, th.S.Warn)
	}
	if fd.v.note != "" {
		under(fd.v.note, th.S.Muted)
	} else if focused && fd.problem() == "" && fd.v.warn == "" && fd.hint != "" {
		under(tr.T(fd.hint), th.S.Muted)
	}
	return out
}

// inputLines draws a field's input, each line exactly w wide.
func (f *form) inputLines(fd *formField, focused bool, w int) []string {
	th, tr := f.s.Theme, f.s.Tr
	switch fd.kind {
	case textField:
		return []string{th.Input(fd.input, w)}
	case areaField:
		return areaLines(th, &fd.area, w)
	case choiceField:
		if !focused {
			return []string{th.Cell(fd.opts[fd.sel](tr), w, theme.Start, th.S.Value)}
		}
		items := make([]item, len(fd.opts))
		for j, o := range fd.opts {
			items[j] = item{tr.Digits(digitLabel(j)) + " " + o(tr), th.S.Value}
			if j == fd.sel {
				items[j] = item{"[" + items[j].text + "]", th.S.Selected}
			}
		}
		return itemRows(th, items, w)
	case multiField:
		if !focused {
			var names []string
			for j, on := range fd.on {
				if on {
					names = append(names, fd.opts[j](tr))
				}
			}
			v := joinComma(tr, names)
			if v == "" {
				v = tr.T(i18n.None)
			}
			return []string{th.Cell(v, w, theme.Start, th.S.Value)}
		}
		items := make([]item, len(fd.opts))
		for j, o := range fd.opts {
			box := "[ ]"
			if fd.on[j] {
				box = "[x]"
			}
			st := th.S.Value
			if j == fd.sel {
				box, st = "›"+box, th.S.Selected
			}
			items[j] = item{box + tr.Digits(digitLabel(j)) + " " + o(tr), st}
		}
		return itemRows(th, items, w)
	}
	return []string{th.Cell("", w, theme.Start, th.S.Value)}
}

// digitLabel is the key that picks option j.
func digitLabel(j int) string {
	if j == 9 {
		return "0"
	}
	if j > 9 {
		return " "
	}
	return string(rune('1' + j))
}

// item is one option as drawn.
type item struct {
	text string
	st   lipgloss.Style
}

// itemRows lays items out in rows of width w, in reading order, two
// spaces apart.
func itemRows(th *theme.Theme, items []item, w int) []string {
	var rows []string
	var cells []string
	used := 0
	flush := func() {
		if len(cells) > 0 {
			rows = append(rows, th.Row(w, cells...))
		}
		cells, used = nil, 0
	}
	for _, it := range items {
		iw := min(theme.Width(it.text), w)
		if used > 0 && used+2+iw > w {
			flush()
		}
		if used > 0 {
			cells = append(cells, "  ")
			used += 2
		}
		cells = append(cells, th.Cell(it.text, iw, theme.Start, it.st))
		used += iw
	}
	flush()
	if len(rows) == 0 {
		rows = []string{th.Block("", w)}
	}
	return rows
}

// wrapText wraps text of several paragraphs (a visit's findings, notes)
// to width, keeping its line breaks.
func wrapText(th *theme.Theme, s string, width int, st lipgloss.Style) []string {
	var out []string
	s = strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), " \n\t")
	if s == "" {
		return nil
	}
	for _, para := range strings.Split(s, "\n") {
		if strings.TrimSpace(para) == "" {
			out = append(out, th.Line("", width, st))
			continue
		}
		out = append(out, th.Wrap(para, width, st)...)
	}
	return out
}
