package tui

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

var (
	panelFirst = []string{"زهرا", "فاطمه", "محمد", "علی", "معصومه", "حسین", "رقیه", "محمدرضا", "سکینه", "عباس",
		"گلناز", "ذبیح‌الله", "مریم", "رضا", "مهدی", "طاهره", "اکبر", "صغری", "جواد", "نرگس",
		"حمید", "لیلا", "ابراهیم", "کبری", "یوسف", "زینب", "قاسم", "اعظم", "مصطفی", "فرشته"}
	panelLast = []string{"احمدی", "رضایی", "محمدی", "حسینی", "کریمی", "موسوی", "جعفری", "نوروزی", "قاسمی", "پورمحمد",
		"اکبرزاده", "صادقی", "رحیمی", "حیدری", "باقری", "عسکری", "یزدانی", "طاهری", "شریفی", "نظری",
		"کاظمی", "ابراهیمی", "سلطانی", "مرادی", "فرهادی", "زارعی", "امیری", "خسروی", "اسدی", "نجفی",
		"رستمی", "بهرامی", "توکلی", "دهقان", "سبزواری", "نیشابوری", "خراسانی", "قربانی", "یعقوبی", "هاشمی"}
)

// panelCode is a valid national code for n.
func panelCode(n int) string {
	b := []byte(fmt.Sprintf("%09d", n))
	sum := 0
	for i, c := range b {
		sum += int(c-'0') * (10 - i)
	}
	r := sum % 11
	if r >= 2 {
		r = 11 - r
	}
	return string(b) + string(rune('0'+r))
}

// panelStore is a store of n invented heads of household at ten centers:
// 30 first names × 40 last names × 30 fathers' names, births over 60
// years, a national code and a mobile each. Common names make the name
// blocks a few hundred files deep, as in a real city.
func panelStore(b *testing.B, n int) (*store.Store, []domain.File) {
	b.Helper()
	st, err := store.Open(filepath.Join(b.TempDir(), "bench.db"), store.Options{Now: func() time.Time { return testNow }})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	sys := store.SystemActor()
	var centers []domain.CenterID
	for i := range 10 {
		c, err := st.CreateCenter(sys, domain.Center{Name: fmt.Sprintf("مرکز %d", i+1), Code: fmt.Sprintf("C%02d", i+1)})
		if err != nil {
			b.Fatal(err)
		}
		centers = append(centers, c.ID)
	}
	r := rand.New(rand.NewPCG(7, 11))
	files := make([]domain.File, 0, n)
	for i := range n {
		files = append(files, domain.File{
			Center: centers[i%len(centers)], Status: domain.StatusActive,
			Head: domain.Person{
				FirstName: panelFirst[r.IntN(len(panelFirst))], LastName: panelLast[r.IntN(len(panelLast))],
				FatherName:   panelFirst[r.IntN(len(panelFirst))],
				BirthDate:    fa.Date{Year: 1320 + r.IntN(60), Month: 1 + r.IntN(12), Day: 1 + r.IntN(29)},
				NationalCode: domain.ParseNationalCode(panelCode(10_000_000 + i)),
				Mobile:       domain.ParseMobile(fmt.Sprintf("0915%07d", r.IntN(10_000_000))),
			},
			Address: fmt.Sprintf("خیابان طالقانی %d، پلاک %d", 1+r.IntN(80), 1+r.IntN(120)),
		})
	}
	for len(files) > 0 {
		chunk := files[:min(len(files), 10_000)]
		if _, err := st.ImportFiles(sys, chunk, "bench"); err != nil {
			b.Fatal(err)
		}
		files = files[len(chunk):]
	}
	var out []domain.File
	_ = st.EachFile(func(f domain.File) error {
		if len(out) < 64 {
			out = append(out, f)
		}
		return nil
	})
	return st, out
}

