package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// calibrateScreen asks which of three renderings of one sample line reads
// right in this terminal: no terminal can be asked whether it does bidi
// and shaping, so the user's eyes decide. It opens at a user's first
// login, and with F8 at any time.
type calibrateScreen struct {
	s    *Session
	at   int // the option under the cursor, index into theme.Modes
	keys calibrateKeys
}

type calibrateKeys struct {
	Pick, Choose, Up, Down key.Binding
}

func newCalibrateKeys(tr *i18n.T) calibrateKeys {
	return calibrateKeys{
		// Persian and Arabic-Indic digits too: a clerk on a Persian
		// layout need not switch.
		Pick:   Bind("1/2/3", tr.T(i18n.HelpRTLPick), "1", "2", "3", "۱", "۲", "۳", "١", "٢", "٣"),
		Choose: Bind("enter", tr.T(i18n.HelpRTLPick), "enter"),
		Up:     Bind("↑/k", tr.T(i18n.HelpRTLMove), "up", "k"),
		Down:   Bind("↓/j", tr.T(i18n.HelpRTLMove), "down", "j"),
	}
}

func newCalibrate(s *Session) *calibrateScreen {
	c := &calibrateScreen{s: s, keys: newCalibrateKeys(s.Tr)}
	for i, m := range theme.Modes {
		if m == s.Theme.Mode() {
			c.at = i
		}
	}
	return c
}

func (c *calibrateScreen) Init() tea.Cmd { return nil }

func (c *calibrateScreen) Title() string { return c.s.Tr.T(i18n.RTLTitle) }

func (c *calibrateScreen) KeyMap() help.KeyMap {
	return KeyList{Short: []key.Binding{c.keys.Pick, c.keys.Choose, c.keys.Up}}
}

func (c *calibrateScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case LangChangedMsg:
		c.keys = newCalibrateKeys(c.s.Tr)
	case tea.KeyMsg:
		ks := c.keys
		switch {
		case key.Matches(msg, ks.Pick):
			if i := pickedOption(msg.String()); i >= 0 {
				return c, Emit(RTLModeMsg{Mode: theme.Modes[i]})
			}
		case key.Matches(msg, ks.Choose):
			return c, Emit(RTLModeMsg{Mode: theme.Modes[c.at]})
		case key.Matches(msg, ks.Up):
			c.at = (c.at + len(theme.Modes) - 1) % len(theme.Modes)
		case key.Matches(msg, ks.Down):
			c.at = (c.at + 1) % len(theme.Modes)
		}
	}
	return c, nil
}

// pickedOption reads 1–3 in any of the three digit sets; -1 otherwise.
func pickedOption(s string) int {
	r := []rune(s)
	if len(r) != 1 {
		return -1
	}
	for _, zero := range []rune{'0', '۰', '٠'} {
		if d := int(r[0] - zero); d >= 1 && d <= len(theme.Modes) {
			return d - 1
		}
	}
	return -1
}
