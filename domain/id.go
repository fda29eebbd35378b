package domain

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
)

// CenterID numbers a center. The hub assigns them, so they are unique across
// every database of one coordination network.
type CenterID uint32

// ID identifies any record. It is the owning (or recording) center in the top
// 24 bits and that center's own sequence in the low 40, so offline centers
// mint ids without coordinating and ids sort by center, then age.
type ID uint64

const (
	seqBits = 40
	seqMask = 1<<seqBits - 1
	// MaxCenterID is the largest center number an ID can carry.
	MaxCenterID = 1<<24 - 1
)

// NewID joins a center and its sequence number.
func NewID(c CenterID, seq uint64) ID {
	return ID(uint64(c)<<seqBits | seq&seqMask)
}

// Center is the center that minted the id.
func (id ID) Center() CenterID { return CenterID(uint64(id) >> seqBits) }

// Seq is the per-center sequence number.
func (id ID) Seq() uint64 { return uint64(id) & seqMask }

// IsZero reports whether the id is unset.
func (id ID) IsZero() bool { return id == 0 }

// String renders "center-seq", e.g. "12-345".
func (id ID) String() string {
	return strconv.FormatUint(uint64(id.Center()), 10) + "-" + strconv.FormatUint(id.Seq(), 10)
}

// Key is the fixed-width big-endian form used as a bbolt key, so cursors
// iterate in id order.
func (id ID) Key() []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(id))
	return b[:]
}

// IDFromKey reads an id written by Key.
func IDFromKey(b []byte) ID {
	if len(b) < 8 {
		return 0
	}
	return ID(binary.BigEndian.Uint64(b[:8]))
}

// ParseID reads the "center-seq" form.
func ParseID(s string) (ID, error) {
	c, q, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		return 0, fmt.Errorf("id %q: want center-sequence, e.g. 12-345", s)
	}
	cn, err := strconv.ParseUint(c, 10, 32)
	if err != nil || cn > MaxCenterID {
		return 0, fmt.Errorf("id %q: bad center number", s)
	}
	qn, err := strconv.ParseUint(q, 10, 64)
	if err != nil || qn > seqMask {
		return 0, fmt.Errorf("id %q: bad sequence number", s)
	}
	return NewID(CenterID(cn), qn), nil
}
