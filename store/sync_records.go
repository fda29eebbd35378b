package store

import (
	"bytes"
	"encoding/binary"
	"strconv"
	"strings"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// Why a record was kept as a conflict instead of applied (the text is
// stored with it and shown to the coordinator through the i18n catalog by
// the caller, which maps these codes).
const (
	ConflictDamaged   = "damaged"      // the record does not decode
	ConflictNotOwner  = "not-owner"    // the sender does not write for the record's center
	ConflictSameVer   = "same-version" // two different edits of one version
	ConflictCollision = "collision"    // one id, two different records
	ConflictNoFile    = "no-file"      // a visit or aid for a file not here
)

// center applies a center record at a spoke; the hub makes its own.
func (ap *applier) center(r *SyncRecord) (string, error) {
	if ap.role == SyncHub || len(r.Key) != 4 || r.Value == nil {
		return whyUnchanged, nil
	}
	id := centerFromKey(r.Key)
	c, err := decodeCenter(id, r.Value)
	if err != nil {
		return ConflictDamaged, nil
	}
	b, keys := ap.tx.Bucket(bCenters), ap.tx.Bucket(bCenterKey)
	old := b.Get(r.Key)
	if bytes.Equal(old, r.Value) {
		return whyUnchanged, nil
	}
	if old != nil {
		if o, err := decodeCenter(id, old); err == nil {
			keys.Delete(centerNameKey(o.Name))
			keys.Delete(centerCodeKey(o.Code))
		}
	}
	if err := b.Put(r.Key, r.Value); err != nil {
		return "", err
	}
	if err := keys.Put(centerNameKey(c.Name), r.Key); err != nil {
		return "", err
	}
	return "", keys.Put(centerCodeKey(c.Code), r.Key)
}

// file applies a file: the newer version wins when the sender writes for
// the center that owned it here; anything else is a conflict.
func (ap *applier) file(r *SyncRecord) (string, error) {
	if len(r.Key) != 8 || r.Value == nil {
		return ConflictDamaged, nil
	}
	id := domain.IDFromKey(r.Key)
	inc, err := decodeFile(id, r.Value)
	if err != nil || inc.Validate() != nil {
		return ConflictDamaged, nil
	}
	files := bucket(ap.tx, bFiles)
	raw := files.Get(r.Key)
	var oldEntries []ixEntry
	var oldCenter domain.CenterID
	if raw == nil {
		if ap.role == SyncHub && id.Center() != ap.from && inc.Center != ap.from {
			return ConflictNotOwner, nil
		}
	} else {
		if bytes.Equal(raw, r.Value) {
			return whyUnchanged, nil
		}
		old, err := decodeFile(id, raw)
		if err != nil {
			return "", err
		}
		switch {
		case inc.Version < old.Version:
			return whyUnchanged, nil // an older state of what is here
		case inc.Version == old.Version:
			return ConflictSameVer, nil
		case ap.authority(old.Center) != ap.from:
			return ConflictNotOwner, nil
		}
		oldEntries, oldCenter = fileEntriesOf(&old), old.Center
	}
	if err := files.Put(r.Key, r.Value); err != nil {
		return "", err
	}
	if err := swapEntries(ap.tx, oldEntries, fileEntriesOf(&inc)); err != nil {
		return "", err
	}
	if raw != nil && oldCenter != inc.Center {
		if err := moveDue(ap.tx, id, inc.Center); err != nil {
			return "", err
		}
	}
	ap.files[id] = true
	if err := bumpNumber(ap.tx, &inc); err != nil {
		return "", err
	}
	return "", bumpSeq(ap.tx, seqFile, id)
}

// bumpNumber keeps the center's file-number counter for the year at or
// above a received file's number ("TUS-1403-0042"), so a number minted
// here later (a transfer into that center) does not repeat it. Numbers
// minted offline at the same time may still meet: they are display
// numbers, not keys.
func bumpNumber(tx *bbolt.Tx, f *domain.File) error {
	parts := strings.Split(f.Number, "-")
	if len(parts) < 3 {
		return nil
	}
	year, err1 := strconv.Atoi(parts[len(parts)-2])
	n, err2 := strconv.ParseUint(parts[len(parts)-1], 10, 40)
	if err1 != nil || err2 != nil {
		return nil // a number typed by the center: not from the counter
	}
	b := tx.Bucket(bSeq)
	k := seqKey(seqNumber, f.Center, year)
	if readSeq(b, k) >= n {
		return nil
	}
	return b.Put(k, binary.BigEndian.AppendUint64(nil, n))
}

// fact applies a visit or an aid record: both are written once and never
// change, so one key with two different records is a collision.
func (ap *applier) fact(r *SyncRecord) (string, error) {
	if len(r.Key) != 16 || r.Value == nil {
		return ConflictDamaged, nil
	}
	file, id := domain.IDFromKey(r.Key), domain.IDFromKey(r.Key[8:])
	owner := ownerOf(ap.tx, file)
	if owner == 0 {
		return ConflictNoFile, nil
	}
	if ap.role == SyncHub && id.Center() != ap.from && owner != ap.from {
		return ConflictNotOwner, nil
	}
	bk := bucket(ap.tx, syncBucketOf(r.Bucket))
	if old := bk.Get(r.Key); old != nil {
		if bytes.Equal(old, r.Value) {
			return whyUnchanged, nil
		}
		return ConflictCollision, nil
	}
	if r.Bucket == SyncAid {
		x, err := decodeAid(file, id, r.Value)
		if err != nil {
			return ConflictDamaged, nil
		}
		if err := bk.Put(r.Key, r.Value); err != nil {
			return "", err
		}
		if err := putEntries(ap.tx, []ixEntry{aidEntry(&x)}); err != nil {
			return "", err
		}
		ap.files[file] = true
		return "", bumpSeq(ap.tx, seqAid, id)
	}
	v, err := decodeVisit(file, id, r.Value)
	if err != nil {
		return ConflictDamaged, nil
	}
	prev, err := latestVisit(ap.tx, file)
	if err != nil {
		return "", err
	}
	if err := bk.Put(r.Key, r.Value); err != nil {
		return "", err
	}
	if prev == nil || later(&v, prev) {
		old, _ := dueEntry(file, owner, prev)
		new, _ := dueEntry(file, owner, &v)
		if err := swapEntries(ap.tx, nonEmpty(old), nonEmpty(new)); err != nil {
			return "", err
		}
	}
	ap.files[file] = true
	return "", bumpSeq(ap.tx, seqVisit, id)
}

// pair applies a link or a decision: the coordinators' records, written
// at the hub only.
func (ap *applier) pair(r *SyncRecord) (string, error) {
	if ap.role == SyncHub {
		return ConflictNotOwner, nil
	}
	bk := ap.tx.Bucket(syncBucketOf(r.Bucket))
	if r.Value == nil {
		if len(r.Key) != 16 || r.Bucket != SyncDecisions {
			return ConflictDamaged, nil
		}
		if bk.Get(r.Key) == nil {
			return whyUnchanged, nil
		}
		ap.decided = true
		return "", bk.Delete(r.Key)
	}
	if bytes.Equal(bk.Get(r.Key), r.Value) {
		return whyUnchanged, nil
	}
	if r.Bucket == SyncLinks {
		if len(r.Key) != 8 {
			return ConflictDamaged, nil
		}
		if _, err := decodeLink(domain.IDFromKey(r.Key), r.Value); err != nil {
			return ConflictDamaged, nil
		}
		if err := bumpSeq(ap.tx, seqLink, domain.IDFromKey(r.Key)); err != nil {
			return "", err
		}
	} else if _, err := decodeDecision(r.Value); err != nil || len(r.Key) != 16 {
		return ConflictDamaged, nil
	}
	ap.decided = true
	return "", bk.Put(r.Key, r.Value)
}

// putConflict keeps a record that was not applied, with what is here.
func putConflict(tx *bbolt.Tx, from domain.CenterID, r *SyncRecord, why string) error {
	b := tx.Bucket(bSync)
	n := readSeq(b, syncConfSeq) + 1
	if err := b.Put(syncConfSeq, binary.BigEndian.AppendUint64(nil, n)); err != nil {
		return err
	}
	var here []byte
	if bk := syncBucketOf(r.Bucket); bk != nil {
		here = tx.Bucket(bk).Get(r.Key)
	}
	c := SyncConflict{ID: n, From: from, Bucket: r.Bucket, Key: r.Key, Why: why, Here: here, Incoming: r.Value}
	return tx.Bucket(bSyncConf).Put(binary.BigEndian.AppendUint64(nil, n), c.encode())
}
