package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// SyncOutgoing gathers the next batch for a peer: the records changed in
// this database's log after the last bundle made for it (or, with
// resend, after the last position it acknowledged), each at its current
// value. Nothing is written: call SyncSent once the bundle is safely out.
func (s *Store) SyncOutgoing(to domain.CenterID, resend bool) (SyncBatch, error) {
	var b SyncBatch
	err := s.db.View(func(tx *bbolt.Tx) error {
		role, me := syncRole(tx)
		if role == SyncNone || role == SyncSpoke && to != HubCenter {
			return ErrSyncRole
		}
		p, ok, err := getPeer(tx, to)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("%w: center %d", ErrSyncPeer, to)
		}
		b = SyncBatch{From: me, To: to, Number: p.OutNumber + 1, Lo: p.OutSeq, Ack: p.InSeq,
			Hi: readSeq(tx.Bucket(bSync), syncSeqKey)}
		if resend || p.Acked > b.Lo {
			b.Lo = p.Acked
		}
		b.Records, b.Entries, err = collect(tx, role, to, b.Lo, b.Hi)
		return err
	})
	return b, err
}

// SyncSent records that bundle b went out, so the next one starts after it.
func (s *Store) SyncSent(b SyncBatch) error {
	return s.db.Update(func(tx *bbolt.Tx) error {
		p, ok, err := getPeer(tx, b.To)
		if err != nil || !ok {
			return fmt.Errorf("%w: center %d", ErrSyncPeer, b.To)
		}
		p.OutNumber = max(p.OutNumber, b.Number)
		p.OutSeq = max(p.OutSeq, b.Hi)
		p.LastOut = s.clock()
		return putPeer(tx, &p)
	})
}

type recKey struct {
	bucket byte
	key    string
}

// collect reads the log in (lo, hi] and returns each changed record once,
// at its latest position, as far as peer may receive it: a spoke gets its
// own center's records and the centers, never another center's files.
func collect(tx *bbolt.Tx, role SyncRole, peer domain.CenterID, lo, hi uint64) ([]SyncRecord, int, error) {
	latest := map[recKey]int{}
	var out []SyncRecord
	entries := 0
	c := tx.Bucket(bSyncLog).Cursor()
	start := binary.BigEndian.AppendUint64(nil, lo+1)
	for k, v := c.Seek(start); len(k) == 8; k, v = c.Next() {
		seq := binary.BigEndian.Uint64(k)
		if seq > hi {
			break
		}
		entries++
		if len(v) < 6 || centerFromKey(v) == peer && role == SyncHub {
			continue // the peer made this change itself
		}
		rk := recKey{v[5], string(v[6:])}
		r := SyncRecord{Seq: seq, Kind: v[4], Bucket: v[5], Key: append([]byte(nil), v[6:]...)}
		if i, ok := latest[rk]; ok {
			if r.Kind == logChange {
				r.Kind = out[i].Kind // a transfer stays a transfer
			}
			out[i] = r
			continue
		}
		latest[rk] = len(out)
		out = append(out, r)
	}
	var recs []SyncRecord
	seen := map[recKey]bool{}
	moved := map[domain.ID]uint64{}
	for _, r := range out {
		bk := syncBucketOf(r.Bucket)
		if bk == nil {
			continue
		}
		if v := tx.Bucket(bk).Get(r.Key); v != nil {
			r.Value = append(make([]byte, 0, len(v)), v...)
		}
		if role == SyncHub && !forPeer(tx, peer, &r) {
			continue
		}
		seen[recKey{r.Bucket, string(r.Key)}] = true
		recs = append(recs, r)
		if r.Kind == logTransfer && r.Value != nil && role == SyncHub {
			moved[domain.IDFromKey(r.Key)] = r.Seq
		}
	}
	recs = appendFileFacts(tx, recs, moved, seen)
	slices.SortStableFunc(recs, func(a, b SyncRecord) int { return bucketRank(a.Bucket) - bucketRank(b.Bucket) })
	return recs, entries, nil
}

