package tui

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/parvande/parvande/tui/i18n"
)

// listKeys: arrows, paging and enter work while typing; the letter keys
// (j/k, n, v, d, p, f, s, g/G) only when the search input is left with esc or tab.
type listKeys struct {
	Open, Up, Down, PageUp, PageDown, First, Last, Toggle     key.Binding
	Search, UpJ, DownJ, FirstG, LastG, New, Due, Filter, Sort key.Binding
	Review, Parallel, Audit, Admin, Sync                      key.Binding
}

func newListKeys(tr *i18n.T) listKeys {
	return listKeys{
		Open:     Bind("enter", tr.T(i18n.HelpOpen), "enter"),
		Up:       Bind("↑", tr.T(i18n.HelpUp), "up"),
		Down:     Bind("↓", tr.T(i18n.HelpDown), "down"),
		PageUp:   Bind("pgup", tr.T(i18n.HelpPageUp), "pgup"),
		PageDown: Bind("pgdn", tr.T(i18n.HelpPageDown), "pgdown"),
		First:    Bind("home", tr.T(i18n.HelpFirst), "home"),
		Last:     Bind("end", tr.T(i18n.HelpLast), "end"),
		Toggle:   Bind("tab", tr.T(i18n.HelpToggleSearch), "tab"),
		Search:   Bind("/", tr.T(i18n.HelpSearch), "/"),
		UpJ:      Bind("↑/k", tr.T(i18n.HelpUp), "k"),
		DownJ:    Bind("↓/j", tr.T(i18n.HelpDown), "j"),
		FirstG:   Bind("home/g", tr.T(i18n.HelpFirst), "g"),
		LastG:    Bind("end/G", tr.T(i18n.HelpLast), "G"),
		New:      Bind("n", tr.T(i18n.HelpNew), "n"),
		Due:      Bind("v", tr.T(i18n.HelpVisitsDue), "v"),
		Filter:   Bind("f", tr.T(i18n.HelpFilter), "f"),
		Sort:     Bind("s", tr.T(i18n.HelpSort), "s"),
		// d is ی on a Persian keyboard.
		Review: Bind("d", tr.T(i18n.HelpReview), "d", "ی"),
		// p is ح on a Persian keyboard.
		Parallel: Bind("p", tr.T(i18n.HelpParallel), "p", "ح"),
		// a is ش on a Persian keyboard.
		Audit: Bind("a", tr.T(i18n.HelpAudit), "a", "ش"),
		// u is ع on a Persian keyboard.
		Admin: Bind("u", tr.T(i18n.HelpAdmin), "u", "ع"),
		// c is ز on a Persian keyboard.
		Sync: Bind("c", tr.T(i18n.HelpSyncStatus), "c", "ز"),
	}
}
