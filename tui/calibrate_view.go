package tui

import (
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

var modeLabels = map[theme.Mode]i18n.Key{
	theme.Visual:         i18n.RTLModeVisual,
	theme.VisualUnshaped: i18n.RTLModeUnshaped,
	theme.Logical:        i18n.RTLModeLogical,
}

func (c *calibrateScreen) View() string {
	s, th, tr := c.s, c.s.Theme, c.s.Tr
	w := s.Width
	// The title is in the status bar; the body starts with the question.
	lines := th.Wrap(tr.T(i18n.RTLAsk), w, th.S.Title)
	if tr.Lang() != i18n.En {
		// The question in English too: before calibration the Persian
		// above may be the very text this terminal garbles.
		lines = append(lines, th.Wrap(i18n.New(i18n.En).T(i18n.RTLAsk), w, th.S.Muted)...)
	}
	lines = append(lines, "")
	sample := tr.T(i18n.RTLSample)
	for i, m := range theme.Modes {
		ls := th.S.Label
		if i == c.at {
			ls = th.S.Focused
		}
		for j, l := range th.Wrap(tr.T(modeLabels[m]), w-theme.MarkerWidth, ls) {
			lines = append(lines, th.Row(w, th.Marker(i == c.at && j == 0, ls), l))
		}
		// On purpose this sample bypasses the session's mode: each of
		// the three is drawn as its own mode would draw it, so the user
		// can see which one this terminal shows right.
		raw := th.ModeText(sample, m)
		lines = append(lines, th.Block(th.S.Value.Render("    "+raw+"    "), w), "")
	}
	cur := tr.T(i18n.RTLNotChosen)
	if _, ok := theme.ParseMode(s.User.RTLMode); ok || s.rtl != "" {
		cur = modeName(tr, th.Mode())
	}
	lines = append(lines, th.Line(tr.T(i18n.RTLCurrent, cur), w, th.S.Muted))
	lines = append(lines, th.Wrap(tr.T(i18n.RTLHint), w, th.S.Muted)...)
	lines = append(lines, th.Wrap(tr.T(i18n.RTLOwnBidi), w, th.S.Muted)...)
	return th.Frame(joinLines(lines), w, s.BodyHeight())
}
