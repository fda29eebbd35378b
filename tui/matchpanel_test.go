package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
)

// registerAs logs user in with a duplicate service and opens the
// registration form with n.
func registerAs(t *testing.T, e reviewEnv, user, lang string) (*driver, *registerForm) {
	t.Helper()
	d := startWith(t, e.st, e.ix, Options{Lang: lang, Dupes: dupes.New(e.st)})
	d.login(user, "secret-pass")
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("top is %T after login\n%s", d.top(), d.view())
	}
	d.press(tea.KeyEsc) // leave the search input: letters are keys
	d.typeText("n")
	m := d.registerForm()
	if m.panel == nil {
		t.Fatal("no panel although the session has a duplicate service")
	}
	if !m.panel.ready {
		t.Fatalf("panel not ready after the service loaded\n%s", d.view())
	}
	return d, m
}

// head types the head's fields from the first name on: names, father,
// (gender left), birth, (nationality left), national code.
func (d *driver) head(first, last, father, birth, nc string) {
	d.t.Helper()
	d.fill(first)
	d.fill(last)
	d.fill(father)
	d.press(tea.KeyTab)
	d.fill(birth)
	d.press(tea.KeyTab)
	d.fill(nc)
}

// settle delivers the debounce tick of the panel's newest query, as
// tea.Tick would after the pause (the test driver runs no ticks).
func (d *driver) settle(m *registerForm) {
	d.t.Helper()
	d.send(panelTickMsg{p: m.panel, seq: m.panel.seq})
}

// zahra is the first family of seedReview, known at c1 and c2.
func typeZahra(d *driver) { d.head("زهرا", "محمدی", "حسن", "1360/04/12", "0084575948") }

