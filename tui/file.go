package tui

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// fileScreen is one household's file: tabs over its overview, visits,
// aid, notes and history, each a pane that scrolls on its own, and the
// actions that open the forms. It reloads when this session's forms save
// (fileReloadMsg) or the store reports a change to the file from anyone
// (ChangedMsg), keeping each pane's scroll position.
type fileScreen struct {
	s      *Session
	mem    *formMemory
	id     domain.ID
	data   fileData
	loaded bool  // data holds the file
	err    error // the last load's error
	seq    int   // last load sent; older answers are dropped
	tab    int
	scroll [fileTabs]int
	keys   fileKeys
	linkAt int      // the selected linked file on the links tab
	unlink *linkAsk // the unlink question, when open
}

// The tabs, in reading order.
const (
	tabOverview = iota
	tabVisits
	tabAid
	tabNotes
	tabHistory
	tabLinks // last, so the digits clerks know (5: history) keep their tabs
	fileTabs
)

var tabNames = [fileTabs]i18n.Key{i18n.FileTabOverview, i18n.FileTabVisits, i18n.FileTabAid, i18n.FileTabNotes, i18n.FileTabHistory, i18n.FileTabLinks}

// fileData is everything one load reads.
type fileData struct {
	file    domain.File
	visits  []domain.Visit       // newest first
	aid     []domain.Aid         // newest first
	history []domain.AuditEvent  // newest first
	names   map[domain.ID]string // users named in visits, history and links
	links   []store.LinkedFile   // files at other centers linked to this one
}

type (
	fileLoadedMsg struct {
		id   domain.ID
		seq  int
		data fileData
		err  error
	}
	// fileReloadMsg: a form of this session saved something of file id.
	fileReloadMsg struct{ id domain.ID }
)

func newFileScreen(s *Session, id domain.ID, mem *formMemory) *fileScreen {
	return &fileScreen{s: s, id: id, mem: mem, keys: newFileKeys(s.Tr)}
}

func (m *fileScreen) Init() tea.Cmd { return m.load() }

func (m *fileScreen) Title() string {
	if m.loaded {
		return m.s.Tr.T(i18n.FileNumberOf, m.s.Tr.Digits(m.data.file.Number))
	}
	return m.s.Tr.T(i18n.TitleFile)
}

func (m *fileScreen) load() tea.Cmd {
	m.seq++
	seq, id, st, actor := m.seq, m.id, m.s.Store, m.s.Actor()
	return func() tea.Msg {
		d, err := loadFile(st, actor, id)
		return fileLoadedMsg{id: id, seq: seq, data: d, err: err}
	}
}

// loadFile reads a file with its visits, aid and history, and the names
// of the users they mention.
func loadFile(st *store.Store, a store.Actor, id domain.ID) (fileData, error) {
	var d fileData
	var err error
	if d.file, err = st.File(a, id); err != nil {
		return d, err
	}
	if d.visits, err = st.Visits(a, id); err != nil {
		return d, err
	}
	if d.aid, err = st.Aids(a, id); err != nil {
		return d, err
	}
	if d.history, err = st.History(a, id); err != nil {
		return d, err
	}
	if d.links, err = st.LinkedFiles(a, id); err != nil {
		return d, err
	}
	d.names = map[domain.ID]string{}
	var users []domain.ID
	for _, v := range d.visits {
		users = append(users, v.Caseworker)
	}
	for _, ev := range d.history {
		users = append(users, ev.Actor)
	}
	for _, lf := range d.links {
		users = append(users, lf.Link.By)
	}
	for _, u := range users {
		if _, done := d.names[u]; done || u == 0 {
			continue
		}
		d.names[u] = ""
		if user, err := st.User(u); err == nil {
			d.names[u] = user.Name
			if user.Name == "" {
				d.names[u] = user.Login
			}
		}
	}
	return d, nil
}

