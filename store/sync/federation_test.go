package sync

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// letter is a bundle in flight between two databases.
type letter struct {
	to   *node
	data []byte
}

// federation drives a network with random offline work and a careless
// postman: bundles arrive in random order, some twice, some lost for a
// while and handed over at the end.
type federation struct {
	*network
	rng    *rand.Rand
	mail   []letter
	lost   []letter
	ledger map[string]bool // record keys (bucket+key) every database made
	seen   map[string]int  // what imports answered: waiting, released, replayed
}

func (f *federation) nodes() []*node { return append([]*node{f.hub}, f.spokes...) }

// work does one random change at nd, as its own staff would.
func (f *federation) work(nd *node) {
	t, st, rng := f.t, nd.st, f.rng
	own := nd.ownFiles(t)
	date := fa.Date{Year: 1403, Month: 1 + rng.IntN(12), Day: 1 + rng.IntN(29)}
	op := rng.IntN(7)
	if len(own) == 0 {
		op = 0
	}
	pick := func() domain.ID { return own[rng.IntN(len(own))] }
	switch op {
	case 0:
		x, err := st.CreateFile(sys, newFile(nd.center, rng))
		must(t, err)
		f.ledger["F"+string(x.ID.Key())] = true
	case 1, 2:
		x, err := st.File(sys, pick())
		must(t, err)
		x.Address = fmt.Sprintf("کوچه %d", rng.IntN(1000))
		x.Notes += "."
		_, err = st.UpdateFile(sys, x)
		must(t, err)
	case 3:
		v, err := st.AddVisit(sys, domain.Visit{File: pick(), Date: date, Findings: "سر زدیم", NextDue: date.AddDays(30)})
		must(t, err)
		f.ledger["V"+string(v.File.Key())+string(v.ID.Key())] = true
	case 4:
		file := pick()
		if nd.peer == store.HubCenter && rng.IntN(2) == 0 { // the hub's center helps anyone's household
			all := owners(t, st)
			for id := range all {
				file = id
				break
			}
		}
		x, err := st.AddAid(sys, domain.Aid{File: file, Center: nd.center, Date: date, Kind: domain.AidCash, Amount: int64(1+rng.IntN(90)) * 100000})
		must(t, err)
		f.ledger["A"+string(x.File.Key())+string(x.ID.Key())] = true
	case 5:
		to := domain.CenterID(1 + rng.IntN(len(f.spokes)+1))
		if to == nd.center {
			return
		}
		_, err := st.TransferFile(sys, pick(), to, "moved house")
		must(t, err)
	case 6:
		if nd.peer != store.HubCenter {
			return
		}
		var ids []domain.ID
		for id := range owners(t, st) {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		a, b := ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))]
		v := domain.VerdictSame
		if rng.IntN(3) == 0 {
			v = domain.VerdictDifferent
		}
		if _, err := st.Decide(sys, a, b, v, 0.9, "review"); err != nil && !errors.Is(err, store.ErrBadPair) {
			t.Fatal(err)
		}
	}
}

// post makes a bundle from nd to a peer and drops it in the mail.
func (f *federation) post(from *node, to *node) {
	m, err := Export(from.st, to.peer, false, nil)
	must(f.t, err)
	must(f.t, Sent(from.st, m))
	f.mail = append(f.mail, letter{to, m.Data})
}

func (f *federation) deliver(l letter) {
	res, err := Import(l.to.st, sys, l.data)
	if err != nil && !errors.Is(err, ErrReplayed) {
		f.t.Fatalf("import at %s: %v", l.to.name, err)
	}
	switch {
	case errors.Is(err, ErrReplayed):
		f.seen["replayed"]++
	case res.Waiting:
		f.seen["waiting"]++
	}
	f.seen["released"] += res.Released
}

// step delivers one random letter: sometimes it is also kept (arrives
// twice), sometimes lost until the end.
func (f *federation) step() {
	if len(f.mail) == 0 {
		return
	}
	i := f.rng.IntN(len(f.mail))
	l := f.mail[i]
	switch r := f.rng.IntN(10); {
	case r == 0:
		f.lost = append(f.lost, l)
		f.mail = slices.Delete(f.mail, i, i+1)
		return
	case r == 1: // stays in the mail: delivered again later
	default:
		f.mail = slices.Delete(f.mail, i, i+1)
	}
	f.deliver(l)
}