func fileCount(t *testing.T, st *store.Store) int {
	t.Helper()
	n := 0
	if err := st.EachFile(func(domain.File) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPanelShowsMatchAtOtherCenter(t *testing.T) {
	for _, lang := range []string{"en", "fa"} {
		t.Run(lang, func(t *testing.T) {
			e := seedReview(t)
			d, m := registerAs(t, e, "worker", lang)
			idle := map[string]string{"en": "Type the head's name or an ID", "fa": "نام سرپرست یا کد ملی را بنویسید"}
			d.wantView(idle[lang])
			typeZahra(d)
			if len(m.panel.matches) != 0 {
				t.Fatalf("looked up before the pause in typing: %+v", m.panel.matches)
			}
			d.settle(m)
			p := m.panel
			if len(p.matches) != 2 {
				t.Fatalf("matches %+v, want the files at both other centers\n%s", p.matches, d.view())
			}
			got := map[domain.ID]match.Band{}
			for _, x := range p.matches {
				got[x.File] = x.Band
			}
			for _, f := range e.pairs[0] {
				if got[f.ID] != match.BandCertain {
					t.Errorf("file %v at center %v: band %v, want certain", f.ID, f.Center, got[f.ID])
				}
			}
			want := map[string][]string{
				"en": {"Similar files at all centers (2)", "certain 99%", "father: حسن", "born 1360 SH", "خیریه کوثر", "same national code", "ctrl+o open"},
				"fa": {"پرونده‌های مشابه در همه مراکز (۲)", "قطعی ۹۹٪", "پدر: حسن", "متولد ۱۳۶۰", "خیریه کوثر", "کد ملی یکسان"},
			}
			d.wantView(want[lang]...)
			// Nothing of the household beyond the card: no address, no code.
			if v := d.view(); strings.Count(v, "خیابان طالقانی") > 0 || strings.Count(v, "0084575948") > 1 {
				t.Errorf("the panel shows more than the match card:\n%s", v)
			}
		})
	}
}

func TestPanelDebounceIgnoresStale(t *testing.T) {
	e := seedReview(t)
	d, m := registerAs(t, e, "worker", "en")
	p := m.panel
	d.typeText("زهرا")
	first := p.seq
	d.press(tea.KeyTab)
	d.typeText("محمدی")
	d.press(tea.KeyTab)
	d.typeText("حسن")
	if p.seq == first {
		t.Fatal("typing did not make a new query")
	}
	// The tick of an earlier query comes after more typing: no lookup.
	d.send(panelTickMsg{p: p, seq: first})
	if p.answered || len(p.matches) > 0 {
		t.Fatalf("a stale tick looked up: %+v", p.matches)
	}
	d.wantView("Checking…")
	// An answer to an earlier query arrives late: dropped.
	stale := panelMatch{Candidate: dupes.Candidate{File: 999, Result: match.Result{Band: match.BandCertain}}}
	d.send(panelResultMsg{p: p, seq: first, matches: []panelMatch{stale}})
	if len(p.matches) != 0 {
		t.Fatalf("a stale answer was shown: %+v", p.matches)
	}
	// Another panel's messages are not this one's.
	other := &matchPanel{}
	d.send(panelResultMsg{p: other, seq: p.seq, matches: []panelMatch{stale}})
	if len(p.matches) != 0 {
		t.Fatal("another panel's answer was shown")
	}
	// A key that changes nothing in the query schedules nothing.
	seq := p.seq
	d.press(tea.KeyTab) // gender
	d.typeText("1")     // unknown: as it was
	if p.seq != seq {
		t.Errorf("an unchanged query was asked again (seq %d → %d)", seq, p.seq)
	}
	d.settle(m)
	if len(p.matches) != 2 || p.matches[0].Band != match.BandLikely {
		t.Fatalf("after the pause: %+v, want two likely matches", p.matches)
	}
	d.wantView("likely")
}

func TestCertainMatchAsksAndIsRecorded(t *testing.T) {
	e := seedReview(t)
	d, m := registerAs(t, e, "worker", "en")
	before := fileCount(t, e.st)
	typeZahra(d)
	// Saved before the pause: the save looks up for itself.
	d.press(tea.KeyCtrlS)
	d.wantView("certainly already registered at", "مرکز امام رضا", "خیریه کوثر", "Register a new file anyway? (y/n)")
	if len(m.panel.matches) != 2 {
		t.Errorf("the panel does not show whom the question is about: %+v", m.panel.matches)
	}
	if fileCount(t, e.st) != before {
		t.Fatal("saved before the user answered")
	}
	d.typeText("n")
	if d.registerForm() != m {
		t.Fatal("no took the user off the form")
	}
	for i, want := range map[int]string{m.head.first: "زهرا", m.head.last: "محمدی", m.head.father: "حسن", m.head.nc: "0084575948", m.head.birth: "1360/04/12"} {
		if got := m.form.value(i); got != want {
			t.Errorf("field %d: %q after cancel, want %q", i, got, want)
		}
	}
	if fileCount(t, e.st) != before {
		t.Fatal("saved after no")
	}
	d.press(tea.KeyCtrlS)
	d.wantView("Register a new file anyway?")
	d.typeText("y")
	fs := d.fileScreen()
	d.wantView("registering despite a certain match is on record")
	if fileCount(t, e.st) != before+1 {
		t.Fatal("not saved after yes")
	}
	// One audited note per certain match, naming the new file.
	coord, err := e.st.UserByLogin("coord")
	if err != nil {
		t.Fatal(err)
	}
	evs, err := e.st.Audit(store.Actor{User: coord}, store.AuditFilter{File: fs.id})
	if err != nil {
		t.Fatal(err)
	}
	noted := map[domain.ID]bool{}
	for _, ev := range evs {
		if ev.Kind == "duplicate" && ev.File == fs.id {
			noted[ev.Target] = true
		}
	}
	for _, f := range e.pairs[0] {
		if !noted[f.ID] {
			t.Errorf("no audited note for the certain match %v: %+v", f.ID, evs)
		}
	}
}

func TestLikelyMatchSavesWithoutQuestion(t *testing.T) {
	e := seedReview(t)
	d, m := registerAs(t, e, "worker", "en")
	before := fileCount(t, e.st)
	d.head("زهرا", "محمدی", "حسن", "", "")
	d.settle(m)
	if len(m.panel.matches) == 0 || m.panel.matches[0].Band != match.BandLikely {
		t.Fatalf("matches %+v, want likely", m.panel.matches)
	}
	d.press(tea.KeyCtrlS)
	d.fileScreen()
	d.wantView("File saved.")
	if fileCount(t, e.st) != before+1 {
		t.Fatal("a likely match stopped the save")
	}
}

func TestEditPanelExcludesItselfAndDoesNotAsk(t *testing.T) {
	e := seedReview(t)
	f := e.pairs[0][0]
	d := startWith(t, e.st, e.ix, Options{Lang: "en", Dupes: dupes.New(e.st)})
	d.login("coord", "secret-pass")
	d.send(OpenFileMsg{ID: f.ID})
	d.typeText("e")
	m := d.registerForm()
	// Prefilled: the panel asks as soon as the service is there.
	if len(m.panel.matches) != 1 || m.panel.matches[0].File != e.pairs[0][1].ID {
		t.Fatalf("edit panel %+v, want only the other center's file", m.panel.matches)
	}
	m.form.focus(m.needs)
	d.typeText("بخاری")
	d.press(tea.KeyCtrlS)
	d.fileScreen()
	d.wantView("File saved.")
	got, _ := e.st.File(store.Actor{User: e.admin}, f.ID)
	if got.Needs != "بخاری" {
		t.Errorf("edit not saved: %q", got.Needs)
	}
}

func TestPanelAbsentWithoutService(t *testing.T) {
	e := seedReview(t)
	d := startWith(t, e.st, e.ix, Options{Lang: "en"})
	d.login("worker", "secret-pass")
	d.send(NewFileMsg{})
	m := d.registerForm()
	if m.panel != nil {
		t.Fatal("panel without a duplicate service")
	}
	typeZahra(d)
	if strings.Contains(d.view(), "Similar files") {
		t.Error("panel drawn without a service")
	}
	d.press(tea.KeyCtrlS)
	d.fileScreen() // no question: there is nothing to ask with
}

func TestPanelNarrowSummaryExpands(t *testing.T) {
	e := seedReview(t)
	d, m := registerAs(t, e, "worker", "en")
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	typeZahra(d)
	d.settle(m)
	d.wantView("2 similar files · زهرا محمدی · certain", "ctrl+t list")
	if strings.Contains(d.view(), "father: حسن") {
		t.Error("narrow list open before ctrl+t")
	}
	d.press(tea.KeyCtrlT)
	d.wantView("father: حسن", "born 1360 SH")
	// The focused field stays in sight above the list.
	if !strings.Contains(d.view(), "0084575948") {
		t.Errorf("focused field scrolled away:\n%s", d.view())
	}
}

func TestPanelSaysLoadingAndFailure(t *testing.T) {
	e := seedReview(t)
	d, _ := registerAs(t, e, "worker", "en")
	// A form whose service has not answered yet says so.
	m := newRegisterForm(d.app.s, &formMemory{})
	if v := m.View(); !strings.Contains(v, "The duplicate check is loading") {
		t.Errorf("no loading word before the service answered:\n%s", v)
	}
	d.send(PushMsg{Screen: m})
	if !m.panel.ready || strings.Contains(d.view(), "is loading") {
		t.Fatalf("still loading after the service answered:\n%s", d.view())
	}
	// A load that failed: said, with what to do, and the save still works.
	d.send(panelReadyMsg{p: m.panel, err: store.ErrNotFound})
	d.wantView("The duplicate check is not available", "can still save")
	d.typeText("زهرا")
	d.press(tea.KeyCtrlS)
	d.fileScreen()
}

func TestPanelFollowsOtherSessionsWrites(t *testing.T) {
	e := seedReview(t)
	svc := dupes.New(e.st)
	d := startWith(t, e.st, e.ix, Options{Lang: "en", Dupes: svc})
	d.login("worker", "secret-pass")
	d.send(NewFileMsg{})
	m := d.registerForm()
	d.head("زهرا", "محمدی", "حسن", "", "")
	d.settle(m)
	if len(m.panel.matches) != 2 {
		t.Fatalf("matches %+v, want 2", m.panel.matches)
	}
	// Another caseworker registers her at the third center meanwhile.
	kowsar, err := e.st.UserByLogin("kowsar")
	if err != nil {
		t.Fatal(err)
	}
	f, err := e.st.CreateFile(store.Actor{User: kowsar}, domain.File{Center: e.c2.ID, Head: domain.Person{FirstName: "زهرا", LastName: "محمدی", FatherName: "حسن"}})
	if err != nil {
		t.Fatal(err)
	}
	ch := store.Change{Kind: "file", IDs: []domain.ID{f.ID}}
	if err := svc.Refresh(ch); err != nil { // as Forward does before the message
		t.Fatal(err)
	}
	d.send(ChangedMsg{Change: ch})
	d.settle(m)
	if len(m.panel.matches) != 3 {
		t.Fatalf("matches %+v after another session's save, want 3", m.panel.matches)
	}
}

func TestFlaggedThenCertainQuestions(t *testing.T) {
	e := seedReview(t)
	d, m := registerAs(t, e, "worker", "en")
	before := fileCount(t, e.st)
	typeZahra(d)
	d.press(tea.KeyTab)   // no foreign id
	d.fill("0915")        // a mobile that is flagged
	d.press(tea.KeyCtrlS) // first: save the flagged value?
	d.wantView("flagged")
	d.typeText("y")
	d.wantView("Register a new file anyway? (y/n)")
	if fileCount(t, e.st) != before {
		t.Fatal("saved before the certain question was answered")
	}
	d.press(tea.KeyEsc) // esc answers no, as n does
	if d.registerForm() != m || m.form.value(m.head.mobile) != "0915" {
		t.Fatal("esc on the question left the form or lost input")
	}
	d.press(tea.KeyCtrlS)
	d.typeText("y") // flagged
	d.typeText("y") // certain
	d.fileScreen()
	if fileCount(t, e.st) != before+1 {
		t.Fatal("not saved after both questions")
	}
}
