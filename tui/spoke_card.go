package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/tui/i18n"
)

// spokeCardScreen shows a match from the hub's encoded index: all a spoke
// knows of it, which is the center that serves the family, the band and
// the reasons the encodings give. There is nothing to read from the
// store, so nothing to audit; esc goes back to the form as it was.
type spokeCardScreen struct {
	s *Session
	m panelMatch
}

func newSpokeCardScreen(s *Session, m panelMatch) *spokeCardScreen {
	return &spokeCardScreen{s: s, m: m}
}

func (c *spokeCardScreen) Init() tea.Cmd { return nil }

func (c *spokeCardScreen) Title() string {
	return c.s.Tr.T(i18n.SpokeCardTitle, c.s.CenterName(c.m.Center))
}

func (c *spokeCardScreen) Update(tea.Msg) (Screen, tea.Cmd) { return c, nil }

func (c *spokeCardScreen) KeyMap() help.KeyMap { return KeyList{} }

// Captures keeps the letters, as the match card does: it is opened over
// a form with unsaved input, where a reflexive q must not quit.
func (c *spokeCardScreen) Captures(k tea.KeyMsg) bool { return k.Type == tea.KeyRunes }

func (c *spokeCardScreen) View() string {
	s, th, tr := c.s, c.s.Theme, c.s.Tr
	w, m := s.Width, c.m
	center := s.CenterName(m.Center)
	out := []string{th.Line(c.Title(), w, th.S.Title), ""}
	out = append(out, th.Wrap(tr.T(i18n.SpokeCardNote, center, center), w, th.S.Muted)...)
	out = append(out, "")
	lw := 16
	band := tr.Band(m.Band) + " " + pctOf(tr, m.Score, m.Prob)
	bandSt := th.S.Value
	if m.Band == match.BandCertain {
		bandSt = th.S.Warn
	}
	out = append(out,
		th.Field(tr.T(i18n.CardCenter), center, lw, w, th.S.Value),
		th.Field(tr.T(i18n.CardMatch), band, lw, w, bandSt))
	reasons := th.Wrap(tr.Reasons(m.Reasons), max(1, w-lw-1), th.S.Muted)
	for i, r := range reasons {
		label := ""
		if i == 0 {
			label = tr.T(i18n.CardReasons)
		}
		out = append(out, th.Row(w, th.Label(label, lw), " ", r))
	}
	out = append(out, th.Field("", tr.T(i18n.SpokeCardWhere), lw, w, th.S.Muted))
	out = append(out, "", th.Line(tr.T(i18n.CardBack), w, th.S.Muted))
	return joinLines(out)
}
