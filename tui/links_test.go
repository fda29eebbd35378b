package tui

import (
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/tui/theme"
)

// linksEnv is seedReview's three centers and two families at IMR and
// KSR, with a supervisor and a caseworker at IMR; the second family is
// linked by the admin, and each center aided both families in Aban 1403.
type linksEnv struct {
	reviewEnv
	x, y domain.File // the linked family: x at IMR, y at KSR
}

func seedLinks(t *testing.T) linksEnv {
	t.Helper()
	e := linksEnv{reviewEnv: seedReview(t)}
	sys := store.SystemActor()
	for _, u := range []domain.User{
		{Login: "sup", Name: "سرپرست", Role: domain.RoleSupervisor, Center: e.c1.ID, Lang: "en"},
		{Login: "cw1", Name: "مددکار امام رضا", Role: domain.RoleCaseworker, Center: e.c1.ID, Lang: "en"},
	} {
		if _, err := e.st.CreateUser(sys, u, "secret-pass"); err != nil {
			t.Fatal(err)
		}
	}
	e.x, e.y = e.pairs[1][0], e.pairs[1][1]
	admin := store.Actor{User: e.admin, Source: "test"}
	d := func(day int) fa.Date { return fa.Date{Year: 1403, Month: 8, Day: day} }
	for _, a := range []domain.Aid{
		{File: e.pairs[0][0].ID, Center: e.c1.ID, Date: d(3), Kind: domain.AidCash, Amount: 40_000_000},
		{File: e.pairs[0][1].ID, Center: e.c2.ID, Date: d(9), Kind: domain.AidRent, Amount: 60_000_000},
		{File: e.x.ID, Center: e.c1.ID, Date: d(5), Kind: domain.AidCash, Amount: 10_000_000},
		{File: e.y.ID, Center: e.c2.ID, Date: d(20), Kind: domain.AidFoodBasket, Amount: 3_000_000, Quantity: 2, Description: "برنج", Funding: "نذورات"},
	} {
		if _, err := e.st.AddAid(admin, a); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.st.Decide(admin, e.x.ID, e.y.ID, domain.VerdictSame, 30, "one family"); err != nil {
		t.Fatal(err)
	}
	return e
}

// fileAs logs user in (with the duplicate service) and opens file id.
func fileAs(t *testing.T, e linksEnv, user, lang string, id domain.ID) *driver {
	t.Helper()
	d := startWith(t, e.st, e.ix, Options{Lang: lang, Dupes: dupes.New(e.st)})
	d.login(user, "secret-pass")
	d.send(OpenFileMsg{ID: id})
	d.fileScreen()
	return d
}

func TestLinksTabRoles(t *testing.T) {
	e := seedLinks(t)
	tests := []struct {
		user      string
		want, not []string
	}{
		{"cw1", []string{"[6 Links (1)]", "خیریه کوثر", "2024-11-10", "Supervisors and coordinators see the amounts"},
			[]string{"300,000 toman", "What this family received", "برنج", "KSR-1403"}},
		{"sup", []string{"KSR-1403-0002", "What this family received at other centers", "خیریه کوثر: 300,000 toman (×1)", "food basket", "2024-11-10"},
			[]string{"برنج", "نذورات", "see the amounts"}},
		{"coord", []string{"KSR-1403-0002", "2 × برنج", "300,000 toman"}, []string{"see the amounts", "نذورات"}},
	}
	for _, tc := range tests {
		t.Run(tc.user, func(t *testing.T) {
			d := fileAs(t, e, tc.user, "en", e.x.ID)
			d.typeText("6")
			d.wantView(tc.want...)
			d.wantView("مدیر") // who linked it
			for _, s := range tc.not {
				if strings.Contains(d.view(), s) {
					t.Errorf("%s sees %q:\n%s", tc.user, s, d.view())
				}
			}
		})
	}
}

func TestLinksOverviewWarning(t *testing.T) {
	e := seedLinks(t)
	d := fileAs(t, e, "cw1", "en", e.x.ID)
	d.wantView("! linked files elsewhere: 1; aid elsewhere in 12 months (last 2024-11-10) · tab 6")
	// A family with no link and no aid from elsewhere: no warning.
	d.send(OpenFileMsg{ID: e.pairs[0][0].ID})
	if v := d.view(); strings.Contains(v, "other centers") || strings.Contains(v, "another center") {
		t.Errorf("warning without links or aid elsewhere:\n%s", v)
	}
	// Aid given to this very file by another center counts too.
	if _, err := e.st.AddAid(store.Actor{User: e.admin}, domain.Aid{File: e.pairs[0][0].ID, Center: e.c3.ID,
		Date: fa.Date{Year: 1403, Month: 9, Day: 1}, Kind: domain.AidClothing}); err != nil {
		t.Fatal(err)
	}
	d.typeText("r")
	d.wantView("! aid from another center in the last 12 months (last 2024-11-21)")
}

func TestLinksOpen(t *testing.T) {
	e := seedLinks(t)
	// A caseworker gets the match card, read through the audited ViewCard.
	d := fileAs(t, e, "cw1", "en", e.x.ID)
	d.typeText("6")
	d.press(tea.KeyEnter)
	if _, ok := d.top().(*cardScreen); !ok {
		t.Fatalf("caseworker opened %T\n%s", d.top(), d.view())
	}
	d.wantView("Match card: علی کریمی", "خیریه کوثر", "2024-11-10", "esc: back")
	if strings.Contains(d.view(), "0067749828") {
		t.Errorf("the card shows the national code:\n%s", d.view())
	}
	// A coordinator opens the file itself.
	d = fileAs(t, e, "coord", "en", e.x.ID)
	d.typeText("6")
	d.press(tea.KeyEnter)
	if m := d.fileScreen(); m.id != e.y.ID {
		t.Fatalf("coordinator opened %v, want %v", m.id, e.y.ID)
	}
	d.wantView("KSR-1403-0002")
}

func TestLinksUnlink(t *testing.T) {
	e := seedLinks(t)
	// Neither a caseworker nor a supervisor decides across centers.
	for _, user := range []string{"cw1", "sup"} {
		d := fileAs(t, e, user, "en", e.x.ID)
		d.typeText("6")
		d.typeText("u")
		if d.fileScreen().unlink != nil {
			t.Fatalf("%s may unlink", user)
		}
		d.wantView("Your role does not allow this")
	}
	d := fileAs(t, e, "coord", "en", e.x.ID)
	d.typeText("6")
	d.wantView("u unlink")
	d.typeText("u")
	d.wantView("Unlink the file of علی کریمی at خیریه کوثر?", "enter: unlink")
	d.press(tea.KeyEnter) // no note
	d.wantView("write why these are not the same person")
	d.typeText("q? two brothers") // letters are text here, not quit or help
	if d.quit {
		t.Fatal("q quit while typing the note")
	}
	d.press(tea.KeyEnter)
	links, err := e.st.LinksOf(store.Actor{User: e.admin}, e.x.ID)
	if err != nil || len(links) != 0 {
		t.Fatalf("still linked: %v %v", links, err)
	}
	d.wantView("unlinked the file of علی کریمی at خیریه کوثر", "[6 Links (0)]")
	h, err := e.st.History(store.Actor{User: e.admin}, e.x.ID)
	if err != nil || h[0].Kind != "link" || h[0].Note != "q? two brothers" {
		t.Fatalf("unlink not audited with its note: %+v %v", h[0], err)
	}

	// esc leaves the question and keeps the link.
	if _, err := e.st.Decide(store.Actor{User: e.admin}, e.x.ID, e.y.ID, domain.VerdictSame, 30, ""); err != nil {
		t.Fatal(err)
	}
	d.typeText("r")
	d.typeText("u")
	d.typeText("x")
	d.press(tea.KeyEsc)
	if m := d.fileScreen(); m.unlink != nil {
		t.Fatal("esc did not close the question")
	}
	if links, _ := e.st.LinksOf(store.Actor{User: e.admin}, e.x.ID); len(links) != 1 {
		t.Fatalf("esc unlinked: %v", links)
	}
}

// TestGoldenLinks: the links tab as a supervisor sees it, and the
// overview's warning, fa and en, 100×30 and 80×24; every line exactly
// the window's width.
func TestGoldenLinks(t *testing.T) {
	e := seedLinks(t)
	for _, lang := range []string{"fa", "en"} {
		for _, sz := range [][2]int{{100, 30}, {80, 24}} {
			name := lang + "_" + strconv.Itoa(sz[0])
			d := fileAs(t, e, "sup", lang, e.x.ID)
			d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			checkFits(t, d.view(), sz)
			if sz[0] == 100 {
				golden(t, "file_warning_"+name, d.view())
			}
			d.typeText("6")
			checkFits(t, d.view(), sz)
			golden(t, "file_links_"+name, d.view())
		}
	}
}

func checkFits(t *testing.T, view string, sz [2]int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != sz[1] {
		t.Errorf("%v: %d lines", sz, len(lines))
	}
	for i, l := range lines {
		if w := theme.Width(l); w != sz[0] {
			t.Errorf("%v: line %d is %d wide: %q", sz, i, w, l)
		}
	}
}

// TestLinksRefresh: aid given to a linked file at the other center shows
// on this file without a reload key.
func TestLinksRefresh(t *testing.T) {
	e := seedLinks(t)
	d := fileAs(t, e, "sup", "en", e.x.ID)
	d.typeText("6")
	x, err := e.st.AddAid(store.Actor{User: e.admin}, domain.Aid{File: e.y.ID, Center: e.c2.ID,
		Date: fa.Date{Year: 1403, Month: 9, Day: 2}, Kind: domain.AidRent, Amount: 7_000_000})
	if err != nil {
		t.Fatal(err)
	}
	d.send(ChangedMsg{Change: store.Change{Kind: "aid", IDs: []domain.ID{e.y.ID, x.ID}, Center: e.c2.ID}})
	d.wantView("خیریه کوثر: 1,000,000 toman (×2)", "rent")
}

// TestGoldenLinkCard: the match card a caseworker gets for a linked file
// of another center, fa and en, at both sizes.
func TestGoldenLinkCard(t *testing.T) {
	e := seedLinks(t)
	for _, lang := range []string{"fa", "en"} {
		for _, sz := range [][2]int{{100, 30}, {80, 24}} {
			d := fileAs(t, e, "cw1", lang, e.x.ID)
			d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			d.typeText("6")
			d.press(tea.KeyEnter)
			checkFits(t, d.view(), sz)
			if sz[0] == 100 {
				golden(t, "link_card_"+lang, d.view())
			}
		}
	}
}
