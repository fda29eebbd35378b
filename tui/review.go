package tui

import (
	"errors"
	"sort"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/tui/i18n"
)

// reviewScreen is the duplicate review queue: the candidate pairs the
// user may review, filtered by band and center; enter compares a pair
// side by side, where s, x and u decide.
type reviewScreen struct {
	s       *Session
	pairs   []reviewRow
	loaded  bool
	err     error
	seq     int
	cursor  int
	offset  int
	band    match.Band      // least band shown
	center  domain.CenterID // 0: all
	linked  bool            // also pairs already linked
	pair    *reviewPair     // the side-by-side view, when open
	pairSeq int
	ask     *confirm
	keys    reviewKeys
	ckeys   confirmKeys
}

// reviewRow is one pair with the names to show.
type reviewRow struct {
	dupes.Pair
	nameA, nameB string
}

// reviewPair is the side-by-side view of one pair.
type reviewPair struct {
	row    reviewRow
	a, b   reviewSide
	loaded bool
}

// reviewSide is what the user may see of one file's head: the whole
// file, or only its match card when it belongs to another center.
type reviewSide struct {
	card                                                      bool
	name, father, birth, ids, mobile, address, center, number string
	year                                                      string // the birth year alone, to compare with a card
}

type reviewLoadedMsg struct {
	seq   int
	pairs []reviewRow
	err   error
}

type reviewPairMsg struct {
	seq  int
	a, b reviewSide
	err  error
}

// reviewDoneMsg reports a decision recorded.
type reviewDoneMsg struct {
	text string
	err  error
}

type reviewKeys struct {
	navKeys
	Open, Reload                                  key.Binding
	Band, Center, Linked, Same, Different, Unlink key.Binding
}

// The letters also answer at their place on a Persian keyboard.
func newReviewKeys(tr *i18n.T) reviewKeys {
	return reviewKeys{
		navKeys:   newNavKeys(tr),
		Open:      Bind("enter", tr.T(i18n.HelpReviewPair), "enter"),
		Reload:    Bind("r", tr.T(i18n.HelpReload), "r", "ق"),
		Band:      Bind("b", tr.T(i18n.HelpReviewBand), "b", "ذ"),
		Center:    Bind("c", tr.T(i18n.HelpReviewCenter), "c", "ز"),
		Linked:    Bind("l", tr.T(i18n.HelpReviewLinked), "l", "م"),
		Same:      Bind("s", tr.T(i18n.HelpReviewSame), "s", "س"),
		Different: Bind("x", tr.T(i18n.HelpReviewDiff), "x", "ط"),
		Unlink:    Bind("u", tr.T(i18n.HelpReviewUnlink), "u", "ع"),
	}
}

func newReviewScreen(s *Session) *reviewScreen {
	return &reviewScreen{s: s, band: match.BandPossible, keys: newReviewKeys(s.Tr), ckeys: newConfirmKeys(s.Tr)}
}

func (m *reviewScreen) Init() tea.Cmd { return m.load() }

func (m *reviewScreen) Title() string { return m.s.Tr.T(i18n.TitleReview) }

// load asks the queue again; the first call waits for the index.
func (m *reviewScreen) load() tea.Cmd {
	m.seq++
	seq, svc, st, actor := m.seq, m.s.Dupes, m.s.Store, m.s.Actor()
	f := dupes.QueueFilter{Center: m.center, MinBand: m.band, Linked: m.linked}
	svc.Ensure()
	return func() tea.Msg {
		rows, err := loadReview(svc, st, actor, f)
		return reviewLoadedMsg{seq: seq, pairs: rows, err: err}
	}
}

// loadReview reads the queue and the names of both files of each pair
// (from the match card, which any role may read).
func loadReview(svc *dupes.Service, st *store.Store, a store.Actor, f dupes.QueueFilter) ([]reviewRow, error) {
	if err := svc.LoadErr(); err != nil {
		return nil, err
	}
	pairs, err := svc.Queue(a, f)
	if err != nil {
		return nil, err
	}
	names := map[domain.ID]string{}
	name := func(id domain.ID) (string, error) {
		if n, ok := names[id]; ok {
			return n, nil
		}
		c, err := st.MatchCard(a, id)
		if err != nil {
			return "", err
		}
		n := domain.Person{FirstName: c.FirstName, LastName: c.LastName}.FullName()
		names[id] = n
		return n, nil
	}
	rows := make([]reviewRow, 0, len(pairs))
	for _, p := range pairs {
		na, err := name(p.A)
		if err != nil {
			return nil, err
		}
		nb, err := name(p.B)
		if err != nil {
			return nil, err
		}
		rows = append(rows, reviewRow{Pair: p, nameA: na, nameB: nb})
	}
	return rows, nil
}

