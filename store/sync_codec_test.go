package store

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// TestSyncBatchRoundTrip: random batches read back as written.
func TestSyncBatchRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	buckets := []byte{SyncCenters, SyncFiles, SyncVisits, SyncAid, SyncLinks, SyncDecisions}
	for range 200 {
		b := SyncBatch{From: domain.CenterID(rng.Uint32() >> 8), To: domain.CenterID(rng.IntN(5)),
			Number: rng.Uint64N(1 << 40), Lo: rng.Uint64N(1 << 30), Ack: rng.Uint64()}
		b.Hi = b.Lo + rng.Uint64N(50)
		for i := 0; b.Hi > b.Lo && i < rng.IntN(20); i++ {
			r := SyncRecord{Seq: b.Lo + 1 + rng.Uint64N(b.Hi-b.Lo), Kind: logChange, Bucket: buckets[rng.IntN(len(buckets))],
				Key: make([]byte, 1+rng.IntN(16))}
			if rng.IntN(4) > 0 {
				r.Value = make([]byte, rng.IntN(300))
				for j := range r.Value {
					r.Value[j] = byte(rng.Uint32())
				}
			}
			b.Records = append(b.Records, r)
		}
		got, err := DecodeSyncBatch(EncodeSyncBatch(&b))
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Records) == 0 {
			b.Records = []SyncRecord{}
		}
		if !reflect.DeepEqual(got, b) {
			t.Fatalf("round trip:\n%+v\n%+v", b, got)
		}
	}
}

func TestDecodeSyncBatchRefuses(t *testing.T) {
	good := EncodeSyncBatch(&SyncBatch{From: 2, Number: 3, Lo: 4, Hi: 5,
		Records: []SyncRecord{{Seq: 5, Kind: 'c', Bucket: SyncFiles, Key: make([]byte, 8), Value: []byte{1}}}})
	for name, data := range map[string][]byte{
		"empty":          nil,
		"format":         append([]byte{9}, good[1:]...),
		"cut":            good[:len(good)-1],
		"trailing":       append(append([]byte(nil), good...), 0),
		"unknown bucket": bytesReplaced(good, SyncFiles, 'Z'),
	} {
		if _, err := DecodeSyncBatch(data); !errors.Is(err, ErrSyncBatch) {
			t.Errorf("%s: %v", name, err)
		}
	}
	seqOut := EncodeSyncBatch(&SyncBatch{Number: 1, Lo: 4, Hi: 5, Records: []SyncRecord{{Seq: 9, Bucket: SyncFiles, Key: make([]byte, 8)}}})
	if _, err := DecodeSyncBatch(seqOut); err == nil {
		t.Error("a record past the batch's range was read")
	}
}

func bytesReplaced(b []byte, old, new byte) []byte {
	out := append([]byte(nil), b...)
	for i := len(out) - 1; i >= 0; i-- {
		if out[i] == old {
			out[i] = new
			break
		}
	}
	return out
}

// TestBumpNumber: a received file's number keeps the counter above it.
func TestBumpNumber(t *testing.T) {
	s := newEnv(t).s
	for _, tc := range []struct {
		number string
		want   uint64
	}{
		{"TUS-1403-0042", 42},
		{"TUS-1403-0007", 42}, // never lowered
		{"TUS-1403-0100", 100},
		{"hand-typed", 100},
		{"", 100},
		{"X-1403-abc", 100},
	} {
		err := s.db.Update(func(tx *bbolt.Tx) error {
			return bumpNumber(tx, &domain.File{Center: 3, Number: tc.number})
		})
		if err != nil {
			t.Fatal(err)
		}
		var got uint64
		s.db.View(func(tx *bbolt.Tx) error {
			got = readSeq(tx.Bucket(bSeq), seqKey(seqNumber, 3, 1403))
			return nil
		})
		if got != tc.want {
			t.Errorf("%q: counter %d, want %d", tc.number, got, tc.want)
		}
	}
}

func FuzzDecodeSyncBatch(f *testing.F) {
	f.Add(EncodeSyncBatch(&SyncBatch{From: 2, Number: 3, Lo: 4, Hi: 5,
		Records: []SyncRecord{{Seq: 5, Kind: 'c', Bucket: SyncFiles, Key: make([]byte, 8), Value: []byte{1}}}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := DecodeSyncBatch(data)
		if err != nil {
			return
		}
		again, err := DecodeSyncBatch(EncodeSyncBatch(&b))
		if err != nil || !reflect.DeepEqual(again, b) {
			t.Fatalf("does not read back: %v", err)
		}
	})
}
