package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// version is set at release with -ldflags "-X main.version=v1.2.3".
var version = ""

func cmdVersion(e *env, _ []string) error {
	v := version
	if v == "" {
		v = "dev"
		if bi, ok := debug.ReadBuildInfo(); ok {
			for _, s := range bi.Settings {
				if s.Key == "vcs.revision" && len(s.Value) >= 12 {
					v = "dev-" + s.Value[:12]
				}
			}
		}
	}
	fmt.Fprintf(e.stdout, "parvande %s (%s, %s/%s)\n", v, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}
