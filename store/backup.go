package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the database to path while it stays
// in use: the copy is written to path+".tmp" inside one read transaction,
// synced, opened read-only and checked, and only then renamed into place.
// A copy that fails its check is removed and the problems returned.
func (s *Store) Backup(path string) error {
	if sameFile(path, s.path) {
		return fmt.Errorf("backup: %s is the database itself; choose another file", path)
	}
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	err = s.db.View(func(tx *bbolt.Tx) error {
		_, err := tx.WriteTo(f)
		return err
	})
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = verified(tmp)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("backup: %w", err)
	}
	syncDir(filepath.Dir(path))
	return nil
}

// verified checks a copy and turns problems into an error.
func verified(path string) error {
	problems, err := CheckFile(path)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return &DamagedError{Path: path, Problems: problems}
	}
	return nil
}

// DamagedError lists what Check found wrong with a file that was to be
// used as a backup or restored from.
type DamagedError struct {
	Path     string
	Problems []string
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("%s is damaged (%d problems): %s", e.Path, len(e.Problems),
		strings.Join(e.Problems[:min(3, len(e.Problems))], "; "))
}

// Restore replaces the database at dest with a backup. It refuses a backup
// that is not a parvande database or fails CheckFile, and a dest that a
// running parvande holds (*LockedError). The replaced database is kept as
// dest+".before-restore". The new file is copied and synced under a
// temporary name first, so dest is never half-written.
func Restore(backup, dest string) error {
	if sameFile(backup, dest) {
		return fmt.Errorf("restore refused: %s is the database itself", backup)
	}
	if err := verified(backup); err != nil {
		return fmt.Errorf("restore refused: %w", err)
	}
	var held *bbolt.DB
	if _, err := os.Stat(dest); err == nil {
		// hold the lock while the files are swapped, so no parvande
		// starts on the old file meanwhile
		if held, err = openBolt(dest, lockWait, false); err != nil {
			return fmt.Errorf("restore refused: %w", err)
		}
		defer func() {
			if held != nil {
				held.Close()
			}
		}()
	} else if !os.IsNotExist(err) {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o700); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	tmp := dest + ".restore-tmp"
	if err := copyFile(backup, tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("restore: %w", err)
	}
	if held != nil {
		if runtime.GOOS == "windows" { // an open file cannot be renamed there
			held.Close()
			held = nil
		}
		if err := os.Rename(dest, dest+".before-restore"); err != nil {
			os.Remove(tmp)
			return fmt.Errorf("restore: keep the old database: %w", err)
		}
	}
	if err := os.Rename(tmp, dest); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	syncDir(filepath.Dir(dest))
	return nil
}

// sameFile reports whether two paths name one existing file.
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// lockWait is how long Restore waits for a running parvande to let go.
const lockWait = time.Second

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err = io.Copy(out, in); err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// errDamaged wraps a panic bbolt raised while reading a damaged file.
var errDamaged = errors.New("database file is damaged")
