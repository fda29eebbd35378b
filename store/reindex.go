package store

import (
	"bytes"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// Reindex rebuilds every secondary index from the records in one
// transaction: the repair for index problems that Check reports (record
// damage needs a backup instead). It holds the write lock for the whole
// rebuild, seconds on a large database.
func (s *Store) Reindex() error {
	return s.db.Update(reindex)
}

// reindex empties every index bucket and rebuilds it from the records. It
// is the schema-2 migration and the proof that indexes hold nothing the
// records do not.
func reindex(tx *bbolt.Tx) error {
	for _, name := range indexBuckets {
		if err := tx.DeleteBucket(name); err != nil {
			return err
		}
		if _, err := tx.CreateBucket(name); err != nil {
			return err
		}
	}
	var x ixBuilder
	err := tx.Bucket(bFiles).ForEach(func(k, v []byte) error {
		f, err := decodeFile(domain.IDFromKey(k), v)
		if err != nil {
			return err
		}
		x.es = x.es[:0] // the arena keeps growing: bbolt holds the keys
		x.file(&f)
		for i := range x.es { // a rebuild fills the main tier directly
			if isIdent(x.es[i].b) {
				x.es[i].b = ixIdent
			}
		}
		return putEntries(tx, x.es)
	})
	if err != nil {
		return err
	}
	if err := reindexVisits(tx); err != nil {
		return err
	}
	err = tx.Bucket(bAid).ForEach(func(k, v []byte) error {
		a, err := decodeAid(domain.IDFromKey(k), domain.IDFromKey(k[8:]), v)
		if err != nil {
			return err
		}
		return putEntries(tx, []ixEntry{aidEntry(&a)})
	})
	if err != nil {
		return err
	}
	return tx.Bucket(bAudit).ForEach(func(k, v []byte) error {
		ev, err := decodeAudit(v)
		if err != nil {
			return err
		}
		return eventHistory(&ev, k, func(e ixEntry) error {
			return bucket(tx, e.b).Put(e.k, e.v)
		})
	})
}

// reindexVisits puts the due entry of each file's latest visit.
func reindexVisits(tx *bbolt.Tx) error {
	files := tx.Bucket(bFiles)
	var cur domain.ID
	var best *domain.Visit
	flush := func() error {
		if best == nil {
			return nil
		}
		fv := files.Get(cur.Key())
		if fv == nil {
			return nil // a visit without its file: Check reports it
		}
		f, err := decodeFile(cur, fv)
		if err != nil {
			return err
		}
		if e, ok := dueEntry(cur, f.Center, best); ok {
			return putEntries(tx, []ixEntry{e})
		}
		return nil
	}
	c := tx.Bucket(bVisits).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		file := domain.IDFromKey(k)
		if file != cur {
			if err := flush(); err != nil {
				return err
			}
			cur, best = file, nil
		}
		vis, err := decodeVisit(file, domain.IDFromKey(k[8:]), v)
		if err != nil {
			return err
		}
		if best == nil || later(&vis, best) {
			best = &vis
		}
	}
	return flush()
}

// auditFileKey is a file's history entry for the event stored under
// auditKey.
func auditFileKey(file domain.ID, auditKey []byte) []byte {
	return append(putID(make([]byte, 0, 24), file), auditKey...)
}

// eventHistory calls fn with each history-index entry an event implies:
// an ix.auditf entry for its File and, for an import, one per updated
// file, and an ix.created entry per range of files it created (a key-only
// entry per created file would cost 40 bytes a file).
func eventHistory(ev *domain.AuditEvent, auditKey []byte, fn func(ixEntry) error) error {
	if ev.File != 0 {
		if err := fn(ixEntry{ixAuditF, auditFileKey(ev.File, auditKey), empty}); err != nil {
			return err
		}
	}
	if ev.Kind != kindImport {
		return nil
	}
	for _, c := range ev.Changes {
		switch c.Field {
		case importUpdatedField:
			err := eachRangeID(c.After, func(id domain.ID) error {
				if id == ev.File {
					return nil
				}
				return fn(ixEntry{ixAuditF, auditFileKey(id, auditKey), empty})
			})
			if err != nil {
				return err
			}
		case importCreatedField:
			err := eachRange(c.After, func(lo, hi domain.ID) error {
				return fn(ixEntry{ixCreated, append(putID(make([]byte, 0, 24), hi), auditKey...), lo.Key()})
			})
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// createdBy finds the audit key of the import that created a file, if
// one did: the created range with the first last-id at or after the file
// is the only one that can hold it, since ranges never overlap.
func createdBy(tx *bbolt.Tx, file domain.ID) []byte {
	k, v := tx.Bucket(ixCreated).Cursor().Seek(file.Key())
	if len(k) != 24 || len(v) != 8 || domain.IDFromKey(v) > file {
		return nil
	}
	return k[8:]
}

// hasPrefix is bytes.HasPrefix for cursor loops.
func hasPrefix(k, p []byte) bool { return k != nil && bytes.HasPrefix(k, p) }
