package pprl

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash"
)

// SecretSize is the length of a federation secret.
const SecretSize = 32

// Secret is the federation's key: every center of one federation encodes
// with it, so that equal values give equal codes. Whoever holds it can test
// guesses against an index (see the package notes), so it is kept apart from
// the index and replaced when a spoke is lost.
type Secret [SecretSize]byte

// KeyID names a secret without revealing it: an index says which key made
// it, and a spoke refuses an index made under another key.
type KeyID [8]byte

// ErrShortSecret is returned for a secret of the wrong length.
var ErrShortSecret = errors.New("pprl: the federation secret must be 32 bytes")

// ParseSecret copies b into a Secret.
func ParseSecret(b []byte) (Secret, error) {
	var s Secret
	if len(b) != SecretSize {
		return s, ErrShortSecret
	}
	copy(s[:], b)
	return s, nil
}

// Purposes of the keys derived from a secret. Each kind of encoding has
// its own key, so that a code of one kind says nothing about another kind
// (a mobile and a national code with the same digits do not meet).
const (
	purposeKeyID = "key-id"
	purposeIdent = "ident"
	purposeName  = "name"
	purposeBloom = "bloom"
	purposeAddr  = "address"
	purposeDate  = "date"
)

// derive is HMAC-SHA256(secret, "parvande/pprl/v1/" + purpose).
func (s Secret) derive(purpose string) []byte {
	m := hmac.New(sha256.New, s[:])
	m.Write([]byte("parvande/pprl/v1/"))
	m.Write([]byte(purpose))
	return m.Sum(nil)
}

// ID is the key id of s.
func (s Secret) ID() KeyID {
	var id KeyID
	copy(id[:], s.derive(purposeKeyID))
	return id
}

// mac is one derived key with a reusable HMAC state and output buffer.
type mac struct {
	h   hash.Hash
	buf []byte
}

func newMac(s Secret, purpose string) *mac {
	return &mac{h: hmac.New(sha256.New, s.derive(purpose)), buf: make([]byte, 0, sha256.Size)}
}

// sum is the HMAC of a kind byte and the parts, each part preceded by its
// length so that ("ab","c") and ("a","bc") differ.
func (m *mac) sum(kind byte, parts ...string) []byte {
	m.h.Reset()
	var hdr [5]byte
	hdr[0] = kind
	m.h.Write(hdr[:1])
	for _, p := range parts {
		binary.BigEndian.PutUint32(hdr[1:], uint32(len(p)))
		m.h.Write(hdr[1:])
		m.h.Write([]byte(p))
	}
	m.buf = m.h.Sum(m.buf[:0])
	return m.buf
}

// tag64 is the HMAC truncated to 8 bytes, never 0 (0 means "absent").
func (m *mac) tag64(kind byte, parts ...string) uint64 {
	v := binary.BigEndian.Uint64(m.sum(kind, parts...))
	return max(v, 1)
}

// tag32 is the HMAC truncated to 4 bytes, never 0.
func (m *mac) tag32(kind byte, parts ...string) uint32 {
	v := binary.BigEndian.Uint32(m.sum(kind, parts...))
	return max(v, 1)
}
