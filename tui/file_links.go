package tui

import (
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// The links tab: the files at other centers linked to this one as the
// same person, and what the family received there, as far as the user's
// role may see (store.LinkedFiles decides). enter opens a linked file
// (or its match card), u unlinks with a note.

// linkAsk is the unlink question: the link to end and the note typed.
type linkAsk struct {
	target store.LinkedFile
	note   Field
	err    string
}

type linkDoneMsg struct {
	text string
	err  error
}

// linksTop is the line of the first linked file in the tab (after the
// section title and the table header).
const linksTop = 2

func (m *fileScreen) selectedLink() (store.LinkedFile, bool) {
	if m.linkAt < 0 || m.linkAt >= len(m.data.links) {
		return store.LinkedFile{}, false
	}
	return m.data.links[m.linkAt], true
}

// canUnlink: a direct link, and the user may decide on the pair.
func (m *fileScreen) canUnlink(lf store.LinkedFile) bool {
	return lf.Direct && m.s.Can(domain.ActDuplicateDecide, domain.Target{Center: m.data.file.Center, Other: lf.Card.Center})
}

// linksKey handles the tab's own keys; ok is false for the others.
func (m *fileScreen) linksKey(k tea.KeyMsg) (tea.Cmd, bool) {
	if m.unlink != nil {
		return m.unlinkKey(k), true
	}
	ks := m.keys
	switch {
	case key.Matches(k, ks.Up), key.Matches(k, ks.Down):
		if len(m.data.links) == 0 {
			return nil, false
		}
		if key.Matches(k, ks.Up) {
			m.linkAt--
		} else {
			m.linkAt++
		}
		m.linkAt = clampInt(m.linkAt, 0, len(m.data.links)-1)
		h, at := m.paneHeight(), &m.scroll[tabLinks]
		line := linksTop + m.linkAt
		*at = clampInt(*at, line-h+1, line)
		if m.linkAt == 0 {
			*at = 0
		}
		return nil, true
	case key.Matches(k, ks.Open):
		if lf, ok := m.selectedLink(); ok {
			return openLinked(m.s, lf.Card.File, lf.Card.Center), true
		}
		return nil, true
	case key.Matches(k, ks.Unlink):
		lf, ok := m.selectedLink()
		switch {
		case !ok:
			return nil, true
		case !lf.Direct:
			return Flash(m.s.Tr.T(i18n.LinksIndirect)), true
		case !m.canUnlink(lf):
			return Fail(store.ErrDenied), true
		}
		note := NewField(m.s, i18n.LinksNote, "")
		m.unlink = &linkAsk{target: lf, note: note}
		m.scroll[tabLinks] = 0
		return m.unlink.note.Input.Focus(), true
	}
	return nil, false
}

func (m *fileScreen) unlinkKey(k tea.KeyMsg) tea.Cmd {
	u := m.unlink
	switch k.Type {
	case tea.KeyEsc:
		m.unlink = nil
		return nil
	case tea.KeyEnter:
		note := strings.TrimSpace(u.note.Value())
		if note == "" {
			u.err = m.s.Tr.T(i18n.LinksNeedNote)
			return nil
		}
		st, a, file, other := m.s.Store, m.s.Actor(), m.id, u.target.Card.File
		done := m.s.Tr.T(i18n.LinksUnlinked, cardName2(u.target.Card), m.s.CenterName(u.target.Card.Center))
		return func() tea.Msg {
			if err := st.Unlink(a, file, other, note); err != nil {
				return linkDoneMsg{err: err}
			}
			return linkDoneMsg{text: done}
		}
	}
	u.err = ""
	var cmd tea.Cmd
	u.note.Input, cmd = u.note.Input.Update(k)
	return cmd
}

// linkDone closes the question when the unlink went through; on an error
// the note stays for another try.
func (m *fileScreen) linkDone(msg linkDoneMsg) tea.Cmd {
	if msg.err != nil {
		if m.unlink != nil {
			m.unlink.err = m.s.Tr.Err(msg.err)
		}
		return Fail(msg.err)
	}
	m.unlink = nil
	m.linkAt = 0
	return tea.Batch(Flash(msg.text), m.load())
}

func cardName2(c store.Card) string {
	return domain.Person{FirstName: c.FirstName, LastName: c.LastName}.FullName()
}

// linksLines: the unlink question when open, the linked files with the
// cursor, then the aid they received.
func (m *fileScreen) linksLines(w int) []string {
	th, tr := m.s.Theme, m.s.Tr
	var out []string
	if u := m.unlink; u != nil {
		q := tr.T(i18n.LinksAskUnlink, cardName2(u.target.Card), m.s.CenterName(u.target.Card.Center))
		out = append(out, th.Wrap(q, w, th.S.Warn)...)
		out = append(out, strings.Split(u.note.View(m.s, theme.Width(tr.T(i18n.LinksNote)), w), "\n")...)
		if u.err != "" {
			out = append(out, th.Wrap(u.err, w, th.S.Error)...)
		}
		return append(out, th.Line(tr.T(i18n.LinksAskKeys), w, th.S.Muted))
	}
	links := m.data.links
	if len(links) == 0 {
		return m.empty(w, i18n.LinksNone)
	}
	out = section(th, out, tr.T(i18n.LinksTitle, len(links)), w)
	t := newTable(th, tr, []tcol{
		{i18n.FieldCenter, 16, 0, theme.Start},
		{i18n.FieldNumber, 13, 3, theme.Start},
		{i18n.ListColName, 0, 0, theme.Start},
		{i18n.LinksColLastAid, 10, 0, theme.Start},
		{i18n.LinksColBy, 14, 2, theme.Start},
		{i18n.LinksColOn, 10, 1, theme.Start},
	}, w-markW)
	out = append(out, th.Row(w, th.Cell("", markW, theme.Start, th.S.Value), t.header()))
	hidden := tr.T(i18n.ReviewHidden)
	cards := false
	for i, lf := range links {
		number, numSt := tr.Digits(lf.Number), th.S.Value
		if lf.Level == store.LinkCard {
			number, numSt, cards = hidden, th.S.Muted, true
		}
		by, on := m.data.names[lf.Link.By], tr.Date(fa.FromTime(lf.Link.At.In(m.zone())))
		if !lf.Direct {
			by, on = tr.T(i18n.LinksViaOther), ""
		}
		cells := plain(th.S.Value, m.s.CenterName(lf.Card.Center), number, cardName2(lf.Card), tr.Date(lf.Card.LastAid), by, on)
		cells[1].st = numSt
		marker := "  "
		if i == m.linkAt {
			marker = "› "
			if th.RTL() {
				marker = " ‹"
			}
			for j := range cells {
				cells[j].st = th.S.Selected
			}
		}
		out = append(out, th.Row(w, th.Cell(marker, markW, theme.Start, th.S.Focused), t.row(cells)))
	}
	out = append(out, m.elsewhereLines(w)...)
	if cards {
		out = append(out, "")
		out = append(out, th.Wrap(tr.T(i18n.LinksCardsNote), w, th.S.Muted)...)
	}
	return out
}

// zone is where the session's clock says it is, for link dates.
func (m *fileScreen) zone() *time.Location { return m.s.Now().Location() }

// elsewhereLines: what the linked files received, totals by giving
// center first, then every record the user may see, newest first.
func (m *fileScreen) elsewhereLines(w int) []string {
	th, tr := m.s.Theme, m.s.Tr
	var aid []domain.Aid
	for _, lf := range m.data.links {
		aid = append(aid, lf.Aid...)
	}
	if len(aid) == 0 {
		return nil
	}
	slices.SortStableFunc(aid, func(x, y domain.Aid) int { return y.Date.Compare(x.Date) })
	out := []string{"", th.Line(tr.T(i18n.LinksElsewhere), w, th.S.Header)}
	type sum struct {
		n   int
		amt int64
	}
	by := map[domain.CenterID]*sum{}
	var order []domain.CenterID
	for _, a := range aid {
		if by[a.Center] == nil {
			by[a.Center] = &sum{}
			order = append(order, a.Center)
		}
		by[a.Center].n++
		by[a.Center].amt += a.Amount
	}
	var parts []string
	for _, c := range order {
		parts = append(parts, tr.T(i18n.LinksCenterSum, m.s.CenterName(c), tr.Money(by[c].amt), by[c].n))
	}
	out = append(out, th.Wrap(strings.Join(parts, " · "), w, th.S.Label)...)
	t := newTable(th, tr, []tcol{
		{i18n.FieldDate, 10, 0, theme.Start},
		{i18n.FieldCenter, 16, 0, theme.Start},
		{i18n.FieldAidKind, 14, 0, theme.Start},
		{i18n.FieldAmount, 20, 0, theme.End},
		{i18n.FileColItems, 0, 0, theme.Start},
	}, w)
	out = append(out, t.header())
	for _, a := range aid {
		items := a.Description
		if a.Quantity > 0 {
			items = strings.TrimSpace(tr.T(i18n.FileAidQty, a.Quantity) + " " + items)
		}
		amount := ""
		if a.Amount > 0 {
			amount = tr.Money(a.Amount)
		}
		out = append(out, t.row(plain(th.S.Value, tr.Date(a.Date), m.s.CenterName(a.Center), tr.AidKind(a.Kind), amount, items)))
	}
	return out
}

// linksWarning is the overview's one line when the family is known at
// other centers or was aided by one in the last twelve months.
func (m *fileScreen) linksWarning(w int) []string {
	th, tr, f := m.s.Theme, m.s.Tr, m.data.file
	since := fa.FromTime(m.s.Now()).AddDays(-365)
	var last fa.Date
	seen := func(d fa.Date) {
		if !d.Before(since) && last.Before(d) {
			last = d
		}
	}
	for _, a := range m.data.aid {
		if a.Center != f.Center {
			seen(a.Date)
		}
	}
	for _, lf := range m.data.links {
		seen(lf.Card.LastAid)
	}
	n := len(m.data.links)
	var text string
	switch {
	case n > 0 && !last.IsZero():
		text = tr.T(i18n.LinksWarnBoth, n, tr.Date(last))
	case n > 0:
		text = tr.T(i18n.LinksWarnLinked, n)
	case !last.IsZero():
		text = tr.T(i18n.LinksWarnAid, tr.Date(last))
	default:
		return nil
	}
	return th.Wrap(tr.T(i18n.FlagMarker)+" "+text, w, th.S.Warn)
}

// Captures keeps every key for the note while the unlink question is
// open: letters are text, esc closes the question, not the file.
func (m *fileScreen) Captures(k tea.KeyMsg) bool {
	return m.unlink != nil && k.Type != tea.KeyCtrlC
}

// linkChanged: a change touched one of the linked files (aid given there
// shows on the links tab and in the overview's warning).
func (m *fileScreen) linkChanged(ids []domain.ID) bool {
	for _, lf := range m.data.links {
		if slices.Contains(ids, lf.Card.File) {
			return true
		}
	}
	return false
}
