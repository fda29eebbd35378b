package store

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/parvande/parvande/domain"
)

// SyncRecord is one record as a bundle carries it: its current bytes
// (state, not a delta), so the latest version the owner made wins.
type SyncRecord struct {
	Seq    uint64 // sender's log position of its latest change in the batch
	Kind   byte
	Bucket byte // SyncFiles, SyncVisits, ...
	Key    []byte
	Value  []byte // nil: the record was deleted (a decision undone)
}

// SyncBatch is what one bundle carries: the sender's log positions
// (Lo, Hi] and the records they changed. Ack is how far the sender has
// applied the receiver's own log.
type SyncBatch struct {
	From, To domain.CenterID
	Number   uint64
	Lo, Hi   uint64
	Ack      uint64
	Records  []SyncRecord
	// Entries is how many log entries (Lo, Hi] held when the batch was
	// made; it is not carried.
	Entries int
}

// ErrSyncBatch: the batch's bytes do not decode.
var ErrSyncBatch = errors.New("sync bundle body is damaged")

const syncBatchFormat = 1

// limits keep a hostile bundle from asking for absurd allocations.
const (
	maxSyncKey   = 64
	maxSyncValue = 16 << 20
)

// EncodeSyncBatch writes a batch as bytes; DecodeSyncBatch reads it back.
func EncodeSyncBatch(b *SyncBatch) []byte {
	size := 64
	for i := range b.Records {
		size += 24 + len(b.Records[i].Key) + len(b.Records[i].Value)
	}
	out := make([]byte, 0, size)
	out = append(out, syncBatchFormat)
	out = binary.BigEndian.AppendUint32(out, uint32(b.From))
	out = binary.BigEndian.AppendUint32(out, uint32(b.To))
	for _, v := range []uint64{b.Number, b.Lo, b.Hi, b.Ack, uint64(len(b.Records))} {
		out = binary.AppendUvarint(out, v)
	}
	for i := range b.Records {
		r := &b.Records[i]
		out = binary.AppendUvarint(out, r.Seq)
		out = append(out, r.Kind, r.Bucket)
		out = binary.AppendUvarint(out, uint64(len(r.Key)))
		out = append(out, r.Key...)
		if r.Value == nil {
			out = append(out, 0)
			continue
		}
		out = append(out, 1)
		out = binary.AppendUvarint(out, uint64(len(r.Value)))
		out = append(out, r.Value...)
	}
	return out
}

// DecodeSyncBatch reads a batch. Any damage is an error, never a panic;
// the records' bytes are copies.
func DecodeSyncBatch(data []byte) (SyncBatch, error) {
	var b SyncBatch
	r := byteReader{b: data}
	if r.byte() != syncBatchFormat || len(r.b) < 8 {
		return b, fmt.Errorf("%w: unknown format", ErrSyncBatch)
	}
	b.From = domain.CenterID(binary.BigEndian.Uint32(r.b))
	b.To = domain.CenterID(binary.BigEndian.Uint32(r.b[4:]))
	r.b = r.b[8:]
	b.Number, b.Lo, b.Hi, b.Ack = r.uvarint(), r.uvarint(), r.uvarint(), r.uvarint()
	n := r.uvarint()
	if r.bad || n > uint64(len(r.b))/5 || b.Lo > b.Hi {
		return b, fmt.Errorf("%w: bad header", ErrSyncBatch)
	}
	b.Records = make([]SyncRecord, 0, n)
	for i := uint64(0); i < n; i++ {
		var x SyncRecord
		x.Seq = r.uvarint()
		x.Kind, x.Bucket = r.byte(), r.byte()
		k := r.bytes()
		if len(k) > maxSyncKey || syncBucketOf(x.Bucket) == nil {
			return b, fmt.Errorf("%w: record %d", ErrSyncBatch, i+1)
		}
		x.Key = append([]byte(nil), k...)
		switch r.byte() {
		case 0:
		case 1:
			v := r.bytes()
			if len(v) > maxSyncValue {
				return b, fmt.Errorf("%w: record %d too large", ErrSyncBatch, i+1)
			}
			x.Value = append(make([]byte, 0, len(v)), v...)
		default:
			r.bad = true
		}
		// a join snapshot (number 0) carries records as of its Hi
		if r.bad || x.Seq > b.Hi || x.Seq <= b.Lo && b.Number != 0 {
			return b, fmt.Errorf("%w: record %d", ErrSyncBatch, i+1)
		}
		b.Records = append(b.Records, x)
	}
	if len(r.b) != 0 {
		return b, fmt.Errorf("%w: trailing bytes", ErrSyncBatch)
	}
	return b, nil
}

// EncodeSyncFile is a file's record as a bundle carries it, for tools and
// tests that must build a bundle by hand.
func EncodeSyncFile(f *domain.File) []byte { return encodeFile(f) }
