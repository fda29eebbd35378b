package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/tui/i18n"
)

// fieldKind says how a form field is edited.
type fieldKind uint8

const (
	textField   fieldKind = iota // one line of text
	areaField                    // several lines (findings, notes)
	choiceField                  // one of a few options, picked by digit or arrows
	multiField                   // any of a few options, toggled by digit or space
)

// option is one choice of a choice or multi field, named in the
// session's language when drawn.
type option func(tr *i18n.T) string

// verdict is what a field's check says about its text: err stops the
// save; warn (a flagged identifier, an unreadable birth date) is saved
// after the user confirms and stays flagged; note is information, such
// as the day "+30" means.
type verdict struct{ err, warn, note string }

// checkFn judges a field's text when the user leaves it and before a save.
type checkFn func(v string) verdict

// formField is one labelled input of a form.
type formField struct {
	label i18n.Key
	kind  fieldKind
	input textinput.Model
	area  textarea.Model
	opts  []option
	sel   int    // choice: the chosen option; multi: the option under the cursor
	on    []bool // multi: the chosen options
	check checkFn
	hint  i18n.Key // shown under the focused field when all is well
	v     verdict
	cross string // an error found across fields at save time (no name given)
}

// problem is what stops field i from being saved, "" for nothing.
func (fd *formField) problem() string {
	if fd.v.err != "" {
		return fd.v.err
	}
	return fd.cross
}

// form is an ordered set of fields with one focused, drawn in a
// scrolling column; the screen around it (formscreen.go) saves.
type form struct {
	s       *Session
	fields  []formField
	at      int
	offset  int      // first line shown
	initial []string // values when opened, for Dirty
	keys    formKeys
}

type formKeys struct {
	Next, Prev, Enter, Save, Pick, Left, Right, Digit key.Binding
}

func newFormKeys(tr *i18n.T) formKeys {
	return formKeys{
		Next:  Bind("tab", tr.T(i18n.HelpNextField), "tab"),
		Prev:  Bind("shift+tab", tr.T(i18n.HelpPrevField), "shift+tab"),
		Enter: Bind("enter", tr.T(i18n.HelpNextField), "enter"),
		Save:  Bind("ctrl+s", tr.T(i18n.HelpSave), "ctrl+s"),
		Pick:  Bind("space", tr.T(i18n.HelpToggle), " "),
		Left:  Bind("←/→", tr.T(i18n.HelpSelect), "left"),
		Right: Bind("→", tr.T(i18n.HelpSelect), "right"),
		Digit: Bind("1-9", tr.T(i18n.HelpSelect), "1", "2", "3", "4", "5", "6", "7", "8", "9", "0"),
	}
}

func newForm(s *Session) form { return form{s: s, keys: newFormKeys(s.Tr)} }

// text adds a one-line field with value v and returns its index.
func (f *form) text(label i18n.Key, v string, check checkFn) int {
	in := f.s.Theme.TextInput("")
	in.SetValue(v)
	f.fields = append(f.fields, formField{label: label, kind: textField, input: in, check: check})
	return len(f.fields) - 1
}

// multiline adds a several-line field.
func (f *form) multiline(label i18n.Key, v string) int {
	a := newArea(f.s)
	a.SetValue(v)
	f.fields = append(f.fields, formField{label: label, kind: areaField, area: a})
	return len(f.fields) - 1
}

// choice adds a field choosing one of opts, sel chosen.
func (f *form) choice(label i18n.Key, opts []option, sel int) int {
	f.fields = append(f.fields, formField{label: label, kind: choiceField, opts: opts, sel: sel})
	return len(f.fields) - 1
}

// multi adds a field choosing any of opts.
func (f *form) multi(label i18n.Key, opts []option, on []bool) int {
	f.fields = append(f.fields, formField{label: label, kind: multiField, opts: opts, on: on})
	return len(f.fields) - 1
}

// ready records the values as opened (so Dirty compares against them),
// checks the prefilled fields and focuses field i.
func (f *form) ready(i int) tea.Cmd {
	f.initial = f.values()
	for j := range f.fields {
		if f.value(j) != "" {
			f.run(j)
		}
	}
	return f.focus(i)
}

func (f *form) values() []string {
	out := make([]string, len(f.fields))
	for i := range f.fields {
		out[i] = f.snapshot(i)
	}
	return out
}

// snapshot is field i's state as text, for comparing with the opening.
func (f *form) snapshot(i int) string {
	fd := &f.fields[i]
	switch fd.kind {
	case choiceField:
		return strconv.Itoa(fd.sel)
	case multiField:
		var b strings.Builder
		for _, on := range fd.on {
			b.WriteString(strconv.FormatBool(on))
		}
		return b.String()
	}
	return f.value(i)
}

// dirty reports whether anything differs from the opening.
func (f *form) dirty() bool {
	for i := range f.fields {
		if i < len(f.initial) && f.snapshot(i) != f.initial[i] {
			return true
		}
	}
	return false
}

// value is the text of a text or area field.
func (f *form) value(i int) string {
	switch f.fields[i].kind {
	case textField:
		return f.fields[i].input.Value()
	case areaField:
		return f.fields[i].area.Value()
	}
	return ""
}

// chosen is a multi field's chosen option indexes.
func (f *form) chosen(i int) []int {
	var out []int
	for j, on := range f.fields[i].on {
		if on {
			out = append(out, j)
		}
	}
	return out
}

// run checks field i.
func (f *form) run(i int) {
	fd := &f.fields[i]
	if fd.check != nil {
		fd.v = fd.check(f.value(i))
	}
}

