package tui

import (
	"errors"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// syncConflictsScreen lists the incoming changes an import did not apply
// because ownership said they must not overwrite what is here, each with
// its fields side by side (here → incoming), and settles one by keeping
// what is here, with a note that goes on record. Coordinators and admins
// only: the store refuses others, and the status screen offers it to no
// one else.
type syncConflictsScreen struct {
	s      *Session
	rows   []store.SyncConflict
	loaded bool
	err    error
	seq    int
	cursor int

	noting  bool // the note for a dismissal is being typed
	note    textinput.Model
	noteErr string
	saving  bool
	keys    syncConflictKeys
}

type syncConflictKeys struct {
	navKeys
	Dismiss, Confirm, Cancel key.Binding
}

func newSyncConflictKeys(tr *i18n.T) syncConflictKeys {
	return syncConflictKeys{
		navKeys: newNavKeys(tr),
		// x is ط on a Persian keyboard.
		Dismiss: Bind("x", tr.T(i18n.HelpSyncDismiss), "x", "ط"),
		Confirm: Bind("enter", tr.T(i18n.HelpSyncDismiss), "enter"),
		Cancel:  Bind("esc", tr.T(i18n.HelpCancel), "esc"),
	}
}

type syncConflictsMsg struct {
	seq  int
	rows []store.SyncConflict
	err  error
}

type syncDismissedMsg struct {
	c   *syncConflictsScreen
	id  uint64
	err error
}

func newSyncConflictsScreen(s *Session) *syncConflictsScreen {
	return &syncConflictsScreen{s: s, keys: newSyncConflictKeys(s.Tr), note: s.Theme.TextInput("")}
}

func (m *syncConflictsScreen) Init() tea.Cmd { return m.load() }

func (m *syncConflictsScreen) Title() string { return m.s.Tr.T(i18n.TitleSyncConflicts) }

func (m *syncConflictsScreen) load() tea.Cmd {
	m.seq++
	seq, st, a := m.seq, m.s.Store, m.s.Actor()
	return func() tea.Msg {
		rows, err := st.SyncConflicts(a)
		return syncConflictsMsg{seq: seq, rows: rows, err: err}
	}
}

func (m *syncConflictsScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case syncConflictsMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loaded, m.err = true, msg.err
		m.rows = msg.rows
		m.cursor = clampInt(m.cursor, 0, max(0, len(m.rows)-1))
		return m, nil
	case syncDismissedMsg:
		if msg.c != m {
			return m, nil
		}
		m.saving = false
		if msg.err != nil {
			return m, Fail(msg.err) // the note stays, to try again
		}
		m.noting, m.noteErr = false, ""
		m.note.SetValue("")
		m.note.Blur()
		return m, tea.Batch(m.load(), Flash(m.s.Tr.T(i18n.SyncConfDismissed, int(msg.id))))
	case ChangedMsg:
		if !m.noting {
			return m, m.load()
		}
	case LangChangedMsg:
		m.keys = newSyncConflictKeys(m.s.Tr)
	case tea.KeyMsg:
		if m.noting {
			return m, m.noteKey(msg)
		}
		if c, ok := m.keys.move(msg, m.cursor, len(m.rows), 5); ok {
			m.cursor = c
			return m, nil
		}
		if key.Matches(msg, m.keys.Dismiss) && m.cursor < len(m.rows) && canSettleConflicts(m.s) {
			m.noting, m.noteErr = true, ""
			return m, m.note.Focus()
		}
	}
	return m, nil
}

// noteKey types the note; enter dismisses with it, esc puts it away.
func (m *syncConflictsScreen) noteKey(k tea.KeyMsg) tea.Cmd {
	switch {
	case m.saving:
		return nil
	case key.Matches(k, m.keys.Cancel):
		m.noting, m.noteErr = false, ""
		m.note.Blur()
		return nil
	case key.Matches(k, m.keys.Confirm):
		note := strings.TrimSpace(m.note.Value())
		if note == "" {
			m.noteErr = m.s.Tr.T(i18n.SyncConfNoteNeeded)
			return nil
		}
		if m.cursor >= len(m.rows) {
			return nil
		}
		m.saving, m.noteErr = true, ""
		st, a, id := m.s.Store, m.s.Actor(), m.rows[m.cursor].ID
		return func() tea.Msg {
			return syncDismissedMsg{c: m, id: id, err: st.DismissSyncConflict(a, id, note)}
		}
	}
	var cmd tea.Cmd
	m.note, cmd = m.note.Update(m.s.Theme.InputKey(k, m.note.Value()))
	return cmd
}

// Captures keeps letters and esc while the note is typed.
func (m *syncConflictsScreen) Captures(k tea.KeyMsg) bool {
	return m.noting && (k.Type == tea.KeyRunes || k.Type == tea.KeySpace || k.Type == tea.KeyEsc)
}

// Dirty: a note being typed is input the user would lose.
func (m *syncConflictsScreen) Dirty() bool { return m.noting && m.note.Value() != "" }

func (m *syncConflictsScreen) KeyMap() help.KeyMap {
	if m.noting {
		return KeyList{Short: []key.Binding{m.keys.Confirm, m.keys.Cancel}}
	}
	nav := []key.Binding{m.keys.Up, m.keys.Down}
	if len(m.rows) > 0 && canSettleConflicts(m.s) {
		nav = append(nav, m.keys.Dismiss)
	}
	return KeyList{Short: nav, Full: [][]key.Binding{nav}}
}

