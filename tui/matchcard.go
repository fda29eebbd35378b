package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// matchCardScreen shows a match the user may not open: its match card
// (name, father's name, birth year, center, status, last aid) with the
// engine's band and reasons, read-only. The card is read again through
// the audited ViewCard: opening it is a deliberate look at another
// center's family, unlike the panel's list. esc goes back to the form.
type matchCardScreen struct {
	s      *Session
	m      panelMatch
	loaded bool
	err    error
}

type matchCardMsg struct {
	c    *matchCardScreen
	card store.Card
	err  error
}

func newMatchCardScreen(s *Session, m panelMatch) *matchCardScreen {
	return &matchCardScreen{s: s, m: m}
}

func (c *matchCardScreen) Init() tea.Cmd {
	st, a, id := c.s.Store, c.s.Actor(), c.m.File
	return func() tea.Msg {
		card, err := st.ViewCard(a, id)
		return matchCardMsg{c: c, card: card, err: err}
	}
}

func (c *matchCardScreen) Title() string { return c.s.Tr.T(i18n.CardTitle, cardName(c.m)) }

func (c *matchCardScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	if msg, ok := msg.(matchCardMsg); ok && msg.c == c {
		c.err, c.loaded = msg.err, msg.err == nil
		if msg.err != nil {
			return c, Fail(msg.err)
		}
		c.m.card = msg.card
	}
	return c, nil
}

func (c *matchCardScreen) KeyMap() help.KeyMap { return KeyList{} }

// Captures keeps the letters, q above all: the card is opened over a form
// with unsaved input, and a reflexive q would quit and lose it. ctrl+c
// still quits; esc goes back.
func (c *matchCardScreen) Captures(k tea.KeyMsg) bool { return k.Type == tea.KeyRunes }

func (c *matchCardScreen) View() string {
	s, th, tr := c.s, c.s.Theme, c.s.Tr
	w, card := s.Width, c.m.card
	switch {
	case c.err != nil:
		return joinLines(append(th.Wrap(tr.Err(c.err), w, th.S.Error), "", th.Line(tr.T(i18n.CardBack), w, th.S.Muted)))
	case !c.loaded:
		return th.Line(tr.T(i18n.Loading), w, th.S.Muted)
	}
	center := s.CenterName(card.Center)
	birth, aid := tr.T(i18n.ReviewHidden), tr.T(i18n.PanelNoAid)
	if card.BirthYear > 0 {
		birth = tr.Date(fa.Date{Year: card.BirthYear})
	}
	if !card.LastAid.IsZero() {
		aid = tr.Date(card.LastAid)
	}
	out := []string{th.Line(tr.T(i18n.CardTitle, cardName(c.m)), w, th.S.Title), ""}
	out = append(out, th.Wrap(tr.T(i18n.CardOnlyNote, center), w, th.S.Muted)...)
	out = append(out, "")
	lw := 16
	band := tr.Band(c.m.Band) + " " + pctOf(tr, c.m.Score, c.m.Prob)
	bandSt := th.S.Value
	if c.m.Band == match.BandCertain {
		bandSt = th.S.Warn
	}
	rows := []struct {
		k i18n.Key
		v string
	}{
		{i18n.CardName, cardName(c.m)},
		{i18n.CardFather, card.FatherName},
		{i18n.CardBirth, birth},
		{i18n.CardCenter, center},
		{i18n.CardStatus, tr.Status(card.Status)},
		{i18n.CardLastAid, aid},
	}
	for _, r := range rows {
		out = append(out, th.Field(tr.T(r.k), r.v, lw, w, th.S.Value))
	}
	out = append(out, th.Field(tr.T(i18n.CardMatch), band, lw, w, bandSt))
	reasons := th.Wrap(tr.Reasons(c.m.Reasons), max(1, w-lw-1), th.S.Muted)
	for i, r := range reasons {
		label := ""
		if i == 0 {
			label = tr.T(i18n.CardReasons)
		}
		out = append(out, th.Row(w, th.Label(label, lw), " ", r))
	}
	out = append(out, "", th.Line(tr.T(i18n.CardBack), w, th.S.Muted))
	return joinLines(out)
}