// focus leaves the focused field (checking it) and focuses field i.
func (f *form) focus(i int) tea.Cmd {
	n := len(f.fields)
	if n == 0 {
		return nil
	}
	if f.at < n {
		f.run(f.at)
		f.fields[f.at].input.Blur()
		f.fields[f.at].area.Blur()
	}
	f.at = ((i % n) + n) % n
	fd := &f.fields[f.at]
	switch fd.kind {
	case textField:
		fd.input.CursorEnd()
		return fd.input.Focus()
	case areaField:
		return fd.area.Focus()
	}
	return nil
}

// checkAll checks every field and reports whether any is flagged.
func (f *form) checkAll() (flagged bool) {
	for i := range f.fields {
		f.run(i)
		flagged = flagged || f.fields[i].v.warn != ""
	}
	return flagged
}

// setErr marks field i with err, a check across fields made at save
// time; typing in the field clears it.
func (f *form) setErr(i int, err string) { f.fields[i].cross = err }

// clearCross forgets the errors of the last save attempt.
func (f *form) clearCross() {
	for i := range f.fields {
		f.fields[i].cross = ""
	}
}

// firstProblem is the first field that stops a save, -1 for none.
func (f *form) firstProblem() int {
	for i := range f.fields {
		if f.fields[i].problem() != "" {
			return i
		}
	}
	return -1
}

// refresh re-runs the checks of fields that have something to say, so
// their words follow a language switch.
func (f *form) refresh() {
	f.keys = newFormKeys(f.s.Tr)
	for i := range f.fields {
		if f.fields[i].v != (verdict{}) {
			f.run(i)
		}
	}
}

// formAction is what a key asks of the screen around the form.
type formAction uint8

const (
	actNone formAction = iota
	actSave
)

// key handles a key for the focused field: moving between fields,
// choosing, typing. enter on the last field asks to save.
func (f *form) key(k tea.KeyMsg) (tea.Cmd, formAction) {
	fd := &f.fields[f.at]
	last := f.at == len(f.fields)-1
	ks := f.keys
	switch {
	case key.Matches(k, ks.Save):
		return nil, actSave
	case key.Matches(k, ks.Next):
		return f.focus(f.at + 1), actNone
	case key.Matches(k, ks.Prev):
		return f.focus(f.at - 1), actNone
	}
	switch fd.kind {
	case areaField:
		return f.areaKey(fd, k), actNone
	case choiceField, multiField:
		if cmd, done := f.optionKey(fd, k); done {
			return cmd, actNone
		}
	}
	switch k.Type {
	case tea.KeyEnter:
		if last {
			f.run(f.at)
			return nil, actSave
		}
		return f.focus(f.at + 1), actNone
	case tea.KeyDown:
		return f.focus(f.at + 1), actNone
	case tea.KeyUp:
		return f.focus(f.at - 1), actNone
	}
	if fd.kind != textField {
		return nil, actNone
	}
	var cmd tea.Cmd
	fd.input, cmd = fd.input.Update(f.s.Theme.InputKey(k, fd.input.Value()))
	if fd.v.err != "" || fd.v.warn != "" || fd.cross != "" {
		// Typing fixes what was wrong, or not: say so on leaving, not
		// under every keystroke, but stop showing a stale complaint.
		fd.v, fd.cross = verdict{}, ""
	}
	return cmd, actNone
}

// areaKey: arrows move inside the text, and leave it at its first or
// last line, so the form can be walked with arrows alone.
func (f *form) areaKey(fd *formField, k tea.KeyMsg) tea.Cmd {
	switch {
	case k.Type == tea.KeyUp && fd.area.Line() == 0:
		return f.focus(f.at - 1)
	case k.Type == tea.KeyDown && fd.area.Line() >= fd.area.LineCount()-1:
		return f.focus(f.at + 1)
	}
	var cmd tea.Cmd
	fd.area, cmd = fd.area.Update(k)
	return cmd
}

// optionKey: a digit picks (choice, then on to the next field) or toggles
// (multi) that option; space steps or toggles; ←/→ move, mirrored in RTL
// where the options run right to left.
func (f *form) optionKey(fd *formField, k tea.KeyMsg) (tea.Cmd, bool) {
	n := len(fd.opts)
	step := 0
	switch k.Type {
	case tea.KeyLeft:
		step = -1
	case tea.KeyRight:
		step = 1
	case tea.KeySpace:
		if fd.kind == multiField {
			fd.on[fd.sel] = !fd.on[fd.sel]
		} else {
			fd.sel = (fd.sel + 1) % n
		}
		return nil, true
	case tea.KeyRunes:
		if k.String() == " " {
			return f.optionKey(fd, tea.KeyMsg{Type: tea.KeySpace})
		}
		i, ok := digitIndex(k.Runes)
		if !ok || i >= n {
			return nil, true
		}
		if fd.kind == multiField {
			fd.sel, fd.on[i] = i, !fd.on[i]
			return nil, true
		}
		fd.sel = i
		if f.at < len(f.fields)-1 {
			return f.focus(f.at + 1), true
		}
		return nil, true
	default:
		return nil, false
	}
	if f.s.Theme.RTL() {
		step = -step
	}
	fd.sel = ((fd.sel+step)%n + n) % n
	return nil, true
}

// digitIndex reads one typed digit (any script) as an option index:
// 1-9 are the first nine, 0 the tenth.
func digitIndex(rs []rune) (int, bool) {
	if len(rs) != 1 {
		return 0, false
	}
	d := fa.ToLatinDigits(string(rs))
	if len(d) != 1 || d[0] < '0' || d[0] > '9' {
		return 0, false
	}
	if d[0] == '0' {
		return 9, true
	}
	return int(d[0] - '1'), true
}