// BenchmarkPanelKeystroke is one keystroke in the registration form at
// 100×30 on 100,000 files, to the panel redrawn with the answer: the form
// takes the key, the debounce tick fires at once (the 150 ms pause is
// the user's, not the machine's), the lookup runs with its cards, the
// answer is taken and the screen drawn. The keys type the head of a
// stored file field by field (names, father, birth, national code), so
// every query has real matches.
func BenchmarkPanelKeystroke(b *testing.B) {
	const n = 100_000
	st, known := panelStore(b, n)
	svc := dupes.New(st)
	t0 := time.Now()
	svc.Ensure()
	if err := svc.LoadErr(); err != nil {
		b.Fatal(err)
	}
	load := time.Since(t0)
	b.Run(fmt.Sprint(n), func(b *testing.B) {
		s := &Session{
			Store: st, Dupes: svc, User: domain.User{ID: 1, Role: domain.RoleCaseworker, Center: known[0].Center + 1},
			Tr: i18n.New(i18n.Fa), Theme: theme.New(asciiRenderer(), theme.RTL),
			Width: 100, Height: 30, Now: func() time.Time { return testNow },
			tick: func(_ time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
				return func() tea.Msg { return fn(testNow) }
			},
		}
		type stroke struct {
			field int
			r     rune
		}
		var m *registerForm
		var strokes []stroke
		next := 0
		fresh := func() {
			m = newRegisterForm(s, &formMemory{})
			for _, msg := range runAll(m.Init()) {
				m.Update(msg)
			}
			h := known[next%len(known)].Head
			next++
			strokes = strokes[:0]
			for _, f := range []struct {
				i int
				v string
			}{{m.head.first, h.FirstName}, {m.head.last, h.LastName}, {m.head.father, h.FatherName},
				{m.head.birth, h.BirthDate.String()}, {m.head.nc, h.NationalCode.Value}} {
				for _, r := range f.v {
					strokes = append(strokes, stroke{f.i, r})
				}
			}
		}
		fresh()
		took := make([]time.Duration, 0, b.N)
		found := 0
		cpu0 := processCPU()
		b.ResetTimer()
		for range b.N {
			if len(strokes) == 0 {
				b.StopTimer()
				fresh()
				b.StartTimer()
			}
			k := strokes[0]
			strokes = strokes[1:]
			if m.form.at != k.field {
				m.form.focus(k.field)
			}
			t1 := time.Now()
			_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{k.r}})
			for msgs := runAll(cmd); len(msgs) > 0; {
				var more []tea.Msg
				for _, msg := range msgs {
					_, c := m.Update(msg)
					more = append(more, runAll(c)...)
				}
				msgs = more
			}
			_ = m.View()
			took = append(took, time.Since(t1))
			found += len(m.panel.matches)
		}
		b.StopTimer()
		cpu := processCPU() - cpu0
		if found == 0 && b.N >= 100 { // a short run may not get past a first letter
			b.Fatal("no keystroke found a match: the benchmark measures nothing")
		}
		slices.Sort(took)
		b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
		b.ReportMetric(load.Seconds(), "load-s")
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	})
	// The two halves apart: the lookup with its cards (in the Cmd), and
	// drawing the form with a full panel (in View).
	b.Run("lookup", func(b *testing.B) {
		a := store.Actor{User: domain.User{ID: 1, Role: domain.RoleCaseworker, Center: known[0].Center}}
		cpu0 := processCPU()
		b.ResetTimer()
		for i := range b.N {
			h := known[i%len(known)].Head
			if ms, err := findMatches(svc, st, a, h, "", 0, panelLimit); err != nil || len(ms) == 0 {
				b.Fatalf("%v %d", err, len(ms))
			}
		}
		b.ReportMetric(float64((processCPU()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	})
	b.Run("view", func(b *testing.B) {
		s := &Session{
			Store: st, Dupes: svc, User: domain.User{ID: 1, Role: domain.RoleCaseworker, Center: known[0].Center},
			Tr: i18n.New(i18n.Fa), Theme: theme.New(asciiRenderer(), theme.RTL),
			Width: 100, Height: 30, Now: func() time.Time { return testNow },
			tick: func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil },
		}
		m := newRegisterForm(s, &formMemory{})
		ms, err := findMatches(svc, st, s.Actor(), known[0].Head, "", 0, panelLimit)
		if err != nil {
			b.Fatal(err)
		}
		m.panel.ready, m.panel.answered, m.panel.query, m.panel.matches = true, true, "x", ms
		cpu0 := processCPU()
		b.ResetTimer()
		for range b.N {
			_ = m.View()
		}
		b.ReportMetric(float64((processCPU()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	})
}
