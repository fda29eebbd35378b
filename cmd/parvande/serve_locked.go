package main

import (
	"errors"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// explain says err in the operator's language; a database that the
// parvande server holds gets how to reach it instead of "locked": the
// ssh line, or for backup the server's backup command.
func (e *env) explain(cmd string, err error) string {
	sv, ok := store.ServedBy(err)
	if !ok {
		return e.message(err)
	}
	var le *store.LockedError
	errors.As(err, &le)
	switch cmd {
	case "backup":
		return e.tr.T(i18n.CLIServedByBackup, le.Path, sv.Port, sv.Host)
	case "serve":
		return e.tr.T(i18n.CLIServeAlreadyThere, sv.Host, sv.Port)
	}
	return e.tr.T(i18n.CLIServedBy, le.Path, sv.Host, sv.Port, sv.Port, sv.Host, sv.Fingerprint)
}
