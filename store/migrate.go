package store

import (
	"errors"
	"fmt"
	"time"

	"go.etcd.io/bbolt"
)

// ErrNewerSchema: the database was written by a newer parvande.
var ErrNewerSchema = errors.New("database was written by a newer parvande; use that version or newer")

// ErrNotParvande: the file is a bbolt database but not parvande's.
var ErrNotParvande = errors.New("not a parvande database")

// migration moves a database from schema version (its index) to index+1.
// A new database runs every migration from 0 in the same transaction, so
// new and upgraded files take the same path.
type migration struct {
	name string
	run  func(tx *bbolt.Tx) error
}

// migrations is the ordered list; never edit a released step, add one.
func migrations() []migration {
	return []migration{
		{"record buckets and meta", migrateRecords},
		{"secondary indexes built from records", migrateIndexes},
		{"writers keep the sync change log", migrateSyncAware}, // sync_state.go
	}
}

// currentSchema is the version this binary writes.
func currentSchema() int { return len(migrations()) }

// readSchema reads the schema version and refuses files that are not
// parvande's or are newer than this binary.
func readSchema(tx *bbolt.Tx) (int, error) {
	m := tx.Bucket(bMeta)
	if m == nil {
		empty := true
		tx.ForEach(func([]byte, *bbolt.Bucket) error { empty = false; return nil })
		if empty {
			return 0, nil
		}
		return 0, ErrNotParvande
	}
	if string(m.Get(metaMagic)) != appName {
		return 0, ErrNotParvande
	}
	raw := m.Get(metaSchema)
	v := 0
	for _, c := range raw { // decimal text: readable with any bbolt tool
		if c < '0' || c > '9' || v > 1<<20 {
			return 0, fmt.Errorf("%w: bad schema version %q", ErrNotParvande, raw)
		}
		v = v*10 + int(c-'0')
	}
	if v == 0 {
		return 0, fmt.Errorf("%w: no schema version", ErrNotParvande)
	}
	if v > currentSchema() {
		return v, fmt.Errorf("%w (schema %d; this binary knows up to %d)", ErrNewerSchema, v, currentSchema())
	}
	return v, nil
}

// migrate brings the database to currentSchema in the caller's write
// transaction: every step commits together or not at all.
func migrate(tx *bbolt.Tx) (int, error) {
	v, err := readSchema(tx)
	if err != nil {
		return v, err
	}
	ms := migrations()
	for i := v; i < len(ms); i++ {
		if err := ms[i].run(tx); err != nil {
			return v, fmt.Errorf("migrate to schema %d (%s): %w", i+1, ms[i].name, err)
		}
	}
	if v == len(ms) {
		return v, nil
	}
	if err := tx.Bucket(bMeta).Put(metaSchema, fmt.Appendf(nil, "%d", len(ms))); err != nil {
		return v, err
	}
	return len(ms), nil
}

// migrateRecords (schema 1) creates the record buckets and marks the file
// as parvande's.
func migrateRecords(tx *bbolt.Tx) error {
	for _, name := range recordBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	m := tx.Bucket(bMeta)
	if err := m.Put(metaMagic, []byte(appName)); err != nil {
		return err
	}
	enc := enc{}
	enc.time(time.Now())
	return m.Put(metaCreated, enc.b)
}

// migrateIndexes (schema 2) adds the secondary indexes and fills them from
// the records already stored.
func migrateIndexes(tx *bbolt.Tx) error {
	for _, name := range indexBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return reindex(tx)
}
