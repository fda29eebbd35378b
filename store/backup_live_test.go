package store

import (
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/parvande/parvande/domain"
)

// TestBackupWhileWriting takes hot backups while another goroutine keeps
// registering households: every backup must check clean, open as a
// parvande database, and hold a consistent prefix of what was written
// (each file it lists is readable, and it has at least the files that were
// committed before the backup started).
func TestBackupWhileWriting(t *testing.T) {
	e := newEnv(t)
	var committed atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			f := family(e.c1.ID, "زهرا", fmt.Sprintf("کاظمی %d", i), "", "")
			if _, err := e.s.CreateFile(e.admin(), f); err != nil {
				t.Error(err)
				return
			}
			committed.Add(1)
		}
	}()
	dir := t.TempDir()
	for round := 0; round < 5; round++ {
		before := committed.Load()
		path := filepath.Join(dir, fmt.Sprintf("b%d.db", round))
		if err := e.s.Backup(path); err != nil {
			t.Fatalf("backup %d while writing: %v", round, err)
		}
		problems, err := CheckFile(path)
		if err != nil || len(problems) > 0 {
			t.Fatalf("backup %d: %v %v", round, err, problems)
		}
		b, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("open backup %d: %v", round, err)
		}
		n := int64(0)
		err = b.EachFile(func(f domain.File) error {
			if _, err := b.File(SystemActor(), f.ID); err != nil {
				return err
			}
			n++
			return nil
		})
		b.Close()
		if err != nil {
			t.Fatalf("backup %d unreadable file: %v", round, err)
		}
		if n < before {
			t.Fatalf("backup %d holds %d files, but %d were committed before it began", round, n, before)
		}
	}
	close(stop)
	wg.Wait()
	t.Logf("%d households written during 5 hot backups", committed.Load())
	if committed.Load() == 0 {
		t.Fatal("the writer wrote nothing: the test did not test a live database")
	}
}
