package domain

import "time"

// FieldChange is one field's value before and after a change, as text.
type FieldChange struct {
	Field  string
	Before string
	After  string
}

// AuditEvent says who did what to which record, and when. The store writes it
// in the same transaction as the change itself.
type AuditEvent struct {
	ID      ID
	At      time.Time
	Actor   ID
	Login   string
	Source  string // "local", or the SSH client's address
	Action  Action
	Kind    string // record kind: file, visit, aid, user, center, link, decision, import
	Target  ID
	File    ID // the file the event concerns, for a file's history
	Center  CenterID
	Changes []FieldChange
	Note    string
}
