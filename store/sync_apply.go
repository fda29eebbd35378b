package store

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strconv"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// kindSync marks the audit event of an imported bundle.
const kindSync = "sync"

// SyncResult says what one imported batch did.
type SyncResult struct {
	Applied   int // records written
	Unchanged int // records already here as they are, or older than here
	Conflicts int // records held for a coordinator instead of applied
	// Duplicate: every change in the bundle was applied before; nothing
	// changed.
	Duplicate bool
	// Waiting: the bundle starts after a gap; it is kept and applies when
	// the missing bundles (numbers MissingFrom..MissingTo) arrive.
	Waiting                bool
	MissingFrom, MissingTo uint64
	Released               int // held bundles this one let through
	Files                  []domain.ID
}

// SyncApply imports a verified batch in one transaction: records past
// what was applied from its sender are written (or, when ownership says
// they must not be, kept as conflicts), held bundles whose gap it fills
// follow, and the sender's acknowledgement is noted. A batch applied
// before changes nothing and says so.
func (s *Store) SyncApply(a Actor, b SyncBatch) (SyncResult, error) {
	if !domain.Can(a.User, domain.ActImport, domain.Any) {
		return SyncResult{}, ErrDenied
	}
	var res SyncResult
	var decided bool
	err := s.db.Update(func(tx *bbolt.Tx) error {
		res, decided = SyncResult{}, false
		role, me := syncRole(tx)
		if role == SyncNone {
			return ErrSyncRole
		}
		if role == SyncSpoke && b.From != HubCenter || role == SyncHub && b.To != HubCenter || role == SyncSpoke && b.To != me {
			return fmt.Errorf("%w: bundle from %d to %d", ErrSyncPeer, b.From, b.To)
		}
		p, ok, err := getPeer(tx, b.From)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("%w: center %d", ErrSyncPeer, b.From)
		}
		now := s.clock()
		switch {
		case b.Hi <= p.InSeq && b.Number <= p.InNumber:
			res.Duplicate = true
			return nil
		case b.Lo > p.InSeq:
			res.Waiting, res.MissingFrom, res.MissingTo = true, p.InNumber+1, b.Number-1
			k := pendingKey(b.From, b.Lo, b.Number, b.Hi)
			if tx.Bucket(bSyncPend).Get(k) != nil {
				res.Duplicate = true
				return nil
			}
			p.Acked = max(p.Acked, b.Ack)
			if err := putPeer(tx, &p); err != nil {
				return err
			}
			return tx.Bucket(bSyncPend).Put(k, EncodeSyncBatch(&b))
		}
		ap := applier{tx: tx, role: role, me: me, from: b.From, res: &res, files: map[domain.ID]bool{}}
		if err := ap.batch(&p, &b); err != nil {
			return err
		}
		if err := ap.release(&p); err != nil {
			return err
		}
		p.LastIn = now
		if err := putPeer(tx, &p); err != nil {
			return err
		}
		if err := pruneLog(tx); err != nil {
			return err
		}
		for id := range ap.files {
			res.Files = append(res.Files, id)
		}
		slices.Sort(res.Files)
		decided = ap.decided
		return s.audit(tx, a, now, &domain.AuditEvent{
			Action: domain.ActImport, Kind: kindSync, Center: b.From, Note: "sync bundle",
			Changes: []domain.FieldChange{
				{Field: "bundle", After: strconv.FormatUint(b.Number, 10)},
				{Field: "applied", After: strconv.Itoa(res.Applied)},
				{Field: "conflicts", After: strconv.Itoa(res.Conflicts)},
			},
		})
	})
	if err != nil {
		return SyncResult{}, err
	}
	if len(res.Files) > 0 {
		s.publish(Change{Kind: kindImport, IDs: res.Files})
	}
	if decided {
		s.publish(Change{Kind: kindDecision})
	}
	return res, nil
}

// pruneLog drops the log entries every peer has acknowledged: no bundle,
// not even a resend, starts before them again.
func pruneLog(tx *bbolt.Tx) error {
	low := uint64(1<<64 - 1)
	c := tx.Bucket(bSync).Cursor()
	for k, v := c.Seek([]byte{'p'}); k != nil && k[0] == 'p'; k, v = c.Next() {
		p, err := decodePeer(centerFromKey(k[1:]), v)
		if err != nil {
			return err
		}
		low = min(low, p.Acked)
	}
	log := tx.Bucket(bSyncLog).Cursor()
	for k, _ := log.First(); len(k) == 8 && binary.BigEndian.Uint64(k) <= low; k, _ = log.First() {
		if err := log.Delete(); err != nil {
			return err
		}
	}
	return nil
}

