package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// frameMemo keeps what the root drew last time around a screen: the
// status bar, the help footer and each body line fitted to the width.
// Bubble Tea asks for a whole frame after every message, and measuring
// every styled line again (grapheme by grapheme) was most of a frame once
// the list kept its rows; from one frame to the next nearly every line is
// the same string. Only the root's goroutine uses it.
type frameMemo struct {
	look       frameLook
	lines      map[string]string // body line → the line fitted to the width
	prev       map[string]string // the frame before's, still reusable
	barKey     statusKey
	bar        string
	helpKey    string
	helpOut    string
	blank      string
	keyScratch strings.Builder
}

// frameLook is what every kept piece depends on.
type frameLook struct {
	th    *theme.Theme
	mode  theme.Mode
	tr    *i18n.T
	width int
}

type statusKey struct {
	look   frameLook
	title  string
	user   domain.ID
	name   string
	login  string
	role   domain.Role
	center string
}

// at drops what was kept for another look.
func (f *frameMemo) at(s *Session) {
	look := frameLook{th: s.Theme, mode: s.Theme.Mode(), tr: s.Tr, width: s.Width}
	if look == f.look && f.lines != nil {
		return
	}
	*f = frameMemo{look: look, lines: map[string]string{}, prev: map[string]string{}}
	f.blank = s.Theme.Block("", s.Width)
}

// frame is Theme.Frame(body, width, height), line by line from memory.
func (f *frameMemo) frame(s *Session, body string, height int) string {
	f.at(s)
	th, w := s.Theme, s.Width
	// Lines not used in two frames are forgotten.
	f.prev, f.lines = f.lines, f.prev
	clear(f.lines)
	out := make([]string, 0, height)
	for line := range strings.SplitSeq(body, "\n") {
		if len(out) == height {
			break
		}
		fitted, ok := f.prev[line]
		if !ok {
			fitted = th.Block(line, w)
		}
		f.lines[line] = fitted
		out = append(out, fitted)
	}
	for len(out) < height {
		out = append(out, f.blank)
	}
	return strings.Join(out, "\n")
}

// status is statusBar(s, title), drawn again only when what it shows
// changed.
func (f *frameMemo) status(s *Session, title string) string {
	f.at(s)
	k := statusKey{
		look: f.look, title: title, user: s.User.ID, name: s.User.Name, login: s.User.Login,
		role: s.User.Role, center: s.CenterName(s.User.Center),
	}
	if k != f.barKey || f.bar == "" {
		f.barKey, f.bar = k, statusBar(s, title)
	}
	return f.bar
}

// help is the short help footer, drawn again only when its keys changed.
func (f *frameMemo) help(s *Session, h help.Model, keys help.KeyMap) string {
	f.at(s)
	b := &f.keyScratch
	b.Reset()
	for _, k := range keys.ShortHelp() {
		writeBindingKey(b, k)
	}
	if b.String() != f.helpKey || f.helpOut == "" {
		f.helpKey, f.helpOut = b.String(), s.Theme.HelpView(h, keys, s.Width)
	}
	return f.helpOut
}

func writeBindingKey(b *strings.Builder, k key.Binding) {
	if !k.Enabled() {
		b.WriteString("\x00off")
	}
	b.WriteString(k.Help().Key)
	b.WriteByte(0)
	b.WriteString(k.Help().Desc)
	b.WriteByte(1)
}
