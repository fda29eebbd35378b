package tui

import (
	"slices"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// syncStatusScreen shows a hub's or spoke's place in the network: per
// peer the last bundle in and out, what the peer has not acknowledged,
// bundles held for a missing one (named), and the conflicts waiting.
// Read-only: syncing is done by the sync commands. It reloads on every
// store change, since an import changes all of it.
type syncStatusScreen struct {
	s      *Session
	info   store.SyncInfo
	index  dupes.SpokeState // a spoke's copy of the hub's match index
	loaded bool
	err    error
	seq    int
	keys   syncStatusKeys
}

type syncStatusKeys struct{ Reload, Conflicts key.Binding }

func newSyncStatusKeys(tr *i18n.T) syncStatusKeys {
	return syncStatusKeys{
		Reload:    Bind("r", tr.T(i18n.HelpReload), "r", "ق"),
		Conflicts: Bind("c", tr.T(i18n.HelpSyncConflicts), "c", "ز"),
	}
}

type syncInfoMsg struct {
	seq   int
	info  store.SyncInfo
	index dupes.SpokeState
	err   error
}

// syncRoleMsg carries the database's sync role, read at login.
type syncRoleMsg struct{ role store.SyncRole }

// loadSyncRole reads the role once per login, off the UI goroutine.
func loadSyncRole(s *Session) tea.Cmd {
	st := s.Store
	return func() tea.Msg {
		info, err := st.SyncInfo()
		if err != nil {
			return syncRoleMsg{} // no key offered; the list works as ever
		}
		return syncRoleMsg{role: info.Role}
	}
}

// canSyncStatus: the screen exists on a hub or spoke, for those who
// answer for a center's data: supervisors, coordinators and admins.
func canSyncStatus(s *Session) bool {
	if s.SyncRole == store.SyncNone || s.User.ID == 0 || s.User.Disabled {
		return false
	}
	switch s.User.Role {
	case domain.RoleSupervisor, domain.RoleCoordinator, domain.RoleAdmin:
		return true
	}
	return false
}

// canSettleConflicts mirrors the store's rule for SyncConflicts.
func canSettleConflicts(s *Session) bool { return s.Can(domain.ActDuplicateDecide, domain.Any) }

func newSyncStatusScreen(s *Session) *syncStatusScreen {
	return &syncStatusScreen{s: s, keys: newSyncStatusKeys(s.Tr)}
}

func (m *syncStatusScreen) Init() tea.Cmd { return m.load() }

func (m *syncStatusScreen) Title() string { return m.s.Tr.T(i18n.TitleSyncStatus) }

func (m *syncStatusScreen) load() tea.Cmd {
	m.seq++
	seq, st, svc := m.seq, m.s.Store, m.s.Dupes
	return func() tea.Msg {
		info, err := st.SyncInfo()
		var index dupes.SpokeState
		if err == nil && svc != nil && info.Role == store.SyncSpoke {
			index = svc.SpokeState()
		}
		return syncInfoMsg{seq: seq, info: info, index: index, err: err}
	}
}

func (m *syncStatusScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case syncInfoMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loaded, m.err = true, msg.err
		if msg.err != nil {
			return m, Fail(msg.err)
		}
		m.info, m.index = msg.info, msg.index
	case ChangedMsg:
		return m, m.load()
	case LangChangedMsg:
		m.keys = newSyncStatusKeys(m.s.Tr)
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, m.keys.Reload):
			return m, m.load()
		case key.Matches(msg, m.keys.Conflicts) && canSettleConflicts(m.s):
			return m, Push(newSyncConflictsScreen(m.s))
		}
	}
	return m, nil
}

func (m *syncStatusScreen) KeyMap() help.KeyMap {
	ks := []key.Binding{m.keys.Reload}
	if canSettleConflicts(m.s) {
		ks = append(ks, m.keys.Conflicts)
	}
	return KeyList{Short: ks, Full: [][]key.Binding{ks}}
}

// peerName is a peer as people know it: the hub, or the spoke's center.
func (m *syncStatusScreen) peerName(c domain.CenterID) string {
	if c == store.HubCenter {
		return m.s.Tr.T(i18n.SyncHubPeer)
	}
	return m.s.CenterName(c)
}

// bundle is "#N · time", or "never".
func (m *syncStatusScreen) bundle(number uint64, at time.Time) string {
	tr := m.s.Tr
	if at.IsZero() {
		return tr.T(i18n.SyncNever)
	}
	if number == 0 {
		return tr.Time(at) // the join file, which has no number
	}
	return tr.T(i18n.SyncBundleAt, int(number), tr.Time(at))
}

// indexLine says, on a spoke, what the live check knows of other
// centers: the hub's index and when it came, or that none has.
func (m *syncStatusScreen) indexLine() (string, lipgloss.Style, bool) {
	th, tr, x := m.s.Theme, m.s.Tr, m.index
	switch {
	case !x.Used:
		return "", th.S.Muted, false
	case x.Missing:
		return tr.T(i18n.SpokeNoIndex), th.S.Warn, true
	case x.Err != nil:
		return tr.T(i18n.SpokeIndexBad), th.S.Error, true
	}
	return tr.T(i18n.SyncIndexLine, x.Files, tr.Time(x.Received)), th.S.Muted, true
}

