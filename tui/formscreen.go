package tui

import (
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// entry is what every form screen shares: the fields, saving with its
// questions (flagged values, discarding, closing), and drawing. A form
// screen embeds it, builds its fields and implements formSpec; its
// Update hands everything but its own messages to entry.update.
type entry struct {
	s       *Session
	form    form
	title   i18n.Key
	context string // the household the form is about, "" for none
	ask     *confirm
	ckeys   confirmKeys
	saving  bool
	problem string // why the last save did not happen and what to do
}

// formSpec is what a form adds to entry.
type formSpec interface {
	// validate checks across fields at save time (a name is needed, cash
	// needs an amount), marking fields with form.setErr.
	validate()
	// confirmText is a last question before saving ("close the file?"),
	// "" for none.
	confirmText() string
	// submit calls the store in a Cmd that answers savedMsg.
	submit() tea.Cmd
	// saved is what follows a successful save.
	saved(msg savedMsg) tea.Cmd
}

// savedMsg answers a form's save; owner tells forms apart, since every
// screen on the stack sees it.
type savedMsg struct {
	owner *entry
	file  domain.File
	err   error
}

func newEntry(s *Session, title i18n.Key) entry {
	return entry{s: s, form: newForm(s), title: title, ckeys: newConfirmKeys(s.Tr)}
}

// answer wraps a store call's result for this form.
func (e *entry) answer(f domain.File, err error) tea.Msg {
	return savedMsg{owner: e, file: f, err: err}
}

func (e *entry) Init() tea.Cmd { return nil }

func (e *entry) Title() string { return e.s.Tr.T(e.title) }

// Captures: every printable key is text (or a choice), and esc asks
// before unsaved input is dropped.
func (e *entry) Captures(k tea.KeyMsg) bool {
	return k.Type == tea.KeyRunes || k.Type == tea.KeySpace || k.Type == tea.KeyEsc
}

// Dirty: something was typed and not saved.
func (e *entry) Dirty() bool { return e.form.dirty() }

func (e *entry) update(msg tea.Msg, spec formSpec) tea.Cmd {
	switch msg := msg.(type) {
	case savedMsg:
		if msg.owner != e {
			return nil
		}
		e.saving = false
		if msg.err != nil {
			e.problem = e.failure(msg.err)
			return Fail(msg.err)
		}
		return spec.saved(msg)
	case LangChangedMsg:
		e.form.refresh()
		e.ckeys = newConfirmKeys(e.s.Tr)
	case tea.KeyMsg:
		return e.key(msg, spec)
	}
	return nil
}

func (e *entry) key(k tea.KeyMsg, spec formSpec) tea.Cmd {
	if e.ask != nil {
		cmd, done := e.ask.answer(k, e.ckeys)
		if done {
			e.ask = nil
		}
		return cmd
	}
	if e.saving {
		return nil // the answer is on its way; keys would race it
	}
	if k.Type == tea.KeyEsc {
		if e.form.dirty() {
			e.ask = &confirm{text: e.s.Tr.T(i18n.ConfirmDiscard), yes: func() tea.Cmd { return Pop }}
			return nil
		}
		return Pop
	}
	cmd, act := e.form.key(k)
	if act == actSave {
		return tea.Batch(cmd, e.trySave(spec))
	}
	return cmd
}

// trySave checks everything; errors stop the save with the first one
// focused, flagged values ask first, then the form's own question.
func (e *entry) trySave(spec formSpec) tea.Cmd {
	if e.saving {
		return nil
	}
	e.form.clearCross()
	flagged := e.form.checkAll()
	spec.validate()
	if i := e.form.firstProblem(); i >= 0 {
		e.problem = e.s.Tr.T(i18n.FormFixErrors)
		cmd := e.form.focus(i)
		spec.validate() // leaving a field re-checks it; keep what validate said
		return cmd
	}
	e.problem = ""
	if flagged {
		e.ask = &confirm{text: e.s.Tr.T(i18n.FormSaveFlagged), yes: func() tea.Cmd { return e.lastQuestion(spec) }}
		return nil
	}
	return e.lastQuestion(spec)
}

func (e *entry) lastQuestion(spec formSpec) tea.Cmd {
	if t := spec.confirmText(); t != "" {
		e.ask = &confirm{text: t, yes: func() tea.Cmd { return e.start(spec) }}
		return nil
	}
	return e.start(spec)
}

func (e *entry) start(spec formSpec) tea.Cmd {
	e.saving, e.problem = true, ""
	return spec.submit()
}

// failure says what to do after a save failed; the reason itself goes to
// the message line.
func (e *entry) failure(err error) string {
	tr := e.s.Tr
	switch {
	case errors.Is(err, store.ErrConflict):
		return tr.T(i18n.FormConflict)
	case errors.Is(err, store.ErrDenied):
		return tr.T(i18n.FormDeniedKept)
	}
	return tr.T(i18n.FormKeptInput)
}

// reloadFile tells the file screen below to read the file again.
func reloadFile(id domain.ID) tea.Cmd { return Emit(fileReloadMsg{id: id}) }

// done is the usual end of a save: back to the file, which reloads, and
// a word on the message line.
func (e *entry) done(id domain.ID, said i18n.Key) tea.Cmd {
	return tea.Batch(Pop, Flash(e.s.Tr.T(said)), reloadFile(id))
}

func (e *entry) View() string { return e.viewIn(e.s.Width, nil) }

// viewIn draws the form w wide with extra lines (the registration form's
// duplicate summary) between the fields and the question lines.
func (e *entry) viewIn(w int, extra []string) string {
	s, th := e.s, e.s.Theme
	h := s.BodyHeight()
	var top []string
	if e.context != "" {
		top = append(top, th.Line(e.context, w, th.S.Title), "")
	}
	var bottom []string
	switch {
	case e.ask != nil:
		bottom = th.Wrap(e.ask.text, w, th.S.Warn)
	case e.saving:
		bottom = []string{th.Line(s.Tr.T(i18n.FormSaving), w, th.S.Muted)}
	case e.problem != "":
		bottom = th.Wrap(e.problem, w, th.S.Error)
	}
	if n := 2 + b2i(e.ask != nil); len(bottom) > n {
		bottom = bottom[:n] // a question may take a third line: it must be read whole
	}
	for len(bottom) < 2 {
		bottom = append(bottom, "")
	}
	fh := max(1, h-len(top)-1-len(bottom)-len(extra))
	body := strings.Split(e.form.view(w, fh), "\n")
	for len(body) < fh {
		body = append(body, "") // the bottom lines stay at the bottom
	}
	lines := append(append(append(top, body...), extra...), "")
	return joinLines(append(lines, bottom...))
}

func (e *entry) KeyMap() help.KeyMap {
	if e.ask != nil {
		return KeyList{Short: []key.Binding{e.ckeys.Yes, e.ckeys.No}}
	}
	ks := e.form.keys
	// Short enough to fit 80 columns in Persian beside the root's keys.
	short := []key.Binding{ks.Save, ks.Next}
	if len(e.form.fields) > 0 {
		switch e.form.fields[e.form.at].kind {
		case choiceField:
			short = append(short, ks.Digit)
		case multiField:
			short = append(short, ks.Pick)
		}
	}
	return KeyList{Short: short, Full: [][]key.Binding{
		{ks.Save, ks.Enter, ks.Next, ks.Prev},
		{ks.Digit, ks.Left, ks.Pick},
	}}
}

// b2i is 1 for true.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
