package store

import (
	"encoding/binary"
	"strconv"
	"strings"
	"time"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// Record buckets as the change log and bundles name them: one byte each.
const (
	SyncCenters   byte = 'C'
	SyncFiles     byte = 'F'
	SyncVisits    byte = 'V'
	SyncAid       byte = 'A'
	SyncLinks     byte = 'L'
	SyncDecisions byte = 'D'
)

// Kinds of log entry. A transfer also sends the file's visits and aid to
// the center that now owns it, which never had them.
const (
	logChange   byte = 'c'
	logTransfer byte = 't'
)

// syncBucketOf maps a bundle's bucket byte to the store's bucket.
func syncBucketOf(c byte) []byte {
	switch c {
	case SyncCenters:
		return bCenters
	case SyncFiles:
		return bFiles
	case SyncVisits:
		return bVisits
	case SyncAid:
		return bAid
	case SyncLinks:
		return bLinks
	case SyncDecisions:
		return bDecisions
	}
	return nil
}

// syncNote is the change log's hook in audit(): in a hub or a spoke it
// refuses a change to a record another database owns, and appends what the
// event changed to the log, in the mutation's own transaction. In a
// database outside any network it does nothing.
func syncNote(tx *bbolt.Tx, ev *domain.AuditEvent) error {
	role, me := syncRole(tx)
	if role == SyncNone || ev.Kind == kindView || ev.Kind == kindWeights ||
		ev.Kind == kindUser || ev.Kind == kindDuplicate {
		return nil // reads and local settings are not replicated
	}
	local := func(c domain.CenterID) bool {
		if role == SyncSpoke {
			return c == me
		}
		p, _, _ := getPeer(tx, c)
		return p.Key == nil // the hub writes for every center that is not a spoke
	}
	var refs []logRef
	switch ev.Kind {
	case kindFile:
		owner, kind := ev.Center, logChange
		if ev.Action == domain.ActFileTransfer {
			owner, kind = centerBefore(ev), logTransfer
		}
		if !local(owner) {
			return ErrRemoteOwner
		}
		refs = append(refs, logRef{kind, SyncFiles, ev.Target.Key()})
	case kindVisit, kindAid:
		if !local(ev.Center) {
			return ErrRemoteOwner
		}
		b := SyncVisits
		if ev.Kind == kindAid {
			b = SyncAid
		}
		refs = append(refs, logRef{logChange, b, pairKey(ev.File, ev.Target)})
	case kindDecision, kindLink:
		if role == SyncSpoke {
			return ErrRemoteOwner // the coordinators decide, at the hub
		}
		refs = pairRefs(tx, ev)
	case kindCenter:
		if role == SyncSpoke {
			return ErrRemoteOwner
		}
		refs = append(refs, logRef{logChange, SyncCenters, centerKey(ev.Center)})
	case kindImport:
		var err error
		if refs, err = importRefs(tx, ev, local); err != nil {
			return err
		}
	default:
		return nil
	}
	origin := HubCenter
	if role == SyncSpoke {
		origin = me
	}
	for _, r := range refs {
		if err := appendLog(tx, origin, r); err != nil {
			return err
		}
	}
	return nil
}

// logRef names one changed record.
type logRef struct {
	kind, bucket byte
	key          []byte
}

// appendLog adds an entry at the end of the log. Positions are the
// wall clock in nanoseconds (or one past the last, if the clock is behind
// it): a database restored from a backup numbers its new changes past
// everything it had sent before the backup was taken, so its peers never
// mistake them for changes they already have. Positions leave gaps; a
// bundle names a range, not a count.
func appendLog(tx *bbolt.Tx, origin domain.CenterID, r logRef) error {
	b := tx.Bucket(bSync)
	n := max(readSeq(b, syncSeqKey)+1, uint64(time.Now().UnixNano()))
	if err := b.Put(syncSeqKey, binary.BigEndian.AppendUint64(nil, n)); err != nil {
		return err
	}
	v := putCenter(make([]byte, 0, 6+len(r.key)), origin)
	v = append(append(v, r.kind, r.bucket), r.key...)
	log := tx.Bucket(bSyncLog)
	log.FillPercent = 1 // appended only
	return log.Put(binary.BigEndian.AppendUint64(nil, n), v)
}

// centerBefore is the owner a transfer took the file from.
func centerBefore(ev *domain.AuditEvent) domain.CenterID {
	for _, c := range ev.Changes {
		if c.Field == "center" {
			n, _ := strconv.ParseUint(c.Before, 10, 32)
			return domain.CenterID(n)
		}
	}
	return ev.Center
}

// pairRefs are the decision and link a decision or unlink event changed.
func pairRefs(tx *bbolt.Tx, ev *domain.AuditEvent) []logRef {
	var refs []logRef
	if ev.Target != 0 {
		refs = append(refs, logRef{logChange, SyncLinks, ev.Target.Key()})
		if v := tx.Bucket(bLinks).Get(ev.Target.Key()); v != nil {
			if l, err := decodeLink(ev.Target, v); err == nil {
				refs = append(refs, logRef{logChange, SyncDecisions, pairKey(l.A, l.B)})
			}
		}
	}
	for _, c := range ev.Changes {
		if c.Field != "pair" {
			continue
		}
		a, b, _ := strings.Cut(c.After, " ")
		x, err1 := domain.ParseID(a)
		y, err2 := domain.ParseID(b)
		if err1 == nil && err2 == nil {
			refs = append(refs, logRef{logChange, SyncDecisions, pairKey(x, y)})
		}
	}
	return refs
}

// importRefs are the files an import created or updated; each must be one
// this database writes for.
func importRefs(tx *bbolt.Tx, ev *domain.AuditEvent, local func(domain.CenterID) bool) ([]logRef, error) {
	var refs []logRef
	files := tx.Bucket(bFiles)
	owners := map[domain.CenterID]bool{}
	for _, c := range ev.Changes {
		if c.Field != importCreatedField && c.Field != importUpdatedField {
			continue
		}
		err := eachRangeID(c.After, func(id domain.ID) error {
			v := files.Get(id.Key())
			if v == nil {
				return nil
			}
			f, err := decodeFile(id, v)
			if err != nil {
				return err
			}
			ok, seen := owners[f.Center]
			if !seen {
				ok = local(f.Center)
				owners[f.Center] = ok
			}
			if !ok {
				return ErrRemoteOwner
			}
			refs = append(refs, logRef{logChange, SyncFiles, id.Key()})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return refs, nil
}
