package tui

import (
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
)

// registerForm registers a household (NewFileMsg) or edits one (e on the
// file screen): the head's person fields, then the household's. Members
// have their own form; status its own, since it needs a reason.
type registerForm struct {
	entry
	file domain.File // as read when editing; a blank file of the user's center when registering
	edit bool
	mem  *formMemory
	head personFields

	// The duplicate check: nil without a duplicate service. accepted are
	// the certain matches the user chose to register over; despite and
	// noteErr say how the last save went with them.
	panel    *matchPanel
	accepted map[domain.ID]bool
	despite  bool
	noteErr  error

	address, neighborhood, phones, housing, rent, income, size, cats, needs, notes int
}

// newRegisterForm is the blank registration form.
func newRegisterForm(s *Session, mem *formMemory) *registerForm {
	f := domain.File{Center: s.User.Center, Status: domain.StatusActive, OpenedOn: today(s)}
	return buildRegister(s, mem, f, false)
}

// newEditForm edits f as read, keeping its version so that a save over
// someone else's is refused rather than silently lost.
func newEditForm(s *Session, mem *formMemory, f domain.File) *registerForm {
	return buildRegister(s, mem, f, true)
}

func buildRegister(s *Session, mem *formMemory, f domain.File, edit bool) *registerForm {
	tr := s.Tr
	title := i18n.TitleRegister
	if edit {
		title = i18n.TitleEdit
	}
	m := &registerForm{entry: newEntry(s, title), file: f, edit: edit, mem: mem, accepted: map[domain.ID]bool{}}
	m.panel = newMatchPanel(s, f.ID) // f.ID is 0 when registering: nothing to exclude
	if edit {
		m.context = fileContext(s, f)
	}
	fm := &m.form
	m.head = addPerson(s, fm, f.Head)
	m.address = fm.text(i18n.FieldAddress, f.Address, nil)
	m.neighborhood = fm.text(i18n.FieldNeighborhood, f.Neighborhood, nil)
	m.phones = fm.text(i18n.FieldPhones, joinComma(tr, f.Phones), nil)
	fm.fields[m.phones].hint = i18n.FormPhonesHint
	m.housing = fm.choice(i18n.FieldHousing, enumOptions(housings, (*i18n.T).Housing), indexOf(housings, f.Housing))
	m.rent = fm.text(i18n.FieldRent, moneyInput(tr, f.Rent), moneyCheck(s))
	m.income = fm.text(i18n.FieldIncome, moneyInput(tr, f.Income), moneyCheck(s))
	for _, i := range []int{m.rent, m.income} {
		fm.fields[i].hint = i18n.FormAmountHint
	}
	size := ""
	if f.HouseholdSize > 0 {
		size = tr.Num(f.HouseholdSize)
	}
	m.size = fm.text(i18n.FieldHousehold, size, countCheck(s))
	on := make([]bool, len(domain.Categories))
	for i, c := range domain.Categories {
		on[i] = f.HasCategory(c)
	}
	m.cats = fm.multi(i18n.FieldCategories, enumOptions(domain.Categories, (*i18n.T).Category), on)
	m.needs = fm.text(i18n.FieldNeeds, f.Needs, nil)
	m.notes = fm.multiline(i18n.FieldNotes, f.Notes)
	fm.ready(m.head.first)
	return m
}

func (m *registerForm) Update(msg tea.Msg) (Screen, tea.Cmd) {
	if c, ok := msg.(ChangedMsg); ok && m.edit && !m.saving && c.Change.Kind != "visit" &&
		c.Change.Kind != "aid" && slices.Contains(c.Change.IDs, m.file.ID) {
		// Someone else saved this file: say so now, not after the user
		// has typed everything and the save is refused.
		m.problem = m.s.Tr.T(i18n.FormChangedMeanwhile)
	}
	if cmd, done := m.matchUpdate(msg); done {
		return m, cmd
	}
	cmd := m.update(msg, m)
	if m.panel != nil {
		cmd = tea.Batch(cmd, m.panel.changed(m.panelQuery()))
	}
	return m, cmd
}

func (m *registerForm) validate() {
	if !m.head.hasName(&m.form) {
		m.form.setErr(m.head.first, m.s.Tr.Err(domain.ErrFileNoName))
	}
}

func (m *registerForm) confirmText() string { return "" }

// toFile is the file with the form's values over what was read, so
// fields the form does not show (members, status, number) are kept.
func (m *registerForm) toFile() domain.File {
	fm := &m.form
	f := m.file
	v := func(i int) string { return strings.TrimSpace(fm.value(i)) }
	f.Head = m.head.read(m.s, fm, f.Head)
	f.Address, f.Neighborhood = v(m.address), v(m.neighborhood)
	f.Phones = splitPhones(fm.value(m.phones))
	f.Housing = housings[fm.fields[m.housing].sel]
	f.Rent, _ = parseMoney(fm.value(m.rent)) // checked before submit
	f.Income, _ = parseMoney(fm.value(m.income))
	f.HouseholdSize, _ = parseCount(fm.value(m.size))
	f.Categories = nil
	for _, i := range fm.chosen(m.cats) {
		f.Categories = append(f.Categories, domain.Categories[i])
	}
	f.Needs = v(m.needs)
	f.Notes = strings.TrimRight(fm.value(m.notes), " \n")
	return f
}

func (m *registerForm) submit() tea.Cmd {
	f, st, actor := m.toFile(), m.s.Store, m.s.Actor()
	e := &m.entry
	if m.edit {
		return func() tea.Msg { return e.answer(st.UpdateFile(actor, f)) }
	}
	return m.submitNew(f)
}

// saved: an edit goes back to the file; a new household's file opens in
// the form's place.
func (m *registerForm) saved(msg savedMsg) tea.Cmd {
	if m.edit {
		return m.done(m.file.ID, i18n.FormFileSaved)
	}
	return tea.Batch(Replace(newFileScreen(m.s, msg.file.ID, m.mem)), m.savedWord())
}
