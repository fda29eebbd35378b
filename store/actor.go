// Package store keeps parvande's data in one bbolt file: records, their
// secondary indexes and the audit trail, each mutation in one transaction,
// permissions checked with domain.Can. Screens call it from tea.Cmds; nothing
// here blocks on a user.
package store

import "github.com/parvande/parvande/domain"

// Actor is who asks the store to do something, and from where. Every
// mutation is audited with it.
type Actor struct {
	User   domain.User
	Source string // "local", "cli", or the SSH client's address
}

// SystemActor is the machine operator at the command line: first-run setup,
// migrations, imports run by the operator.
func SystemActor() Actor { return Actor{User: domain.System, Source: "cli"} }
