package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/tui/i18n"
)

// confirm is a yes/no question on a screen's last lines: discard
// changes, save flagged values, close a file. While it is open it takes
// every key; y answers yes, n or esc no.
type confirm struct {
	text string
	yes  func() tea.Cmd
}

// confirmKeys accept the letters at the same place on a Persian keyboard
// (y is غ, n is د), so a clerk typing Persian need not switch layout.
type confirmKeys struct{ Yes, No key.Binding }

func newConfirmKeys(tr *i18n.T) confirmKeys {
	return confirmKeys{
		Yes: Bind("y", tr.T(i18n.HelpYes), "y", "Y", "غ"),
		No:  Bind("n/esc", tr.T(i18n.HelpNo), "n", "N", "د", "esc"),
	}
}

// answer handles k: done says the question is closed, cmd is what yes
// does.
func (c *confirm) answer(k tea.KeyMsg, ks confirmKeys) (cmd tea.Cmd, done bool) {
	switch {
	case key.Matches(k, ks.Yes):
		return c.yes(), true
	case key.Matches(k, ks.No):
		return nil, true
	}
	return nil, false
}