// openPair reads both files for the side-by-side view.
func (m *reviewScreen) openPair(r reviewRow) tea.Cmd {
	m.pairSeq++
	m.pair, m.ask = &reviewPair{row: r}, nil
	seq, st, actor, tr := m.pairSeq, m.s.Store, m.s.Actor(), m.s.Tr
	centers := m.s.CenterName
	return func() tea.Msg {
		a, err := readSide(st, actor, tr, centers, r.A)
		if err != nil {
			return reviewPairMsg{seq: seq, err: err}
		}
		b, err := readSide(st, actor, tr, centers, r.B)
		return reviewPairMsg{seq: seq, a: a, b: b, err: err}
	}
}

// readSide reads file id whole, or its match card when the user may not
// open it.
func readSide(st *store.Store, a store.Actor, tr *i18n.T, center func(domain.CenterID) string, id domain.ID) (reviewSide, error) {
	f, err := st.File(a, id)
	if errors.Is(err, store.ErrDenied) {
		c, err := st.ViewCard(a, id) // a deliberate look: audited across centers
		if err != nil {
			return reviewSide{}, err
		}
		birth := ""
		if c.BirthYear > 0 {
			birth = tr.Date(fa.Date{Year: c.BirthYear})
		}
		return reviewSide{
			card:   true,
			name:   domain.Person{FirstName: c.FirstName, LastName: c.LastName}.FullName(),
			father: c.FatherName, birth: birth, year: birth, center: center(c.Center),
		}, nil
	}
	if err != nil {
		return reviewSide{}, err
	}
	h := f.Head
	birth, year := h.BirthRaw, ""
	if !h.BirthDate.IsZero() {
		birth, year = tr.Date(h.BirthDate), tr.Date(fa.Date{Year: h.BirthDate.Year})
	}
	ids := h.NationalCode.String()
	if ids == "" {
		ids = h.ForeignID.String()
	}
	return reviewSide{
		name: h.FullName(), father: h.FatherName, birth: birth, year: year,
		ids: tr.Digits(ids), mobile: tr.Digits(h.Mobile.String()), address: f.Address,
		center: center(f.Center), number: tr.Digits(f.Number),
	}, nil
}

