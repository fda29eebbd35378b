//go:build unix

package store

import (
	"syscall"
	"time"
)

// cpuTime is the process's user and system CPU time: on a shared machine
// a steadier measure than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