// settle hands over everything in the mail and the lost letters, then
// exchanges until both directions are quiet.
func (f *federation) settle() {
	all := append(f.mail, f.lost...)
	f.rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	for _, l := range all {
		f.deliver(l)
	}
	f.mail, f.lost = nil, nil
	for range 2 {
		for _, sp := range f.spokes {
			f.post(sp, f.hub)
		}
		for _, sp := range f.spokes {
			f.post(f.hub, sp)
		}
		for _, l := range f.mail {
			f.deliver(l)
		}
		f.mail = nil
	}
}

// TestFederationConverges: a hub and three spokes work offline and swap
// bundles through a careless postman; once everything is handed over,
// every spoke holds exactly the hub's records of its own center, the hub
// holds every record anyone made, and nothing is held back or in conflict.
func TestFederationConverges(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 7))
			f := &federation{network: newNetwork(t, 3, 4, rng), rng: rng, ledger: map[string]bool{}, seen: map[string]int{}}
			for range 300 {
				switch r := rng.IntN(10); {
				case r < 6:
					nodes := f.nodes()
					f.work(nodes[rng.IntN(len(nodes))])
				case r < 8:
					sp := f.spokes[rng.IntN(len(f.spokes))]
					if rng.IntN(2) == 0 {
						f.post(sp, f.hub)
					} else {
						f.post(f.hub, sp)
					}
				default:
					f.step()
				}
			}
			f.settle()
			f.converged()
			t.Logf("imports: %v", f.seen)
			for _, k := range []string{"replayed", "waiting", "released"} {
				if f.seen[k] == 0 { // the postman must have tested the path
					t.Errorf("no import was %s", k)
				}
			}
		})
	}
}

// converged checks the property.
func (f *federation) converged() {
	t := f.t
	hubRecs := records(t, f.hub.st)
	for k := range f.ledger {
		if hubRecs[k] == nil {
			t.Errorf("record %x made offline never reached the hub", k)
		}
	}
	hubOwner := owners(t, f.hub.st)
	for _, sp := range f.spokes {
		spRecs := records(t, sp.st)
		spOwner := owners(t, sp.st)
		mine := func(recs map[string][]byte, own map[domain.ID]domain.CenterID) map[string][]byte {
			out := map[string][]byte{}
			for k, v := range recs {
				id := domain.IDFromKey([]byte(k[1:]))
				switch k[0] {
				case store.SyncCenters:
					out[k] = v
				case store.SyncFiles, store.SyncVisits, store.SyncAid:
					if own[id] == sp.center {
						out[k] = v
					}
				}
			}
			return out
		}
		want, got := mine(hubRecs, hubOwner), mine(spRecs, spOwner)
		for k, v := range want {
			if string(got[k]) != string(v) {
				t.Errorf("%s: record %q differs from the hub's (has %d bytes, hub %d)", sp.name, k[:1], len(got[k]), len(v))
			}
		}
		for k := range got {
			if want[k] == nil {
				t.Errorf("%s: holds a record %q of its center the hub does not", sp.name, k[:1])
			}
		}
		for k, v := range hubRecs { // the coordinators' decisions on its files
			if k[0] == store.SyncDecisions && (hubOwner[domain.IDFromKey([]byte(k[1:9]))] == sp.center ||
				hubOwner[domain.IDFromKey([]byte(k[9:]))] == sp.center) && string(spRecs[k]) != string(v) {
				t.Errorf("%s: decision differs from the hub's", sp.name)
			}
		}
	}
	for _, nd := range f.nodes() {
		info, err := nd.st.SyncInfo()
		must(t, err)
		if len(info.Pending) > 0 || info.Conflicts > 0 {
			t.Errorf("%s: %d bundles still held, %d conflicts", nd.name, len(info.Pending), info.Conflicts)
		}
		problems, err := nd.st.Check()
		must(t, err)
		if len(problems) > 0 {
			t.Errorf("%s: check: %v", nd.name, problems)
		}
	}
}
