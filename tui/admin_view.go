package tui

import (
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// adminCols: login, name, role, center, state, number of keys.
var adminCols = []tcol{
	{i18n.AdminColLogin, 14, 0, theme.Start},
	{i18n.AdminColName, 0, 0, theme.Start},
	{i18n.AdminColRole, 12, 0, theme.Start},
	{i18n.AdminColCenter, 16, 1, theme.Start},
	{i18n.AdminColState, 9, 0, theme.Start},
	{i18n.AdminColKeys, 5, 2, theme.End},
}

// adminHead is the lines above the list: the scope and count, a blank,
// the header.
const adminHead = 3

// rowsShown is how many users fit, leaving room for a question.
func (m *adminScreen) rowsShown() int { return max(1, m.s.BodyHeight()-adminHead-2) }

func (m *adminScreen) View() string {
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	w := s.Width
	switch {
	case !m.loaded:
		return th.Line(tr.T(i18n.Loading), w, th.S.Muted)
	case m.err != nil:
		return joinLines(th.Wrap(tr.Err(m.err), w, th.S.Error))
	}
	scope := tr.T(i18n.AdminCount, len(m.users))
	if len(centerChoices(s)) == 1 {
		scope = tr.T(i18n.AdminScope, s.CenterName(s.User.Center)) + " · " + scope
	}
	t := newTable(th, tr, adminCols, w-markW)
	out := []string{th.Line(scope, w, th.S.Label), "", th.Row(w, th.Cell("", markW, theme.Start, th.S.Value), t.header())}
	if len(m.users) == 0 {
		out = append(out, th.Wrap(tr.T(i18n.AdminNone), w, th.S.Muted)...)
	}
	rows := m.rowsShown()
	switch {
	case m.cursor < m.offset:
		m.offset = m.cursor
	case m.cursor >= m.offset+rows:
		m.offset = m.cursor - rows + 1
	}
	m.offset = clampInt(m.offset, 0, max(0, len(m.users)-rows))
	for i := m.offset; i < min(len(m.users), m.offset+rows); i++ {
		u := m.users[i]
		state, stateSt := tr.T(i18n.AdminStateOn), th.S.Value
		if u.Disabled {
			state, stateSt = tr.T(i18n.AdminStateOff), th.S.Warn
		}
		cells := plain(th.S.Value, u.Login, u.Name, tr.Role(u.Role), s.CenterName(u.Center), state, tr.Num(keyCount(u)))
		cells[4].st = stateSt
		if i == m.cursor {
			for j := range cells {
				cells[j].st = th.S.Selected
			}
		}
		out = append(out, th.Row(w, th.Marker(i == m.cursor, th.S.Focused), t.row(cells)))
	}
	if m.ask != nil {
		for len(out) < adminHead+rows {
			out = append(out, "")
		}
		out = append(out, th.Wrap(m.ask.text, w, th.S.Warn)...)
	}
	return joinLines(out)
}
