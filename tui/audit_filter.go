package tui

import (
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// The audit screen's filter panel: user, action, file number, a day
// range and a center. Text rows are typed; the action and center rows
// cycle through their choices with ←/→. Nothing typed is lost when a
// value is refused: the panel stays open and says what is wrong.

const (
	afUser = iota
	afAction
	afFile
	afFrom
	afTo
	afCenter
	afRows
)

var afLabels = [afRows]i18n.Key{i18n.AuditFilterUser, i18n.AuditFilterAction, i18n.AuditFilterFile,
	i18n.AuditFilterFrom, i18n.AuditFilterTo, i18n.AuditFilterCenter}

type auditForm struct {
	s       *Session
	row     int
	inputs  [afRows]textinput.Model // the text rows' inputs; unused for choice rows
	action  int                     // index in actions; 0: any
	center  int                     // index in centers; 0: any
	centers []domain.CenterID       // 0 first
	problem string                  // why the last apply was refused
}

// auditFilterMsg is an applied filter, or why it was refused.
type auditFilterMsg struct {
	query store.AuditFilter
	err   error
}

// auditActions are the action row's choices: any, then every action.
var auditActions = append([]domain.Action{0}, domain.Actions...)

func newAuditForm(s *Session) *auditForm {
	f := &auditForm{s: s, centers: []domain.CenterID{0}}
	for _, r := range []int{afUser, afFile, afFrom, afTo} {
		f.inputs[r] = s.Theme.TextInput("")
		f.inputs[r].CharLimit = 64
	}
	f.relabel()
	// A supervisor's trail is their own center's: the only choice offered.
	if s.Can(domain.ActAuditView, domain.Target{Center: s.User.Center + 1}) {
		for id := range s.Centers {
			f.centers = append(f.centers, id)
		}
		slices.Sort(f.centers[1:])
	} else if s.User.Center != 0 {
		f.centers = append(f.centers, s.User.Center)
	}
	return f
}

// relabel sets the placeholders in the session's language.
func (f *auditForm) relabel() {
	hint := f.s.Tr.T(i18n.AuditDateHint)
	f.inputs[afFrom].Placeholder, f.inputs[afTo].Placeholder = hint, hint
}

func (f *auditForm) text(r int) bool { return r != afAction && r != afCenter }

// focus puts the caret in the current row.
func (f *auditForm) focus() tea.Cmd {
	for r := range f.inputs {
		if f.text(r) {
			f.inputs[r].Blur()
		}
	}
	if f.text(f.row) {
		return f.inputs[f.row].Focus()
	}
	return nil
}

func (f *auditForm) key(k tea.KeyMsg) tea.Cmd {
	switch k.Type {
	case tea.KeyTab, tea.KeyDown:
		f.row = (f.row + 1) % afRows
		return f.focus()
	case tea.KeyShiftTab, tea.KeyUp:
		f.row = (f.row + afRows - 1) % afRows
		return f.focus()
	}
	if !f.text(f.row) {
		d := 0
		switch k.Type {
		case tea.KeyRight, tea.KeySpace:
			d = 1
		case tea.KeyLeft:
			d = -1
		}
		if f.s.Theme.RTL() {
			d = -d // in a right-to-left layout ← goes forward
			if k.Type == tea.KeySpace {
				d = 1
			}
		}
		if f.row == afAction {
			f.action = cycle(f.action, d, len(auditActions))
		} else {
			f.center = cycle(f.center, d, len(f.centers))
		}
		return nil
	}
	in := &f.inputs[f.row]
	var cmd tea.Cmd
	*in, cmd = in.Update(f.s.Theme.InputKey(k, in.Value()))
	return cmd
}

// apply checks the typed values; the file number is looked up in the
// store, so the answer comes back as a message.
func (f *auditForm) apply() tea.Cmd {
	tr := f.s.Tr
	f.problem = ""
	q := store.AuditFilter{
		Login:  strings.ToLower(strings.TrimSpace(f.inputs[afUser].Value())),
		Action: auditActions[f.action],
		Center: f.centers[f.center],
	}
	from, err := ParseAuditDay(f.inputs[afFrom].Value(), false)
	if err != nil {
		f.problem = tr.T(i18n.AuditBadField, tr.T(i18n.AuditFilterFrom), tr.Err(err))
		return nil
	}
	to, err := ParseAuditDay(f.inputs[afTo].Value(), true)
	if err != nil {
		f.problem = tr.T(i18n.AuditBadField, tr.T(i18n.AuditFilterTo), tr.Err(err))
		return nil
	}
	q.SetDays(from, to, f.s.Now().Location())
	number := strings.TrimSpace(f.inputs[afFile].Value())
	if number == "" {
		return Emit(auditFilterMsg{query: q})
	}
	st := f.s.Store
	return func() tea.Msg {
		id, err := st.FileIDByNumber(number)
		if errors.Is(err, store.ErrNotFound) {
			return auditFilterMsg{err: errNoFileNumber{number}}
		}
		q.File = id
		return auditFilterMsg{query: q, err: err}
	}
}

// errNoFileNumber: the filter names a file number no file has.
type errNoFileNumber struct{ number string }

func (e errNoFileNumber) Error() string { return "no file numbered " + e.number }

// refused puts an apply's error in the panel.
func (f *auditForm) refused(err error) {
	var nf errNoFileNumber
	if errors.As(err, &nf) {
		f.problem = f.s.Tr.T(i18n.AuditNoFile, f.s.Tr.Digits(nf.number))
		return
	}
	f.problem = f.s.Tr.Err(err)
}

// describe lists the applied filter's parts for the info line.
func (f *auditForm) describe(q store.AuditFilter) string {
	s, tr := f.s, f.s.Tr
	var parts []string
	if q.Login != "" {
		parts = append(parts, q.Login)
	}
	if q.Action != 0 {
		parts = append(parts, AuditActionName(tr, q.Action))
	}
	if q.File != 0 {
		parts = append(parts, tr.Digits(strings.TrimSpace(f.inputs[afFile].Value())))
	}
	if !q.Since.IsZero() {
		parts = append(parts, tr.T(i18n.AuditFilterFrom)+" "+tr.Date(fa.FromTime(q.Since)))
	}
	if !q.Until.IsZero() {
		parts = append(parts, tr.T(i18n.AuditFilterTo)+" "+tr.Date(fa.FromTime(q.Until.Add(-time.Nanosecond))))
	}
	if q.Center != 0 {
		parts = append(parts, s.CenterName(q.Center))
	}
	if len(parts) == 0 {
		return tr.T(i18n.AuditFilterNone)
	}
	return tr.T(i18n.AuditFilterActive, joinComma(tr, parts))
}

// value is what a row shows: the choice's name, for choice rows.
func (f *auditForm) value(r int) string {
	tr := f.s.Tr
	switch r {
	case afAction:
		if a := auditActions[f.action]; a != 0 {
			return AuditActionName(tr, a)
		}
		return tr.T(i18n.All)
	case afCenter:
		if c := f.centers[f.center]; c != 0 {
			return f.s.CenterName(c)
		}
		return tr.T(i18n.All)
	}
	return f.inputs[r].Value()
}

func (f *auditForm) keyMap() help.KeyMap {
	tr := f.s.Tr
	ks := []key.Binding{
		Bind("enter", tr.T(i18n.HelpAuditApply), "enter"),
		Bind("tab/↓", tr.T(i18n.HelpAuditNextRow), "tab"),
		Bind("←/→", tr.T(i18n.HelpAuditChoose), "left"),
		Bind("esc", tr.T(i18n.HelpCancel), "esc"),
	}
	return KeyList{Short: ks}
}

// ParseAuditDay reads a day typed as Jalali (۱۴۰۳/۰۹/۱۲, any digits) or
// ISO (2024-12-02); empty is no limit. A year or a month alone means its
// first day, or with end its last, so "1403" to "1403" is the whole year.
func ParseAuditDay(s string, end bool) (fa.Date, error) {
	s = strings.TrimSpace(fa.ToLatinDigits(s))
	if s == "" {
		return fa.Date{}, nil
	}
	d, err := fa.ParseDate(s)
	if err != nil {
		iso, isoErr := fa.ParseISODate(s)
		if isoErr != nil {
			if strings.Count(s, "-") == 2 {
				return fa.Date{}, isoErr
			}
			return fa.Date{}, err
		}
		return iso, nil
	}
	switch {
	case d.Month == 0 && end:
		d.Month = 12
	case d.Month == 0:
		d.Month = 1
	}
	if d.Day == 0 {
		d.Day = 1
		if end {
			d.Day = fa.MonthDays(d.Year, d.Month)
		}
	}
	return d, nil
}
