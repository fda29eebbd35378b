package tui

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/tui/i18n"
)

// parallelAs logs user in with the duplicate service and opens the
// report with p from the list.
func parallelAs(t *testing.T, e linksEnv, user, lang string) (*driver, *parallelScreen) {
	t.Helper()
	d := startWith(t, e.st, e.ix, Options{Lang: lang, Dupes: dupes.New(e.st)})
	d.login(user, "secret-pass")
	d.press(tea.KeyEsc) // leave the search input: letters are keys
	d.typeText("p")
	m, ok := d.top().(*parallelScreen)
	if !ok {
		t.Fatalf("p opened %T\n%s", d.top(), d.view())
	}
	return d, m
}

func TestParallelPeriod(t *testing.T) {
	tests := []struct{ today, from fa.Date }{
		{fa.Date{Year: 1403, Month: 9, Day: 12}, fa.Date{Year: 1403, Month: 7, Day: 1}},
		{fa.Date{Year: 1403, Month: 2, Day: 5}, fa.Date{Year: 1402, Month: 12, Day: 1}},
		{fa.Date{Year: 1403, Month: 1, Day: 1}, fa.Date{Year: 1402, Month: 11, Day: 1}},
		{fa.Date{Year: 1403, Month: 3, Day: 31}, fa.Date{Year: 1403, Month: 1, Day: 1}},
	}
	for _, tc := range tests {
		from, to := ParallelPeriod(tc.today)
		if from != tc.from || to != tc.today {
			t.Errorf("%v: %v..%v, want %v..%v", tc.today, from, to, tc.from, tc.today)
		}
	}
}

func TestParallelScreen(t *testing.T) {
	e := seedLinks(t)
	d, m := parallelAs(t, e, "coord", "en")
	// The linked family (1,000,000 + 300,000 toman) and the likely pair
	// (4,000,000 + 6,000,000), largest first.
	if len(m.rows) != 2 || m.rows[0].Linked || !m.rows[1].Linked || m.rows[0].Total != 100_000_000 {
		t.Fatalf("rows %+v\n%s", m.rows, d.view())
	}
	d.wantView("2 families · 2024-09-22 to 2024-12-02 · all centers · total 11,300,000 toman",
		"زهرا محمدی", "likely", "IMR 4,000,000 · KSR 6,000,000", "10,000,000 toman", "linked",
		"files: مرکز امام رضا IMR-1403-0001 · خیریه کوثر KSR-1403-0001", "IMR 1×, 2024-10-24 · KSR 1×, 2024-10-30")

	// c filters by center: ZHR gave nothing and owns nothing here.
	d.typeText("c") // IMR
	d.typeText("c") // KSR
	d.typeText("c") // ZHR
	d.wantView("0 families", "No family received aid from more than one center")
	d.typeText("c") // all again
	if len(m.rows) != 2 {
		t.Fatalf("back to all centers: %d rows", len(m.rows))
	}

	// The period: a bad date keeps what was typed and says why.
	d.typeText("p")
	d.wantView("Report period", "From", "To")
	f := &m.ask.ring.Fields[0]
	f.Input.SetValue("2024-13-01")
	d.press(tea.KeyEnter)
	if m.ask == nil || f.Input.Value() != "2024-13-01" || m.ask.err == "" {
		t.Fatalf("bad date accepted or lost: %+v", m.ask)
	}
	f.Input.SetValue("1403")
	d.press(tea.KeyEnter)
	d.wantView("write the whole date")
	f.Input.SetValue("1403/09/13")
	d.press(tea.KeyEnter)
	d.wantView("the start is after the end")
	f.Input.SetValue("۱۴۰۳/۰۸/۱۵")
	d.press(tea.KeyEnter)
	if m.ask != nil || m.from != (fa.Date{Year: 1403, Month: 8, Day: 15}) {
		t.Fatalf("period not taken: %+v %v", m.ask, m.from)
	}
	// From 8/15 only the 8/20 aid by KSR remains: no family is aided twice.
	d.wantView("0 families · 2024-11-05 to 2024-12-02")
	d.typeText("p")
	m.ask.ring.Fields[0].Input.SetValue("1403/08/01")
	d.press(tea.KeyEnter)
	if len(m.rows) != 2 {
		t.Fatalf("rows after the period: %d", len(m.rows))
	}

	// enter opens the family's file the coordinator may view, their own
	// center's first.
	d.press(tea.KeyEnter)
	if fm := d.fileScreen(); fm.id != e.pairs[0][0].ID {
		t.Fatalf("opened %v, want %v", fm.id, e.pairs[0][0].ID)
	}
}