var syncKinds = map[byte]i18n.Key{
	store.SyncFiles: i18n.SyncKindFile, store.SyncVisits: i18n.SyncKindVisit, store.SyncAid: i18n.SyncKindAid,
	store.SyncLinks: i18n.SyncKindLink, store.SyncDecisions: i18n.SyncKindDecision, store.SyncCenters: i18n.SyncKindCenter,
}

var syncWhys = map[string]i18n.Key{
	store.ConflictNotOwner: i18n.SyncWhyNotOwner, store.ConflictSameVer: i18n.SyncWhySameVersion,
	store.ConflictCollision: i18n.SyncWhyCollision, store.ConflictNoFile: i18n.SyncWhyNoFile,
	store.ConflictDamaged: i18n.SyncWhyDamaged,
}

// record names a conflict's record: its kind and id(s).
func (m *syncConflictsScreen) record(c *store.SyncConflict) string {
	tr := m.s.Tr
	kind := string(c.Bucket)
	if k, ok := syncKinds[c.Bucket]; ok {
		kind = tr.T(k)
	}
	x, y := c.Record()
	out := kind + " " + tr.Digits(x.String())
	if y != 0 {
		out += " / " + tr.Digits(y.String())
	}
	return out
}

func (m *syncConflictsScreen) why(c *store.SyncConflict) string {
	if k, ok := syncWhys[c.Why]; ok {
		return m.s.Tr.T(k)
	}
	return c.Why
}

func (m *syncConflictsScreen) from(c domain.CenterID) string {
	if c == store.HubCenter {
		return m.s.Tr.T(i18n.SyncHubPeer)
	}
	return m.s.CenterName(c)
}

// fields are the conflict's field changes in the file history's words.
func (m *syncConflictsScreen) fields(c *store.SyncConflict) []string {
	tr := m.s.Tr
	fs := &fileScreen{s: m.s}
	ev := domain.AuditEvent{Kind: "file"}
	var out []string
	for _, ch := range c.Changes() {
		label, base := fs.histField(ev, ch.Field)
		out = append(out, tr.T(i18n.SyncConfHereNew, label, fs.histValue(ev, base, ch.Before), fs.histValue(ev, base, ch.After)))
	}
	return out
}

func (m *syncConflictsScreen) View() string {
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	w, h := s.Width, s.BodyHeight()
	switch {
	case errors.Is(m.err, store.ErrDenied):
		return joinLines(th.Wrap(tr.T(i18n.SyncConfDenied), w, th.S.Error))
	case m.err != nil:
		return joinLines(th.Wrap(tr.Err(m.err), w, th.S.Error))
	case !m.loaded:
		return th.Line(tr.T(i18n.Loading), w, th.S.Muted)
	case len(m.rows) == 0:
		return joinLines([]string{th.Line(tr.T(i18n.TitleSyncConflicts), w, th.S.Title), "", th.Line(tr.T(i18n.SyncConfNone), w, th.S.Success)})
	}
	out := []string{th.Line(tr.T(i18n.TitleSyncConflicts)+" ("+tr.Num(len(m.rows))+")", w, th.S.Title), ""}
	// The list takes at most a third of the body; the selected one's
	// fields take the rest.
	listH := clampInt(len(m.rows), 1, max(1, h/3))
	first := clampInt(m.cursor-listH+1, 0, max(0, len(m.rows)-listH))
	iw := 7
	inner := w - theme.MarkerWidth
	fw := clampInt(inner/4, 8, 24)
	rw := max(8, inner-iw-fw-3)
	for i := first; i < min(len(m.rows), first+listH); i++ {
		c := &m.rows[i]
		sel := i == m.cursor
		st := th.S.Value
		if sel {
			st = th.S.Selected
		}
		out = append(out, th.Row(w, th.Marker(sel, th.S.Focused),
			th.Cell("#"+tr.Digits(strconv.FormatUint(c.ID, 10)), iw, theme.Start, st), " ",
			th.Cell(m.from(c.From), fw, theme.Start, st), " ",
			th.Cell(m.record(c)+" · "+m.why(c), rw, theme.Start, st)))
	}
	out = append(out, "")
	c := &m.rows[m.cursor]
	lw := 10
	out = append(out,
		th.Field(tr.T(i18n.SyncConfFrom), m.from(c.From), lw, w, th.S.Value),
		th.Field(tr.T(i18n.SyncConfRecord), m.record(c), lw, w, th.S.Value),
		th.Field(tr.T(i18n.SyncConfWhy), m.why(c), lw, w, th.S.Warn), "")
	if fs := m.fields(c); len(fs) > 0 {
		out = append(out, th.Line(tr.T(i18n.SyncConfFields), w, th.S.Label))
		for _, f := range fs {
			out = append(out, th.Wrap(f, w, th.S.Value)...)
		}
	} else {
		out = append(out, th.Wrap(tr.T(i18n.SyncConfNoFields), w, th.S.Muted)...)
	}
	var tail []string
	if m.noting {
		tail = append(tail, "")
		tail = append(tail, th.Wrap(tr.T(i18n.SyncConfNotePrompt), w, th.S.Label)...)
		tail = append(tail, th.Row(w, th.Marker(true, th.S.Focused), th.Input(m.note, w-theme.MarkerWidth)))
		if m.noteErr != "" {
			tail = append(tail, th.Wrap(m.noteErr, w, th.S.Error)...)
		}
	}
	// The note is never pushed off the screen by a long list of fields.
	if len(out)+len(tail) > h {
		out = out[:max(0, h-len(tail))]
	}
	return joinLines(append(out, tail...))
}