// bucketRank orders a batch so that centers come before files and files
// before what hangs off them.
func bucketRank(b byte) int {
	return bytes.IndexByte([]byte{SyncCenters, SyncFiles, SyncVisits, SyncAid, SyncLinks, SyncDecisions}, b)
}

// ownerOf is a file's owning center here, 0 when the file is not here.
func ownerOf(tx *bbolt.Tx, id domain.ID) domain.CenterID {
	v := tx.Bucket(bFiles).Get(id.Key())
	if v == nil {
		return 0
	}
	f, err := decodeFile(id, v)
	if err != nil {
		return 0
	}
	return f.Center
}

// forPeer says whether a spoke may receive a record the hub holds.
func forPeer(tx *bbolt.Tx, peer domain.CenterID, r *SyncRecord) bool {
	switch r.Bucket {
	case SyncCenters:
		return true
	case SyncFiles:
		return r.Value != nil && ownerOf(tx, domain.IDFromKey(r.Key)) == peer
	case SyncVisits:
		return len(r.Key) == 16 && ownerOf(tx, domain.IDFromKey(r.Key)) == peer
	case SyncAid:
		if len(r.Key) != 16 {
			return false
		}
		return domain.IDFromKey(r.Key[8:]).Center() == peer || ownerOf(tx, domain.IDFromKey(r.Key)) == peer
	case SyncDecisions:
		return len(r.Key) == 16 && (ownerOf(tx, domain.IDFromKey(r.Key)) == peer ||
			ownerOf(tx, domain.IDFromKey(r.Key[8:])) == peer)
	case SyncLinks:
		if r.Value == nil {
			return false
		}
		l, err := decodeLink(domain.IDFromKey(r.Key), r.Value)
		return err == nil && (ownerOf(tx, l.A) == peer || ownerOf(tx, l.B) == peer)
	}
	return false
}

