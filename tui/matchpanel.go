package tui

import (
	"errors"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/tui/i18n"
)

// matchPanel is the registration form's live duplicate check: as the
// head's fields change it asks the duplicate service, in a Cmd and only
// once typing pauses, who at any center looks like the person typed, and
// keeps the answer with each match's card (all another center's file may
// show).
type matchPanel struct {
	s       *Session
	svc     *dupes.Service
	exclude domain.ID // the file being edited, 0 when registering

	seq      int    // of the newest query; answers to older ones are stale
	query    string // the fields the newest query was made of
	ready    bool   // the service has loaded its index
	loadErr  error
	err      error            // of the last lookup
	farErr   error            // of the last lookup in the hub's index (a spoke; spoke_match.go)
	spoke    dupes.SpokeState // the hub's index, as the panel opened
	pending  bool             // the newest query has no answer yet
	answered bool             // some lookup has answered
	matches  []panelMatch
	sel      int
	open     bool // the list is expanded in the narrow layout
	keys     panelKeys
}

// panelMatch is one similar file, as far as the user may see it.
type panelMatch struct {
	dupes.Candidate
	card store.Card
	far  bool // from the hub's encoded index (a spoke): only the center is known
}

// Messages carry their panel: two forms may be on the stack (a file
// opened from the panel, edited), and every screen sees them.
type (
	panelTickMsg struct {
		p   *matchPanel
		seq int
	}
	panelResultMsg struct {
		p       *matchPanel
		seq     int
		matches []panelMatch
		err     error
		farErr  error
	}
	panelReadyMsg struct {
		p     *matchPanel
		err   error
		spoke dupes.SpokeState
	}
)

// panelDebounce is the pause in typing after which the panel asks: short
// enough to feel live, long enough that a typed word is one lookup.
const panelDebounce = 150 * time.Millisecond

// panelLimit is how many matches the panel lists.
const panelLimit = 5

type panelKeys struct{ Open, Next, Prev, Toggle key.Binding }

// Control keys, since every printable key is text in a form.
func newPanelKeys(tr *i18n.T) panelKeys {
	return panelKeys{
		Open:   Bind("ctrl+o", tr.T(i18n.HelpPanelOpen), "ctrl+o"),
		Next:   Bind("ctrl+n", tr.T(i18n.HelpPanelNext), "ctrl+n"),
		Prev:   Bind("ctrl+p", tr.T(i18n.HelpPanelPrev), "ctrl+p"),
		Toggle: Bind("ctrl+t", tr.T(i18n.HelpPanelToggle), "ctrl+t"),
	}
}

// newMatchPanel is nil when the session has no duplicate service: the
// form then has no panel at all.
func newMatchPanel(s *Session, exclude domain.ID) *matchPanel {
	if s.Dupes == nil {
		return nil
	}
	return &matchPanel{s: s, svc: s.Dupes, exclude: exclude, keys: newPanelKeys(s.Tr)}
}

// init starts the service's load (once per process) and waits for it in
// a Cmd: LoadErr blocks until the index is there.
func (p *matchPanel) init() tea.Cmd {
	p.svc.Ensure()
	svc := p.svc
	return func() tea.Msg {
		err := svc.LoadErr()
		return panelReadyMsg{p: p, err: err, spoke: svc.SpokeState()}
	}
}

// changed notes the query the form now holds; a new one is asked after
// the debounce, unless another keystroke comes first.
func (p *matchPanel) changed(query string) tea.Cmd {
	if query == p.query {
		return nil
	}
	p.query = query
	p.seq++
	p.pending = query != ""
	seq := p.seq
	return p.s.tick(panelDebounce, func(time.Time) tea.Msg { return panelTickMsg{p: p, seq: seq} })
}

// lookup asks now for person, read from the form by the caller.
func (p *matchPanel) lookup(person domain.Person, address string) tea.Cmd {
	if p.query == "" {
		p.matches, p.pending, p.err = nil, false, nil
		return nil
	}
	p.pending = true
	seq, svc, st, actor, exclude := p.seq, p.svc, p.s.Store, p.s.Actor(), p.exclude
	return func() tea.Msg {
		ms, err := findMatches(svc, st, actor, person, address, exclude, panelLimit)
		var farErr error
		if err == nil {
			ms, farErr = withElsewhere(svc, person, address, exclude, panelLimit, ms)
		}
		return panelResultMsg{p: p, seq: seq, matches: ms, err: err, farErr: farErr}
	}
}

// findMatches looks person up and reads each match's card. A match whose
// file went meanwhile is left out.
func findMatches(svc *dupes.Service, st *store.Store, a store.Actor, person domain.Person, address string, exclude domain.ID, limit int) ([]panelMatch, error) {
	if err := svc.LoadErr(); err != nil {
		return nil, err
	}
	cs := svc.Lookup(person, address, exclude, limit)
	out := make([]panelMatch, 0, len(cs))
	for _, c := range cs {
		card, err := st.MatchCard(a, c.File)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, panelMatch{Candidate: c, card: card})
	}
	return out, nil
}

// result takes a lookup's answer unless a newer query has been made.
func (p *matchPanel) result(msg panelResultMsg) {
	if msg.seq != p.seq {
		return // stale: the fields changed since it was asked
	}
	var was domain.ID
	if p.sel < len(p.matches) {
		was = p.matches[p.sel].File
	}
	p.pending, p.answered, p.err, p.farErr = false, true, msg.err, msg.farErr
	p.matches, p.sel = msg.matches, 0
	for i, m := range p.matches {
		if m.File == was {
			p.sel = i // the selection follows its file
		}
	}
}

// selected is the match under the cursor.
func (p *matchPanel) selected() (panelMatch, bool) {
	if p.sel < len(p.matches) {
		return p.matches[p.sel], true
	}
	return panelMatch{}, false
}

// key handles the panel's keys; handled says the form should not see k.
func (p *matchPanel) key(k tea.KeyMsg) (cmd tea.Cmd, handled bool) {
	switch {
	case key.Matches(k, p.keys.Next):
		if n := len(p.matches); n > 0 {
			p.sel = (p.sel + 1) % n
		}
	case key.Matches(k, p.keys.Prev):
		if n := len(p.matches); n > 0 {
			p.sel = (p.sel - 1 + n) % n
		}
	case key.Matches(k, p.keys.Toggle):
		p.open = !p.open
	case key.Matches(k, p.keys.Open):
		return p.openSelected(), true
	default:
		return nil, false
	}
	return nil, true
}

// openSelected opens the selected match over the form: the whole file
// when the user may view it, else its card. Either way esc comes back to
// the form as it was.
func (p *matchPanel) openSelected() tea.Cmd {
	m, ok := p.selected()
	if !ok {
		return nil
	}
	if m.far {
		return Push(newSpokeCardScreen(p.s, m))
	}
	if p.s.Can(domain.ActFileView, domain.Target{Center: m.card.Center}) {
		return Emit(OpenFileMsg{ID: m.File})
	}
	return Push(newMatchCardScreen(p.s, m))
}

// certain are the matches of the "certain" band.
func certainOf(ms []panelMatch) []panelMatch {
	var out []panelMatch
	for _, m := range ms {
		if m.Band == match.BandCertain {
			out = append(out, m)
		}
	}
	return out
}
