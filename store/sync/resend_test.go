package sync

import (
	"errors"
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

// TestRestoredSpoke: a spoke restored from a backup numbers its new
// changes past what it sent before; the hub applies them instead of
// taking them for a replay, and a record that reuses an id already sent
// is held as a conflict, never written over the hub's.
func TestRestoredSpoke(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 13))
	n := newNetwork(t, 1, 1, rng)
	sp := n.spokes[0]
	backup := t.TempDir() + "/spoke-backup.db"
	must(t, sp.st.Backup(backup))
	sent, err := sp.st.CreateFile(sys, newFile(sp.center, rng))
	must(t, err)
	m, err := Export(sp.st, store.HubCenter, false, nil)
	must(t, err)
	_, err = Import(n.hub.st, sys, m.Data)
	must(t, err)

	restored := openStore(t, backup) // the spoke's disk died; the backup comes back
	again, err := restored.CreateFile(sys, newFile(sp.center, rng))
	must(t, err)
	if again.ID != sent.ID {
		t.Fatalf("the restored counter should reuse %s, made %s", sent.ID, again.ID)
	}
	other, err := restored.CreateFile(sys, newFile(sp.center, rng))
	must(t, err)
	m2, err := Export(restored, store.HubCenter, false, nil)
	must(t, err)
	res, err := Import(n.hub.st, sys, m2.Data)
	if err != nil {
		t.Fatalf("the restored spoke's bundle: %v", err)
	}
	if res.Applied != 1 || res.Conflicts != 1 {
		t.Errorf("want the new file applied and the reused id held: %+v", res.SyncResult)
	}
	if owners(t, n.hub.st)[other.ID] != sp.center {
		t.Error("the file made after the restore is missing at the hub")
	}
	f, err := n.hub.st.File(sys, sent.ID)
	must(t, err)
	if f.Head.FirstName != sent.Head.FirstName || f.Address != sent.Address {
		t.Error("the hub's copy of the first file was overwritten")
	}
}

// TestSpokeMadeAgain: a spoke restored from an old backup sends what it
// made since, and is then made again from the hub with a new key: the new
// database holds everything of its center, and the old key is refused.
func TestSpokeMadeAgain(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 14))
	n := newNetwork(t, 1, 1, rng)
	sp := n.spokes[0]
	backup := t.TempDir() + "/old.db"
	must(t, sp.st.Backup(backup))
	_, err := sp.st.CreateFile(sys, newFile(sp.center, rng))
	must(t, err)
	m, err := Export(sp.st, store.HubCenter, false, nil)
	must(t, err)
	_, err = Import(n.hub.st, sys, m.Data)
	must(t, err)
	moved, err := n.hub.st.TransferFile(sys, n.hub.ownFiles(t)[0], sp.center, "moved")
	must(t, err)

	restored := openStore(t, backup)
	_, err = restored.CreateFile(sys, newFile(sp.center, rng)) // reuses an id: a conflict at the hub
	must(t, err)
	late, err := restored.CreateFile(sys, newFile(sp.center, rng))
	must(t, err)
	m, err = Export(restored, store.HubCenter, false, nil)
	must(t, err)
	_, err = Import(n.hub.st, sys, m.Data) // what the old database still held
	must(t, err)

	join, _, err := AddSpoke(n.hub.st, sp.center, true)
	must(t, err)
	fresh := openStore(t, t.TempDir()+"/new.db")
	_, err = Join(fresh, join)
	must(t, err)
	want := 0
	for id, c := range owners(t, n.hub.st) {
		if c == sp.center {
			want++
			if owners(t, fresh)[id] != sp.center {
				t.Errorf("file %s missing from the new spoke", id)
			}
		}
	}
	if owners(t, fresh)[moved.ID] != sp.center || owners(t, fresh)[late.ID] != sp.center || want < 4 {
		t.Errorf("the new spoke lacks the transfer or the late file (%d files of its center)", want)
	}
	_, err = restored.CreateFile(sys, newFile(sp.center, rng))
	must(t, err)
	m, err = Export(restored, store.HubCenter, false, nil)
	must(t, err)
	if _, err := Import(n.hub.st, sys, m.Data); !errors.Is(err, ErrWrongKey) {
		t.Errorf("the old key after the spoke was made again: %v", err)
	}
	if _, _, err := AddSpoke(n.hub.st, 3, true); err == nil {
		t.Error("made again a center that never was a spoke")
	}
}
