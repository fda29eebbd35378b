package tui

import (
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// statusBar is the top line of every screen: the program, who is logged in
// with their role and center, and the current screen's title.
func statusBar(s *Session, title string) string {
	th, tr := s.Theme, s.Tr
	user := tr.T(i18n.StatusNoUser)
	center := ""
	if s.User.ID != 0 {
		name := s.User.Name
		if name == "" {
			name = s.User.Login
		}
		user = tr.T(i18n.StatusUser, name, tr.Role(s.User.Role))
		if c := s.CenterName(s.User.Center); c != "" {
			center = tr.T(i18n.StatusCenter, c)
		}
	}
	bar, strong := th.S.Bar, th.S.BarStrong
	sep := th.Styled("│", bar)
	left := []string{th.Styled(" "+tr.T(i18n.AppName)+" ", strong), sep, th.Styled(" "+user+" ", bar)}
	if center != "" {
		left = append(left, sep, th.Styled(" "+center+" ", bar))
	}
	right := th.Styled(" "+title+" ", strong)
	used := 0
	for _, c := range left {
		used += theme.Width(c)
	}
	gap := max(0, s.Width-used-theme.Width(right))
	cells := append(left, th.Cell("", gap, theme.Start, bar), right)
	return th.Row(s.Width, cells...)
}