func TestParallelRoles(t *testing.T) {
	e := seedLinks(t)
	// A supervisor sees their center's families; the files of other
	// centers as cards, so enter opens their own.
	d, m := parallelAs(t, e, "sup", "en")
	if len(m.rows) != 2 {
		t.Fatalf("supervisor rows %d\n%s", len(m.rows), d.view())
	}
	d.wantView("خیریه کوثر (card)")
	d.typeText("j")
	d.press(tea.KeyEnter)
	if fm := d.fileScreen(); fm.id != e.x.ID {
		t.Fatalf("supervisor opened %v", fm.id)
	}

	// A caseworker has no report: p says the role does not allow it, the
	// list stays, and the help does not offer it.
	d = startWith(t, e.st, e.ix, Options{Lang: "en", Dupes: dupes.New(e.st)})
	d.login("cw1", "secret-pass")
	d.press(tea.KeyEsc)
	d.typeText("p")
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("caseworker opened %T", d.top())
	}
	d.wantView("Your role does not allow this")
	// The screen itself, reached past the root, meets the service's own
	// refusal and says so.
	d.typeText("j") // a key clears the message line
	if strings.Contains(d.view(), "Your role does not allow this") {
		t.Fatalf("message line not cleared\n%s", d.view())
	}
	d.send(PushMsg{d.app.screens.Parallel(d.app.s)})
	d.wantView("Your role does not allow this")
	if _, ok := d.top().(*parallelScreen); !ok {
		t.Fatalf("top %T", d.top())
	}
}

func TestParallelExport(t *testing.T) {
	e := seedLinks(t)
	dir := t.TempDir()
	for _, lang := range []string{"en", "fa"} {
		d, m := parallelAs(t, e, "coord", lang)
		d.typeText("x")
		f := &m.ask.ring.Fields[0]
		if !strings.HasPrefix(f.Value(), "parallel-aid-") || !strings.HasSuffix(f.Value(), ".xlsx") {
			t.Errorf("default name %q", f.Value())
		}
		f.Input.SetValue(filepath.Join(dir, "report.pdf"))
		d.press(tea.KeyEnter)
		if m.ask == nil || m.ask.err == "" {
			t.Fatalf("pdf accepted: %+v", m.ask)
		}
		f.Input.SetValue(filepath.Join(dir, "missing", "report.csv"))
		d.press(tea.KeyEnter)
		if m.ask == nil || m.ask.err == "" || f.Value() != filepath.Join(dir, "missing", "report.csv") {
			t.Fatalf("unwritable path: %+v", m.ask)
		}
		path := filepath.Join(dir, "report-"+lang+".csv")
		f.Input.SetValue(path)
		d.press(tea.KeyEnter)
		if m.ask != nil {
			t.Fatalf("export failed: %s", m.ask.err)
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(raw), "\ufeff"))).ReadAll()
		if err != nil || len(rows) != 5 {
			t.Fatalf("csv %v: %q", err, rows)
		}
		wantDate := map[string]string{"en": "2024-10-24", "fa": "1403/08/03"}[lang]
		if rows[1][6] != wantDate || rows[1][8] != "40000000" || rows[1][9] != "4000000" {
			t.Errorf("%s row %q", lang, rows[1])
		}
		d.wantView(strconv.Itoa(2)) // the flash names the count
	}
	// Each export is on record: who, which report, how many families,
	// which file; the refused and failed ones are not.
	evs, err := e.st.Audit(store.SystemActor(), store.AuditFilter{Action: domain.ActExport})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 {
		t.Fatalf("%d export events, want 2: %+v", len(evs), evs)
	}
	tr := i18n.New(i18n.En)
	for i, ev := range evs {
		lang := []string{"fa", "en"}[i] // newest first
		got := strings.Join(AuditChanges(tr, nil, ev), "; ")
		if ev.Login != "coord" || !strings.Contains(got, "Parallel aid") || !strings.Contains(got, "2") ||
			!strings.Contains(got, "report-"+lang+".csv") {
			t.Errorf("event %d: %s by %s", i, got, ev.Login)
		}
	}
}

// TestGoldenParallel: the report as the coordinator sees it, fa and en,
// 100×30 and 80×24, and the period question.
func TestGoldenParallel(t *testing.T) {
	e := seedLinks(t)
	for _, lang := range []string{"fa", "en"} {
		for _, sz := range [][2]int{{100, 30}, {80, 24}} {
			name := lang + "_" + strconv.Itoa(sz[0])
			d, _ := parallelAs(t, e, "coord", lang)
			d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			checkFits(t, d.view(), sz)
			golden(t, "parallel_"+name, d.view())
			d.typeText("p")
			checkFits(t, d.view(), sz)
			if sz[0] == 100 {
				golden(t, "parallel_period_"+name, d.view())
			}
		}
	}
}
