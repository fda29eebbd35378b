package sync

import (
	"bytes"
	"compress/gzip"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match/pprl"
	"github.com/parvande/parvande/store"
)

var (
	// ErrReplayed: every change in the bundle was imported before.
	ErrReplayed = errors.New("this bundle was imported before; nothing changed")
	// ErrNotJoin: the file is a bundle, not a join file (or the reverse).
	ErrNotJoin = errors.New("not a join file: make one on the hub with sync add-spoke")
)

// Fingerprint is a public key's short printable name, to compare by eye
// on the hub and on the spoke.
func Fingerprint(pub ed25519.PublicKey) string {
	id := KeyID(pub)
	return "ed25519:" + hex.EncodeToString(id[:])
}

func keyOf(info *store.SyncInfo) (ed25519.PrivateKey, error) {
	if len(info.Seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("%w: the database has no sync key", store.ErrSyncRole)
	}
	return ed25519.NewKeyFromSeed(info.Seed), nil
}

// InitHub makes st the hub and returns its public key.
func InitHub(st *store.Store) (ed25519.PublicKey, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	var secret [pprl.SecretSize]byte
	if _, err := rand.Read(secret[:]); err != nil {
		return nil, err
	}
	if err := st.SyncInitHub(priv.Seed(), secret[:]); err != nil {
		return nil, err
	}
	return pub, nil
}

// AddSpoke registers center as a spoke of hub st and returns the signed
// join file that creates its database: the spoke's new key pair (made
// here and kept nowhere here but its public half), the hub's public key,
// the federation's match-index secret (a spoke encodes the families it
// registers with it) and the center's records. It holds the center's households: carry it
// as carefully as a backup.
//
// again replaces the spoke (store.SyncAddSpoke): export what the old
// database still holds first, then join a new database with this file.
func AddSpoke(st *store.Store, center domain.CenterID, again bool) ([]byte, int, error) {
	info, err := st.SyncInfo()
	if err != nil {
		return nil, 0, err
	}
	if info.Role != store.SyncHub {
		return nil, 0, fmt.Errorf("%w: add-spoke runs on the hub", store.ErrSyncRole)
	}
	hubKey, err := keyOf(&info)
	if err != nil {
		return nil, 0, err
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, 0, err
	}
	snap, err := st.SyncAddSpoke(center, pub, again)
	if err != nil {
		return nil, 0, err
	}
	body := append(append([]byte(nil), priv.Seed()...), hubKey.Public().(ed25519.PublicKey)...)
	body = append(body, info.Secret...)
	body = append(body, bundleBody(&snap, nil)...)
	data, err := Seal(Header{Kind: KindJoin, From: store.HubCenter, To: center}, body, hubKey)
	return data, countFiles(&snap), err
}

// JoinInfo says what a join did.
type JoinInfo struct {
	Center domain.CenterID
	Hub    string // the hub key's fingerprint, to compare with the hub's
	Files  int
}

// Join fills the new, empty database st from a join file.
func Join(st *store.Store, data []byte) (JoinInfo, error) {
	h, err := ReadHeader(data)
	if err != nil {
		return JoinInfo{}, err
	}
	if h.Kind != KindJoin {
		return JoinInfo{}, ErrNotJoin
	}
	// The hub's key travels inside: the signature proves the file whole
	// and made by that key; the operator compares the fingerprint.
	hubPub, err := peekHubKey(data)
	if err != nil {
		return JoinInfo{}, err
	}
	_, body, err := Open(data, hubPub)
	if err != nil {
		return JoinInfo{}, err
	}
	const keys = ed25519.SeedSize + ed25519.PublicKeySize
	if len(body) < keys+pprl.SecretSize {
		return JoinInfo{}, ErrDamaged
	}
	seed, secret := body[:ed25519.SeedSize], body[keys:keys+pprl.SecretSize]
	snap, _, err := readBundleBody(body[keys+pprl.SecretSize:])
	if err != nil {
		return JoinInfo{}, err
	}
	if snap.To != h.To || snap.From != h.From {
		return JoinInfo{}, ErrDamaged
	}
	if err := st.SyncJoin(h.To, seed, hubPub, secret, snap); err != nil {
		return JoinInfo{}, err
	}
	return JoinInfo{Center: h.To, Hub: Fingerprint(hubPub), Files: countFiles(&snap)}, nil
}

func countFiles(b *store.SyncBatch) int {
	n := 0
	for _, r := range b.Records {
		if r.Bucket == store.SyncFiles {
			n++
		}
	}
	return n
}

