package tui

import (
	"sort"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/tui/i18n"
)

// parallelScreen is the parallel-aid report: the families that received
// aid from more than one center in a period, largest total first, with
// what each center gave. p edits the period, c filters by center, x
// exports, enter opens the family's file (or its match card).
type parallelScreen struct {
	s        *Session
	from, to fa.Date
	center   domain.CenterID // 0: all
	all      []parallelFamily
	rows     []parallelFamily // all, filtered by center
	loaded   bool
	err      error
	seq      int
	cursor   int
	offset   int
	ask      *parAsk // the period or export question, when open
	keys     parallelKeys
}

type parallelLoadedMsg struct {
	seq  int
	fams []parallelFamily
	err  error
}

type parallelKeys struct {
	navKeys
	Open, Period, Center, Export, Reload key.Binding
	Submit, Next, Cancel                 key.Binding
}

// The letters also answer at their place on a Persian keyboard.
func newParallelKeys(tr *i18n.T) parallelKeys {
	return parallelKeys{
		navKeys: newNavKeys(tr),
		Open:    Bind("enter", tr.T(i18n.HelpOpen), "enter"),
		Period:  Bind("p", tr.T(i18n.HelpParPeriod), "p", "ح"),
		Center:  Bind("c", tr.T(i18n.HelpParCenter), "c", "ز"),
		Export:  Bind("x", tr.T(i18n.HelpParExport), "x", "ط"),
		Reload:  Bind("r", tr.T(i18n.HelpReload), "r", "ق"),
		Submit:  Bind("enter", tr.T(i18n.HelpParSubmit), "enter"),
		Next:    Bind("tab", tr.T(i18n.HelpNextField), "tab", "shift+tab", "up", "down"),
		Cancel:  Bind("esc", tr.T(i18n.HelpParCancel), "esc"),
	}
}

func newParallelScreen(s *Session) *parallelScreen {
	m := &parallelScreen{s: s, keys: newParallelKeys(s.Tr)}
	m.from, m.to = ParallelPeriod(fa.FromTime(s.Now()))
	return m
}

// canReport: the list offers the report to those who may read it.
func canReport(s *Session) bool {
	return s.Dupes != nil && (s.Can(domain.ActReportView, domain.Target{Center: s.User.Center}) ||
		s.Can(domain.ActReportView, domain.Target{Center: domain.MaxCenterID}))
}

func (m *parallelScreen) Init() tea.Cmd { return m.load() }

func (m *parallelScreen) Title() string { return m.s.Tr.T(i18n.TitleParallel) }

// load runs the report; the first run waits for the duplicate index.
func (m *parallelScreen) load() tea.Cmd {
	m.seq++
	m.loaded = false
	seq, svc, st, a, from, to := m.seq, m.s.Dupes, m.s.Store, m.s.Actor(), m.from, m.to
	svc.Ensure()
	return func() tea.Msg {
		fams, err := loadParallel(svc, st, a, from, to)
		return parallelLoadedMsg{seq: seq, fams: fams, err: err}
	}
}

func (m *parallelScreen) filter() {
	m.rows = filterParallel(m.all, m.center)
	m.cursor = clampInt(m.cursor, 0, max(0, len(m.rows)-1))
}

func (m *parallelScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case parallelLoadedMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loaded, m.err = true, msg.err
		if msg.err != nil {
			return m, Fail(msg.err)
		}
		m.all = msg.fams
		m.filter()
		return m, nil
	case parExportedMsg:
		if m.ask == nil || m.ask.kind != askExport {
			return m, nil
		}
		if msg.err != nil {
			m.ask.err = m.s.Tr.Err(msg.err)
			return m, nil
		}
		m.ask = nil
		return m, Flash(m.s.Tr.T(i18n.ParExported, msg.n, msg.path))
	case ChangedMsg:
		switch msg.Change.Kind {
		case "aid", "link", "decision", "import":
			if m.ask == nil {
				return m, m.load()
			}
		}
	case LangChangedMsg:
		m.keys = newParallelKeys(m.s.Tr)
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	if m.ask != nil {
		return m, m.ask.ring.Update(msg) // the inputs' cursor blink
	}
	return m, nil
}

// Captures keeps every key while a question is open: letters are text,
// esc closes the question, not the screen.
func (m *parallelScreen) Captures(k tea.KeyMsg) bool {
	return m.ask != nil && k.Type != tea.KeyCtrlC
}

func (m *parallelScreen) key(k tea.KeyMsg) tea.Cmd {
	if m.ask != nil {
		return m.askKey(k)
	}
	ks := m.keys
	switch {
	case key.Matches(k, ks.Open):
		if m.cursor < len(m.rows) {
			return m.open(m.rows[m.cursor])
		}
	case key.Matches(k, ks.Period):
		return m.askPeriod()
	case key.Matches(k, ks.Export):
		if m.loaded && m.err == nil {
			return m.askExport()
		}
	case key.Matches(k, ks.Center):
		m.center = nextCenter(m.center, m.centerIDs())
		m.cursor, m.offset = 0, 0
		m.filter()
	case key.Matches(k, ks.Reload):
		return m.load()
	default:
		m.cursor, _ = ks.move(k, m.cursor, len(m.rows), m.rowsShown())
	}
	return nil
}

// open opens the family's file the user may view, their own center's
// first; else the first file's match card.
func (m *parallelScreen) open(f parallelFamily) tea.Cmd {
	if len(f.files) == 0 {
		return nil
	}
	pick := f.files[0]
	for _, x := range f.files {
		if !x.card && (pick.card || x.center == m.s.User.Center) {
			pick = x
		}
	}
	return openLinked(m.s, pick.id, pick.center)
}

// centerIDs are the session's centers in id order, for c to cycle.
func (m *parallelScreen) centerIDs() []domain.CenterID {
	ids := make([]domain.CenterID, 0, len(m.s.Centers))
	for id := range m.s.Centers {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

func (m *parallelScreen) KeyMap() help.KeyMap {
	ks := m.keys
	if m.ask != nil {
		b := []key.Binding{ks.Submit, ks.Cancel}
		if m.ask.kind == askPeriod {
			b = append(b, ks.Next)
		}
		return KeyList{Short: b, Full: [][]key.Binding{b}}
	}
	return KeyList{
		Short: []key.Binding{ks.Open, ks.Period, ks.Center, ks.Export},
		Full: [][]key.Binding{
			{ks.Open, ks.Period, ks.Center, ks.Export, ks.Reload},
			{ks.Up, ks.Down, ks.PageUp, ks.PageDown, ks.First, ks.Last},
		},
	}
}
