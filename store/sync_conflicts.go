package store

import (
	"encoding/binary"
	"fmt"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// SyncConflict is an incoming record that was not applied because it
// would have overwritten what ownership says it must not. It waits for a
// coordinator.
type SyncConflict struct {
	ID       uint64
	From     domain.CenterID
	Bucket   byte
	Key      []byte
	Why      string // Conflict* code
	Here     []byte // the record as it is here (nil: none)
	Incoming []byte
}

// Record names the conflicting record: its id, or for a visit, aid or
// decision the file's id then the record's.
func (c *SyncConflict) Record() (domain.ID, domain.ID) {
	switch len(c.Key) {
	case 4:
		return domain.ID(centerFromKey(c.Key)), 0
	case 8:
		return domain.IDFromKey(c.Key), 0
	case 16:
		return domain.IDFromKey(c.Key), domain.IDFromKey(c.Key[8:])
	}
	return 0, 0
}

func (c *SyncConflict) encode() []byte {
	b := []byte{1, c.Bucket}
	b = putCenter(b, c.From)
	for _, f := range [][]byte{c.Key, []byte(c.Why), c.Here, c.Incoming} {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	return b
}

func decodeConflict(id uint64, v []byte) (SyncConflict, error) {
	c := SyncConflict{ID: id}
	r := byteReader{b: v}
	if r.byte() != 1 {
		return c, fmt.Errorf("sync conflict %d: unknown format", id)
	}
	c.Bucket = r.byte()
	if len(r.b) < 4 {
		return c, fmt.Errorf("sync conflict %d: %w", id, errDamaged)
	}
	c.From = centerFromKey(r.b)
	r.b = r.b[4:]
	c.Key = append([]byte(nil), r.bytes()...)
	c.Why = string(r.bytes())
	c.Here = append([]byte(nil), r.bytes()...)
	c.Incoming = append([]byte(nil), r.bytes()...)
	if r.bad {
		return c, fmt.Errorf("sync conflict %d: %w", id, errDamaged)
	}
	return c, nil
}

// SyncConflicts lists the conflicts waiting, oldest first. Only a
// coordinator or an admin may see them: they hold records of any center.
func (s *Store) SyncConflicts(a Actor) ([]SyncConflict, error) {
	if !domain.Can(a.User, domain.ActDuplicateDecide, domain.Any) {
		return nil, ErrDenied
	}
	var out []SyncConflict
	err := s.db.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bSyncConf)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			if len(k) != 8 {
				return nil
			}
			c, err := decodeConflict(binary.BigEndian.Uint64(k), v)
			if err != nil {
				return err
			}
			out = append(out, c)
			return nil
		})
	})
	return out, err
}

// DismissSyncConflict settles a conflict by keeping what is here: the
// incoming record is dropped, and that is audited with its bytes' size so
// the decision is on record.
func (s *Store) DismissSyncConflict(a Actor, id uint64, note string) error {
	if !domain.Can(a.User, domain.ActDuplicateDecide, domain.Any) {
		return ErrDenied
	}
	return s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bSyncConf)
		k := binary.BigEndian.AppendUint64(nil, id)
		if b == nil || b.Get(k) == nil {
			return fmt.Errorf("sync conflict %d: %w", id, ErrNotFound)
		}
		c, err := decodeConflict(id, b.Get(k))
		if err != nil {
			return err
		}
		if err := b.Delete(k); err != nil {
			return err
		}
		x, y := c.Record()
		return s.audit(tx, a, s.clock(), &domain.AuditEvent{
			Action: domain.ActDuplicateDecide, Kind: kindSync, Target: x, Note: note,
			Changes: []domain.FieldChange{
				{Field: "conflict", Before: fmt.Sprintf("%d %c %s %s", id, c.Bucket, x, y), After: "kept here"},
			},
		})
	})
}

// Changes says how the incoming record differs from the one here, field
// by field (Before: here, After: incoming), for a file; nil for other
// records or when either side does not decode.
func (c *SyncConflict) Changes() []domain.FieldChange {
	if c.Bucket != SyncFiles || len(c.Key) != 8 || c.Here == nil || c.Incoming == nil {
		return nil
	}
	id := domain.IDFromKey(c.Key)
	here, err1 := decodeFile(id, c.Here)
	inc, err2 := decodeFile(id, c.Incoming)
	if err1 != nil || err2 != nil {
		return nil
	}
	return diffFile(&here, &inc)
}
