//go:build linux

package pprl

import (
	"syscall"
	"time"
)

// threadCPU is the calling thread's CPU time (lock the goroutine to its
// thread first): on a machine shared with other work the wall clock of a
// lookup measures the queue for the core more than the lookup.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// processCPU is the process's CPU time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
