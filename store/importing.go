package store

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"time"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// ImportResult counts what one ImportFiles call did.
type ImportResult struct {
	Created int
	// Unchanged files were already present (same center and external
	// reference) with the same content.
	Unchanged int
	// Updated files were present and differed; the sheet's values won and the
	// change is audited.
	Updated int
	IDs     []domain.ID // id of each input file, in input order
}

// ImportFileError says which file of a batch was refused; nothing of that
// batch was written.
type ImportFileError struct {
	Index int    // position in the batch
	Ref   string // the file's ExternalRef
	Err   error
}

func (e *ImportFileError) Error() string {
	return fmt.Sprintf("import: file %d (ref %q): %v", e.Index+1, e.Ref, e.Err)
}

func (e *ImportFileError) Unwrap() error { return e.Err }

// Field names of an import event's changes that the history indexes are
// rebuilt from.
const (
	importCreatedField = "created_ids" // id ranges of the files created
	importUpdatedField = "updated_ids" // id ranges of the files updated
)

// ImportFiles stores a batch of files in one write transaction (one fsync).
// A file whose center already has a file with the same ExternalRef is left
// alone when its content is the same (Unchanged), else overwritten with
// the batch's values, keeping id, creation stamps and (unless given)
// number, with a new version (Updated); any other file is created. Files
// without ExternalRef are always created.
//
// The batch writes one audit event (Kind "import", Note source) whose
// changes carry the counts, the ranges of created and updated ids and each
// updated file's field changes under "<id> <field>". History finds it
// through one ix.created entry per range of created ids and a key-only
// ix.auditf entry per updated file.
// Every file needs the import permission at its center.
func (s *Store) ImportFiles(a Actor, files []domain.File, source string) (ImportResult, error) {
	res := ImportResult{IDs: make([]domain.ID, len(files))}
	if len(files) == 0 {
		return res, nil
	}
	allowed := map[domain.CenterID]bool{}
	for i := range files {
		f := &files[i]
		if err := f.Validate(); err != nil {
			return ImportResult{}, &ImportFileError{i, f.ExternalRef, err}
		}
		ok, seen := allowed[f.Center]
		if !seen {
			ok = can(a, domain.ActImport, f.Center)
			allowed[f.Center] = ok
		}
		if !ok {
			return ImportResult{}, &ImportFileError{i, f.ExternalRef, ErrDenied}
		}
	}
	var center domain.CenterID
	if len(allowed) == 1 {
		center = files[0].Center
	}
	var created, updated []domain.ID
	err := s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock() // under the writer lock: audit times follow commit order
		im := importer{s: s, tx: tx, a: a, now: now, seq: newSeqCache(tx),
			codes: map[domain.CenterID]string{}, fresh: make(map[domain.ID]bool, len(files)),
			files: bucket(tx, bFiles), refs: tx.Bucket(ixRef),
			// sized for benchmark-shaped files, so the arenas rarely move
			vals: make([]byte, 0, len(files)*320),
			x:    ixBuilder{arena: make([]byte, 0, len(files)*96), es: make([]ixEntry, 0, len(files)*7)}}
		ev := &domain.AuditEvent{Action: domain.ActImport, Kind: kindImport, Center: center, Note: source}
		evKey, err := prepareAudit(tx, a, now, ev)
		if err != nil {
			return err
		}
		var changes []domain.FieldChange
		for i := range files {
			id, cs, err := im.one(files[i], &res)
			if err != nil {
				return &ImportFileError{i, files[i].ExternalRef, err}
			}
			res.IDs[i] = id
			switch {
			case im.fresh[id]: // created here (and perhaps updated again)
			case cs != nil:
				updated = append(updated, id)
			}
			prefix := id.String() + " "
			for _, c := range cs {
				c.Field = prefix + c.Field
				changes = append(changes, c)
			}
		}
		for id := range im.fresh {
			created = append(created, id)
		}
		ev.Changes = append([]domain.FieldChange{
			{Field: "created", After: strconv.Itoa(res.Created)},
			{Field: "updated", After: strconv.Itoa(res.Updated)},
			{Field: "unchanged", After: strconv.Itoa(res.Unchanged)},
			{Field: importCreatedField, After: formatRanges(created)},
			{Field: importUpdatedField, After: formatRanges(updated)},
		}, changes...)
		err = eventHistory(ev, evKey, func(e ixEntry) error {
			im.x.es = append(im.x.es, e)
			return nil
		})
		if err != nil {
			return err
		}
		if err := im.flush(); err != nil {
			return err
		}
		if err := im.seq.flush(); err != nil {
			return err
		}
		if err := syncNote(tx, ev); err != nil { // the change log of a sync network (synclog.go)
			return err
		}
		return bucket(tx, bAudit).Put(evKey, encodeAudit(ev))
	})
	if err != nil {
		return ImportResult{}, err
	}
	touched := append(created, updated...)
	slices.Sort(touched)
	s.publish(Change{Kind: kindImport, IDs: touched, Center: center})
	return res, nil
}

