package tui

import (
	"maps"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// The registration form's side of the duplicate check: feeding the panel
// what is typed, drawing it, and the question before a new file is saved
// over a "certain" match.

// certainFoundMsg: the save found certain matches the user has not yet
// accepted; nothing was written.
type certainFoundMsg struct {
	owner *registerForm
	found []panelMatch // the certain ones
	all   []panelMatch // every match, for the panel
}

// registeredMsg: a new file was saved; despite says it was saved over
// certain matches, noteErr that recording that failed.
type registeredMsg struct {
	saved   savedMsg
	despite bool
	noteErr error
}

// certainLimit bounds the matches read at save time: certain ones come
// first, and more than a few is a sign of something else.
const certainLimit = 20

func (m *registerForm) Init() tea.Cmd {
	if m.panel == nil {
		return nil
	}
	return m.panel.init()
}

// panelQuery is the head's fields and the address as one string, "" when
// nothing is typed that a match could be found by.
func (m *registerForm) panelQuery() string {
	fm, h := &m.form, m.head
	texts := []int{h.first, h.last, h.father, h.birth, h.nc, h.fid, h.mobile, m.address}
	var b strings.Builder
	blank := true
	for _, i := range texts {
		v := strings.TrimSpace(fm.value(i))
		blank = blank && v == ""
		b.WriteString(v)
		b.WriteByte(0)
	}
	if blank {
		return ""
	}
	b.WriteString(strconv.Itoa(fm.fields[h.gender].sel))
	b.WriteString(strconv.Itoa(fm.fields[h.nat].sel))
	return b.String()
}

// panelLookup asks the panel for the person as now typed.
func (m *registerForm) panelLookup() tea.Cmd {
	p := m.head.read(m.s, &m.form, domain.Person{})
	return m.panel.lookup(p, strings.TrimSpace(m.form.value(m.address)))
}

// matchUpdate handles the panel's messages and keys and the certain-match
// question; done says msg was the panel's.
func (m *registerForm) matchUpdate(msg tea.Msg) (cmd tea.Cmd, done bool) {
	p := m.panel
	switch msg := msg.(type) {
	case certainFoundMsg:
		if msg.owner != m {
			return nil, true
		}
		m.saving = false
		if p != nil {
			// The form has not changed while saving: this is the answer to
			// the panel's query too, and shows whom the question is about.
			p.matches, p.sel = msg.all[:min(len(msg.all), panelLimit)], 0
			p.answered, p.pending, p.err = true, false, nil
		}
		m.askCertain(msg.found)
		return nil, true
	case registeredMsg:
		if msg.saved.owner != &m.entry {
			return nil, true
		}
		m.despite, m.noteErr = msg.despite, msg.noteErr
		cmd := m.update(msg.saved, m)
		if msg.noteErr != nil {
			cmd = tea.Batch(cmd, Fail(msg.noteErr))
		}
		return cmd, true
	}
	if p == nil {
		return nil, false
	}
	switch msg := msg.(type) {
	case panelReadyMsg:
		if msg.p == p {
			p.ready, p.loadErr, p.spoke = true, msg.err, msg.spoke
			if !p.answered && p.query != "" && msg.err == nil {
				return m.panelLookup(), true
			}
		}
		return nil, true
	case panelTickMsg:
		if msg.p == p && msg.seq == p.seq {
			return m.panelLookup(), true
		}
		return nil, true
	case panelResultMsg:
		if msg.p == p {
			p.result(msg)
		}
		return nil, true
	case ChangedMsg:
		// Another file was saved or imported: the service has taken it in
		// before the message came, so ask again.
		if k := msg.Change.Kind; (k == "file" || k == "import") && p.query != "" {
			p.query = ""
		}
	case LangChangedMsg:
		p.keys = newPanelKeys(m.s.Tr)
	case tea.KeyMsg:
		if m.ask == nil && !m.saving {
			return p.key(msg)
		}
	}
	return nil, false
}

// askCertain puts the question: the person is certainly registered at
// these centers; register anyway? Yes saves with them accepted.
func (m *registerForm) askCertain(found []panelMatch) {
	tr := m.s.Tr
	var centers []string
	seen := map[domain.CenterID]bool{}
	for _, f := range found {
		if !seen[f.card.Center] {
			seen[f.card.Center] = true
			centers = append(centers, m.s.CenterName(f.card.Center))
		}
	}
	who := cardName(found[0])
	for _, f := range found {
		if !f.far {
			who = cardName(f) // an encoded match has no name
			break
		}
	}
	text := tr.T(i18n.AskCertainOne, who, centers[0])
	if len(centers) > 1 {
		text = tr.T(i18n.AskCertainMany, who, joinComma(tr, centers))
	}
	if far, allFar := farCenters(m.s, found); allFar {
		text = tr.T(i18n.AskCertainFar, joinComma(tr, far)) // no name to give
	}
	if m.panel != nil {
		m.panel.open = true // in the narrow layout, show whom
	}
	m.ask = &confirm{text: text, yes: func() tea.Cmd {
		for _, f := range found {
			m.accepted[f.File] = true
		}
		return m.start(m)
	}}
}

// submitNew saves a new file. In the same Cmd it looks the file up as it
// will be saved (the panel may be a keystroke behind): certain matches
// not yet accepted stop the save with a question; accepted ones are put
// on record with the new file.
func (m *registerForm) submitNew(f domain.File) tea.Cmd {
	st, actor, e, svc := m.s.Store, m.s.Actor(), &m.entry, m.s.Dupes
	accepted := maps.Clone(m.accepted)
	return func() tea.Msg {
		var all, certain []panelMatch
		if svc != nil {
			// A check that fails does not stop the registration: the panel
			// has said the check is unavailable.
			if ms, err := findMatches(svc, st, actor, f.Head, f.Address, 0, certainLimit); err == nil {
				ms, _ = withElsewhere(svc, f.Head, f.Address, 0, certainLimit, ms)
				all, certain = ms, certainOf(ms)
			}
		}
		for _, c := range certain {
			if !accepted[c.File] {
				return certainFoundMsg{owner: m, found: certain, all: all}
			}
		}
		made, err := st.CreateFile(actor, f)
		if err != nil {
			return e.answer(made, err)
		}
		var noteErr error
		for _, c := range certain {
			if err := noteDespite(st, actor, made.ID, c); err != nil && noteErr == nil {
				noteErr = err
			}
		}
		return registeredMsg{saved: savedMsg{owner: e, file: made}, despite: len(certain) > 0, noteErr: noteErr}
	}
}

// View puts the panel beside the form when the window is wide enough
// (on the form's end side: right in LTR, left in RTL, where the eye goes
// after a field), else under it.
func (m *registerForm) View() string {
	p := m.panel
	if p == nil {
		return m.entry.View()
	}
	s, th := m.s, m.s.Theme
	w, h := s.Width, s.BodyHeight()
	if w < panelWide {
		return m.viewIn(w, p.below(w, min(11, h/2)))
	}
	pw := panelWidth(w)
	fw := w - pw - theme.Width(panelGap)
	left := strings.Split(m.viewIn(fw, nil), "\n")
	right := p.side(pw, h)
	gap := th.Styled(panelGap, th.S.Muted)
	out := make([]string, h)
	for i := range out {
		l := ""
		if i < len(left) {
			l = left[i]
		}
		out[i] = th.Row(w, th.Block(l, fw), gap, right[i])
	}
	return joinLines(out)
}

// KeyMap adds the panel's keys when it has matches.
func (m *registerForm) KeyMap() help.KeyMap {
	km := m.entry.KeyMap()
	p := m.panel
	if p == nil || m.ask != nil || len(p.matches) == 0 {
		return km
	}
	kl, ok := km.(KeyList)
	if !ok {
		return km
	}
	ks := p.keys
	group := []key.Binding{ks.Open, ks.Next, ks.Prev}
	if m.s.Width < panelWide {
		// The summary line names its keys; the footer has no room at 80.
		group = append(group, ks.Toggle)
	} else {
		kl.Short = append(kl.Short, ks.Open)
	}
	kl.Full = append(kl.Full, group)
	return kl
}

// savedWord is the word after a save over accepted certain matches.
func (m *registerForm) savedWord() tea.Cmd {
	switch {
	case m.noteErr != nil:
		return nil // the error goes to the message line instead
	case m.despite:
		return Flash(m.s.Tr.T(i18n.FlashDespite))
	}
	return Flash(m.s.Tr.T(i18n.FormFileSaved))
}
