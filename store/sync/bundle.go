// Package sync moves changes between a hub and its offline spokes: signed,
// compressed bundles carried on a USB stick (or any byte stream), read
// and written through the store's change log.
package sync

import (
	"bytes"
	"compress/gzip"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// Kinds of signed file.
const (
	KindBundle byte = 'b' // changes from one database to another
	KindJoin   byte = 'j' // a new spoke's start: its key, the hub's, its records
)

var magic = []byte("PARVSYNC")

const formatVersion = 1

// header is magic(8) version(1) kind(1) from(4) to(4) number(8) keyid(8)
// bodylen(4); the body follows and the ed25519 signature over everything
// before it ends the file.
const headerLen = 8 + 1 + 1 + 4 + 4 + 8 + 8 + 4

// maxBody caps a body's size, compressed and not: a bundle of a million
// changes is some hundreds of megabytes at most.
const maxBody = 1 << 30

// Errors a reader of a bundle may meet. Each says what to do.
var (
	ErrNotBundle   = errors.New("not a parvande sync bundle")
	ErrNewer       = errors.New("bundle made by a newer parvande; update this one")
	ErrBadSign     = errors.New("bundle signature does not match: it was changed after it was made, or not made by that center")
	ErrWrongKey    = errors.New("bundle is signed with a key this database does not know for that center")
	ErrNotForUs    = errors.New("bundle is addressed to another database")
	ErrUnknownPeer = errors.New("bundle comes from a center that is not a peer of this database")
	ErrDamaged     = errors.New("bundle is damaged")
)

// Header is what a bundle says about itself before it is verified.
type Header struct {
	Kind     byte
	From, To domain.CenterID
	Number   uint64
	KeyID    [8]byte
}

// KeyID names a public key by the first bytes of its SHA-256.
func KeyID(pub ed25519.PublicKey) [8]byte {
	sum := sha256.Sum256(pub)
	var id [8]byte
	copy(id[:], sum[:8])
	return id
}

// Seal compresses body, frames it with h and signs it with priv.
func Seal(h Header, body []byte, priv ed25519.PrivateKey) ([]byte, error) {
	var z bytes.Buffer
	z.Write(make([]byte, headerLen))
	gz, err := gzip.NewWriterLevel(&z, gzip.BestSpeed)
	if err != nil {
		return nil, err
	}
	if _, err := gz.Write(body); err != nil {
		return nil, err
	}
	if err := gz.Close(); err != nil {
		return nil, err
	}
	out := z.Bytes()
	n := len(out) - headerLen
	if n > maxBody {
		return nil, fmt.Errorf("bundle body of %d bytes is too large", n)
	}
	h.KeyID = KeyID(priv.Public().(ed25519.PublicKey))
	putHeader(out[:0], h, uint32(n))
	return append(out, ed25519.Sign(priv, out)...), nil
}

func putHeader(b []byte, h Header, n uint32) []byte {
	b = append(b, magic...)
	b = append(b, formatVersion, h.Kind)
	b = binary.BigEndian.AppendUint32(b, uint32(h.From))
	b = binary.BigEndian.AppendUint32(b, uint32(h.To))
	b = binary.BigEndian.AppendUint64(b, h.Number)
	b = append(b, h.KeyID[:]...)
	return binary.BigEndian.AppendUint32(b, n)
}

// ReadHeader reads a bundle's header and checks its frame: right magic,
// known version, body and signature of the stated size. It trusts
// nothing yet; Open verifies.
func ReadHeader(data []byte) (Header, error) {
	var h Header
	if len(data) < headerLen || !bytes.Equal(data[:8], magic) {
		return h, ErrNotBundle
	}
	if data[8] != formatVersion {
		if data[8] > formatVersion {
			return h, ErrNewer
		}
		return h, ErrNotBundle
	}
	h.Kind = data[9]
	h.From = domain.CenterID(binary.BigEndian.Uint32(data[10:]))
	h.To = domain.CenterID(binary.BigEndian.Uint32(data[14:]))
	h.Number = binary.BigEndian.Uint64(data[18:])
	copy(h.KeyID[:], data[26:34])
	n := binary.BigEndian.Uint32(data[34:])
	if h.Kind != KindBundle && h.Kind != KindJoin {
		return h, ErrNotBundle
	}
	if uint64(len(data)) != uint64(headerLen)+uint64(n)+ed25519.SignatureSize {
		return h, fmt.Errorf("%w: its length is not what its header says (cut short?)", ErrDamaged)
	}
	return h, nil
}

// Open verifies a bundle's signature with pub and returns its header and
// uncompressed body. Nothing is trusted before the signature holds.
func Open(data []byte, pub ed25519.PublicKey) (Header, []byte, error) {
	h, err := ReadHeader(data)
	if err != nil {
		return h, nil, err
	}
	if len(pub) != ed25519.PublicKeySize {
		return h, nil, ErrWrongKey
	}
	if h.KeyID != KeyID(pub) {
		return h, nil, ErrWrongKey
	}
	split := len(data) - ed25519.SignatureSize
	if !ed25519.Verify(pub, data[:split], data[split:]) {
		return h, nil, ErrBadSign
	}
	gz, err := gzip.NewReader(bytes.NewReader(data[headerLen:split]))
	if err != nil {
		return h, nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	body, err := io.ReadAll(io.LimitReader(gz, maxBody+1))
	if err != nil || len(body) > maxBody {
		return h, nil, fmt.Errorf("%w: body does not uncompress", ErrDamaged)
	}
	return h, body, nil
}

// bundleBody is a batch, then (for the hub's bundles to a spoke) an
// optional attachment: the encoded match index of the other centers.
func bundleBody(b *store.SyncBatch, attach []byte) []byte {
	body := store.EncodeSyncBatch(b)
	out := binary.AppendUvarint(nil, uint64(len(body)))
	out = append(out, body...)
	out = binary.AppendUvarint(out, uint64(len(attach)))
	return append(out, attach...)
}

func readBundleBody(body []byte) (store.SyncBatch, []byte, error) {
	n, k := binary.Uvarint(body)
	if k <= 0 || n > uint64(len(body)-k) {
		return store.SyncBatch{}, nil, ErrDamaged
	}
	b, err := store.DecodeSyncBatch(body[k : k+int(n)])
	if err != nil {
		return b, nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	rest := body[k+int(n):]
	m, j := binary.Uvarint(rest)
	if j <= 0 || m != uint64(len(rest)-j) {
		return b, nil, ErrDamaged
	}
	return b, rest[j:], nil
}
