package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

func TestOpenCreatesWholeDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "p.db")
	s, err := Open(path, Options{})
	mustNoErr(t, err)
	if s.SchemaVersion() != currentSchema() || s.Path() != path {
		t.Fatalf("schema %d path %s", s.SchemaVersion(), s.Path())
	}
	mustNoErr(t, s.Close())
	fi, err := os.Stat(path)
	mustNoErr(t, err)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", fi.Mode().Perm())
	}
	if di, _ := os.Stat(filepath.Dir(path)); di.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, want 0700", di.Mode().Perm())
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*.init-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: time.Second})
	mustNoErr(t, err)
	defer db.Close()
	db.View(func(tx *bbolt.Tx) error {
		for _, name := range append(recordBuckets, indexBuckets...) {
			if tx.Bucket(name) == nil {
				t.Errorf("bucket %s missing", name)
			}
		}
		if v, err := readSchema(tx); v != currentSchema() || err != nil {
			t.Errorf("schema %d, %v", v, err)
		}
		return nil
	})
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.db")
	s, err := Open(path, Options{})
	mustNoErr(t, err)
	defer s.Close()
	// a second bbolt handle in this process takes its own flock, as a
	// second process would
	start := time.Now()
	_, err = Open(path, Options{Timeout: 100 * time.Millisecond})
	var le *LockedError
	if !errors.As(err, &le) || le.Path != path {
		t.Fatalf("second open: %v, want *LockedError", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Error("second open waited too long")
	}
	if _, err = Open(path, Options{Timeout: 100 * time.Millisecond, ReadOnly: true}); !errors.As(err, &le) {
		t.Fatalf("read-only open beside a writer: %v, want *LockedError", err)
	}
}

func TestOpenRefusesNewerAndForeign(t *testing.T) {
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.db")
	s, err := Open(newer, Options{})
	mustNoErr(t, err)
	s.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bMeta).Put(metaSchema, []byte("99"))
	})
	s.Close()
	if _, err := Open(newer, Options{}); !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("newer schema: %v", err)
	}
	foreign := filepath.Join(dir, "foreign.db")
	db, err := bbolt.Open(foreign, 0o600, nil)
	mustNoErr(t, err)
	db.Update(func(tx *bbolt.Tx) error {
		_, err := tx.CreateBucket([]byte("widgets"))
		return err
	})
	db.Close()
	if _, err := Open(foreign, Options{}); !errors.Is(err, ErrNotParvande) {
		t.Fatalf("foreign db: %v", err)
	}
}

func TestOpenReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.db")
	if _, err := Open(path, Options{ReadOnly: true}); err == nil {
		t.Fatal("read-only open of a missing file succeeded")
	}
	s, err := Open(path, Options{})
	mustNoErr(t, err)
	s.Close()
	r1, err := Open(path, Options{ReadOnly: true})
	mustNoErr(t, err)
	defer r1.Close()
	r2, err := Open(path, Options{ReadOnly: true})
	mustNoErr(t, err)
	defer r2.Close()
	if _, err := r1.Centers(); err != nil {
		t.Fatal(err)
	}
}

// TestMigrateFromV1 builds a schema-1 database by hand (record buckets,
// no indexes) and checks that opening it builds every index.
func TestMigrateFromV1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := bbolt.Open(path, 0o600, nil)
	mustNoErr(t, err)
	center := domain.Center{ID: 3, Name: "توس", Code: "TUS"}
	f := family(3, "زهرا", "رضایی", "2873658053", "09151234567")
	f.ID, f.Number, f.ExternalRef, f.Version = domain.NewID(3, 1), "TUS-1403-0001", "row-1", 1
	v := domain.Visit{ID: domain.NewID(3, 1), File: f.ID, Date: fa.Date{Year: 1403, Month: 9, Day: 1},
		NextDue: fa.Date{Year: 1403, Month: 10, Day: 1}}
	a := domain.Aid{ID: domain.NewID(3, 1), File: f.ID, Center: 3, Date: fa.Date{Year: 1403, Month: 9, Day: 2},
		Kind: domain.AidCash, Amount: 5_000_000}
	ev := domain.AuditEvent{ID: domain.NewID(3, 1), At: time.Unix(1700000000, 0), Kind: kindFile, File: f.ID, Center: 3}
	err = db.Update(func(tx *bbolt.Tx) error {
		for _, name := range recordBuckets {
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		m := tx.Bucket(bMeta)
		m.Put(metaMagic, []byte(appName))
		m.Put(metaSchema, []byte("1"))
		tx.Bucket(bCenters).Put(centerKey(3), encodeCenter(&center))
		tx.Bucket(bFiles).Put(f.ID.Key(), encodeFile(&f))
		// more files, so a rebuild that reused key memory would show
		for i, g := range synthBatch(9, 3, 100, 50) {
			g.ID, g.Version = domain.NewID(3, uint64(2+i)), 1
			tx.Bucket(bFiles).Put(g.ID.Key(), encodeFile(&g))
		}
		tx.Bucket(bVisits).Put(pairKey(f.ID, v.ID), encodeVisit(&v))
		tx.Bucket(bAid).Put(pairKey(f.ID, a.ID), encodeAid(&a))
		tx.Bucket(bAudit).Put(auditKey(ev.At, ev.ID), encodeAudit(&ev))
		for _, k := range []byte{seqFile, seqVisit, seqAid, seqAudit} {
			tx.Bucket(bSeq).Put(seqKey(k, 3, 0), []byte{0, 0, 0, 0, 0, 0, 0, 60})
		}
		return nil
	})
	mustNoErr(t, err)
	db.Close()

	s, err := Open(path, Options{})
	mustNoErr(t, err)
	defer s.Close()
	if s.SchemaVersion() != currentSchema() {
		t.Fatalf("schema %d after migration", s.SchemaVersion())
	}
	ids, err := s.FilesByNationalCode("۲۸۷۳۶۵۸۰۵۳")
	if err != nil || len(ids) != 1 || ids[0] != f.ID {
		t.Fatalf("national code lookup after migration: %v %v", ids, err)
	}
	if id, err := s.FileByRef(3, "row-1"); id != f.ID || err != nil {
		t.Fatalf("ref lookup: %v %v", id, err)
	}
	due, err := s.VisitsDue(SystemActor(), 3, fa.Date{Year: 1404})
	if err != nil || len(due) != 1 || due[0].File != f.ID {
		t.Fatalf("visits due: %v %v", due, err)
	}
	hist, err := s.History(SystemActor(), f.ID)
	if err != nil || len(hist) != 1 {
		t.Fatalf("history: %v %v", hist, err)
	}
	problems, err := s.Check()
	mustNoErr(t, err)
	if len(problems) > 0 {
		t.Fatalf("check after migration: %v", problems)
	}
}
