package tui

import (
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// Field is one labelled text input with a line for its error or hint: the
// building block of login, setup and the forms. The label is a catalog key
// so a language switch relabels it.
type Field struct {
	Label i18n.Key
	Input textinput.Model
	Err   string // shown under the input in the error style; "" for none
	Hint  string // shown under the input when there is no error
}

// NewField makes a field styled from the session's theme.
func NewField(s *Session, label i18n.Key, placeholder string) Field {
	return Field{Label: label, Input: s.Theme.TextInput(placeholder)}
}

// Password makes f mask what is typed.
func (f Field) Password() Field {
	f.Input.EchoMode = textinput.EchoPassword
	f.Input.EchoCharacter = '•'
	return f
}

// Value is the text typed.
func (f *Field) Value() string { return f.Input.Value() }

// View renders the label and input on one line (mirrored in RTL) and, when
// there is one, the error or hint under the input.
func (f *Field) View(s *Session, labelW, width int) string {
	th := s.Theme
	ls := th.S.Label
	if f.Input.Focused() {
		ls = th.S.Focused
	}
	inW := max(1, width-labelW-3)
	label := th.Cell(s.Tr.T(f.Label), labelW, theme.End, ls)
	line := th.Row(width, th.Marker(f.Input.Focused(), ls), label, " ", th.Input(f.Input, inW))
	under := ""
	switch {
	case f.Err != "":
		under = th.Row(width, th.Cell("", labelW+3, theme.Start, th.S.Value), th.Cell(f.Err, inW, theme.Start, th.S.Error))
	case f.Hint != "" && f.Input.Focused():
		under = th.Row(width, th.Cell("", labelW+3, theme.Start, th.S.Value), th.Cell(f.Hint, inW, theme.Start, th.S.Muted))
	}
	if under == "" {
		return line
	}
	return line + "\n" + under
}

// FocusRing moves focus through fields in order.
type FocusRing struct {
	Fields []Field
	At     int
}

// Focus focuses field i and blurs the others.
func (r *FocusRing) Focus(i int) tea.Cmd {
	n := len(r.Fields)
	if n == 0 {
		return nil
	}
	r.At = ((i % n) + n) % n
	var cmd tea.Cmd
	for j := range r.Fields {
		if j == r.At {
			cmd = r.Fields[j].Input.Focus()
		} else {
			r.Fields[j].Input.Blur()
		}
	}
	return cmd
}

// Next and Prev move focus, wrapping.
func (r *FocusRing) Next() tea.Cmd { return r.Focus(r.At + 1) }
func (r *FocusRing) Prev() tea.Cmd { return r.Focus(r.At - 1) }

// Current is the focused field.
func (r *FocusRing) Current() *Field { return &r.Fields[r.At] }

// Update gives msg to the focused input.
func (r *FocusRing) Update(msg tea.Msg) tea.Cmd {
	if len(r.Fields) == 0 {
		return nil
	}
	var cmd tea.Cmd
	r.Fields[r.At].Input, cmd = r.Fields[r.At].Input.Update(msg)
	return cmd
}

// View renders every field, one under the other.
func (r *FocusRing) View(s *Session, labelW, width int) string {
	out := ""
	for i := range r.Fields {
		if i > 0 {
			out += "\n"
		}
		out += r.Fields[i].View(s, labelW, width)
	}
	return out
}
