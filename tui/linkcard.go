package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// cardScreen shows the match card of a file the user may not open
// (another center's, for most roles), read with ViewCard so the look is
// audited. The linked-files tab and the parallel-aid report open it.
type cardScreen struct {
	s      *Session
	id     domain.ID
	card   store.Card
	loaded bool
	err    error
}

type cardLoadedMsg struct {
	id   domain.ID
	card store.Card
	err  error
}

func newCardScreen(s *Session, id domain.ID) *cardScreen { return &cardScreen{s: s, id: id} }

// openLinked opens a file of another center: the whole file when the user
// may view it there, else its match card.
func openLinked(s *Session, id domain.ID, center domain.CenterID) tea.Cmd {
	if s.Can(domain.ActFileView, domain.Target{Center: center}) {
		return Emit(OpenFileMsg{ID: id})
	}
	return Push(newCardScreen(s, id))
}

func (c *cardScreen) Init() tea.Cmd {
	st, a, id := c.s.Store, c.s.Actor(), c.id
	return func() tea.Msg {
		card, err := st.ViewCard(a, id)
		return cardLoadedMsg{id: id, card: card, err: err}
	}
}

func (c *cardScreen) name() string {
	return domain.Person{FirstName: c.card.FirstName, LastName: c.card.LastName}.FullName()
}

func (c *cardScreen) Title() string {
	if !c.loaded {
		return c.s.Tr.T(i18n.TitleFile)
	}
	return c.s.Tr.T(i18n.CardTitle, c.name())
}

func (c *cardScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	if msg, ok := msg.(cardLoadedMsg); ok && msg.id == c.id {
		c.card, c.err, c.loaded = msg.card, msg.err, msg.err == nil
		if msg.err != nil {
			return c, Fail(msg.err)
		}
	}
	return c, nil
}

func (c *cardScreen) KeyMap() help.KeyMap { return KeyList{} }

func (c *cardScreen) View() string {
	s, th, tr := c.s, c.s.Theme, c.s.Tr
	w := s.Width
	switch {
	case c.err != nil:
		return joinLines(th.Wrap(tr.Err(c.err), w, th.S.Error))
	case !c.loaded:
		return th.Line(tr.T(i18n.Loading), w, th.S.Muted)
	}
	card := c.card
	center := s.CenterName(card.Center)
	birth, aid := tr.T(i18n.ReviewHidden), tr.T(i18n.LinksNoAid)
	if card.BirthYear > 0 {
		birth = tr.Date(fa.Date{Year: card.BirthYear})
	}
	if !card.LastAid.IsZero() {
		aid = tr.Date(card.LastAid)
	}
	out := []string{th.Line(tr.T(i18n.CardTitle, c.name()), w, th.S.Title), ""}
	out = append(out, th.Wrap(tr.T(i18n.CardOnlyNote, center), w, th.S.Muted)...)
	out = append(out, "")
	for _, r := range []struct {
		k i18n.Key
		v string
	}{
		{i18n.CardName, c.name()},
		{i18n.CardFather, card.FatherName},
		{i18n.CardBirth, birth},
		{i18n.CardCenter, center},
		{i18n.CardStatus, tr.Status(card.Status)},
		{i18n.CardLastAid, aid},
	} {
		out = append(out, th.Field(tr.T(r.k), r.v, 16, w, th.S.Value))
	}
	out = append(out, "", th.Line(tr.T(i18n.LinksCardBack), w, th.S.Muted))
	return joinLines(out)
}
