//go:build !unix

package match

import "time"

func cpuTime() time.Duration { return 0 }
func sysTime() time.Duration { return 0 }

func minorFaults() int64 { return 0 }