// centerIDs are the session's centers in id order, for c to cycle.
func (m *reviewScreen) centerIDs() []domain.CenterID {
	ids := make([]domain.CenterID, 0, len(m.s.Centers))
	for id := range m.s.Centers {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

func nextBand(b match.Band) match.Band {
	switch b {
	case match.BandPossible:
		return match.BandLikely
	case match.BandLikely:
		return match.BandCertain
	}
	return match.BandPossible
}

func (m *reviewScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case reviewLoadedMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loaded, m.err = true, msg.err
		if msg.err != nil {
			return m, Fail(msg.err)
		}
		m.pairs = msg.pairs
		m.cursor = clampInt(m.cursor, 0, max(0, len(m.pairs)-1))
		return m, nil
	case reviewPairMsg:
		if m.pair == nil || msg.seq != m.pairSeq {
			return m, nil
		}
		if msg.err != nil {
			m.pair = nil
			return m, Fail(msg.err)
		}
		m.pair.a, m.pair.b, m.pair.loaded = msg.a, msg.b, true
		return m, nil
	case reviewDoneMsg:
		if msg.err != nil {
			return m, Fail(msg.err)
		}
		m.pair = nil
		return m, tea.Batch(Flash(msg.text), m.load())
	case ChangedMsg:
		switch msg.Change.Kind {
		case "decision", "link", "file", "import":
			return m, m.load()
		}
	case LangChangedMsg:
		m.keys, m.ckeys = newReviewKeys(m.s.Tr), newConfirmKeys(m.s.Tr)
		if m.pair != nil {
			return m, m.openPair(m.pair.row)
		}
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

// Captures keeps esc while the pair or a question is open: it closes
// them, not the screen.
func (m *reviewScreen) Captures(k tea.KeyMsg) bool {
	return (m.ask != nil || m.pair != nil) && k.Type == tea.KeyEsc
}

func (m *reviewScreen) key(k tea.KeyMsg) tea.Cmd {
	if m.ask != nil {
		cmd, done := m.ask.answer(k, m.ckeys)
		if done {
			m.ask = nil
		}
		return cmd
	}
	if m.pair != nil {
		return m.pairKey(k)
	}
	ks, page := m.keys, m.rowsShown()
	switch {
	case key.Matches(k, ks.Open):
		if m.cursor < len(m.pairs) {
			return m.openPair(m.pairs[m.cursor])
		}
	case key.Matches(k, ks.Reload):
		return m.load()
	case key.Matches(k, ks.Band):
		m.band, m.cursor, m.offset = nextBand(m.band), 0, 0
		return m.load()
	case key.Matches(k, ks.Center):
		m.center = nextCenter(m.center, m.centerIDs())
		m.cursor, m.offset = 0, 0
		return m.load()
	case key.Matches(k, ks.Linked):
		m.linked, m.cursor, m.offset = !m.linked, 0, 0
		return m.load()
	default:
		m.cursor, _ = ks.move(k, m.cursor, len(m.pairs), page)
	}
	return nil
}

// nextCenter is the center after c in ids, then all (0) again.
func nextCenter(c domain.CenterID, ids []domain.CenterID) domain.CenterID {
	if c == 0 {
		if len(ids) > 0 {
			return ids[0]
		}
		return 0
	}
	for i, id := range ids {
		if id == c && i+1 < len(ids) {
			return ids[i+1]
		}
	}
	return 0
}

// pairKey handles the side-by-side view's keys: esc back, s/x/u decide.
func (m *reviewScreen) pairKey(k tea.KeyMsg) tea.Cmd {
	ks, tr, r := m.keys, m.s.Tr, m.pair.row
	switch {
	case k.Type == tea.KeyEsc:
		m.pair = nil
	case key.Matches(k, ks.Same) && r.Verdict != domain.VerdictSame:
		m.ask = &confirm{text: tr.T(i18n.ReviewAskSame), yes: func() tea.Cmd {
			return m.decide(r, domain.VerdictSame, tr.T(i18n.ReviewDoneSame, r.nameA, r.nameB))
		}}
	case key.Matches(k, ks.Different):
		m.ask = &confirm{text: tr.T(i18n.ReviewAskDiff), yes: func() tea.Cmd {
			return m.decide(r, domain.VerdictDifferent, tr.T(i18n.ReviewDoneDiff, r.nameA, r.nameB))
		}}
	case key.Matches(k, ks.Unlink) && r.Verdict == domain.VerdictSame:
		m.ask = &confirm{text: tr.T(i18n.ReviewAskUnlink), yes: func() tea.Cmd {
			st, actor, done := m.s.Store, m.s.Actor(), tr.T(i18n.ReviewDoneUnlink, r.nameA, r.nameB)
			return func() tea.Msg {
				if err := st.Unlink(actor, r.A, r.B, ""); err != nil {
					return reviewDoneMsg{err: err}
				}
				return reviewDoneMsg{text: done}
			}
		}}
	}
	return nil
}

// decide records v on the pair.
func (m *reviewScreen) decide(r reviewRow, v domain.Verdict, done string) tea.Cmd {
	st, actor := m.s.Store, m.s.Actor()
	return func() tea.Msg {
		if _, err := st.Decide(actor, r.A, r.B, v, r.Score, ""); err != nil {
			return reviewDoneMsg{err: err}
		}
		return reviewDoneMsg{text: done}
	}
}

func (m *reviewScreen) KeyMap() help.KeyMap {
	ks := m.keys
	switch {
	case m.ask != nil:
		return KeyList{Short: []key.Binding{m.ckeys.Yes, m.ckeys.No}, Full: [][]key.Binding{{m.ckeys.Yes, m.ckeys.No}}}
	case m.pair != nil:
		b := []key.Binding{ks.Same, ks.Different}
		if m.pair.row.Verdict == domain.VerdictSame {
			b = []key.Binding{ks.Different, ks.Unlink}
		}
		return KeyList{Short: b, Full: [][]key.Binding{b}}
	}
	return KeyList{
		Short: []key.Binding{ks.Open, ks.Band, ks.Center, ks.Linked},
		Full: [][]key.Binding{
			{ks.Open, ks.Band, ks.Center, ks.Linked, ks.Reload},
			{ks.Up, ks.Down, ks.PageUp, ks.PageDown, ks.First, ks.Last},
		},
	}
}