// importer holds one batch's caches. New files' records and index entries
// are carved from arenas and the index entries written at the end sorted
// by key, so the batch costs a few allocations and sequential B-tree work.
type importer struct {
	s     *Store
	tx    *bbolt.Tx
	a     Actor
	now   time.Time
	seq   *seqCache
	codes map[domain.CenterID]string
	fresh map[domain.ID]bool // created in this batch
	files *bbolt.Bucket
	refs  *bbolt.Bucket
	vals  []byte // arena for encoded records
	x     ixBuilder
	// created refs not yet in ixRef, center(4)+ref → id
	pendingRefs map[string]domain.ID
}

// one imports a file, returning its id and, for an update, its changes.
func (im *importer) one(f domain.File, res *ImportResult) (domain.ID, []domain.FieldChange, error) {
	normalizeIDs(&f)
	var id domain.ID
	if f.ExternalRef != "" {
		rk := append(centerKey(f.Center), f.ExternalRef...)
		if v := im.refs.Get(rk); len(v) == 8 {
			id = domain.IDFromKey(v)
		} else {
			id = im.pendingRefs[string(rk)]
		}
	}
	if id == 0 {
		return im.create(&f, res)
	}
	if im.fresh[id] {
		// updating a file created earlier in this batch: its entries must
		// be in place before they are swapped
		if err := im.flush(); err != nil {
			return 0, nil, err
		}
	}
	raw := im.files.Get(id.Key())
	old, err := decodeFile(id, raw)
	if err != nil {
		return 0, nil, fmt.Errorf("file %s: %w", id, err)
	}
	f.ID = id
	if f.Number == "" {
		f.Number = old.Number
	}
	f.CreatedAt, f.CreatedBy = old.CreatedAt, old.CreatedBy
	f.UpdatedAt, f.UpdatedBy, f.Version = old.UpdatedAt, old.UpdatedBy, old.Version
	start := len(im.vals)
	im.vals = appendFile(im.vals, &f)
	if bytes.Equal(im.vals[start:], raw) {
		im.vals = im.vals[:start]
		res.Unchanged++
		return id, nil, nil
	}
	im.vals = im.vals[:start]
	changes := diffFile(&old, &f)
	f.UpdatedAt, f.UpdatedBy, f.Version = im.now, im.a.User.ID, old.Version+1
	if err := im.files.Put(id.Key(), encodeFile(&f)); err != nil {
		return 0, nil, err
	}
	if err := swapEntries(im.tx, fileEntriesOf(&old), fileEntriesOf(&f)); err != nil {
		return 0, nil, err
	}
	res.Updated++
	if len(changes) == 0 { // only bookkeeping differed (e.g. an old codec form)
		changes = []domain.FieldChange{}
	}
	return id, changes, nil
}

func (im *importer) create(f *domain.File, res *ImportResult) (domain.ID, []domain.FieldChange, error) {
	code, ok := im.codes[f.Center]
	if !ok {
		c, err := getCenter(im.tx, f.Center)
		if err != nil {
			return 0, nil, err
		}
		code, im.codes[f.Center] = c.Code, c.Code
	}
	f.ID = domain.NewID(f.Center, im.seq.next(seqFile, f.Center, 0))
	if f.Number == "" {
		y := numberYear(f, im.now)
		f.Number = fileNumber(code, y, im.seq.next(seqNumber, f.Center, y))
	}
	f.CreatedAt, f.CreatedBy = im.now, im.a.User.ID
	f.UpdatedAt, f.UpdatedBy = im.now, im.a.User.ID
	f.Version = 1
	start := len(im.vals)
	im.vals = appendFile(im.vals, f)
	if err := im.files.Put(f.ID.Key(), im.vals[start:len(im.vals):len(im.vals)]); err != nil {
		return 0, nil, err
	}
	im.x.file(f)
	if f.ExternalRef != "" {
		if im.pendingRefs == nil {
			im.pendingRefs = map[string]domain.ID{}
		}
		im.pendingRefs[string(append(centerKey(f.Center), f.ExternalRef...))] = f.ID
	}
	im.fresh[f.ID] = true
	res.Created++
	return f.ID, nil, nil
}

// flush writes the pending index entries, bucket by bucket in key order.
func (im *importer) flush() error {
	per := make([][]ixEntry, len(indexBuckets))
	for _, e := range im.x.es {
		for i, name := range indexBuckets {
			if bytes.Equal(e.b, name) {
				per[i] = append(per[i], e)
				break
			}
		}
	}
	idents := 0
	for i, es := range per {
		if len(es) == 0 {
			continue
		}
		slices.SortFunc(es, func(p, q ixEntry) int { return bytes.Compare(p.k, q.k) })
		b := bucket(im.tx, indexBuckets[i])
		for _, e := range es {
			if err := b.Put(e.k, e.v); err != nil {
				return err
			}
		}
		if isIdent(indexBuckets[i]) {
			idents += len(es)
		}
	}
	im.x.es = im.x.es[:0]
	im.pendingRefs = nil
	return identsAdded(im.tx, idents)
}