// appendFileFacts adds the visits and aid of files (file → log position)
// not already in the batch, and the coordinators' decisions and links on
// them: what a center that newly owns a file never had.
func appendFileFacts(tx *bbolt.Tx, recs []SyncRecord, files map[domain.ID]uint64, seen map[recKey]bool) []SyncRecord {
	add := func(b byte, seq uint64, k, v []byte) {
		if rk := (recKey{b, string(k)}); !seen[rk] {
			seen[rk] = true
			recs = append(recs, SyncRecord{Seq: seq, Kind: logChange, Bucket: b,
				Key: append([]byte(nil), k...), Value: append([]byte(nil), v...)})
		}
	}
	if len(files) == 0 {
		return recs
	}
	ids := make([]domain.ID, 0, len(files))
	for id := range files {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, b := range []byte{SyncVisits, SyncAid} {
		c := tx.Bucket(syncBucketOf(b)).Cursor()
		for _, file := range ids {
			prefix := file.Key()
			for k, v := c.Seek(prefix); hasPrefix(k, prefix); k, v = c.Next() {
				add(b, files[file], k, v)
			}
		}
	}
	tx.Bucket(bDecisions).ForEach(func(k, v []byte) error {
		if len(k) != 16 {
			return nil
		}
		if seq, ok := files[domain.IDFromKey(k)]; ok {
			add(SyncDecisions, seq, k, v)
		} else if seq, ok := files[domain.IDFromKey(k[8:])]; ok {
			add(SyncDecisions, seq, k, v)
		}
		return nil
	})
	eachLink(tx, func(l domain.Link) error {
		if seq, ok := files[l.A]; ok {
			add(SyncLinks, seq, l.ID.Key(), encodeLink(&l))
		} else if seq, ok := files[l.B]; ok {
			add(SyncLinks, seq, l.ID.Key(), encodeLink(&l))
		}
		return nil
	})
	return recs
}

// SyncAddSpoke registers center as a spoke with its public key and
// returns what its new database starts from: every center, the center's
// files with their visits and aid, and the decisions and links that touch
// them, as of the hub's current log position. From then on the center's
// records are changed only at the spoke.
//
// again replaces an existing spoke: a new key (the old one no longer
// signs anything the hub accepts) and a new start, for a spoke whose
// database was lost, stolen or restored from an old backup. Its bundles
// still held here are dropped; what it applied before stays applied.
func (s *Store) SyncAddSpoke(center domain.CenterID, pub []byte, again bool) (SyncBatch, error) {
	var b SyncBatch
	err := s.db.Update(func(tx *bbolt.Tx) error {
		if role, _ := syncRole(tx); role != SyncHub {
			return fmt.Errorf("%w: add-spoke runs on the hub", ErrSyncRole)
		}
		if center == HubCenter {
			return fmt.Errorf("center 0: %w", ErrNotFound)
		}
		if _, err := getCenter(tx, center); err != nil {
			return err
		}
		old, had, err := getPeer(tx, center)
		if err != nil {
			return err
		}
		if had && !again {
			return fmt.Errorf("center %d is already a spoke: %w", center, ErrExists)
		}
		if !had && again {
			return fmt.Errorf("center %d is not a spoke yet: %w", center, ErrNotFound)
		}
		if err := dropPending(tx, center); err != nil {
			return err
		}
		hi := readSeq(tx.Bucket(bSync), syncSeqKey)
		b = SyncBatch{From: HubCenter, To: center, Hi: hi}
		b.Records = snapshot(tx, center, hi)
		p := SyncPeer{Center: center, Key: pub, OutSeq: hi, Acked: hi, LastOut: s.clock(),
			InSeq: old.InSeq, InNumber: old.InNumber, LastIn: old.LastIn}
		return putPeer(tx, &p)
	})
	return b, err
}

// dropPending deletes the bundles held from a peer.
func dropPending(tx *bbolt.Tx, from domain.CenterID) error {
	c := tx.Bucket(bSyncPend).Cursor()
	prefix := centerKey(from)
	for k, _ := c.Seek(prefix); hasPrefix(k, prefix); k, _ = c.Seek(prefix) {
		if err := c.Delete(); err != nil {
			return err
		}
	}
	return nil
}

// snapshot is a new spoke's starting state.
func snapshot(tx *bbolt.Tx, center domain.CenterID, seq uint64) []SyncRecord {
	var recs []SyncRecord
	tx.Bucket(bCenters).ForEach(func(k, v []byte) error {
		recs = append(recs, SyncRecord{Seq: seq, Kind: logChange, Bucket: SyncCenters,
			Key: append([]byte(nil), k...), Value: append([]byte(nil), v...)})
		return nil
	})
	mine := map[domain.ID]uint64{}
	files := tx.Bucket(bFiles)
	for _, id := range idsWithPrefix(tx.Bucket(ixStatus), centerKey(center)) {
		if v := files.Get(id.Key()); v != nil {
			if _, dup := mine[id]; !dup {
				mine[id] = seq
				recs = append(recs, SyncRecord{Seq: seq, Kind: logChange, Bucket: SyncFiles,
					Key: id.Key(), Value: append([]byte(nil), v...)})
			}
		}
	}
	return appendFileFacts(tx, recs, mine, map[recKey]bool{})
}

// EachSyncRecord calls fn with every record a sync network replicates
// (centers, files, visits, aid, links, decisions), bucket by bucket in key
// order, inside one read transaction: fn must copy what it keeps. Tests
// compare databases with it; status counts with it.
func (s *Store) EachSyncRecord(fn func(bucket byte, key, value []byte) error) error {
	return s.db.View(func(tx *bbolt.Tx) error {
		for _, b := range []byte{SyncCenters, SyncFiles, SyncVisits, SyncAid, SyncLinks, SyncDecisions} {
			err := tx.Bucket(syncBucketOf(b)).ForEach(func(k, v []byte) error { return fn(b, k, v) })
			if err != nil {
				return err
			}
		}
		return nil
	})
}