func (m *fileScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case fileLoadedMsg:
		if msg.id != m.id || msg.seq != m.seq {
			return m, nil
		}
		m.err = msg.err
		if msg.err != nil {
			return m, Fail(msg.err)
		}
		m.data, m.loaded = msg.data, true
		m.linkAt = clampInt(m.linkAt, 0, max(0, len(m.data.links)-1))
		return m, nil
	case linkDoneMsg:
		return m, m.linkDone(msg)
	case fileReloadMsg:
		if msg.id == m.id {
			return m, m.load()
		}
	case ChangedMsg:
		if slices.Contains(msg.Change.IDs, m.id) || m.linkChanged(msg.Change.IDs) {
			return m, m.load()
		}
	case LangChangedMsg:
		m.keys = newFileKeys(m.s.Tr)
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

// The actions the user's role allows on this file; the others are left
// out of the help and refused.
func (m *fileScreen) target() domain.Target { return domain.Target{Center: m.data.file.Center} }

func (m *fileScreen) canEdit() bool  { return m.loaded && m.s.Can(domain.ActFileEdit, m.target()) }
func (m *fileScreen) canVisit() bool { return m.loaded && m.s.Can(domain.ActVisitRecord, m.target()) }

// canAid: aid is recorded for the user's own center, which may differ
// from the file's (parallel aid is what the coordination is about).
func (m *fileScreen) canAid() bool {
	c := m.s.User.Center
	if c == 0 {
		c = m.data.file.Center
	}
	return m.loaded && m.s.Can(domain.ActAidRecord, domain.Target{Center: c})
}

func (m *fileScreen) canStatus() bool {
	return m.loaded && statusesFor(m.s, m.data.file) != nil
}

func (m *fileScreen) key(k tea.KeyMsg) tea.Cmd {
	ks := m.keys
	if m.tab == tabLinks {
		if cmd, ok := m.linksKey(k); ok {
			return cmd
		}
	}
	if i, ok := digitIndex(k.Runes); ok && k.Type == tea.KeyRunes && i < fileTabs {
		m.tab = i
		return nil
	}
	switch {
	case key.Matches(k, ks.NextTab):
		m.tab = (m.tab + 1) % fileTabs
	case key.Matches(k, ks.PrevTab):
		m.tab = (m.tab + fileTabs - 1) % fileTabs
	case key.Matches(k, ks.Reload):
		return m.load()
	case key.Matches(k, ks.Edit):
		return m.open(m.canEdit(), func() Screen { return newEditForm(m.s, m.mem, m.data.file) })
	case key.Matches(k, ks.Member):
		return m.open(m.canEdit(), func() Screen { return newMemberForm(m.s, m.data.file) })
	case key.Matches(k, ks.Visit):
		return m.open(m.canVisit(), func() Screen { return newVisitForm(m.s, m.data.file) })
	case key.Matches(k, ks.Aid):
		return m.open(m.canAid(), func() Screen { return newAidForm(m.s, m.data.file, m.mem) })
	case key.Matches(k, ks.Status):
		return m.open(m.canStatus(), func() Screen { return newStatusForm(m.s, m.data.file) })
	default:
		m.scrollKey(k)
	}
	return nil
}

// open pushes a form when the action is allowed, and says why not
// otherwise.
func (m *fileScreen) open(allowed bool, build func() Screen) tea.Cmd {
	switch {
	case !m.loaded:
		return nil
	case !allowed:
		return Fail(store.ErrDenied)
	}
	return Push(build())
}

// paneHeight is what is left under the header and the tab row.
func (m *fileScreen) paneHeight() int { return max(1, m.s.BodyHeight()-2) }

func (m *fileScreen) scrollKey(k tea.KeyMsg) {
	ks, h := m.keys, m.paneHeight()
	at := &m.scroll[m.tab]
	switch {
	case key.Matches(k, ks.Up):
		*at--
	case key.Matches(k, ks.Down):
		*at++
	case key.Matches(k, ks.PageUp):
		*at -= h - 1
	case key.Matches(k, ks.PageDown):
		*at += h - 1
	case key.Matches(k, ks.First):
		*at = 0
	case key.Matches(k, ks.Last):
		*at = 1 << 30
	default:
		return
	}
	*at = clampInt(*at, 0, max(0, len(m.paneLines(m.s.Width))-h))
}
