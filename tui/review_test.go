package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
)

// reviewEnv: three centers, a coordinator at the first and a caseworker
// at the third; two families each registered at the first and second
// centers.
type reviewEnv struct {
	env
	c2, c3 domain.Center
	pairs  [2][2]domain.File // [family][center]
}

func seedReview(t *testing.T) reviewEnv {
	t.Helper()
	e := reviewEnv{env: seed(t)}
	sys := store.SystemActor()
	var err error
	if e.c2, err = e.st.CreateCenter(sys, domain.Center{Name: "خیریه کوثر", Code: "KSR"}); err != nil {
		t.Fatal(err)
	}
	if e.c3, err = e.st.CreateCenter(sys, domain.Center{Name: "مرکز الزهرا", Code: "ZHR"}); err != nil {
		t.Fatal(err)
	}
	for _, u := range []domain.User{
		{Login: "coord", Name: "هماهنگ‌کننده", Role: domain.RoleCoordinator, Center: e.c1.ID, Lang: "en"},
		{Login: "worker", Name: "مددکار", Role: domain.RoleCaseworker, Center: e.c3.ID, Lang: "en"},
		{Login: "kowsar", Name: "مددکار کوثر", Role: domain.RoleCaseworker, Center: e.c2.ID, Lang: "en"},
	} {
		if _, err := e.st.CreateUser(sys, u, "secret-pass"); err != nil {
			t.Fatal(err)
		}
	}
	people := []domain.Person{
		{FirstName: "زهرا", LastName: "محمدی", FatherName: "حسن", BirthDate: fa.Date{Year: 1360, Month: 4, Day: 12},
			NationalCode: domain.ParseNationalCode("0084575948"), Mobile: domain.ParseMobile("09121234567")},
		{FirstName: "علی", LastName: "کریمی", FatherName: "رضا", BirthDate: fa.Date{Year: 1355, Month: 1, Day: 3},
			NationalCode: domain.ParseNationalCode("0067749828"), Mobile: domain.ParseMobile("09357654321")},
	}
	for i, p := range people {
		for j, c := range []domain.CenterID{e.c1.ID, e.c2.ID} {
			head := p
			if j == 1 {
				head.Mobile = domain.Mobile{} // the second center never wrote it down
			}
			f, err := e.st.CreateFile(sys, domain.File{Center: c, Head: head, Address: "خیابان طالقانی"})
			if err != nil {
				t.Fatal(err)
			}
			e.pairs[i][j] = f
		}
	}
	// The engine's default weights, stored: dupes.Service.Ensure scores
	// with the stored weights as they are, so a database that has none
	// would rank every candidate "certain" with a score of -Inf.
	if err := e.st.SetMatchWeights(sys, match.DefaultWeights()); err != nil {
		t.Fatal(err)
	}
	return e
}

// reviewAs logs user in with the duplicate service and opens the queue
// with d.
func reviewAs(t *testing.T, e reviewEnv, user, lang string) (*driver, *reviewScreen) {
	t.Helper()
	d := startWith(t, e.st, e.ix, Options{Lang: lang, Dupes: dupes.New(e.st)})
	d.login(user, "secret-pass")
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("top is %T after login\n%s", d.top(), d.view())
	}
	d.press(tea.KeyEsc) // leave the search input: letters are keys
	d.typeText("d")
	m, ok := d.top().(*reviewScreen)
	if !ok {
		t.Fatalf("d opened %T\n%s", d.top(), d.view())
	}
	return d, m
}

func hasPair(m *reviewScreen, a, b domain.ID) bool {
	for _, p := range m.pairs {
		if p.A == a && p.B == b || p.A == b && p.B == a {
			return true
		}
	}
	return false
}

