package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A database held by a server that described itself says where to
// connect; once the record is gone (or damaged) it is the plain message.
func TestLockedByServerSaysHowToConnect(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.db")
	s, err := Open(path, Options{})
	mustNoErr(t, err)
	defer s.Close()
	remove, err := WriteServing(path, Serving{Host: "hub.local", Port: "2222", Fingerprint: "SHA256:abc", PID: 7})
	mustNoErr(t, err)
	if fi, err := os.Stat(ServingPath(path)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("serving record: %v %v", fi, err)
	}

	for _, ro := range []bool{false, true} {
		_, err = Open(path, Options{Timeout: 50 * time.Millisecond, ReadOnly: ro})
		sv, ok := ServedBy(err)
		if !ok || sv.Host != "hub.local" || sv.Port != "2222" || sv.Fingerprint != "SHA256:abc" {
			t.Fatalf("read-only %v: %v → %+v %v", ro, err, sv, ok)
		}
		if !strings.Contains(err.Error(), "ssh -p 2222 LOGIN@hub.local") {
			t.Errorf("message %q has no ssh line", err)
		}
	}

	mustNoErr(t, os.WriteFile(ServingPath(path), []byte("{not json"), 0o600))
	_, err = Open(path, Options{Timeout: 50 * time.Millisecond})
	if _, ok := ServedBy(err); ok || err == nil {
		t.Errorf("damaged record: %v", err)
	}
	remove()
	if _, err := os.Stat(ServingPath(path)); !os.IsNotExist(err) {
		t.Errorf("record not removed: %v", err)
	}
	_, err = Open(path, Options{Timeout: 50 * time.Millisecond})
	if _, ok := ServedBy(err); ok || err == nil {
		t.Errorf("no record: %v", err)
	}
}

// Whatever lies beside the database, reading it never panics, and a
// record it accepts names a port.
func FuzzReadServing(f *testing.F) {
	f.Add([]byte(`{"host":"hub","port":"2222","fingerprint":"SHA256:x","pid":1}`))
	f.Add([]byte(`{"port":""}`))
	f.Add([]byte(`not json`))
	f.Add([]byte{0xff, 0xfe, 0})
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(dir, "p.db")
		if err := os.WriteFile(ServingPath(path), b, 0o600); err != nil {
			t.Fatal(err)
		}
		if sv, ok := ReadServing(path); ok && sv.Port == "" {
			t.Errorf("accepted a record without a port: %+v", sv)
		}
	})
}
