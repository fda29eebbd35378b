package sync

import (
	"bytes"
	"crypto/ed25519"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/parvande/parvande/store"
)

// FuzzBundle: any bytes given to the bundle reader are refused or read,
// never a panic; a body that reads encodes back to the same bytes.
func FuzzBundle(f *testing.F) {
	seed := bytes.Repeat([]byte{7}, ed25519.SeedSize)
	priv := ed25519.NewKeyFromSeed(seed)
	pub := priv.Public().(ed25519.PublicKey)
	b := store.SyncBatch{From: 2, To: 0, Number: 3, Lo: 4, Hi: 6, Ack: 1, Records: []store.SyncRecord{
		{Seq: 5, Kind: 'c', Bucket: store.SyncFiles, Key: []byte{0, 0, 2, 0, 0, 0, 0, 1}, Value: []byte{1, 2, 3}},
		{Seq: 6, Kind: 'c', Bucket: store.SyncDecisions, Key: make([]byte, 16)},
	}}
	body := bundleBody(&b, []byte("index"))
	sealed, err := Seal(Header{Kind: KindBundle, From: 2, Number: 3}, body, priv)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sealed)
	f.Add(body)
	f.Add(sealed[:headerLen+5])
	f.Add([]byte("PARVSYNC"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, body, err := Open(data, pub); err == nil {
			readBundleBody(body)
		}
		ReadHeader(data)
		if b, attach, err := readBundleBody(data); err == nil {
			again, attach2, err := readBundleBody(bundleBody(&b, attach))
			if err != nil || !reflect.DeepEqual(again, b) || !bytes.Equal(attach, attach2) {
				t.Fatalf("body does not read back the same: %v", err)
			}
		}
	})
}

// FuzzSignedImport: a correctly signed bundle with any body is applied or
// refused by a real hub, never a panic, and the hub stays consistent.
func FuzzSignedImport(f *testing.F) {
	n := newNetwork(f, 1, 1, rand.New(rand.NewPCG(1, 1)))
	sp := n.spokes[0]
	info, err := sp.st.SyncInfo()
	if err != nil {
		f.Fatal(err)
	}
	priv := ed25519.NewKeyFromSeed(info.Seed)
	_, err = sp.st.CreateFile(sys, newFile(sp.center, rand.New(rand.NewPCG(2, 2))))
	if err != nil {
		f.Fatal(err)
	}
	m, err := Export(sp.st, store.HubCenter, false, nil)
	if err != nil {
		f.Fatal(err)
	}
	_, good, err := Open(m.Data, priv.Public().(ed25519.PublicKey))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, body []byte) {
		b, _, derr := readBundleBody(body)
		number := uint64(1)
		if derr == nil {
			number = b.Number
		}
		data, err := Seal(Header{Kind: KindBundle, From: sp.peer, To: store.HubCenter, Number: number}, body, priv)
		if err != nil {
			return
		}
		Import(n.hub.st, sys, data)
		if problems, err := n.hub.st.Check(); err != nil || len(problems) > 0 {
			t.Fatalf("hub after import: %v %v", err, problems)
		}
	})
}
