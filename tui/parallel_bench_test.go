package tui

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
)

var (
	pbFirst = []string{"زهرا", "فاطمه", "محمد", "علی", "معصومه", "حسین", "رقیه", "محمدرضا", "سکینه", "عباس",
		"گلناز", "مهدی", "مریم", "رضا", "نرگس", "حسن", "طاهره", "امیرحسین", "سیده زهرا", "ذبیح‌الله"}
	pbLast = []string{"احمدی", "رضایی", "محمدی", "حسینی", "کریمی", "موسوی", "جعفری", "نوروزی", "قاسمی",
		"پورمحمد", "اکبرزاده", "طاهری", "زینلی", "شاکر", "یعقوبی", "رحیمی‌نژاد", "سلطانی", "عطایی", "هزاره", "کاظمی"}
)

// pbCode is a valid national code made from n.
func pbCode(n uint64) string {
	d := fmt.Sprintf("%09d", n%1e9)
	s := 0
	for i := 0; i < 9; i++ {
		s += int(d[i]-'0') * (10 - i)
	}
	r := s % 11
	if r >= 2 {
		r = 11 - r
	}
	return d + strconv.Itoa(r)
}

// parallelBenchStore is n households over 40 centers, one in 25 also
// registered at another center; both files of each such family and one
// other household in ten were aided in Mehr–Azar 1403. It lives in
// /dev/shm when there is one: building it is one fsync per aid record.
func parallelBenchStore(b *testing.B, n int) (*store.Store, int) {
	b.Helper()
	dir := b.TempDir()
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		if d, err := os.MkdirTemp("/dev/shm", "parvande-bench-"); err == nil {
			dir = d
			b.Cleanup(func() { os.RemoveAll(d) })
		}
	}
	st, err := store.Open(filepath.Join(dir, "bench.db"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	sys := store.SystemActor()
	for i := 0; i < 40; i++ {
		if _, err := st.CreateCenter(sys, domain.Center{Name: fmt.Sprintf("مرکز %d", i+1), Code: fmt.Sprintf("C%02d", i+1)}); err != nil {
			b.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(4, 1403))
	person := func() domain.Person {
		return domain.Person{
			FirstName: pbFirst[r.IntN(len(pbFirst))], LastName: pbLast[r.IntN(len(pbLast))],
			FatherName: pbFirst[r.IntN(len(pbFirst))], Gender: domain.Gender(1 + r.IntN(2)),
			BirthDate:    fa.Date{Year: 1320 + r.IntN(60), Month: 1 + r.IntN(12), Day: 1 + r.IntN(29)},
			Nationality:  domain.NationalityIranian,
			NationalCode: domain.ParseNationalCode(pbCode(r.Uint64N(1e9))),
			Mobile:       domain.ParseMobile(fmt.Sprintf("09%09d", r.Uint64N(1e9))),
		}
	}
	var files []domain.File
	twins := map[int]int{} // index of the first file → index of its twin
	for len(files) < n {
		c := domain.CenterID(1 + r.IntN(40))
		f := domain.File{Center: c, Head: person(), ExternalRef: strconv.Itoa(len(files) + 1), Address: fmt.Sprintf("طلاب، کوچه %d، پلاک %d", 1+r.IntN(90), 1+r.IntN(120))}
		files = append(files, f)
		if r.IntN(25) == 0 && len(files) < n {
			twin := f
			twin.Center = domain.CenterID(1 + (int(c)+r.IntN(39))%40)
			twin.ExternalRef = strconv.Itoa(len(files) + 1)
			twins[len(files)-1] = len(files)
			files = append(files, twin)
		}
	}
	for from := 0; from < len(files); from += 5000 {
		batch := files[from:min(from+5000, len(files))]
		res, err := st.ImportFiles(sys, batch, "bench")
		if err != nil {
			b.Fatal(err)
		}
		for i := range batch {
			batch[i].ID = res.IDs[i]
		}
	}
	day := func() fa.Date { return fa.Date{Year: 1403, Month: 7 + r.IntN(3), Day: 1 + r.IntN(29)} }
	give := func(f domain.File) {
		if _, err := st.AddAid(sys, domain.Aid{File: f.ID, Center: f.Center, Date: day(), Kind: domain.AidCash, Amount: int64(1+r.IntN(50)) * 1_000_000}); err != nil {
			b.Fatal(err)
		}
	}
	for i, j := range twins {
		give(files[i])
		give(files[j])
	}
	for i := 0; i < n/10; i++ {
		give(files[r.IntN(len(files))])
	}
	return st, len(twins)
}

// BenchmarkParallelReport is the parallel-aid report over 100,000 files
// as the screen and `parvande report parallel` make it: the duplicate
// service's families, then each file's card or number. The index load
// and the first report (which runs the full scan) are reported once as
// load-ms and first-ms; ns/op is a report with the scan cached, as every
// later one in a session is.
func BenchmarkParallelReport(b *testing.B) {
	st, twins := parallelBenchStore(b, 100_000)
	svc := dupes.New(st)
	t0 := time.Now()
	if err := svc.Load(); err != nil {
		b.Fatal(err)
	}
	load := time.Since(t0)
	coord := store.Actor{User: domain.User{ID: 1, Role: domain.RoleCoordinator}, Source: "bench"}
	from, to := fa.Date{Year: 1403, Month: 7, Day: 1}, fa.Date{Year: 1403, Month: 9, Day: 30}
	t1 := time.Now()
	fams, err := loadParallel(svc, st, coord, from, to)
	if err != nil {
		b.Fatal(err)
	}
	first := time.Since(t1)
	if len(fams) < twins*9/10 {
		b.Fatalf("%d families aided in parallel, %d planted", len(fams), twins)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := loadParallel(svc, st, coord, from, to); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(load.Milliseconds()), "load-ms")
	b.ReportMetric(float64(first.Milliseconds()), "first-ms")
	b.ReportMetric(float64(len(fams)), "families")
}
