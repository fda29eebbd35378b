package sshd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHostKeyCreatedOnceAndKept(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "db.hostkey")
	first, err := LoadHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v", fi, err)
	}
	if !strings.HasPrefix(first.Fingerprint, "SHA256:") {
		t.Errorf("fingerprint %q", first.Fingerprint)
	}
	again, err := LoadHostKey(path)
	if err != nil || again.Fingerprint != first.Fingerprint {
		t.Errorf("second load: %v, fingerprint %s then %s", err, first.Fingerprint, again.Fingerprint)
	}
	// The folder is left as it was (keygen would have chmodded it).
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadHostKey(filepath.Join(dir, "other.key")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o755 {
		t.Errorf("folder mode changed to %v", fi.Mode().Perm())
	}
	// A damaged key is an error, not a silently new identity.
	bad := filepath.Join(dir, "bad.key")
	if err := os.WriteFile(bad, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadHostKey(bad); err == nil {
		t.Error("a damaged key file was accepted")
	}
	if b, _ := os.ReadFile(bad); string(b) != "not a key" {
		t.Error("a damaged key file was overwritten")
	}
}
