package store

import (
	"errors"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// filled is a store with a few hundred imported files, visits and aid.
func filled(t *testing.T) (*env, []domain.ID) {
	e := newEnv(t)
	res, err := e.s.ImportFiles(e.admin(), synthBatch(1, e.c1.ID, 0, 400), "sheet")
	mustNoErr(t, err)
	for i, id := range res.IDs[:50] {
		_, err := e.s.AddVisit(e.admin(), domain.Visit{File: id, Date: day(1+i%12, 1), NextDue: day(12, 1+i%28)})
		mustNoErr(t, err)
		_, err = e.s.AddAid(e.admin(), domain.Aid{File: id, Center: e.c1.ID, Date: day(2, 2), Kind: domain.AidFoodBasket})
		mustNoErr(t, err)
	}
	return e, res.IDs
}

func TestBackupAndRestore(t *testing.T) {
	e, ids := filled(t)
	dir := t.TempDir()
	bak := filepath.Join(dir, "backup.db")
	mustNoErr(t, e.s.Backup(bak))
	if err := e.s.Backup(e.s.Path()); err == nil {
		t.Fatal("backup over the database itself")
	}
	if err := Restore(bak, bak); err == nil {
		t.Fatal("restore of a file onto itself")
	}
	if _, err := os.Stat(bak + ".tmp"); !os.IsNotExist(err) {
		t.Fatal("temporary backup left behind")
	}
	problems, err := CheckFile(bak)
	if err != nil || len(problems) > 0 {
		t.Fatalf("backup check: %v %v", problems, err)
	}
	later := e.create(family(e.c1.ID, "بعد", "از پشتیبان", "", ""))

	live := e.s.Path()
	var le *LockedError
	if err := Restore(bak, live); !errors.As(err, &le) {
		t.Fatalf("restore over a running database: %v, want *LockedError", err)
	}
	mustNoErr(t, e.s.Close())
	mustNoErr(t, Restore(bak, live))
	if _, err := os.Stat(live + ".before-restore"); err != nil {
		t.Fatalf("replaced database not kept: %v", err)
	}
	s, err := Open(live, Options{})
	mustNoErr(t, err)
	defer s.Close()
	if _, err := s.File(e.admin(), ids[123]); err != nil {
		t.Fatalf("restored file: %v", err)
	}
	if _, err := s.File(e.admin(), later.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("file made after the backup: %v", err)
	}
	old, err := Open(live+".before-restore", Options{ReadOnly: true})
	mustNoErr(t, err)
	defer old.Close()
	if _, err := old.File(e.admin(), later.ID); err != nil {
		t.Fatalf("kept database lost the newer file: %v", err)
	}
	// restoring into a new place works too
	mustNoErr(t, Restore(bak, filepath.Join(dir, "new", "fresh.db")))
}

func TestCorruptBackupRefused(t *testing.T) {
	e, _ := filled(t)
	dir := t.TempDir()
	bak := filepath.Join(dir, "backup.db")
	mustNoErr(t, e.s.Backup(bak))
	good, err := os.ReadFile(bak)
	mustNoErr(t, err)
	dest := filepath.Join(dir, "dest.db")
	mustNoErr(t, Restore(bak, dest))
	want, _ := os.ReadFile(dest)

	ref := dumpAll(t, bak)
	r := rand.New(rand.NewPCG(42, 43))
	pages := len(good) / pageSize
	refused := 0
	for trial := 0; trial < 40; trial++ {
		bad := append([]byte(nil), good...)
		var what string
		switch trial % 4 {
		case 0: // a meta page and its twin
			for _, p := range []int{0, 1} {
				bad[p*pageSize+16+r.IntN(64)] ^= 0xff
			}
			what = "meta pages"
		case 1: // a page header
			p := 2 + r.IntN(pages-2)
			bad[p*pageSize+r.IntN(16)] ^= byte(1 + r.IntN(255))
			what = "page header"
		default: // a run of bytes inside a data page
			p := 2 + r.IntN(pages-2)
			off := p*pageSize + 16 + r.IntN(pageSize-64)
			for i := 0; i < 32; i++ {
				bad[off+i] = byte(r.Uint32())
			}
			what = "page body"
		}
		path := filepath.Join(dir, "bad.db")
		mustNoErr(t, os.WriteFile(path, bad, 0o600))
		problems, cerr := CheckFile(path)
		rerr := Restore(path, dest)
		if cerr == nil && len(problems) == 0 {
			// bytes in free pages or a page's unused slack: harmless,
			// provided every key and value reads as before
			if got := dumpAll(t, path); !maps.Equal(got, ref) {
				t.Fatalf("trial %d (%s): damaged data passed the check", trial, what)
			}
			if rerr != nil {
				t.Fatalf("trial %d (%s): clean check but restore failed: %v", trial, what, rerr)
			}
			mustNoErr(t, Restore(bak, dest))
			os.Remove(dest + ".before-restore")
			continue
		}
		refused++
		if rerr == nil || !strings.Contains(rerr.Error(), "refused") {
			t.Fatalf("trial %d (%s): damaged backup restored: %v (problems %v)", trial, what, rerr, problems)
		}
		if got, _ := os.ReadFile(dest); string(got) != string(want) {
			t.Fatalf("trial %d: refused restore touched the destination", trial)
		}
	}
	if refused < 20 {
		t.Fatalf("only %d of 40 damaged copies refused", refused)
	}
	t.Logf("%d of 40 damaged copies refused", refused)
	// not a database at all
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte(strings.Repeat("not a database ", 1000)), 0o600)
	if err := Restore(junk, dest); err == nil {
		t.Fatal("junk restored")
	}
	// a bbolt file that is not parvande's
	other := filepath.Join(dir, "other.db")
	db, err := bbolt.Open(other, 0o600, nil)
	mustNoErr(t, err)
	db.Update(func(tx *bbolt.Tx) error { _, err := tx.CreateBucket([]byte("x")); return err })
	db.Close()
	if err := Restore(other, dest); !errors.Is(err, ErrNotParvande) {
		t.Fatalf("foreign bbolt file: %v", err)
	}
}

// dumpAll reads every key and value of every bucket.
func dumpAll(t *testing.T, path string) map[string]string {
	out := map[string]string{}
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	mustNoErr(t, err)
	defer db.Close()
	db.View(func(tx *bbolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error { out[string(name)+"/"+string(k)] = string(v); return nil })
		})
	})
	return out
}

func TestCheckFindsIndexDamage(t *testing.T) {
	e, ids := filled(t)
	e.check()
	// drop one index entry and add a dangling one
	err := e.s.db.Update(func(tx *bbolt.Tx) error {
		f, err := getFile(tx, ids[7])
		if err != nil {
			return err
		}
		es := fileEntriesOf(&f)
		if err := tx.Bucket(es[0].b).Delete(es[0].k); err != nil {
			return err
		}
		return tx.Bucket(ixStatus).Put(putID(append(centerKey(e.c1.ID), 0), domain.NewID(e.c1.ID, 99999)), empty)
	})
	mustNoErr(t, err)
	problems, err := e.s.Check()
	mustNoErr(t, err)
	if len(problems) < 2 {
		t.Fatalf("problems %v", problems)
	}
	t.Log(strings.Join(problems, "\n"))
	mustNoErr(t, e.s.Reindex())
	e.check()
	if got, _ := e.s.FilesByNationalCode(e.mustFile(ids[7]).Head.NationalCode.Raw); !slices.Contains(got, ids[7]) {
		t.Fatal("lookup after reindex")
	}
}