func pendingKey(from domain.CenterID, lo, number, hi uint64) []byte {
	k := putCenter(make([]byte, 0, 28), from)
	for _, v := range []uint64{lo, number, hi} {
		k = binary.BigEndian.AppendUint64(k, v)
	}
	return k
}

func pendingHead(k, _ []byte) PendingBatch {
	if len(k) != 28 {
		return PendingBatch{}
	}
	return PendingBatch{From: centerFromKey(k), Lo: binary.BigEndian.Uint64(k[4:]),
		Number: binary.BigEndian.Uint64(k[12:]), Hi: binary.BigEndian.Uint64(k[20:])}
}

// applier writes one sender's records in one transaction.
type applier struct {
	tx      *bbolt.Tx
	role    SyncRole
	me      domain.CenterID
	from    domain.CenterID
	res     *SyncResult
	files   map[domain.ID]bool
	decided bool
}

// batch applies the records past p.InSeq and moves p along.
func (ap *applier) batch(p *SyncPeer, b *SyncBatch) error {
	recs := slices.Clone(b.Records)
	slices.SortStableFunc(recs, func(x, y SyncRecord) int { return bucketRank(x.Bucket) - bucketRank(y.Bucket) })
	for i := range recs {
		if recs[i].Seq <= p.InSeq && b.Number != 0 {
			ap.res.Unchanged++
			continue
		}
		if err := ap.record(&recs[i]); err != nil {
			return err
		}
	}
	p.InSeq = max(p.InSeq, b.Hi)
	p.InNumber = max(p.InNumber, b.Number)
	p.Acked = max(p.Acked, b.Ack)
	return nil
}

// release applies held bundles from the same sender whose gap is filled.
func (ap *applier) release(p *SyncPeer) error {
	pend := ap.tx.Bucket(bSyncPend)
	prefix := centerKey(ap.from)
	for {
		k, v := pend.Cursor().Seek(prefix)
		if !hasPrefix(k, prefix) || pendingHead(k, v).Lo > p.InSeq {
			return nil
		}
		b, err := DecodeSyncBatch(v)
		if err := pend.Delete(k); err != nil {
			return err
		}
		if err != nil {
			continue // it was verified when it arrived; a damaged one is dropped
		}
		if b.Hi > p.InSeq {
			if err := ap.batch(p, &b); err != nil {
				return err
			}
		}
		ap.res.Released++
	}
}

// record applies one record, or keeps it as a conflict.
func (ap *applier) record(r *SyncRecord) error {
	var why string
	var err error
	switch r.Bucket {
	case SyncCenters:
		why, err = ap.center(r)
	case SyncFiles:
		why, err = ap.file(r)
	case SyncVisits, SyncAid:
		why, err = ap.fact(r)
	case SyncLinks, SyncDecisions:
		why, err = ap.pair(r)
	default:
		why = "unknown kind of record"
	}
	switch {
	case err != nil:
		return err
	case why == whyUnchanged:
		ap.res.Unchanged++
		return nil
	case why != "":
		ap.res.Conflicts++
		return putConflict(ap.tx, ap.from, r, why)
	}
	ap.res.Applied++
	if ap.role == SyncHub { // forwarded to the spokes that may receive it
		return appendLog(ap.tx, ap.from, logRef{r.Kind, r.Bucket, r.Key})
	}
	return nil
}

const whyUnchanged = "="

// authority is the peer whose database writes for center c.
func (ap *applier) authority(c domain.CenterID) domain.CenterID {
	if ap.role == SyncSpoke {
		if c == ap.me {
			return ap.me
		}
		return HubCenter
	}
	if _, ok, _ := getPeer(ap.tx, c); ok {
		return c
	}
	return HubCenter
}

// bumpSeq keeps a counter at or above an id received, so a record minted
// here later never reuses it.
func bumpSeq(tx *bbolt.Tx, kind byte, id domain.ID) error {
	b := tx.Bucket(bSeq)
	k := seqKey(kind, id.Center(), 0)
	if readSeq(b, k) >= id.Seq() {
		return nil
	}
	return b.Put(k, binary.BigEndian.AppendUint64(nil, id.Seq()))
}
