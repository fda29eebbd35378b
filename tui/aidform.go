package tui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
)

// formMemory is what forms remember between files during one session:
// a clerk handing out one donor's food baskets types the donor once.
// Each App has its own (see defaultScreens).
type formMemory struct {
	funding string
}

// aidForm records aid: today's date, a digit for the kind, the amount in
// Toman (Rial with the unit), items for in-kind aid, the funding source.
type aidForm struct {
	entry
	file                                        domain.File
	mem                                         *formMemory
	date, kind, amount, quantity, desc, funding int
}

func newAidForm(s *Session, f domain.File, mem *formMemory) *aidForm {
	m := &aidForm{entry: newEntry(s, i18n.TitleAid), file: f, mem: mem}
	m.context = fileContext(s, f)
	fm := &m.form
	m.date = fm.text(i18n.FieldDate, dateInput(s.Tr, today(s)), dayCheck(s, domain.ErrAidDate))
	fm.fields[m.date].hint = i18n.FormDayHint
	m.kind = fm.choice(i18n.FieldAidKind, enumOptions(domain.AidKinds, (*i18n.T).AidKind), 0)
	m.amount = fm.text(i18n.FieldAmount, "", moneyCheck(s))
	fm.fields[m.amount].hint = i18n.FormAmountHint
	m.quantity = fm.text(i18n.FieldQuantity, "", countCheck(s))
	m.desc = fm.text(i18n.FieldDescription, "", nil)
	funding := ""
	if mem != nil {
		funding = mem.funding
	}
	m.funding = fm.text(i18n.FieldFunding, funding, nil)
	fm.ready(m.kind)
	return m
}

func (m *aidForm) Update(msg tea.Msg) (Screen, tea.Cmd) {
	return m, m.update(msg, m)
}

func (m *aidForm) validate() {
	fm := &m.form
	if fm.fields[m.amount].problem() != "" {
		return
	}
	rial, _ := parseMoney(fm.value(m.amount))
	if domain.AidKinds[fm.fields[m.kind].sel] == domain.AidCash && rial == 0 {
		fm.setErr(m.amount, m.s.Tr.Err(domain.ErrAidAmount))
	}
}

func (m *aidForm) confirmText() string { return "" }

func (m *aidForm) aid() domain.Aid {
	fm := &m.form
	day, _ := parseDate(m.s.Lang, fm.value(m.date), today(m.s), true)
	amount, _ := parseMoney(fm.value(m.amount))
	qty, _ := parseCount(fm.value(m.quantity))
	return domain.Aid{
		File: m.file.ID, Date: day, Kind: domain.AidKinds[fm.fields[m.kind].sel],
		Amount: amount, Quantity: qty,
		Description: strings.TrimSpace(fm.value(m.desc)),
		Funding:     strings.TrimSpace(fm.value(m.funding)),
	}
}

func (m *aidForm) submit() tea.Cmd {
	a, st, actor, e := m.aid(), m.s.Store, m.s.Actor(), &m.entry
	return func() tea.Msg {
		_, err := st.AddAid(actor, a)
		return e.answer(domain.File{}, err)
	}
}

func (m *aidForm) saved(savedMsg) tea.Cmd {
	if m.mem != nil {
		m.mem.funding = strings.TrimSpace(m.form.value(m.funding))
	}
	return m.done(m.file.ID, i18n.FormAidSaved)
}
