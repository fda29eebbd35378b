package sync

import (
	"crypto/ed25519"
	crand "crypto/rand"
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// state is everything an import could change.
type state struct {
	recs map[string][]byte
	info store.SyncInfo
}

func stateOf(t *testing.T, st *store.Store) state {
	info, err := st.SyncInfo()
	must(t, err)
	return state{records(t, st), info}
}

// refused imports data and wants err and no change at all.
func refused(t *testing.T, st *store.Store, data []byte, want error, what string) {
	t.Helper()
	before := stateOf(t, st)
	_, err := Import(st, sys, data)
	if !errors.Is(err, want) {
		t.Errorf("%s: got %v, want %v", what, err, want)
	}
	if after := stateOf(t, st); !reflect.DeepEqual(before, after) {
		t.Errorf("%s: the refused bundle changed the database", what)
	}
}

func TestRefusals(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	n := newNetwork(t, 2, 2, rng)
	sp, sp2 := n.spokes[0], n.spokes[1]
	_, err := sp.st.CreateFile(sys, newFile(sp.center, rng))
	must(t, err)
	first, err := Export(sp.st, store.HubCenter, false, nil)
	must(t, err)
	must(t, Sent(sp.st, first))

	// a tampered byte anywhere: header, compressed body, signature
	for _, at := range []int{9, 12, 20, 30, headerLen + 3, len(first.Data) / 2, len(first.Data) - 70, len(first.Data) - 1} {
		bad := append([]byte(nil), first.Data...)
		bad[at] ^= 0x20
		_, err := Import(n.hub.st, sys, bad)
		if err == nil {
			t.Errorf("byte %d changed: accepted", at)
		}
		refused(t, n.hub.st, bad, err, "tampered")
	}
	refused(t, n.hub.st, first.Data[:len(first.Data)-1], ErrDamaged, "cut short")

	// signed by a key that is not the center's, with the right key id
	_, stranger, _ := ed25519.GenerateKey(crand.Reader)
	h, body, err := Open(first.Data, mustPeerKey(t, n.hub.st, sp.peer))
	must(t, err)
	forged, err := Seal(h, body, stranger)
	must(t, err)
	refused(t, n.hub.st, forged, ErrWrongKey, "stranger's key")
	copy(forged[26:34], h.KeyID[:])
	refused(t, n.hub.st, forged, ErrBadSign, "stranger's key, hub's key id")

	// another network's spoke of the same center number
	other := newNetwork(t, 1, 1, rng)
	_, err = other.spokes[0].st.CreateFile(sys, newFile(2, rng))
	must(t, err)
	foreign, err := Export(other.spokes[0].st, store.HubCenter, false, nil)
	must(t, err)
	refused(t, n.hub.st, foreign.Data, ErrWrongKey, "foreign network")

	// the hub's bundle for one spoke, carried to another
	toSp, err := Export(n.hub.st, sp.peer, false, nil)
	must(t, err)
	refused(t, sp2.st, toSp.Data, ErrNotForUs, "addressed elsewhere")
	refused(t, sp.st, first.Data, ErrNotForUs, "own bundle back")

	// a join file is not a bundle
	join, _, err := AddSpoke(other.hub.st, 3, false)
	if err == nil {
		refused(t, n.hub.st, join, ErrNotBundle, "join file")
	}

	// imported once, then replayed: refused, nothing changes
	if _, err := Import(n.hub.st, sys, first.Data); err != nil {
		t.Fatal(err)
	}
	refused(t, n.hub.st, first.Data, ErrReplayed, "same bundle twice")
	_, err = sp.st.CreateFile(sys, newFile(sp.center, rng))
	must(t, err)
	second, err := ExportFile(sp.st, store.HubCenter, t.TempDir()+"/b2", false, nil)
	must(t, err)
	if _, err := Import(n.hub.st, sys, second.Data); err != nil {
		t.Fatal(err)
	}
	refused(t, n.hub.st, first.Data, ErrReplayed, "old bundle replayed")
	refused(t, n.hub.st, []byte("PARVSYNC garbage"), ErrNotBundle, "garbage")
}

func mustPeerKey(t *testing.T, st *store.Store, c domain.CenterID) ed25519.PublicKey {
	t.Helper()
	info, err := st.SyncInfo()
	must(t, err)
	p, ok := info.Peer(c)
	if !ok {
		t.Fatalf("no peer %d", c)
	}
	return p.Key
}

// TestOwnership: a database refuses to change what another one owns, and
// an incoming change that would overwrite an owner's record is kept as a
// conflict, not applied.
func TestOwnership(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	n := newNetwork(t, 1, 2, rng)
	sp := n.spokes[0]
	theirs := sp.ownFiles(t)[0]
	f, err := n.hub.st.File(sys, theirs)
	must(t, err)
	f.Address = "edited at the hub"
	if _, err := n.hub.st.UpdateFile(sys, f); !errors.Is(err, store.ErrRemoteOwner) {
		t.Errorf("hub edits a spoke's file: %v", err)
	}
	if _, err := n.hub.st.TransferFile(sys, theirs, hubCenter, "x"); !errors.Is(err, store.ErrRemoteOwner) {
		t.Errorf("hub transfers a spoke's file: %v", err)
	}
	if _, err := sp.st.CreateFile(sys, newFile(hubCenter, rng)); !errors.Is(err, store.ErrRemoteOwner) {
		t.Errorf("spoke registers for another center: %v", err)
	}
	if _, err := sp.st.Decide(sys, theirs, sp.ownFiles(t)[1], domain.VerdictSame, 1, ""); !errors.Is(err, store.ErrRemoteOwner) {
		t.Errorf("spoke decides: %v", err)
	}

	// The spoke edits its file; a bundle "from the hub" carrying an edit
	// of the same version (as an old binary without the check could make)
	// must not overwrite it.
	mine, err := sp.st.File(sys, theirs)
	must(t, err)
	mine.Notes = "spoke's edit"
	_, err = sp.st.UpdateFile(sys, mine)
	must(t, err)
	hubView, err := n.hub.st.File(sys, theirs)
	must(t, err)
	hubView.Notes = "hub's edit"
	hubView.Version++
	for step, why := range []string{store.ConflictSameVer, store.ConflictNotOwner} {
		res, err := Import(sp.st, sys, forgeHubBundle(t, n, sp, hubView, uint64(step+1)))
		must(t, err)
		if res.Conflicts != 1 || res.Applied != 0 {
			t.Fatalf("conflicting edit: %+v", res.SyncResult)
		}
		got, err := sp.st.File(sys, theirs)
		must(t, err)
		if got.Notes != "spoke's edit" {
			t.Errorf("the spoke's edit was overwritten: %q", got.Notes)
		}
		cs, err := sp.st.SyncConflicts(sys)
		must(t, err)
		if len(cs) != 1 || cs[0].Why != why {
			t.Fatalf("conflicts: want one %s, got %+v", why, cs)
		}
		shown := false
		for _, ch := range cs[0].Changes() {
			shown = shown || ch.Field == "notes" && ch.Before == "spoke's edit" && ch.After == "hub's edit"
		}
		if !shown {
			t.Errorf("the conflict does not show the two notes: %+v", cs[0].Changes())
		}
		must(t, sp.st.DismissSyncConflict(sys, cs[0].ID, "ours stands"))
		if cs, _ := sp.st.SyncConflicts(sys); len(cs) != 0 {
			t.Errorf("dismissed conflict still listed")
		}
		hubView.Version++ // newer than the spoke's: still not the hub's to make
	}
}

// forgeHubBundle makes a correctly signed hub bundle for sp carrying f,
// as a hub that skipped the ownership check would.
func forgeHubBundle(t *testing.T, n *network, sp *node, f domain.File, step uint64) []byte {
	t.Helper()
	info, err := n.hub.st.SyncInfo()
	must(t, err)
	p, _ := info.Peer(sp.peer)
	b := store.SyncBatch{From: store.HubCenter, To: sp.peer, Number: p.OutNumber + step, Lo: p.OutSeq + step - 1, Hi: p.OutSeq + step,
		Records: []store.SyncRecord{{Seq: p.OutSeq + step, Kind: 'c', Bucket: store.SyncFiles, Key: f.ID.Key(), Value: store.EncodeSyncFile(&f)}}}
	data, err := Seal(Header{Kind: KindBundle, From: b.From, To: b.To, Number: b.Number}, bundleBody(&b, nil), ed25519.NewKeyFromSeed(info.Seed))
	must(t, err)
	return data
}
