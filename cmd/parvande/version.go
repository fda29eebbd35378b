package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/parvande/parvande/tui/i18n"
)

// version is set at release with -ldflags "-X main.version=v1.2.3".
var version = ""

func cmdVersion(e *env, args []string) error {
	if err := parse(flags(e, "version", i18n.CLIUsageVersion), args); err != nil {
		return err
	}
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
