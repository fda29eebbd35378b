package store

import "go.etcd.io/bbolt"

// Stats counts what the database holds.
type Stats struct {
	Centers, Users, Files, Visits, Aid, AuditEvents int
	// Size is the database file's size in bytes.
	Size int64
}

// Stats counts records. It walks each bucket's pages (not its values), so
// it costs milliseconds even on a million files.
func (s *Store) Stats() (Stats, error) {
	var st Stats
	err := s.db.View(func(tx *bbolt.Tx) error {
		n := func(name []byte) int { return tx.Bucket(name).Stats().KeyN }
		st = Stats{Centers: n(bCenters), Users: n(bUsers), Files: n(bFiles),
			Visits: n(bVisits), Aid: n(bAid), AuditEvents: n(bAudit), Size: tx.Size()}
		return nil
	})
	return st, err
}
