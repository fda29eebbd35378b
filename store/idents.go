package store

import (
	"bytes"
	"encoding/binary"
	"slices"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// Identifier index in two tiers. National codes, foreign numbers and
// mobiles arrive in random order, so in one B-tree every batch of 5,000
// new files dirties thousands of leaf pages scattered over the whole index
// and rewrites nearly all of it: at a million files that was two thirds of
// an import's time. New entries therefore go to a small recent tier
// (ix.id.new), whose few hundred pages a batch rewrites cheaply, and once
// it holds mergeAt entries they move into the main tier (ix.id) in one
// sorted pass, each main page rewritten at most once. Lookups read both
// tiers; removals delete from both.
//
// Keys in both tiers: kind(1) identifier(5) file(8), value empty.

// identKind names an identifier and its canonical digit count.
type identKind struct {
	tag    byte
	digits int
}

var (
	identNational = identKind{'n', 10}
	identForeign  = identKind{'f', 12}
	identMobile   = identKind{'m', 11}
)

// mergeAt is the recent tier's size that triggers a merge: small enough
// that a batch touches few of its pages, large enough that merges (which
// rewrite much of the main tier) are rare.
const mergeAt = 64 << 10

// seqIdentAdds counts entries put into the recent tier since the last
// merge (kept in the seq bucket under this kind, center 0).
const seqIdentAdds = 'i'

func isIdent(b []byte) bool { return bytes.Equal(b, ixIdentNew) }

// identsAdded counts n new recent-tier entries and merges when due.
func identsAdded(tx *bbolt.Tx, n int) error {
	if n == 0 {
		return nil
	}
	seq := tx.Bucket(bSeq)
	k := seqKey(seqIdentAdds, 0, 0)
	total := readSeq(seq, k) + uint64(n)
	if total < mergeAt {
		return seq.Put(k, binary.BigEndian.AppendUint64(nil, total))
	}
	if err := mergeIdents(tx); err != nil {
		return err
	}
	return seq.Put(k, binary.BigEndian.AppendUint64(nil, 0))
}

// mergeIdents moves every recent entry into the main tier, in key order.
func mergeIdents(tx *bbolt.Tx) error {
	recent := tx.Bucket(ixIdentNew)
	var arena []byte
	var keys [][]byte
	c := recent.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		off := len(arena)
		arena = append(arena, k...)
		keys = append(keys, arena[off:len(arena):len(arena)])
	}
	main := bucket(tx, ixIdent)
	for _, k := range keys {
		if err := main.Put(k, empty); err != nil {
			return err
		}
	}
	if err := tx.DeleteBucket(ixIdentNew); err != nil {
		return err
	}
	_, err := tx.CreateBucket(ixIdentNew)
	return err
}

// identPrefix is the lookup prefix of a canonical identifier value.
func identPrefix(kind identKind, value string) ([]byte, bool) {
	return packDigits([]byte{kind.tag}, value, kind.digits)
}

// lookupIdent lists the files with an identifier, from both tiers.
func (s *Store) lookupIdent(kind identKind, value string) ([]domain.ID, error) {
	prefix, ok := identPrefix(kind, value)
	if !ok {
		return nil, nil
	}
	var out []domain.ID
	err := s.db.View(func(tx *bbolt.Tx) error {
		out = append(idsWithPrefix(tx.Bucket(ixIdent), prefix), idsWithPrefix(tx.Bucket(ixIdentNew), prefix)...)
		return nil
	})
	slices.Sort(out)
	return slices.Compact(out), err
}
