//go:build unix

package tui

import (
	"syscall"
	"time"
)

// processCPU is the process's user and system CPU time: on a shared
// machine a steadier measure than the wall clock.
func processCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
