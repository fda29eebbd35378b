package tui

import (
	"github.com/charmbracelet/lipgloss"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// View draws the header (who, which file, status), the tab row and the
// current tab's pane from its scroll position.
func (m *fileScreen) View() string {
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	w := s.Width
	if !m.loaded {
		if m.err != nil {
			return joinLines(th.Wrap(tr.Err(m.err), w, th.S.Error))
		}
		return th.Line(tr.T(i18n.Loading), w, th.S.Muted)
	}
	lines := m.paneLines(w)
	h := m.paneHeight()
	at := clampInt(m.scroll[m.tab], 0, max(0, len(lines)-h))
	m.scroll[m.tab] = at
	out := []string{m.header(w), m.tabRow(w, at, len(lines), h)}
	end := min(len(lines), at+h)
	out = append(out, lines[at:end]...)
	return joinLines(out)
}

// header: the head's name, file number, status (with its reason when not
// active), center, and how many values are flagged.
func (m *fileScreen) header(w int) string {
	th, tr, f := m.s.Theme, m.s.Tr, m.data.file
	cells := []string{th.Styled(f.Head.FullName(), th.S.Title)}
	add := func(s string, st lipgloss.Style) {
		if s != "" {
			cells = append(cells, th.Styled(" · ", th.S.Muted), th.Styled(s, st))
		}
	}
	add(tr.Digits(f.Number), th.S.Value)
	status := tr.Status(f.Status)
	stStyle := th.S.Value
	if f.Status != domain.StatusActive {
		stStyle = th.S.Warn
		if f.StatusReason != "" {
			status += " (" + f.StatusReason + ")"
		}
	}
	add(status, stStyle)
	add(m.s.CenterName(f.Center), th.S.Muted)
	if n := len(f.Flags()); n > 0 {
		add(tr.T(i18n.FileFlagged, n), th.S.Warn)
	}
	if !m.canEdit() {
		add(tr.T(i18n.FileReadOnly), th.S.Muted)
	}
	return th.Row(w, cells...)
}

// tabRow: the tabs with their counts, the current one marked, and where
// the pane is scrolled to when it does not fit.
func (m *fileScreen) tabRow(w, at, total, h int) string {
	th, tr := m.s.Theme, m.s.Tr
	// Six tabs with their counts overflow 80 columns in Persian: then the
	// tabs not shown keep their names and lose their counts.
	cells, used := m.tabCells(true)
	if used > w {
		cells, used = m.tabCells(false)
	}
	pos := ""
	if total > h {
		pos = tr.T(i18n.FileScrollPos, at+1, min(total, at+h), total)
	}
	cells = append(cells, th.Cell(pos, max(0, w-used), theme.End, th.S.Muted))
	return th.Row(w, cells...)
}

// tabCells are the tab labels, the current one marked, and their width;
// counts false leaves the counts on the current tab only.
func (m *fileScreen) tabCells(counts bool) ([]string, int) {
	th, tr := m.s.Theme, m.s.Tr
	var cells []string
	used := 0
	for i, k := range tabNames {
		name := tr.Digits(digitLabel(i)) + " " + tr.T(k)
		n := -1
		switch i {
		case tabVisits:
			n = len(m.data.visits)
		case tabAid:
			n = len(m.data.aid)
		case tabLinks:
			n = len(m.data.links)
		}
		if n >= 0 && (counts || i == m.tab) {
			name += " (" + tr.Num(n) + ")"
		}
		st := th.S.Muted
		if i == m.tab {
			name, st = "["+name+"]", th.S.Selected
		} else {
			name = " " + name + " "
		}
		if i > 0 {
			cells = append(cells, " ")
			used++
		}
		cells = append(cells, th.Styled(name, st))
		used += theme.Width(name)
	}
	return cells, used
}

// paneLines renders the current tab whole; View shows a window of it.
func (m *fileScreen) paneLines(w int) []string {
	var lines []string
	switch m.tab {
	case tabOverview:
		lines = m.overviewLines(w)
	case tabVisits:
		lines = m.visitLines(w)
	case tabAid:
		lines = m.aidLines(w)
	case tabNotes:
		lines = m.notesLines(w)
	case tabHistory:
		lines = m.historyLines(w)
	case tabLinks:
		lines = m.linksLines(w)
	}
	if len(lines) == 0 {
		lines = []string{""}
	}
	return lines
}

// empty is a pane's line when it has nothing to show.
func (m *fileScreen) empty(w int, k i18n.Key) []string {
	return m.s.Theme.Wrap(m.s.Tr.T(k), w, m.s.Theme.S.Muted)
}

// section is a pane's heading, with a blank line before all but the
// first.
func section(th *theme.Theme, out []string, title string, w int) []string {
	if len(out) > 0 {
		out = append(out, "")
	}
	return append(out, th.Line(title, w, th.S.Header))
}
