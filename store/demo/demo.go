// Package demo fills an empty database with realistic, invented centers,
// staff, households, visits and aid, so a new user can try parvande at once.
// Some households are registered at two centers on purpose: the parallel work
// that duplicate detection exists to find.
package demo

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// Password is the password of every demo user; the setup screen shows it.
const Password = "demo1234"

// Logins of the demo users, one per role.
var Logins = []string{"admin", "coordinator", "supervisor", "caseworker", "caseworker2"}

// ErrNotEmpty: demo data goes only into a database without users.
var ErrNotEmpty = errors.New("demo data goes only into an empty database; this one already has users")

// Options size the demo.
type Options struct {
	Files int    // households; default 240
	Seed  uint64 // same seed, same data
	Now   time.Time
}

// Load creates the demo data in an empty database.
func Load(st *store.Store) error { return LoadWith(st, Options{}) }

// LoadWith creates the demo data with the given options.
func LoadWith(st *store.Store, o Options) error {
	if o.Files <= 0 {
		o.Files = 240
	}
	if o.Seed == 0 {
		o.Seed = 1403
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	has, err := st.HasUsers()
	if err != nil {
		return err
	}
	if has {
		return ErrNotEmpty
	}
	g := &gen{st: st, rng: rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b9)), today: fa.FromTime(o.Now)}
	if err := g.staff(); err != nil {
		return err
	}
	return g.households(o.Files)
}

type gen struct {
	st      *store.Store
	rng     *rand.Rand
	today   fa.Date
	centers []domain.Center
	workers map[domain.CenterID]store.Actor
}

func (g *gen) staff() error {
	sys := store.SystemActor()
	for _, c := range centers {
		made, err := g.st.CreateCenter(sys, domain.Center{Name: c.name, Code: c.code, Neighborhood: c.area})
		if err != nil {
			return fmt.Errorf("demo center %s: %w", c.code, err)
		}
		g.centers = append(g.centers, made)
	}
	hub := g.centers[len(g.centers)-1]
	users := []domain.User{
		{Login: "admin", Name: "مدیر سامانه", Role: domain.RoleAdmin, Center: hub.ID},
		{Login: "coordinator", Name: "مریم هماهنگ‌کننده", Role: domain.RoleCoordinator, Center: hub.ID},
		{Login: "supervisor", Name: "حسن سرپرست", Role: domain.RoleSupervisor, Center: g.centers[0].ID},
		{Login: "caseworker", Name: "زهرا مددکار", Role: domain.RoleCaseworker, Center: g.centers[0].ID},
		{Login: "caseworker2", Name: "علی مددکار", Role: domain.RoleCaseworker, Center: g.centers[1].ID},
	}
	g.workers = map[domain.CenterID]store.Actor{}
	for _, u := range users {
		made, err := g.st.CreateUser(sys, u, Password)
		if err != nil {
			return fmt.Errorf("demo user %s: %w", u.Login, err)
		}
		if made.Role == domain.RoleCaseworker || made.Role == domain.RoleSupervisor {
			if _, ok := g.workers[made.Center]; !ok {
				g.workers[made.Center] = store.Actor{User: made, Source: "demo"}
			}
		}
	}
	// Centers without their own staff in the demo are worked by the admin.
	for _, c := range g.centers {
		if _, ok := g.workers[c.ID]; !ok {
			admin, err := g.st.UserByLogin("admin")
			if err != nil {
				return err
			}
			g.workers[c.ID] = store.Actor{User: admin, Source: "demo"}
		}
	}
	return nil
}
