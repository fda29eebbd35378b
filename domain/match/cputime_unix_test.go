//go:build unix

package match

import (
	"syscall"
	"time"
)

// cpuTime is the process's user and system CPU time: on a shared machine a
// steadier measure than the wall clock (run with GOMAXPROCS=1 to read it as
// one core's time).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// sysTime is the system part of cpuTime: page faults of fresh memory are
// most of it, and they wander with the machine's state.
func sysTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Stime.Nano())
}

// minorFaults is the process's page faults served without I/O: most are
// first touches of fresh memory, which cost a good part of a load here.
func minorFaults() int64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Minflt
}
