//go:build linux

package match

import (
	"runtime"
	"time"

	"golang.org/x/sys/unix"
)

// threadCPU is the calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID): a
// lookup's own cost, without the time it waited for a core on a shared
// machine. The caller locks itself to its thread (lockThread).
func threadCPU() time.Duration {
	var ts unix.Timespec
	if unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts) != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

func lockThread() func() { runtime.LockOSThread(); return runtime.UnlockOSThread }
