package sync

import (
	"crypto/ed25519"
	"errors"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/parvande/parvande/store"
)

// online runs one exchange between sp and the hub over in-memory pipes,
// the hub side believing the connection authenticated with key.
func online(t *testing.T, n *network, sp *node, key ed25519.PublicKey) (string, Result, error) {
	t.Helper()
	upR, upW := io.Pipe()
	downR, downW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		_, err := Answer(n.hub.st, sys, key, upR, downW)
		downW.Close()
		done <- err
	}()
	_, sent, got, err := Exchange(sp.st, sys, downR, upW)
	upW.Close()
	if herr := <-done; herr != nil {
		t.Fatalf("hub side: %v", herr)
	}
	return sent, got, err
}

func syncKey(t *testing.T, st *store.Store) ed25519.PublicKey {
	info, err := st.SyncInfo()
	must(t, err)
	return ed25519.NewKeyFromSeed(info.Seed).Public().(ed25519.PublicKey)
}

// TestOnlineExchange: one online run moves both directions; a run with
// nothing new changes nothing; the key of another center is refused.
func TestOnlineExchange(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 12))
	n := newNetwork(t, 2, 2, rng)
	sp, other := n.spokes[0], n.spokes[1]
	_, err := sp.st.CreateFile(sys, newFile(sp.center, rng))
	must(t, err)
	moved, err := n.hub.st.TransferFile(sys, n.hub.ownFiles(t)[0], sp.center, "moved")
	must(t, err)

	if _, _, err := online(t, n, sp, syncKey(t, sp.st)); err != nil {
		t.Fatal(err)
	}
	if owners(t, sp.st)[moved.ID] != sp.center {
		t.Error("the hub's transfer did not reach the spoke")
	}
	for id, c := range owners(t, sp.st) {
		if c == sp.center && owners(t, n.hub.st)[id] != c {
			t.Errorf("file %s did not reach the hub", id)
		}
	}
	before := records(t, n.hub.st)
	if _, got, err := online(t, n, sp, syncKey(t, sp.st)); err != nil || got.Applied != 0 {
		t.Fatalf("second run: %+v %v", got.SyncResult, err)
	}
	if len(records(t, n.hub.st)) != len(before) {
		t.Error("a run with nothing new changed the hub")
	}
	// the connection authenticated as one center, the bundle from another
	status, _, err := online(t, n, other, syncKey(t, sp.st))
	if !errors.Is(err, ErrRefusedByHub) || status == "ok" {
		t.Errorf("bundle under another center's connection: %q %v", status, err)
	}
}
