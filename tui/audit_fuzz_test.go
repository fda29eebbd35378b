package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// fuzzKeys turns bytes into keys: a few bytes stand for the special keys
// the screens use, the rest are typed as letters (Persian ones too).
func fuzzKeys(data string) []tea.KeyMsg {
	specials := []tea.KeyType{tea.KeyEnter, tea.KeyEsc, tea.KeyTab, tea.KeyShiftTab, tea.KeyUp, tea.KeyDown,
		tea.KeyLeft, tea.KeyRight, tea.KeyPgUp, tea.KeyPgDown, tea.KeyHome, tea.KeyEnd, tea.KeyCtrlS, tea.KeyBackspace, tea.KeySpace}
	var out []tea.KeyMsg
	for _, r := range data {
		if r < rune(len(specials)) {
			out = append(out, tea.KeyMsg{Type: specials[r]})
			continue
		}
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return out
}

// No sequence of keys on the audit trail or the user screens (filters,
// forms, key paste, questions) crashes, whoever is logged in; the view
// keeps to the window.
func FuzzAuditAdminKeys(f *testing.F) {
	for _, s := range []string{
		"afcoord\x00", "af\x02\x02IMR-1403-9999\x00\x01x", "af\x02\x021403/13/01\x00]][[",
		"un\x00bad login\x0c", "ux\x01xy", "us" + "anot a key\x0c\x01y", "up12\x0c",
		"a]]]]\x0b\x0a[", "uه\x00\x07\x07\x07\x0c", "af\x02\x07\x07\x07\x06\x06\x00",
	} {
		f.Add("admin", s)
		f.Add("sup2", s)
	}
	f.Fuzz(func(t *testing.T, login, keys string) {
		if login != "admin" && login != "sup2" && login != "cw1" {
			login = "admin"
		}
		if len(keys) > 200 {
			keys = keys[:200]
		}
		w := newAuditWorld(t)
		d := w.as(t, login, "fa")
		for _, k := range fuzzKeys(keys) {
			if k.Type == tea.KeyRunes && (k.Runes[0] == 'q' || k.Runes[0] == 'ض') {
				continue // quitting ends the run, not a finding
			}
			d.send(k)
			if d.quit {
				return
			}
		}
		if v := d.view(); len(v) == 0 {
			t.Fatal("empty view")
		}
	})
}
