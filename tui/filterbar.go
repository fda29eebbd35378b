package tui

import (
	"slices"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// listFilter is what the filter popup chooses. It is comparable, so the
// list re-queries only when it really changed. -1 means "any".
type listFilter struct {
	center   domain.CenterID // 0: every center the user may see
	status   int             // -1 or a domain.Status
	category int             // -1 or a domain.Category
	overdue  bool
}

func anyFilter() listFilter { return listFilter{status: -1, category: -1} }

func (f listFilter) active() bool { return f != anyFilter() }

// compile turns the choice into the index's filter, limited to the centers
// whose files the user may open.
func (f listFilter) compile(s *Session) search.Filter {
	out := search.Filter{Centers: visibleCenters(s)}
	if f.center != 0 {
		out.Centers = []domain.CenterID{f.center}
	}
	if f.status >= 0 {
		st := domain.Status(f.status)
		out.Status = &st
	}
	if f.category >= 0 {
		c := domain.Category(f.category)
		out.Category = &c
	}
	if f.overdue {
		out.Overdue = true
		out.Today = fa.FromTime(s.Now())
	}
	return out
}

// visibleCenters is nil when the user may view files of every center, else
// their own center alone (the permission table has no other scope for
// viewing).
func visibleCenters(s *Session) []domain.CenterID {
	other := s.User.Center + 1
	if s.Can(domain.ActFileView, domain.Target{Center: other}) {
		return nil
	}
	return []domain.CenterID{s.User.Center}
}

// describe lists the active filters for the info line.
func (f listFilter) describe(s *Session) string {
	tr := s.Tr
	var parts []string
	if f.center != 0 {
		parts = append(parts, s.CenterName(f.center))
	}
	if f.status >= 0 {
		parts = append(parts, tr.Status(domain.Status(f.status)))
	}
	if f.category >= 0 {
		parts = append(parts, tr.Category(domain.Category(f.category)))
	}
	if f.overdue {
		parts = append(parts, tr.T(i18n.FilterOverdue))
	}
	if len(parts) == 0 {
		return tr.T(i18n.FilterNone)
	}
	return tr.T(i18n.FilterActive, joinComma(tr, parts))
}

// filterBar is the popup that edits a listFilter: one row per filter,
// ←/→ changes the value, changes apply at once.
type filterBar struct {
	s    *Session
	f    listFilter
	row  int
	keys filterKeys
}

type filterKeys struct{ Up, Down, Prev, Next, Clear, Close key.Binding }

const (
	barCenter = iota
	barStatus
	barCategory
	barOverdue
	barRows
)

func newFilterBar(s *Session, f listFilter) *filterBar {
	tr := s.Tr
	return &filterBar{s: s, f: f, keys: filterKeys{
		Up:    Bind("↑/k", tr.T(i18n.HelpUp), "up", "k"),
		Down:  Bind("↓/j", tr.T(i18n.HelpDown), "down", "j"),
		Prev:  Bind("←/h", tr.T(i18n.HelpSelect), "left", "h"),
		Next:  Bind("→/l", tr.T(i18n.HelpSelect), "right", "l", " "),
		Clear: Bind("x", tr.T(i18n.HelpClear), "x"),
		Close: Bind("enter/esc", tr.T(i18n.HelpBack), "enter", "esc", "f"),
	}}
}

func (b *filterBar) keyMap() help.KeyMap {
	k := b.keys
	return KeyList{Short: []key.Binding{k.Up, k.Down, k.Prev, k.Next, k.Clear, k.Close}}
}

// key handles one key; done reports that the popup closes.
func (b *filterBar) key(k tea.KeyMsg) (listFilter, bool) {
	switch {
	case key.Matches(k, b.keys.Close):
		return b.f, true
	case key.Matches(k, b.keys.Up):
		b.row = (b.row + barRows - 1) % barRows
	case key.Matches(k, b.keys.Down):
		b.row = (b.row + 1) % barRows
	case key.Matches(k, b.keys.Prev):
		b.step(-1)
	case key.Matches(k, b.keys.Next):
		b.step(+1)
	case key.Matches(k, b.keys.Clear):
		b.f = anyFilter()
	}
	return b.f, false
}

// step moves the current row's value by d through its choices, "any" first.
func (b *filterBar) step(d int) {
	switch b.row {
	case barCenter:
		opts := append([]domain.CenterID{0}, b.centers()...)
		b.f.center = opts[cycle(slices.Index(opts, b.f.center), d, len(opts))]
	case barStatus:
		b.f.status = cycle(b.f.status+1, d, len(domain.Statuses)+1) - 1
	case barCategory:
		opts := append([]int{-1}, catInts()...)
		b.f.category = opts[cycle(slices.Index(opts, b.f.category), d, len(opts))]
	case barOverdue:
		b.f.overdue = !b.f.overdue
	}
}

// centers the user may filter by, in id order.
func (b *filterBar) centers() []domain.CenterID {
	vis := visibleCenters(b.s)
	var out []domain.CenterID
	for id := range b.s.Centers {
		if vis == nil || slices.Contains(vis, id) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

func catInts() []int {
	out := make([]int, len(domain.Categories))
	for i, c := range domain.Categories {
		out[i] = int(c)
	}
	return out
}

func cycle(i, d, n int) int {
	if n == 0 {
		return 0
	}
	return ((max(i, 0)+d)%n + n) % n
}

// view renders the popup box.
func (b *filterBar) view(width int) string {
	s, th, tr := b.s, b.s.Theme, b.s.Tr
	all := tr.T(i18n.All)
	val := func(row int) string {
		switch row {
		case barCenter:
			if b.f.center == 0 {
				return all
			}
			return s.CenterName(b.f.center)
		case barStatus:
			if b.f.status < 0 {
				return all
			}
			return tr.Status(domain.Status(b.f.status))
		case barCategory:
			if b.f.category < 0 {
				return all
			}
			return tr.Category(domain.Category(b.f.category))
		}
		if b.f.overdue {
			return tr.T(i18n.FilterOn)
		}
		return tr.T(i18n.FilterOff)
	}
	labels := []i18n.Key{i18n.FilterCenter, i18n.FilterStatus, i18n.FilterCategory, i18n.FilterOverdue}
	inner := min(width-4, 60)
	lines := []string{th.Line(tr.T(i18n.FilterTitle), inner, th.S.Title)}
	for i, l := range labels {
		st := th.S.Value
		if i == b.row {
			st = th.S.Selected
		}
		lines = append(lines, th.Row(inner,
			th.Marker(i == b.row, th.S.Focused),
			th.Cell(tr.T(l), 26, theme.Start, th.S.Label),
			th.Cell("‹ "+val(i)+" ›", inner-28, theme.Start, st)))
	}
	lines = append(lines, "")
	lines = append(lines, th.Wrap(tr.T(i18n.FilterHint), inner, th.S.Muted)...)
	return th.Box(joinLines(lines))
}
