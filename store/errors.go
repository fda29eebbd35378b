package store

import (
	"errors"
	"fmt"
)

var (
	// ErrNotFound: no record with that id (or login, or reference).
	ErrNotFound = errors.New("not found")
	// ErrDenied: the actor's role does not allow the action on that target.
	ErrDenied = errors.New("not allowed for your role")
	// ErrConflict: the record changed since it was read; reload and redo.
	ErrConflict = errors.New("someone else changed this record since you opened it")
	// ErrExists: a unique value (login, center name) is taken.
	ErrExists = errors.New("already exists")
	// ErrBadLogin: unknown login, wrong password, or disabled user. One error
	// for all three so a stranger learns nothing.
	ErrBadLogin = errors.New("wrong user name or password")
)

// LockedError is returned by Open when another process holds the database.
// Server is set when that process is a parvande server that described
// itself (ReadServing).
type LockedError struct {
	Path   string
	Server *Serving
}

func (e *LockedError) Error() string {
	if sv := e.Server; sv != nil {
		return fmt.Sprintf("database %s is held by the parvande server at %s port %s; connect with: ssh -p %s LOGIN@%s",
			e.Path, sv.Host, sv.Port, sv.Port, sv.Host)
	}
	return fmt.Sprintf("database %s is in use by another parvande (perhaps the server); "+
		"close it, or connect to the server with ssh, or use another --db", e.Path)
}
