package store

import (
	"fmt"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// SyncJoin makes this new, empty database the spoke of center, trusting
// hubKey, with seed as its own private key and the federation's secret,
// and fills it from the hub's snapshot, all in one transaction.
func (s *Store) SyncJoin(center domain.CenterID, seed, hubKey, secret []byte, snap SyncBatch) error {
	if snap.Number != 0 || snap.To != center || snap.From != HubCenter {
		return fmt.Errorf("%w: not a join snapshot for center %d", ErrSyncPeer, center)
	}
	return s.db.Update(func(tx *bbolt.Tx) error {
		if k, _ := tx.Bucket(bFiles).Cursor().First(); k != nil {
			return fmt.Errorf("%w: a spoke starts from an empty database; use a new --db path", ErrSyncRole)
		}
		if err := createSyncBuckets(tx, SyncSpoke, center, seed, secret); err != nil {
			return err
		}
		p := SyncPeer{Center: HubCenter, Key: hubKey, LastIn: s.clock()}
		res := SyncResult{}
		ap := applier{tx: tx, role: SyncSpoke, me: center, from: HubCenter, res: &res, files: map[domain.ID]bool{}}
		if err := ap.batch(&p, &snap); err != nil {
			return err
		}
		if res.Conflicts > 0 {
			return fmt.Errorf("%w: %d records of the join file do not apply", ErrSyncBatch, res.Conflicts)
		}
		return putPeer(tx, &p)
	})
}
