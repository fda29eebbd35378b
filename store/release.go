package store

import "go.etcd.io/bbolt"

// ReleasePages tells the kernel that this process is done with the database
// pages it has read so far: after a bulk read such as building the search
// index, every page of the file stays mapped and counted as the
// workstation's resident memory although nothing reads it again soon. The
// pages stay in the page cache and come back on the next read; only this
// process's claim on them goes. A no-op where the platform has no such
// advice.
//
// It runs inside a read transaction because bbolt remaps the file only
// under its mmap lock, which a read transaction holds: the address and size
// cannot change while the advice is given.
func (s *Store) ReleasePages() error {
	return s.db.View(func(tx *bbolt.Tx) error {
		return dropPages(s.db.Info().Data, tx.Size())
	})
}
