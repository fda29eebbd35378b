package store

import (
	"path/filepath"
	"strconv"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// kindReport marks the audit event of a report written out of the program.
const kindReport = "report"

// ReportParallel names the parallel-aid report in audit events.
const ReportParallel = "parallel"

// NoteReportExport puts on record that a user wrote a report to a file:
// on disk it is out of reach of the roles that guard it here, so who took
// which report, of how many families, into which file, is audited. It
// needs the permission to see reports; the caller writes the file only
// once this has succeeded.
func (s *Store) NoteReportExport(a Actor, report string, families int, path string) error {
	if !can(a, domain.ActReportView, a.User.Center) {
		return ErrDenied
	}
	return s.db.Update(func(tx *bbolt.Tx) error {
		return s.audit(tx, a, s.clock(), &domain.AuditEvent{
			Action: domain.ActExport, Kind: kindReport, Center: a.User.Center,
			Changes: []domain.FieldChange{
				{Field: "report", After: report},
				{Field: "families", After: strconv.Itoa(families)},
				{Field: "file", After: filepath.Base(path)},
			},
		})
	})
}
