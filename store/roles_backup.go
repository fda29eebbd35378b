package store

import (
	"path/filepath"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// kindBackup marks the audit event of a backup taken for a user.
const kindBackup = "backup"

// BackupAs is Backup for a user of a session (the server's backup
// command): it needs the backup permission (admins), and it is audited —
// a backup is a copy of every family's file, the largest view there is.
// The event is written after the copy, which therefore does not hold it.
// Backup itself stays for the operator at the machine, who holds the file.
func (s *Store) BackupAs(a Actor, path string) error {
	if !domain.Can(a.User, domain.ActBackup, domain.Any) {
		return ErrDenied
	}
	if err := s.Backup(path); err != nil {
		return err
	}
	return s.db.Update(func(tx *bbolt.Tx) error {
		return s.audit(tx, a, s.clock(), &domain.AuditEvent{
			Action: domain.ActBackup, Kind: kindBackup,
			Changes: []domain.FieldChange{{Field: "file", After: filepath.Base(path)}},
		})
	})
}
