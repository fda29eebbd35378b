package tui

import tea "github.com/charmbracelet/bubbletea"

// loadCenters reads every center for names in rows and the status bar.
// Names are not secret: other centers appear in match cards anyway.
func loadCenters(s *Session) tea.Cmd {
	st := s.Store
	return func() tea.Msg {
		cs, err := st.Centers()
		return centersMsg{cs, err}
	}
}
