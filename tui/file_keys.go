package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"

	"github.com/parvande/parvande/tui/i18n"
)

// fileKeys are the file screen's keys. Each letter also answers to the
// letter at its place on the Persian keyboard (e is ث, v is ر…), so a
// clerk who was typing Persian need not switch layout to act.
type fileKeys struct {
	NextTab, PrevTab, Tabs                   key.Binding
	Up, Down, PageUp, PageDown, First, Last  key.Binding
	Edit, Member, Visit, Aid, Status, Reload key.Binding
	Open, Unlink, Confirm, Cancel            key.Binding // on the links tab
}

func newFileKeys(tr *i18n.T) fileKeys {
	return fileKeys{
		NextTab:  Bind("tab", tr.T(i18n.HelpNextTab), "tab"),
		PrevTab:  Bind("shift+tab", tr.T(i18n.HelpPrevTab), "shift+tab"),
		Tabs:     Bind("1-6", tr.T(i18n.HelpTabs), "1", "2", "3", "4", "5", "6"),
		Up:       Bind("↑/k", tr.T(i18n.HelpUp), "up", "k", "ن"),
		Down:     Bind("↓/j", tr.T(i18n.HelpDown), "down", "j", "ت"),
		PageUp:   Bind("pgup", tr.T(i18n.HelpPageUp), "pgup"),
		PageDown: Bind("pgdn", tr.T(i18n.HelpPageDown), "pgdown", " "),
		First:    Bind("home/g", tr.T(i18n.HelpFirst), "home", "g", "ل"),
		Last:     Bind("end/G", tr.T(i18n.HelpLast), "end", "G"),
		Edit:     Bind("e", tr.T(i18n.HelpEdit), "e", "ث"),
		Member:   Bind("m", tr.T(i18n.HelpAddMember), "m", "پ"),
		Visit:    Bind("v", tr.T(i18n.HelpLogVisit), "v", "ر"),
		Aid:      Bind("a", tr.T(i18n.HelpRecordAid), "a", "ش"),
		Status:   Bind("s", tr.T(i18n.HelpChangeStatus), "s", "س"),
		Reload:   Bind("r", tr.T(i18n.HelpReload), "r", "ق"),
		Open:     Bind("enter", tr.T(i18n.HelpLinksOpen), "enter"),
		Unlink:   Bind("u", tr.T(i18n.HelpLinksUnlink), "u", "ع"),
		Confirm:  Bind("enter", tr.T(i18n.HelpLinksUnlink), "enter"),
		Cancel:   Bind("esc", tr.T(i18n.HelpParCancel), "esc"),
	}
}

// KeyMap lists the actions the user may take on this file; a
// caseworker's help never offers what the store would refuse.
func (m *fileScreen) KeyMap() help.KeyMap {
	ks := m.keys
	if m.unlink != nil {
		b := []key.Binding{ks.Confirm, ks.Cancel}
		return KeyList{Short: b, Full: [][]key.Binding{b}}
	}
	var acts, short []key.Binding
	for _, a := range []struct {
		ok, short bool
		b         key.Binding
	}{{m.canVisit(), true, ks.Visit}, {m.canAid(), true, ks.Aid}, {m.canEdit(), true, ks.Edit}, {m.canEdit(), false, ks.Member}, {m.canStatus(), false, ks.Status}} {
		if a.ok {
			acts = append(acts, a.b)
			if a.short {
				short = append(short, a.b)
			}
		}
	}
	if m.tab == tabLinks && len(m.data.links) > 0 {
		lk := []key.Binding{ks.Open}
		if lf, ok := m.selectedLink(); ok && m.canUnlink(lf) {
			lk = append(lk, ks.Unlink)
		}
		short, acts = append(lk, short...), append(lk, acts...)
	}
	// The footer keeps to the day's commonest actions so it fits 80
	// columns in Persian too; ? lists the rest. The tab row shows the
	// tab keys itself.
	return KeyList{Short: short, Full: [][]key.Binding{
		{ks.NextTab, ks.PrevTab, ks.Tabs},
		{ks.Up, ks.Down, ks.PageUp, ks.PageDown, ks.First, ks.Last},
		append(acts, ks.Reload),
	}}
}
