package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// Buckets of a database in a sync network. They are created when the
// database becomes a hub or a spoke, in that transaction, and are absent
// otherwise: a lone workstation pays nothing and needs no schema step.
var (
	bSync     = []byte("sync")           // role, center, key, log seq; 'p'+center(4) → peer
	bSyncLog  = []byte("synclog")        // seq(8) → origin(4) kind(1) bucket(1) key
	bSyncPend = []byte("sync.pending")   // from(4) lo(8) → a batch waiting for a gap to fill
	bSyncConf = []byte("sync.conflicts") // id(8) → a change that was not applied
)

var (
	syncRoleKey   = []byte("role")
	syncCenterKey = []byte("center")
	syncSeedKey   = []byte("key")
	syncSeqKey    = []byte("seq")
	syncConfSeq   = []byte("confseq")
	syncSecretKey = []byte("secret") // the federation's match-index secret
)

// SyncRole is what a database is in a sync network.
type SyncRole byte

// Roles. The hub is the coordination center's database; a spoke is one
// offline center's.
const (
	SyncNone  SyncRole = 0
	SyncHub   SyncRole = 'h'
	SyncSpoke SyncRole = 's'
)

// HubCenter is the peer number of the hub: spokes are numbered by their
// center, and no center is 0.
const HubCenter domain.CenterID = 0

var (
	// ErrSyncRole: the database has the wrong role (or none) for the step.
	ErrSyncRole = errors.New("wrong sync role for this database")
	// ErrSyncPeer: the bundle's sender is not a known peer of this database.
	ErrSyncPeer = errors.New("unknown sync peer")
	// ErrRemoteOwner: the record belongs to a center that works in another
	// database of the network; change it there.
	ErrRemoteOwner = errors.New("this record belongs to a center that works in another database; change it there")
)

// SyncPeer is what a database knows of one peer (for a spoke: the hub;
// for the hub: each spoke).
type SyncPeer struct {
	Center    domain.CenterID // HubCenter for the hub
	Key       []byte          // its ed25519 public key
	OutNumber uint64          // number of the last bundle made for it
	OutSeq    uint64          // our log position the last bundle reached
	Acked     uint64          // our log position it says it applied
	InNumber  uint64          // highest bundle number applied from it
	InSeq     uint64          // its log position applied, without gaps
	LastIn    time.Time
	LastOut   time.Time
	// Unacked counts our log entries it has not acknowledged (SyncInfo
	// fills it in; it is not stored).
	Unacked int
}

func (p *SyncPeer) encode() []byte {
	b := make([]byte, 0, 96)
	b = append(b, 1) // format
	b = binary.AppendUvarint(b, uint64(len(p.Key)))
	b = append(b, p.Key...)
	for _, v := range []uint64{p.OutNumber, p.OutSeq, p.Acked, p.InNumber, p.InSeq} {
		b = binary.AppendUvarint(b, v)
	}
	b = binary.AppendVarint(b, timeNS(p.LastIn))
	return binary.AppendVarint(b, timeNS(p.LastOut))
}

