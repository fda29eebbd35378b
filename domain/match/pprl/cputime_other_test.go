//go:build !linux

package pprl

import "time"

// threadCPU and processCPU are not measured here: 0.
func threadCPU() time.Duration  { return 0 }
func processCPU() time.Duration { return 0 }
