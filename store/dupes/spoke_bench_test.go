package dupes

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/domain/match/pprl"
)

// BenchmarkSpokeElsewhere is the live warning's price on a spoke: encode
// the typed person and look them up in the hub's index of
// PARVANDE_BENCH_N other centers' files (default 100,000), read from the
// file as a spoke does. Half the queries are files of the index with a
// typo, half are nobody's. p99-ns is the 99th percentile of one lookup.
//
//	go test -run '^$' -bench SpokeElsewhere -benchtime 20000x ./store/dupes/
func BenchmarkSpokeElsewhere(b *testing.B) {
	n := 100000
	if s := os.Getenv("PARVANDE_BENCH_N"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	w := newSpokeWorld(b)
	info, err := w.sp.SyncInfo()
	if err != nil {
		b.Fatal(err)
	}
	secret, err := pprl.ParseSecret(info.Secret)
	if err != nil {
		b.Fatal(err)
	}
	enc, err := pprl.NewEncoder(secret, pprl.DefaultParams())
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	people := make([]domain.Person, n)
	encs := make([]pprl.Encoded, n)
	for i := range people {
		people[i] = benchPerson(r, i)
		rec := match.FromPerson(people[i], fmt.Sprintf("خیابان %d، پلاک %d", 1+r.IntN(300), 1+r.IntN(120)))
		rec.ID, rec.Center = domain.NewID(domain.CenterID(1+i%3), uint64(i+1)), domain.CenterID(1+i%3)
		encs[i] = enc.Encode(rec)
	}
	x := pprl.NewIndex(match.DefaultWeights(), enc.KeyID(), enc.Params(), encs)
	f, err := os.Create(w.path)
	if err != nil {
		b.Fatal(err)
	}
	size, err := x.WriteTo(f)
	if err != nil {
		b.Fatal(err)
	}
	f.Close()
	svc := New(w.sp)
	svc.UseSpokeIndex(w.path)
	t0 := time.Now()
	if st := svc.SpokeState(); st.Err != nil || st.Files != n {
		b.Fatalf("index: %+v", st)
	}
	load := time.Since(t0)

	queries := make([]domain.Person, 512)
	for i := range queries {
		if i%2 == 0 {
			q := people[r.IntN(n)]
			q.LastName = q.LastName + "ی" // a slip, as typed
			queries[i] = q
		} else {
			queries[i] = benchPerson(r, n+i)
		}
	}
	times := make([]time.Duration, 0, b.N)
	found := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := time.Now()
		got, err := svc.Elsewhere(queries[i%len(queries)], "", 0, panelLimitBench)
		times = append(times, time.Since(s))
		if err != nil {
			b.Fatal(err)
		}
		if len(got) > 0 {
			found++
		}
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)*99/100].Nanoseconds()), "p99-ns")
	b.ReportMetric(float64(found)/float64(b.N), "found/op")
	b.ReportMetric(float64(load.Milliseconds()), "load-ms") // after ResetTimer, which drops metrics
	b.ReportMetric(float64(size)/1e6, "index-MB")
}

// panelLimitBench is the registration panel's list length.
const panelLimitBench = 5

func benchPerson(r *rand.Rand, i int) domain.Person {
	first := []string{"محمد", "علی", "فاطمه", "زهرا", "حسین", "مریم", "رضا", "معصومه", "سکینه", "ملوک", "نرگس", "اکبر", "عباس", "طاهره", "صغری", "غلامرضا"}
	last := []string{"محمدی", "حسینی", "رضایی", "احمدی", "کریمی", "موسوی", "جعفری", "قاسمی", "نوروزی", "طاهری", "صادقی", "یزدانی", "قربان", "رحیم", "خادم", "اکبر"}
	suffix := []string{"", "", "زاده", "پور", "نیا", "فر", "ی"}
	p := domain.Person{FirstName: first[r.IntN(len(first))], LastName: last[r.IntN(len(last))] + suffix[r.IntN(len(suffix))],
		FatherName: first[r.IntN(len(first))], Gender: domain.Gender(1 + r.IntN(2)),
		BirthDate:   fa.Date{Year: 1320 + r.IntN(60), Month: 1 + r.IntN(12), Day: 1 + r.IntN(29)},
		Nationality: domain.NationalityIranian}
	if i%2 == 0 { // many files have no national code or mobile
		p.NationalCode = domain.ParseNationalCode(nationalCode(i * 7))
		p.Mobile = domain.ParseMobile(fmt.Sprintf("09%09d", r.Uint64N(1e9)))
	}
	return p
}
