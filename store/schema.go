package store

import (
	"encoding/binary"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// Bucket names. Record buckets hold the encoded records; index buckets hold
// keys only (or a short pointer) and can always be rebuilt from records
// (see reindex). Every key is fixed-width big-endian so that cursors walk
// in id (or date) order and a per-file scan is a prefix seek.
var (
	bMeta      = []byte("meta")      // "schema" → version, "created" → time
	bSeq       = []byte("seq")       // kind(1) center(4) [year(2)] → last number used (seq.go)
	bCenters   = []byte("centers")   // center(4) → Center
	bCenterKey = []byte("centerkey") // 'n' folded name | 'c' folded code → center(4)
	bUsers     = []byte("users")     // user id(8) → User
	bLogins    = []byte("logins")    // login → user id(8)
	bFiles     = []byte("files")     // file id(8) → File
	bVisits    = []byte("visits")    // file(8) visit(8) → Visit
	bAid       = []byte("aid")       // file(8) aid(8) → Aid
	bLinks     = []byte("links")     // link id(8) → Link
	bDecisions = []byte("decisions") // a(8) b(8) → Decision
	bAudit     = []byte("audit")     // at(8) event id(8) → AuditEvent

	// indexes (schema 2)
	ixIdent    = []byte("ix.id")      // kind(1) identifier(5) file(8); see idents.go
	ixIdentNew = []byte("ix.id.new")  // the same, recent entries not yet merged
	ixStatus   = []byte("ix.cstatus") // center(4) status(1) file(8); also lists a center's files
	ixRef      = []byte("ix.ref")     // center(4) external ref → file(8)
	ixAidDate  = []byte("ix.aiddate") // date(4) aid(8) → file(8)
	ixDue      = []byte("ix.due")     // next due(4) file(8) visit(8) → center(4) last visit(4)
	ixAuditF   = []byte("ix.auditf")  // file(8) at(8) event(8)
	ixCreated  = []byte("ix.created") // last id(8) at(8) event(8) → first id(8): files an import created
)

// recordBuckets exist since schema 1; indexBuckets since schema 2.
var (
	recordBuckets = [][]byte{bMeta, bSeq, bCenters, bCenterKey, bUsers, bLogins,
		bFiles, bVisits, bAid, bLinks, bDecisions, bAudit}
	indexBuckets = [][]byte{ixIdent, ixIdentNew, ixStatus,
		ixRef, ixAidDate, ixDue, ixAuditF, ixCreated}
)

// Fill percents: buckets whose keys only ever grow at the end of a range
// are packed full; the identifier indexes get random inserts and keep
// bbolt's default so that splits leave room.
// Files are mostly appended but also edited in place, so they keep 10%
// slack: a record that grows by a few bytes then rarely splits a page.
var appendFill = map[string]float64{
	string(bFiles): 0.9, string(bVisits): 0.9, string(bAid): 0.9,
	string(bAudit): 1.0, string(ixStatus): 0.9,
	string(ixAuditF): 0.9, string(ixCreated): 1.0,
}

// bucket returns a top-level bucket with its fill percent set for writes
// (bbolt keeps FillPercent per transaction, not on disk).
func bucket(tx *bbolt.Tx, name []byte) *bbolt.Bucket {
	b := tx.Bucket(name)
	if b != nil && tx.Writable() {
		if f, ok := appendFill[string(name)]; ok {
			b.FillPercent = f
		}
	}
	return b
}

// Keys in meta.
var (
	metaSchema  = []byte("schema")
	metaCreated = []byte("created")
	metaMagic   = []byte("app")
)

// appName marks a bbolt file as parvande's.
const appName = "parvande"

func centerKey(c domain.CenterID) []byte {
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], uint32(c))
	return b[:]
}

func centerFromKey(k []byte) domain.CenterID {
	if len(k) < 4 {
		return 0
	}
	return domain.CenterID(binary.BigEndian.Uint32(k))
}

func putCenter(b []byte, c domain.CenterID) []byte {
	return binary.BigEndian.AppendUint32(b, uint32(c))
}

func putID(b []byte, id domain.ID) []byte {
	return binary.BigEndian.AppendUint64(b, uint64(id))
}

func pairKey(a, b domain.ID) []byte { return putID(putID(make([]byte, 0, 16), a), b) }

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// packDigits packs a canonical identifier of exactly n ASCII digits (n ≤
// 12, so it fits 40 bits) into 5 bytes. ok is false for anything else,
// which is then not indexed.
func packDigits(b []byte, s string, n int) ([]byte, bool) {
	if len(s) != n || n > 12 {
		return b, false
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return b, false
		}
		v = v*10 + uint64(c-'0')
	}
	return append(b, byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v)), true
}

// timeKey is an 8-byte big-endian nanosecond time, offset so that times
// before 1970 still sort first.
func putTime(b []byte, ns int64) []byte {
	return binary.BigEndian.AppendUint64(b, uint64(ns)^1<<63)
}