// peekHubKey reads the hub key out of a join file's body before the
// signature is checked with it.
func peekHubKey(data []byte) (ed25519.PublicKey, error) {
	if len(data) < headerLen+ed25519.SignatureSize {
		return nil, ErrNotBundle
	}
	gz, err := gzip.NewReader(bytes.NewReader(data[headerLen : len(data)-ed25519.SignatureSize]))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	head := make([]byte, ed25519.SeedSize+ed25519.PublicKeySize)
	if _, err := io.ReadFull(gz, head); err != nil {
		return nil, fmt.Errorf("%w: join file cut short", ErrDamaged)
	}
	return ed25519.PublicKey(head[ed25519.SeedSize:]), nil
}

// Made is a bundle ready to write, and what it holds.
type Made struct {
	Data    []byte
	Batch   store.SyncBatch // its positions; the records are in Data
	Changes int             // log entries it covers
	Records int             // records it carries
}

// Export makes the next bundle for peer to (store.HubCenter from a spoke).
// With resend it starts from what the peer acknowledged, to replace
// bundles that were lost. attach rides along (the hub's match index for
// a spoke); nil for none. Call Sent after the bundle is safely written.
func Export(st *store.Store, to domain.CenterID, resend bool, attach []byte) (Made, error) {
	info, err := st.SyncInfo()
	if err != nil {
		return Made{}, err
	}
	priv, err := keyOf(&info)
	if err != nil {
		return Made{}, err
	}
	b, err := st.SyncOutgoing(to, resend)
	if err != nil {
		return Made{}, err
	}
	data, err := Seal(Header{Kind: KindBundle, From: b.From, To: b.To, Number: b.Number},
		bundleBody(&b, attach), priv)
	if err != nil {
		return Made{}, err
	}
	n := len(b.Records)
	b.Records = nil // written; only the positions are needed now
	return Made{Data: data, Batch: b, Changes: b.Entries, Records: n}, nil
}

// Sent notes that m was written, so the next bundle starts after it.
func Sent(st *store.Store, m Made) error { return st.SyncSent(m.Batch) }

// ExportFile makes the next bundle for a peer and writes it to path.
func ExportFile(st *store.Store, to domain.CenterID, path string, resend bool, attach []byte) (Made, error) {
	m, err := Export(st, to, resend, attach)
	if err != nil {
		return m, err
	}
	if err := WriteFile(path, m.Data); err != nil {
		return m, err
	}
	return m, Sent(st, m)
}

// WriteFile writes a bundle or join file atomically, readable by its
// owner only: a crash leaves the old file or none, never half of one.
func WriteFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".parvande-sync-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Result is what an import did, and the attachment it carried.
type Result struct {
	store.SyncResult
	From   domain.CenterID
	Number uint64
	Attach []byte
}

// Import verifies a bundle and applies it in one transaction. A bundle
// that is damaged, signed by a key not known for its sender, addressed to
// another database, or already imported is refused and changes nothing.
func Import(st *store.Store, a store.Actor, data []byte) (Result, error) {
	h, err := ReadHeader(data)
	if err != nil {
		return Result{}, err
	}
	res := Result{From: h.From, Number: h.Number}
	if h.Kind != KindBundle {
		return res, fmt.Errorf("%w: this is a join file; use sync join to make a new spoke with it", ErrNotBundle)
	}
	info, err := st.SyncInfo()
	if err != nil {
		return res, err
	}
	switch info.Role {
	case store.SyncNone:
		return res, fmt.Errorf("%w: this database is neither a hub nor a spoke", store.ErrSyncRole)
	case store.SyncHub:
		if h.To != store.HubCenter {
			return res, ErrNotForUs
		}
	case store.SyncSpoke:
		if h.To != info.Center {
			return res, ErrNotForUs
		}
	}
	peer, ok := info.Peer(h.From)
	if !ok {
		return res, ErrUnknownPeer
	}
	_, body, err := Open(data, peer.Key)
	if err != nil {
		return res, err
	}
	b, attach, err := readBundleBody(body)
	if err != nil {
		return res, err
	}
	if b.From != h.From || b.To != h.To || b.Number != h.Number {
		return res, fmt.Errorf("%w: header and body disagree", ErrDamaged)
	}
	res.SyncResult, err = st.SyncApply(a, b)
	if err != nil {
		return res, err
	}
	res.Attach = attach
	if res.Duplicate {
		return res, ErrReplayed
	}
	return res, nil
}

// ImportFile reads and imports the bundle at path.
func ImportFile(st *store.Store, a store.Actor, path string) (Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Result{}, err
	}
	return Import(st, a, data)
}