func TestReviewLinkAndDifferent(t *testing.T) {
	e := seedReview(t)
	d, m := reviewAs(t, e, "coord", "en")
	fa1, fb1 := e.pairs[0][0], e.pairs[0][1]
	fa2, fb2 := e.pairs[1][0], e.pairs[1][1]
	if !hasPair(m, fa1.ID, fb1.ID) || !hasPair(m, fa2.ID, fb2.ID) {
		t.Fatalf("queue lacks the families: %+v\n%s", m.pairs, d.view())
	}
	d.wantView("Duplicate review", "IMR · KSR", "زهرا محمدی", "علی کریمی")

	// Link the first family.
	for i, p := range m.pairs {
		if hasPair(&reviewScreen{pairs: []reviewRow{p}}, fa1.ID, fb1.ID) {
			m.cursor = i
		}
	}
	d.press(tea.KeyEnter)
	d.wantView("First file", "Second file", "Father", "حسن", "* 09121234567", "خیابان طالقانی")
	d.typeText("s")
	d.wantView("Link these files as the same person? (y/n)")
	d.typeText("y")
	links, err := e.st.LinksOf(store.Actor{User: e.admin}, fa1.ID)
	if err != nil || len(links) != 1 {
		t.Fatalf("links of %v: %v %v", fa1.ID, links, err)
	}
	if m.pair != nil || hasPair(m, fa1.ID, fb1.ID) {
		t.Errorf("the linked pair is still shown:\n%s", d.view())
	}
	d.wantView("Recorded: زهرا محمدی and زهرا محمدی are the same person")

	// Mark the second different: it never comes back.
	for i, p := range m.pairs {
		if hasPair(&reviewScreen{pairs: []reviewRow{p}}, fa2.ID, fb2.ID) {
			m.cursor = i
		}
	}
	d.press(tea.KeyEnter)
	d.typeText("x")
	d.typeText("y")
	if hasPair(m, fa2.ID, fb2.ID) {
		t.Errorf("the pair marked different is still shown")
	}
	d.typeText("l") // with linked pairs too
	d.typeText("r")
	if hasPair(m, fa2.ID, fb2.ID) {
		t.Errorf("the pair marked different came back")
	}
	if !hasPair(m, fa1.ID, fb1.ID) {
		t.Fatalf("the linked pair is not listed with l")
	}
	// Unlink it from the side-by-side view.
	for i, p := range m.pairs {
		if hasPair(&reviewScreen{pairs: []reviewRow{p}}, fa1.ID, fb1.ID) {
			m.cursor = i
		}
	}
	d.press(tea.KeyEnter)
	d.wantView("linked")
	d.typeText("u")
	d.typeText("y")
	if links, _ := e.st.LinksOf(store.Actor{User: e.admin}, fa1.ID); len(links) != 0 {
		t.Errorf("still linked: %v", links)
	}
	d.wantView("Unlinked")
}

func TestReviewCaseworkerElsewhere(t *testing.T) {
	e := seedReview(t)
	d, m := reviewAs(t, e, "worker", "en")
	if len(m.pairs) != 0 {
		t.Errorf("a caseworker at a third center sees %d pairs", len(m.pairs))
	}
	d.wantView("No duplicate pairs to review.")
}

func TestReviewFilters(t *testing.T) {
	e := seedReview(t)
	d, m := reviewAs(t, e, "coord", "en")
	n := len(m.pairs)
	d.typeText("c") // the first center
	d.wantView(e.c1.Name)
	if len(m.pairs) != n {
		t.Errorf("center %s: %d pairs, want %d", e.c1.Name, len(m.pairs), n)
	}
	d.typeText("c")
	d.typeText("c") // the third: none
	if len(m.pairs) != 0 {
		t.Errorf("center %s: %d pairs", e.c3.Name, len(m.pairs))
	}
	d.typeText("c") // all again
	d.wantView("all centers")
	d.typeText("b")
	d.wantView("band likely and above")
}

func TestReviewHiddenWithoutDupes(t *testing.T) {
	e := seedReview(t)
	d := loggedIn(t, e.env, "en", Screens{})
	d.press(tea.KeyEsc)
	d.typeText("d")
	if _, ok := d.top().(*listScreen); !ok {
		t.Errorf("d without the duplicate service opened %T", d.top())
	}
}

func TestReviewGolden(t *testing.T) {
	for _, lang := range []string{"fa", "en"} {
		t.Run(lang, func(t *testing.T) {
			e := seedReview(t)
			d, _ := reviewAs(t, e, "coord", lang)
			golden(t, "review_"+lang, d.view())
		})
	}
}

// A caseworker sees the pair that touches their center; the other
// center's file shows only what its match card allows.
func TestReviewCaseworkerSeesCardOnly(t *testing.T) {
	e := seedReview(t)
	d, m := reviewAs(t, e, "kowsar", "en")
	if len(m.pairs) != 2 {
		t.Fatalf("the second center's caseworker sees %d pairs, want 2", len(m.pairs))
	}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.press(tea.KeyEnter)
	d.wantView("(match card)", "Father", "—", "KSR-")
	if testing.Verbose() {
		t.Log("\n" + d.view())
	}
	for _, l := range strings.Split(d.view(), "\n") {
		if w := lipgloss.Width(l); w > 80 {
			t.Errorf("line %d wide: %q", w, l)
		}
	}
}
