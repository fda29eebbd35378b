package theme

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
)

// HelpView renders the short (or, with h.ShowAll, full) help of k in width,
// keys in reading order.
func (t *Theme) HelpView(h help.Model, k help.KeyMap, width int) string {
	h.Width = width
	if t.mode != Logical {
		h = t.visualHelpStyles(h)
	}
	if h.ShowAll {
		groups := k.FullHelp()
		if t.dir == RTL {
			groups = reverseGroups(groups)
		}
		if t.mode != Logical {
			vg := make([][]key.Binding, len(groups))
			for i, g := range groups {
				vg[i] = t.visualBindings(g)
			}
			groups = vg
		}
		return t.Block(h.FullHelpView(groups), width)
	}
	bs := k.ShortHelp()
	if t.mode != Logical {
		bs = t.visualBindings(bs)
	}
	if t.dir == RTL {
		// Drop the least important keys (listed last) before mirroring;
		// otherwise help's own truncation would cut the most important.
		h.Width = 0
		for len(bs) > 1 && Width(h.ShortHelpView(bs)) > width {
			bs = bs[:len(bs)-1]
		}
		bs = reverseBindings(bs)
	}
	return t.Block(h.ShortHelpView(bs), width)
}

func reverseBindings(bs []key.Binding) []key.Binding {
	out := make([]key.Binding, len(bs))
	for i, b := range bs {
		out[len(bs)-1-i] = b
	}
	return out
}

func reverseGroups(gs [][]key.Binding) [][]key.Binding {
	out := make([][]key.Binding, len(gs))
	for i, g := range gs {
		out[len(gs)-1-i] = g
	}
	return out
}

// visualBindings copies bindings with their help text in visual order.
// In RTL the key and its description trade places (and styles, see
// visualHelpStyles): help draws "key desc" left to right, and a reader
// going right to left must meet the key first, as in logical text.
func (t *Theme) visualBindings(bs []key.Binding) []key.Binding {
	out := make([]key.Binding, len(bs))
	for i, b := range bs {
		hk, hd := b.Help().Key, b.Help().Desc
		if t.dir == RTL {
			hk, hd = hd, hk
		}
		b.SetHelp(t.Text(hk), t.Text(hd))
		out[i] = b
	}
	return out
}

// visualHelpStyles swaps key and description styles in RTL, to go with
// visualBindings.
func (t *Theme) visualHelpStyles(h help.Model) help.Model {
	if t.dir == RTL {
		st := &h.Styles
		st.ShortKey, st.ShortDesc = st.ShortDesc, st.ShortKey
		st.FullKey, st.FullDesc = st.FullDesc, st.FullKey
	}
	return h
}
