package store

import (
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// testClock is a fixed, advancing clock so stored times are predictable.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Millisecond)
	return c.t
}

// env is a store with two centers and an actor of every role at the
// first center (coordinators and admins at none, as in real setups).
type env struct {
	t      *testing.T
	s      *Store
	c1, c2 domain.Center
	actors map[domain.Role]Actor
}

func newEnv(t *testing.T) *env {
	t.Helper()
	clock := &testClock{t: time.Date(2024, 12, 2, 9, 0, 0, 0, time.UTC)}
	s, err := Open(filepath.Join(t.TempDir(), "db", "parvande.db"), Options{Now: clock.now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	e := &env{t: t, s: s, actors: map[domain.Role]Actor{}}
	sys := SystemActor()
	if e.c1, err = s.CreateCenter(sys, domain.Center{Name: "مؤسسه خیریه امام رضا (ع) - توس", Code: "TUS"}); err != nil {
		t.Fatal(err)
	}
	if e.c2, err = s.CreateCenter(sys, domain.Center{Name: "کانون نیکوکاری طلاب"}); err != nil {
		t.Fatal(err)
	}
	for i, r := range domain.Roles {
		u := domain.User{ID: domain.NewID(e.c1.ID, uint64(1000+i)), Login: r.String(), Role: r, Center: e.c1.ID}
		if r >= domain.RoleCoordinator {
			u.Center = 0
		}
		e.actors[r] = Actor{User: u, Source: "test"}
	}
	return e
}

// actor of a role at a given center.
func (e *env) actorAt(r domain.Role, c domain.CenterID) Actor {
	a := e.actors[r]
	a.User.Center = c
	return a
}

func (e *env) admin() Actor { return e.actors[domain.RoleAdmin] }

func mustNoErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func wantErr(t *testing.T, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("error %v, want %v", err, want)
	}
}

// family makes a valid household at center c.
func family(c domain.CenterID, first, last, nc, mobile string) domain.File {
	return domain.File{
		Center: c,
		Head: domain.Person{
			FirstName: first, LastName: last, FatherName: "حسین", Gender: domain.GenderFemale,
			BirthDate:    fa.Date{Year: 1354, Month: 3, Day: 7},
			Nationality:  domain.NationalityIranian,
			NationalCode: domain.ParseNationalCode(nc),
			Mobile:       domain.ParseMobile(mobile),
		},
		Categories:    []domain.Category{domain.CategoryFemaleHeaded},
		HouseholdSize: 3,
		Address:       "بولوار توس، توس ۷۲، پلاک ۱۴",
		OpenedOn:      fa.Date{Year: 1403, Month: 9, Day: 12},
	}
}

func (e *env) create(f domain.File) domain.File {
	e.t.Helper()
	got, err := e.s.CreateFile(e.admin(), f)
	if err != nil {
		e.t.Fatal(err)
	}
	return got
}

func (e *env) check() {
	e.t.Helper()
	problems, err := e.s.Check()
	if err != nil {
		e.t.Fatal(err)
	}
	for _, p := range problems {
		e.t.Error("check:", p)
	}
}

func (e *env) mustFile(id domain.ID) domain.File {
	e.t.Helper()
	f, err := e.s.File(e.admin(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}
