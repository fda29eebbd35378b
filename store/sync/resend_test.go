package sync

import (
	"math/rand/v2"
	"testing"

	"github.com/parvande/parvande/store"
)

// TestLostBundleResent: bundle 1 is lost for good; bundle 2 waits and
// names the missing one; a resend from the last acknowledged position
// fills the gap and lets bundle 2 through, and nothing is applied twice.
func TestLostBundleResent(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 11))
	n := newNetwork(t, 1, 1, rng)
	sp := n.spokes[0]
	post := func(resend bool) Made {
		_, err := sp.st.CreateFile(sys, newFile(sp.center, rng))
		must(t, err)
		m, err := Export(sp.st, store.HubCenter, resend, nil)
		must(t, err)
		must(t, Sent(sp.st, m))
		return m
	}
	post(false) // lost on the way
	second := post(false)
	res, err := Import(n.hub.st, sys, second.Data)
	must(t, err)
	if !res.Waiting || res.MissingFrom != 1 || res.MissingTo != 1 {
		t.Fatalf("bundle 2 alone: %+v", res.SyncResult)
	}
	info, err := n.hub.st.SyncInfo()
	must(t, err)
	if len(info.Pending) != 1 || info.Pending[0].Number != 2 {
		t.Fatalf("held: %+v", info.Pending)
	}
	third := post(true)
	if third.Batch.Lo != 0 {
		t.Fatalf("resend starts at %d, want the acknowledged 0", third.Batch.Lo)
	}
	res, err = Import(n.hub.st, sys, third.Data)
	must(t, err)
	if res.Waiting || res.Released != 1 || res.Applied != 3 {
		t.Fatalf("resend: %+v", res.SyncResult)
	}
	info, err = n.hub.st.SyncInfo()
	must(t, err)
	if len(info.Pending) != 0 {
		t.Errorf("still held: %+v", info.Pending)
	}
	want, got := owners(t, sp.st), owners(t, n.hub.st)
	for id, c := range want {
		if got[id] != c {
			t.Errorf("file %s missing at the hub", id)
		}
	}
	// the hub's answer acknowledges; the spoke's next bundle starts there
	m, err := Export(n.hub.st, sp.peer, false, nil)
	must(t, err)
	must(t, Sent(n.hub.st, m))
	_, err = Import(sp.st, sys, m.Data)
	must(t, err)
	next, err := Export(sp.st, store.HubCenter, true, nil)
	must(t, err)
	if next.Batch.Lo != third.Batch.Hi {
		t.Errorf("after the ack a resend starts at %d, want %d", next.Batch.Lo, third.Batch.Hi)
	}
}
