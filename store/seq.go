package store

import (
	"encoding/binary"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// Record ids are domain.NewID(center, n) where n comes from a counter per
// (kind, center) kept in the seq bucket: files, visits and aid are minted
// under the center that owns or gives them, audit events under the center
// they concern, users under their home center, and everything system-wide
// (centers themselves, admins without a center, system audit events) under
// center 0. Separate counters per kind keep each center's file ids dense,
// so an import's created ids are a few short ranges, and make ids minted by
// offline centers unique without coordination.
//
// File numbers ("TUS-1403-0042") use a further counter per center and
// Jalali year.
const (
	seqFile   = 'f'
	seqVisit  = 'v'
	seqAid    = 'a'
	seqAudit  = 'e'
	seqUser   = 'u'
	seqNumber = 'n' // + year(2): file numbers per center and year
	seqLink   = 'l'
)

func seqKey(kind byte, c domain.CenterID, year int) []byte {
	k := putCenter([]byte{kind}, c)
	if kind == seqNumber {
		k = binary.BigEndian.AppendUint16(k, uint16(clamp(year, 0, 0xffff)))
	}
	return k
}

// nextSeq returns the next number (from 1) of a counter.
func nextSeq(tx *bbolt.Tx, kind byte, c domain.CenterID, year int) (uint64, error) {
	b := tx.Bucket(bSeq)
	k := seqKey(kind, c, year)
	n := readSeq(b, k) + 1
	return n, b.Put(k, binary.BigEndian.AppendUint64(nil, n))
}

func readSeq(b *bbolt.Bucket, k []byte) uint64 {
	if v := b.Get(k); len(v) == 8 {
		return binary.BigEndian.Uint64(v)
	}
	return 0
}

// newID mints the next id of a kind under a center.
func newID(tx *bbolt.Tx, kind byte, c domain.CenterID) (domain.ID, error) {
	n, err := nextSeq(tx, kind, c, 0)
	return domain.NewID(c, n), err
}

// seqCache keeps counters in memory for the length of one import batch and
// writes them back once, instead of a Get and Put per file.
type seqCache struct {
	tx *bbolt.Tx
	m  map[string]uint64
}

func newSeqCache(tx *bbolt.Tx) *seqCache { return &seqCache{tx: tx, m: map[string]uint64{}} }

func (c *seqCache) next(kind byte, center domain.CenterID, year int) uint64 {
	k := seqKey(kind, center, year)
	n, ok := c.m[string(k)]
	if !ok {
		n = readSeq(c.tx.Bucket(bSeq), k)
	}
	n++
	c.m[string(k)] = n
	return n
}

func (c *seqCache) flush() error {
	b := c.tx.Bucket(bSeq)
	for k, n := range c.m {
		if err := b.Put([]byte(k), binary.BigEndian.AppendUint64(nil, n)); err != nil {
			return err
		}
	}
	return nil
}
