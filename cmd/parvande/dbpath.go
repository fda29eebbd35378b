package main

import (
	"os"
	"path/filepath"
	"runtime"
)

// defaultDBPath is $PARVANDE_DB, else parvande.db in the per-user data
// directory of the platform, so a caseworker never has to name a file.
func defaultDBPath(getenv func(string) string) string {
	if p := getenv("PARVANDE_DB"); p != "" {
		return p
	}
	return filepath.Join(dataDir(getenv), "parvande", "parvande.db")
}

func dataDir(getenv func(string) string) string {
	switch runtime.GOOS {
	case "windows":
		if d := getenv("LOCALAPPDATA"); d != "" {
			return d
		}
	case "darwin":
		if h, err := os.UserHomeDir(); err == nil {
			return filepath.Join(h, "Library", "Application Support")
		}
	default:
		if d := getenv("XDG_DATA_HOME"); d != "" {
			return d
		}
		if h, err := os.UserHomeDir(); err == nil {
			return filepath.Join(h, ".local", "share")
		}
	}
	return "."
}
