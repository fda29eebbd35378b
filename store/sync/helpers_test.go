package sync

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

var sys = store.SystemActor()

// node is one database of a test network: the hub (center 0 as a peer,
// writing for hubCenter) or a spoke.
type node struct {
	name   string
	st     *store.Store
	peer   domain.CenterID // its number as a peer
	center domain.CenterID // the center it writes for
}

const hubCenter domain.CenterID = 1

// network is a hub with centers 1 (worked at the hub) and 2.. (spokes).
type network struct {
	t      testing.TB
	dir    string
	hub    *node
	spokes []*node
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func openStore(t testing.TB, path string) *store.Store {
	t.Helper()
	st, err := store.Open(path, store.Options{})
	must(t, err)
	t.Cleanup(func() { st.Close() })
	return st
}

// newNetwork makes a hub with `before` files per center already in it,
// then spokes for centers 2..spokes+1 from join files.
func newNetwork(t testing.TB, spokes, before int, rng *rand.Rand) *network {
	t.Helper()
	n := &network{t: t, dir: t.TempDir()}
	hub := &node{name: "hub", st: openStore(t, filepath.Join(n.dir, "hub.db")), peer: store.HubCenter, center: hubCenter}
	n.hub = hub
	for i := 0; i <= spokes; i++ {
		_, err := hub.st.CreateCenter(sys, domain.Center{Name: fmt.Sprintf("مرکز %d", i+1), Code: fmt.Sprintf("C%d", i+1)})
		must(t, err)
	}
	for c := 1; c <= spokes+1; c++ {
		for i := 0; i < before; i++ {
			_, err := hub.st.CreateFile(sys, newFile(domain.CenterID(c), rng))
			must(t, err)
		}
	}
	_, err := InitHub(hub.st)
	must(t, err)
	for i := 0; i < spokes; i++ {
		c := domain.CenterID(i + 2)
		join, _, err := AddSpoke(hub.st, c, false)
		must(t, err)
		sp := &node{name: fmt.Sprintf("spoke%d", c), st: openStore(t, filepath.Join(n.dir, fmt.Sprintf("s%d.db", c))), peer: c, center: c}
		_, err = Join(sp.st, join)
		must(t, err)
		n.spokes = append(n.spokes, sp)
	}
	return n
}

var firstNames = []string{"فاطمه", "زهرا", "مریم", "علی", "حسین", "رضا", "معصومه", "سکینه"}
var lastNames = []string{"محمدی", "حسینی", "رضایی", "احمدی", "کریمی", "موسوی", "جعفری"}

func newFile(c domain.CenterID, rng *rand.Rand) domain.File {
	return domain.File{Center: c, HouseholdSize: 1 + rng.IntN(7),
		Address: fmt.Sprintf("خیابان %d", rng.IntN(500)),
		Head: domain.Person{FirstName: firstNames[rng.IntN(len(firstNames))], LastName: lastNames[rng.IntN(len(lastNames))],
			Gender: domain.GenderFemale, BirthDate: fa.Date{Year: 1330 + rng.IntN(60)}}}
}

// ownFiles lists the files a node writes for.
func (nd *node) ownFiles(t testing.TB) []domain.ID {
	var out []domain.ID
	must(t, nd.st.EachHead(func(h *store.Head) error {
		if h.Center == nd.center {
			out = append(out, h.ID)
		}
		return nil
	}))
	return out
}

// records is a database's replicated records by bucket and key.
func records(t testing.TB, st *store.Store) map[string][]byte {
	out := map[string][]byte{}
	must(t, st.EachSyncRecord(func(b byte, k, v []byte) error {
		out[string(b)+string(k)] = bytes.Clone(v)
		return nil
	}))
	return out
}

// owners maps each file id to its owning center in st.
func owners(t testing.TB, st *store.Store) map[domain.ID]domain.CenterID {
	out := map[domain.ID]domain.CenterID{}
	must(t, st.EachHead(func(h *store.Head) error {
		out[h.ID] = h.Center
		return nil
	}))
	return out
}
