package store

import (
	"bytes"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

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
		x.reset()
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
	ixf := bucket(tx, ixAuditF)
	return tx.Bucket(bAudit).ForEach(func(k, v []byte) error {
		ev, err := decodeAudit(v)
		if err != nil {
			return err
		}
		return eventFiles(&ev, func(file domain.ID) error {
			return ixf.Put(auditFileKey(file, k), empty)
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

// eventFiles calls fn for each file an event belongs to in the history
// index: its File, and for an import every file it created or updated.
func eventFiles(ev *domain.AuditEvent, fn func(domain.ID) error) error {
	if ev.File != 0 {
		if err := fn(ev.File); err != nil {
			return err
		}
	}
	if ev.Kind != kindImport {
		return nil
	}
	for _, c := range ev.Changes {
		if c.Field == importFilesField {
			return eachRangeID(c.After, func(id domain.ID) error {
				if id == ev.File {
					return nil
				}
				return fn(id)
			})
		}
	}
	return nil
}

// hasPrefix is bytes.HasPrefix for cursor loops.
func hasPrefix(k, p []byte) bool { return k != nil && bytes.HasPrefix(k, p) }