func timeNS(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func nsTime(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}

func decodePeer(c domain.CenterID, b []byte) (SyncPeer, error) {
	p := SyncPeer{Center: c}
	r := byteReader{b: b}
	if r.byte() != 1 {
		return p, fmt.Errorf("sync peer %d: unknown record format", c)
	}
	p.Key = append([]byte(nil), r.bytes()...)
	for _, v := range []*uint64{&p.OutNumber, &p.OutSeq, &p.Acked, &p.InNumber, &p.InSeq} {
		*v = r.uvarint()
	}
	p.LastIn, p.LastOut = nsTime(r.varint()), nsTime(r.varint())
	if r.bad {
		return p, fmt.Errorf("sync peer %d: %w", c, errDamaged)
	}
	return p, nil
}

// byteReader reads the small sync records; a short record sets bad
// instead of panicking.
type byteReader struct {
	b   []byte
	bad bool
}

func (r *byteReader) byte() byte {
	if len(r.b) == 0 {
		r.bad = true
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *byteReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *byteReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *byteReader) bytes() []byte {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.bad = true
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func peerKey(c domain.CenterID) []byte { return putCenter([]byte{'p'}, c) }

func getPeer(tx *bbolt.Tx, c domain.CenterID) (SyncPeer, bool, error) {
	b := tx.Bucket(bSync)
	if b == nil {
		return SyncPeer{}, false, nil
	}
	v := b.Get(peerKey(c))
	if v == nil {
		return SyncPeer{}, false, nil
	}
	p, err := decodePeer(c, v)
	return p, err == nil, err
}

func putPeer(tx *bbolt.Tx, p *SyncPeer) error {
	return tx.Bucket(bSync).Put(peerKey(p.Center), p.encode())
}

// syncRole reads the role and (for a spoke) its center.
func syncRole(tx *bbolt.Tx) (SyncRole, domain.CenterID) {
	b := tx.Bucket(bSync)
	if b == nil {
		return SyncNone, 0
	}
	r := b.Get(syncRoleKey)
	if len(r) != 1 {
		return SyncNone, 0
	}
	return SyncRole(r[0]), centerFromKey(b.Get(syncCenterKey))
}

// SyncInfo is a database's place in the network.
type SyncInfo struct {
	Role      SyncRole
	Center    domain.CenterID // a spoke's center
	Seed      []byte          // its own ed25519 private key seed
	Secret    []byte          // the federation's secret for the match index
	LogSeq    uint64          // position of the last entry of its change log
	LogLen    int             // entries the log holds (acknowledged ones are dropped)
	Peers     []SyncPeer
	Pending   []PendingBatch // bundles waiting for a missing one
	Conflicts int
}

// PendingBatch names a bundle held back until an earlier one arrives.
type PendingBatch struct {
	From   domain.CenterID
	Number uint64
	Lo, Hi uint64
}

// Peer finds a peer by center.
func (i *SyncInfo) Peer(c domain.CenterID) (SyncPeer, bool) {
	for _, p := range i.Peers {
		if p.Center == c {
			return p, true
		}
	}
	return SyncPeer{}, false
}

// SyncInfo reads the database's sync role, keys, peers and what waits.
func (s *Store) SyncInfo() (SyncInfo, error) {
	var in SyncInfo
	err := s.db.View(func(tx *bbolt.Tx) error {
		in.Role, in.Center = syncRole(tx)
		b := tx.Bucket(bSync)
		if b == nil {
			return nil
		}
		in.Seed = append([]byte(nil), b.Get(syncSeedKey)...)
		in.Secret = append([]byte(nil), b.Get(syncSecretKey)...)
		in.LogSeq = readSeq(b, syncSeqKey)
		c := b.Cursor()
		for k, v := c.Seek([]byte{'p'}); k != nil && k[0] == 'p'; k, v = c.Next() {
			p, err := decodePeer(centerFromKey(k[1:]), v)
			if err != nil {
				return err
			}
			in.Peers = append(in.Peers, p)
		}
		if lb := tx.Bucket(bSyncLog); lb != nil {
			in.LogLen = lb.Stats().KeyN
			for i := range in.Peers {
				lc := lb.Cursor()
				for k, _ := lc.Seek(binary.BigEndian.AppendUint64(nil, in.Peers[i].Acked+1)); k != nil; k, _ = lc.Next() {
					in.Peers[i].Unacked++
				}
			}
		}
		if pb := tx.Bucket(bSyncPend); pb != nil {
			err := pb.ForEach(func(k, v []byte) error {
				in.Pending = append(in.Pending, pendingHead(k, v))
				return nil
			})
			if err != nil {
				return err
			}
		}
		if cb := tx.Bucket(bSyncConf); cb != nil {
			in.Conflicts = cb.Stats().KeyN
		}
		return nil
	})
	return in, err
}

// createSyncBuckets makes the sync buckets and sets the role.
func createSyncBuckets(tx *bbolt.Tx, role SyncRole, center domain.CenterID, seed, secret []byte) error {
	if r, _ := syncRole(tx); r != SyncNone {
		return fmt.Errorf("%w: this database is already in a sync network", ErrSyncRole)
	}
	for _, name := range [][]byte{bSync, bSyncLog, bSyncPend, bSyncConf} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	b := tx.Bucket(bSync)
	for k, v := range map[string][]byte{
		string(syncRoleKey): {byte(role)}, string(syncCenterKey): centerKey(center),
		string(syncSeedKey): seed, string(syncSecretKey): secret,
	} {
		if err := b.Put([]byte(k), v); err != nil {
			return err
		}
	}
	return nil
}

// SyncInitHub makes this database the network's hub, with seed as its
// private key and secret as the federation's match-index key. Changes
// from now on are logged for the spokes.
func (s *Store) SyncInitHub(seed, secret []byte) error {
	return s.db.Update(func(tx *bbolt.Tx) error {
		return createSyncBuckets(tx, SyncHub, 0, seed, secret)
	})
}

// migrateSyncAware (schema 3) changes nothing in the file: it marks the
// database as one that only binaries keeping the sync change log may
// write, so an older parvande refuses it ("written by a newer parvande")
// instead of making changes a hub or spoke would never send.
func migrateSyncAware(*bbolt.Tx) error { return nil }