// gaps are the sentences naming the bundles missing from each peer: held
// bundles wait for those between the last applied and the first held.
func gaps(tr *i18n.T, info *store.SyncInfo, name func(domain.CenterID) string) []string {
	var out []string
	for _, p := range info.Peers {
		var held []uint64
		for _, b := range info.Pending {
			if b.From == p.Center {
				held = append(held, b.Number)
			}
		}
		if len(held) == 0 {
			continue
		}
		first := slices.Min(held)
		switch lo, hi := p.InNumber+1, first-1; {
		case hi < lo:
		case lo == hi:
			out = append(out, tr.T(i18n.SyncGapOne, int(lo), name(p.Center)))
		default:
			out = append(out, tr.T(i18n.SyncGap, int(lo), int(hi), name(p.Center)))
		}
	}
	return out
}

func (m *syncStatusScreen) View() string {
	s, th, tr := m.s, m.s.Theme, m.s.Tr
	w, h := s.Width, s.BodyHeight()
	switch {
	case m.err != nil:
		return joinLines(th.Wrap(tr.Err(m.err), w, th.S.Error))
	case !m.loaded:
		return th.Line(tr.T(i18n.Loading), w, th.S.Muted)
	}
	in := &m.info
	role := tr.T(i18n.SyncRoleHub)
	if in.Role == store.SyncSpoke {
		role = tr.T(i18n.SyncRoleSpoke, s.CenterName(in.Center))
	}
	out := []string{th.Line(tr.T(i18n.TitleSyncStatus), w, th.S.Title)}
	out = append(out, th.Wrap(role, w, th.S.Value)...)
	out = append(out, "")
	// Columns: center, last in, last out, unacked, held. The two bundle
	// columns share what the numbers leave.
	uw := max(4, theme.Width(tr.T(i18n.SyncColUnacked)))
	nw := max(4, theme.Width(tr.T(i18n.SyncColHeld)))
	rest := max(3, w-4-uw-nw)
	bw := clampInt((rest-8)/2, 8, 23) // "#12 · 1403/09/12 10:00" and a little
	pw := max(8, rest-2*bw)
	head := th.Row(w,
		th.Cell(tr.T(i18n.SyncColPeer), pw, theme.Start, th.S.Header), " ",
		th.Cell(tr.T(i18n.SyncColIn), bw, theme.Start, th.S.Header), " ",
		th.Cell(tr.T(i18n.SyncColOut), bw, theme.Start, th.S.Header), " ",
		th.Cell(tr.T(i18n.SyncColUnacked), uw, theme.End, th.S.Header), " ",
		th.Cell(tr.T(i18n.SyncColHeld), nw, theme.End, th.S.Header))
	out = append(out, head)
	if len(in.Peers) == 0 {
		out = append(out, th.Wrap(tr.T(i18n.SyncNoPeers), w, th.S.Muted)...)
	}
	for _, p := range in.Peers {
		held := 0
		for _, b := range in.Pending {
			if b.From == p.Center {
				held++
			}
		}
		heldSt := th.S.Value
		if held > 0 {
			heldSt = th.S.Warn
		}
		out = append(out, th.Row(w,
			th.Cell(m.peerName(p.Center), pw, theme.Start, th.S.Label), " ",
			th.Cell(m.bundle(p.InNumber, p.LastIn), bw, theme.Start, th.S.Value), " ",
			th.Cell(m.bundle(p.OutNumber, p.LastOut), bw, theme.Start, th.S.Value), " ",
			th.Cell(tr.Num(p.Unacked), uw, theme.End, th.S.Value), " ",
			th.Cell(tr.Num(held), nw, theme.End, heldSt)))
	}
	out = append(out, "")
	if gs := gaps(tr, in, m.peerName); len(gs) > 0 {
		for _, g := range gs {
			out = append(out, th.Wrap(g, w, th.S.Warn)...)
		}
	} else {
		out = append(out, th.Line(tr.T(i18n.SyncNoGaps), w, th.S.Success))
	}
	if in.Conflicts > 0 {
		text := tr.T(i18n.SyncConflictsN, in.Conflicts)
		if canSettleConflicts(s) {
			text += " " + tr.T(i18n.SyncConflictsHint)
		}
		out = append(out, th.Wrap(text, w, th.S.Warn)...)
	} else {
		out = append(out, th.Line(tr.T(i18n.SyncConflictsNone), w, th.S.Success))
	}
	out = append(out, th.Line(tr.T(i18n.SyncLogLine, in.LogLen), w, th.S.Muted))
	if text, st, ok := m.indexLine(); ok {
		out = append(out, th.Wrap(text, w, st)...)
	}
	out = append(out, "")
	out = append(out, th.Wrap(tr.T(i18n.SyncHowTo), w, th.S.Muted)...)
	if len(out) > h {
		out = out[:h]
	}
	return joinLines(out)
}
