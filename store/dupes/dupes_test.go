package dupes

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
)

type fixture struct {
	t      *testing.T
	st     *store.Store
	svc    *Service
	c1, c2 domain.CenterID
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "p.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	fx := &fixture{t: t, st: st, svc: New(st)}
	sys := store.SystemActor()
	c1, err := st.CreateCenter(sys, domain.Center{Name: "توس", Code: "TUS"})
	must(t, err)
	c2, err := st.CreateCenter(sys, domain.Center{Name: "طلاب", Code: "TLB"})
	must(t, err)
	fx.c1, fx.c2 = c1.ID, c2.ID
	return fx
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func person(first, last, father, nc, mobile string, year int) domain.Person {
	return domain.Person{
		FirstName: first, LastName: last, FatherName: father, Gender: domain.GenderFemale,
		BirthDate: fa.Date{Year: year, Month: 3, Day: 7}, Nationality: domain.NationalityIranian,
		NationalCode: domain.ParseNationalCode(nc), Mobile: domain.ParseMobile(mobile),
	}
}

func (fx *fixture) file(c domain.CenterID, p domain.Person, addr string) domain.File {
	fx.t.Helper()
	f, err := fx.st.CreateFile(store.SystemActor(), domain.File{Center: c, Head: p, Address: addr, HouseholdSize: 3})
	must(fx.t, err)
	return f
}

// world: one family at both centers, and unrelated people.
func (fx *fixture) world() (x, y domain.File) {
	x = fx.file(fx.c1, person("زهرا", "احمدی", "حسین", "0012345679", "09121234567", 1354), "بولوار توس، توس ۷۲، پلاک ۱۴")
	y = fx.file(fx.c2, person("زهرا", "احمدی", "حسین", "0012345679", "09121234567", 1354), "بلوار توس، توس 72، پ 14")
	fx.file(fx.c1, person("مریم", "کاظمی", "علی", "1234567891", "09351112233", 1360), "خیابان امام رضا ۱۰")
	fx.file(fx.c2, person("فاطمه", "نوروزی", "رضا", "", "09159998877", 1348), "طلاب، کوچه ۳")
	fx.filler()
	return x, y
}

// filler registers unrelated people, so that term frequencies look like a
// real database's and no name is common by default.
func (fx *fixture) filler() {
	firsts := []string{"سارا", "نرگس", "لیلا", "سمیه", "اکرم", "مهری", "شهلا", "پروین"}
	lasts := []string{"محمدی", "حسینی", "کریمی", "جعفری", "موسوی", "صادقی", "یزدانی", "قاسمی", "طاهری", "عباسی"}
	for i := range 40 {
		p := person(firsts[i%len(firsts)], lasts[i%len(lasts)], "", nationalCode(100000+i*7919), "", 1330+i)
		fx.file([]domain.CenterID{fx.c1, fx.c2}[i%2], p, "")
	}
}

// nationalCode makes a valid code from a number of up to nine digits.
func nationalCode(n int) string {
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

func actor(r domain.Role, c domain.CenterID) store.Actor {
	return store.Actor{User: domain.User{ID: domain.NewID(c, 900+uint64(r)), Login: r.String(), Role: r, Center: c}, Source: "test"}
}

func TestLookupAndQueueFindFamilyAtTwoCenters(t *testing.T) {
	fx := newFixture(t)
	x, y := fx.world()
	must(t, fx.svc.Load())
	if n := fx.svc.Stats().Files; n != 44 {
		t.Fatalf("loaded %d files", n)
	}
	// typing the family again at center 1 finds both copies
	got := fx.svc.Lookup(person("زهرا", "احمدی", "حسین", "0012345679", "", 1354), "", 0, 5)
	if len(got) != 2 || got[0].Band < match.BandLikely {
		t.Fatalf("lookup %+v", got)
	}
	if got := fx.svc.Lookup(x.Head, x.Address, x.ID, 5); len(got) != 1 || got[0].File != y.ID || got[0].Center != fx.c2 {
		t.Fatalf("lookup excluding itself %+v", got)
	}
	coord := actor(domain.RoleCoordinator, 0)
	ps, err := fx.svc.Queue(coord, QueueFilter{})
	must(t, err)
	if len(ps) != 1 || ps[0].A != x.ID || ps[0].B != y.ID || ps[0].CenterA != fx.c1 || ps[0].CenterB != fx.c2 {
		t.Fatalf("queue %+v", ps)
	}
	// a caseworker at either center sees the pair; one at a third does not
	for _, c := range []domain.CenterID{fx.c1, fx.c2} {
		if ps, err := fx.svc.Queue(actor(domain.RoleCaseworker, c), QueueFilter{}); err != nil || len(ps) != 1 {
			t.Fatalf("caseworker at %d: %v %+v", c, err, ps)
		}
	}
	if ps, err := fx.svc.Queue(actor(domain.RoleCaseworker, 77), QueueFilter{}); err != nil || len(ps) != 0 {
		t.Fatalf("caseworker elsewhere: %v %+v", err, ps)
	}
	if ps, _ := fx.svc.Queue(coord, QueueFilter{Center: 77}); len(ps) != 0 {
		t.Fatalf("center filter: %+v", ps)
	}
}

func TestDecisionsShapeTheQueue(t *testing.T) {
	fx := newFixture(t)
	x, y := fx.world()
	must(t, fx.svc.Load())
	coord := actor(domain.RoleCoordinator, 0)

	_, err := fx.st.Decide(coord, x.ID, y.ID, domain.VerdictSame, 40, "")
	must(t, err)
	if ps, _ := fx.svc.Queue(coord, QueueFilter{}); len(ps) != 0 {
		t.Fatalf("linked pair still queued: %+v", ps)
	}
	ps, _ := fx.svc.Queue(coord, QueueFilter{Linked: true})
	if len(ps) != 1 || ps[0].Verdict != domain.VerdictSame {
		t.Fatalf("linked listing %+v", ps)
	}
	links, err := fx.st.LinksOf(coord, x.ID)
	must(t, err)
	if len(links) != 1 {
		t.Fatalf("links %+v", links)
	}
	_, err = fx.st.Decide(coord, x.ID, y.ID, domain.VerdictDifferent, 40, "")
	must(t, err)
	if ps, _ := fx.svc.Queue(coord, QueueFilter{Linked: true}); len(ps) != 0 {
		t.Fatalf("pair decided different still shown: %+v", ps)
	}
}

func TestRefreshAfterNewFile(t *testing.T) {
	fx := newFixture(t)
	x, _ := fx.world()
	must(t, fx.svc.Load())
	coord := actor(domain.RoleCoordinator, 0)
	_, _ = fx.svc.Queue(coord, QueueFilter{}) // cache the scan
	changes := make(chan store.Change, 4)
	cancel := fx.st.Subscribe(func(c store.Change) { changes <- c })
	defer cancel()
	z := fx.file(fx.c2, person("مریم", "کاظمی", "علی", "1234567891", "09351112233", 1360), "خیابان امام رضا ۱۰")
	select {
	case ch := <-changes:
		must(t, fx.svc.Refresh(ch))
	case <-time.After(time.Second):
		t.Fatal("no change")
	}
	ps, err := fx.svc.Queue(coord, QueueFilter{})
	must(t, err)
	if len(ps) != 2 || ps[1].B != z.ID && ps[0].B != z.ID {
		t.Fatalf("queue after refresh %+v", ps)
	}
	if got := fx.svc.Lookup(z.Head, "", 0, 0); len(got) != 2 {
		t.Fatalf("lookup after refresh %+v", got)
	}
	_ = x
}

func TestParallelAid(t *testing.T) {
	fx := newFixture(t)
	x, y := fx.world()
	lone := fx.file(fx.c1, person("علی", "رحیمی", "محمد", "", "", 1340), "")
	must(t, fx.svc.Load())
	sys := store.SystemActor()
	d := func(m, day int) fa.Date { return fa.Date{Year: 1403, Month: m, Day: day} }
	for _, a := range []domain.Aid{
		{File: x.ID, Center: fx.c1, Date: d(2, 1), Kind: domain.AidCash, Amount: 3_000_000},
		{File: y.ID, Center: fx.c2, Date: d(2, 15), Kind: domain.AidFoodBasket, Amount: 2_000_000},
		{File: y.ID, Center: fx.c2, Date: d(8, 1), Kind: domain.AidCash, Amount: 9_000_000}, // outside
		{File: lone.ID, Center: fx.c1, Date: d(2, 1), Kind: domain.AidCash, Amount: 1},
		{File: lone.ID, Center: fx.c2, Date: d(2, 2), Kind: domain.AidCash, Amount: 1}, // one file, two centers
	} {
		_, err := fx.st.AddAid(sys, a)
		must(t, err)
	}
	coord := actor(domain.RoleCoordinator, 0)
	got, err := fx.svc.ParallelAid(coord, d(1, 1), d(3, 31))
	must(t, err)
	var fam *ParallelFamily
	for i := range got {
		if len(got[i].Files) == 2 {
			fam = &got[i]
		}
	}
	if fam == nil || fam.Files[0] != x.ID || fam.Files[1] != y.ID || fam.Total != 5_000_000 ||
		len(fam.Centers) != 2 || fam.Centers[0].Amount != 3_000_000 || fam.Centers[1].Amount != 2_000_000 || fam.Linked {
		t.Fatalf("parallel %+v", got)
	}
	if len(got) != 2 || got[1].Files[0] != lone.ID || got[1].Total != 2 {
		t.Fatalf("single file aided by two centers: %+v", got)
	}
	if got, _ := fx.svc.ParallelAid(coord, d(4, 1), d(12, 29)); len(got) != 0 {
		t.Fatalf("outside the period: %+v", got)
	}
	if _, err := fx.svc.ParallelAid(actor(domain.RoleCaseworker, fx.c1), d(1, 1), d(3, 31)); err != store.ErrDenied {
		t.Fatalf("caseworker: %v", err)
	}
	sup, err := fx.svc.ParallelAid(actor(domain.RoleSupervisor, fx.c2), d(1, 1), d(3, 31))
	must(t, err)
	if len(sup) != 2 {
		t.Fatalf("supervisor sees %+v", sup)
	}
}

func TestTrainStoresWeights(t *testing.T) {
	fx := newFixture(t)
	fx.world()
	must(t, fx.svc.Load())
	if _, err := fx.svc.Train(actor(domain.RoleSupervisor, fx.c1)); err != store.ErrDenied {
		t.Fatalf("supervisor trained: %v", err)
	}
	w, err := fx.svc.Train(actor(domain.RoleAdmin, 0))
	must(t, err)
	got, ok, err := fx.st.MatchWeights()
	must(t, err)
	if !ok || got.Levels != w.Levels {
		t.Fatal("trained weights not stored")
	}
}
