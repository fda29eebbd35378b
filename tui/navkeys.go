package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/tui/i18n"
)

// navKeys are the cursor keys every list screen shares (visits due, the
// review queue); the letters also answer at their place on a Persian
// keyboard.
type navKeys struct {
	Up, Down, PageUp, PageDown, First, Last key.Binding
}

func newNavKeys(tr *i18n.T) navKeys {
	return navKeys{
		Up:       Bind("↑/k", tr.T(i18n.HelpUp), "up", "k", "ن"),
		Down:     Bind("↓/j", tr.T(i18n.HelpDown), "down", "j", "ت"),
		PageUp:   Bind("pgup", tr.T(i18n.HelpPageUp), "pgup"),
		PageDown: Bind("pgdn", tr.T(i18n.HelpPageDown), "pgdown"),
		First:    Bind("home/g", tr.T(i18n.HelpFirst), "home", "g", "ل"),
		Last:     Bind("end/G", tr.T(i18n.HelpLast), "end", "G"),
	}
}

// move applies a cursor key to a cursor over n rows, page rows at a time,
// and keeps it on a row; ok is false when k is not a cursor key.
func (ks navKeys) move(k tea.KeyMsg, cursor, n, page int) (int, bool) {
	switch {
	case key.Matches(k, ks.Up):
		cursor--
	case key.Matches(k, ks.Down):
		cursor++
	case key.Matches(k, ks.PageUp):
		cursor -= page
	case key.Matches(k, ks.PageDown):
		cursor += page
	case key.Matches(k, ks.First):
		cursor = 0
	case key.Matches(k, ks.Last):
		cursor = n - 1
	default:
		return cursor, false
	}
	return clampInt(cursor, 0, max(0, n-1)), true
}
