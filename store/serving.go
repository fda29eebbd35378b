package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

// Serving describes the SSH server that holds a database, so that a second
// parvande on the same file can tell its user how to connect instead of
// only saying "locked". The server writes it beside the database
// (ServingPath) at start and removes it at exit.
type Serving struct {
	Host        string `json:"host"` // what clients connect to
	Port        string `json:"port"`
	Fingerprint string `json:"fingerprint"` // host key, SHA256:...
	PID         int    `json:"pid"`
}

// ServingPath is where the server describes itself for the database at path.
func ServingPath(path string) string { return path + ".serving" }

// WriteServing records that a server holds the database at path. remove
// deletes the record; the server calls it when it stops.
func WriteServing(path string, sv Serving) (remove func(), err error) {
	b, err := json.Marshal(sv)
	if err != nil {
		return nil, err
	}
	p := ServingPath(path)
	if err := os.WriteFile(p, append(b, '\n'), 0o600); err != nil {
		return nil, fmt.Errorf("write %s: %w", p, err)
	}
	return func() { os.Remove(p) }, nil
}

// ReadServing reads the record; ok is false when there is none or it does
// not parse (a damaged record is not worth an error: the caller falls
// back to the plain "locked" message).
func ReadServing(path string) (sv Serving, ok bool) {
	b, err := os.ReadFile(ServingPath(path))
	if err != nil {
		return Serving{}, false
	}
	if err := json.Unmarshal(b, &sv); err != nil || sv.Port == "" {
		return Serving{}, false
	}
	return sv, true
}

// ServedBy reports the server holding the database when err is a
// *LockedError from a database that a parvande server holds.
func ServedBy(err error) (Serving, bool) {
	var le *LockedError
	if !errors.As(err, &le) || le.Server == nil {
		return Serving{}, false
	}
	return *le.Server, true
}
