package store

import "golang.org/x/sys/unix"

// dropPages gives MADV_DONTNEED for a read-only shared file mapping: the
// page-table entries go, the file's pages stay in the page cache.
func dropPages(addr uintptr, size int64) error {
	if addr == 0 || size <= 0 {
		return nil
	}
	_, _, errno := unix.Syscall(unix.SYS_MADVISE, addr, uintptr(size), unix.MADV_DONTNEED)
	if errno != 0 {
		return errno
	}
	return nil
}
