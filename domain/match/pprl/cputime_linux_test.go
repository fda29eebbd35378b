//go:build linux

package pprl

import (
	"syscall"
	"time"
	"unsafe"
)

// threadCPU is the calling thread's CPU time, to the nanosecond
// (CLOCK_THREAD_CPUTIME_ID; lock the goroutine to its thread first): on a
// machine shared with other work the wall clock of a lookup measures the
// queue for the core more than the lookup. 0 if the clock is missing.
func threadCPU() time.Duration {
	var ts syscall.Timespec
	const clockThreadCPUTime = 3
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}

// processCPU is the process's CPU time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
