package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"

	"github.com/parvande/parvande/tui/i18n"
)

// globalKeys are the keys the root handles on every screen.
type globalKeys struct {
	Quit  key.Binding // ctrl+c: always, whatever the screen
	QuitQ key.Binding // q: when the screen does not capture it
	Back  key.Binding
	Help  key.Binding
	// HelpF1 opens help even where "?" is text (a focused input).
	HelpF1 key.Binding
	// RTL opens the right-to-left calibration screen from anywhere.
	RTL key.Binding
}

func newGlobalKeys(tr *i18n.T) globalKeys {
	return globalKeys{
		Quit:   Bind("ctrl+c", tr.T(i18n.HelpQuit), "ctrl+c"),
		QuitQ:  Bind("q", tr.T(i18n.HelpQuit), "q"),
		Back:   Bind("esc", tr.T(i18n.HelpBack), "esc"),
		Help:   Bind("?", tr.T(i18n.HelpHelp), "?"),
		HelpF1: Bind("f1", tr.T(i18n.HelpHelp), "f1"),
		RTL:    Bind("f8", tr.T(i18n.HelpRTL), "f8"),
	}
}

// Bind makes a key binding: label is how the key is shown ("↑/k"), desc
// what it does (from the catalog), keys what Bubble Tea reports.
func Bind(label, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(label, desc))
}

// footerKeys joins a screen's keys with the root's for the help footer.
type footerKeys struct {
	screen help.KeyMap
	root   []key.Binding
	more   []key.Binding // root keys listed in the full help only (f8)
}

func (f footerKeys) ShortHelp() []key.Binding {
	var out []key.Binding
	if f.screen != nil {
		out = append(out, f.screen.ShortHelp()...)
	}
	return append(out, f.root...)
}

func (f footerKeys) FullHelp() [][]key.Binding {
	var out [][]key.Binding
	if f.screen != nil {
		out = append(out, f.screen.FullHelp()...)
	}
	return append(out, append(append([]key.Binding(nil), f.root...), f.more...))
}

// KeyList is a help.KeyMap from plain binding lists, for screens whose
// full help is their short help in columns.
type KeyList struct {
	Short []key.Binding
	Full  [][]key.Binding
}

func (k KeyList) ShortHelp() []key.Binding { return k.Short }

func (k KeyList) FullHelp() [][]key.Binding {
	if k.Full == nil {
		return [][]key.Binding{k.Short}
	}
	return k.Full
}
