package store

import (
	"fmt"
	"slices"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// DefaultLimit is the page size of Files and Audit when Limit is 0.
const DefaultLimit = 500

// File reads a whole file; it needs the view permission at its center. A
// read of another center's file (a coordinator's, an admin's) is audited
// with the actor and their source address; if that record cannot be
// written the file is not returned.
func (s *Store) File(a Actor, id domain.ID) (domain.File, error) {
	var f domain.File
	err := s.db.View(func(tx *bbolt.Tx) (err error) {
		f, err = fileFor(tx, a, id, domain.ActFileView)
		return err
	})
	if err != nil {
		return domain.File{}, err
	}
	if s.viewAudited(a, f.Center) {
		if err := s.auditView(a, domain.ActFileView, &f); err != nil {
			return domain.File{}, err
		}
	}
	return f, nil
}

// Card is what any role may see of another center's file when a duplicate
// check matches it: enough to recognise the person and call that center,
// nothing of the household's circumstances.
type Card struct {
	File       domain.ID
	FirstName  string
	LastName   string
	FatherName string
	Center     domain.CenterID
	BirthYear  int
	Status     domain.Status
	LastAid    fa.Date
}

// MatchCard reads a file's match card, for naming files in lists and
// queues; it is not audited (see ViewCard for a user's deliberate look).
func (s *Store) MatchCard(a Actor, id domain.ID) (Card, error) {
	var c Card
	err := s.db.View(func(tx *bbolt.Tx) error {
		f, err := fileFor(tx, a, id, domain.ActFileMatchCard)
		if err != nil {
			return err
		}
		c, err = cardOf(tx, &f)
		return err
	})
	return c, err
}

// cardOf is the card of a file read in tx: its fields and nothing else.
func cardOf(tx *bbolt.Tx, f *domain.File) (Card, error) {
	xs, err := aidOf(tx, f.ID)
	if err != nil {
		return Card{}, err
	}
	c := Card{File: f.ID, FirstName: f.Head.FirstName, LastName: f.Head.LastName,
		FatherName: f.Head.FatherName, Center: f.Center, BirthYear: f.Head.BirthDate.Year,
		Status: f.Status}
	for _, x := range xs {
		if c.LastAid.Before(x.Date) {
			c.LastAid = x.Date
		}
	}
	return c, nil
}

// Query selects a page of files. Center 0 means every center the actor may
// view; Status and Category filter when set; After is the last id of the
// previous page; Limit ≤ 0 means DefaultLimit.
type Query struct {
	Center   domain.CenterID
	Status   *domain.Status
	Category *domain.Category
	After    domain.ID
	Limit    int
}

// Files lists files in id order, one page at a time.
func (s *Store) Files(a Actor, q Query) ([]domain.File, error) {
	r := reachOf(a, domain.ActFileView)
	if q.Center != 0 && !r.has(q.Center) || r.none() {
		return nil, ErrDenied
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	keep := func(f *domain.File) bool {
		return (q.Status == nil || f.Status == *q.Status) &&
			(q.Category == nil || f.HasCategory(*q.Category))
	}
	var out []domain.File
	err := s.db.View(func(tx *bbolt.Tx) error {
		if q.Center == 0 && r.all {
			return scanFiles(tx, q.After, limit, keep, &out)
		}
		centers := r.centers
		if q.Center != 0 {
			centers = []domain.CenterID{q.Center}
		}
		for _, c := range centers {
			if err := scanCenter(tx, c, q.Status, q.After, limit, keep, &out); err != nil {
				return err
			}
		}
		return nil
	})
	if len(r.centers) > 1 && q.Center == 0 { // pages of several centers: merge by id
		slices.SortFunc(out, func(x, y domain.File) int { return cmpID(x.ID, y.ID) })
		out = out[:min(limit, len(out))]
	}
	return out, err
}

func cmpID(a, b domain.ID) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// scanFiles walks the files bucket from after.
func scanFiles(tx *bbolt.Tx, after domain.ID, limit int, keep func(*domain.File) bool, out *[]domain.File) error {
	c := tx.Bucket(bFiles).Cursor()
	k, v := c.Seek((after + 1).Key())
	if after == ^domain.ID(0) {
		k = nil
	}
	for ; k != nil && len(*out) < limit; k, v = c.Next() {
		f, err := decodeFile(domain.IDFromKey(k), v)
		if err != nil {
			return err
		}
		if keep(&f) {
			*out = append(*out, f)
		}
	}
	return nil
}

// scanCenter walks one center's files from after in id order: one status
// range of the (center, status, id) index, or all of them merged.
func scanCenter(tx *bbolt.Tx, center domain.CenterID, st *domain.Status, after domain.ID, limit int, keep func(*domain.File) bool, out *[]domain.File) error {
	statuses := domain.Statuses
	if st != nil {
		statuses = []domain.Status{*st}
	}
	type run struct {
		c      *bbolt.Cursor
		prefix []byte
		id     domain.ID // current id; 0 when the run is done
	}
	b := tx.Bucket(ixStatus)
	runs := make([]run, len(statuses))
	next := func(r *run, k []byte) {
		r.id = 0
		if hasPrefix(k, r.prefix) && len(k) == len(r.prefix)+8 {
			r.id = domain.IDFromKey(k[len(r.prefix):])
		}
	}
	for i, s := range statuses {
		r := &runs[i]
		r.c, r.prefix = b.Cursor(), append(centerKey(center), byte(s))
		k, _ := r.c.Seek(putID(slices.Clip(r.prefix), after+1))
		next(r, k)
	}
	files := tx.Bucket(bFiles)
	for n := 0; n < limit; {
		var r *run
		for i := range runs {
			if runs[i].id != 0 && (r == nil || runs[i].id < r.id) {
				r = &runs[i]
			}
		}
		if r == nil {
			return nil
		}
		id := r.id
		k, _ := r.c.Next()
		next(r, k)
		v := files.Get(id.Key())
		if id <= after || v == nil {
			continue // v nil: Check reports the dangling entry
		}
		f, err := decodeFile(id, v)
		if err != nil {
			return err
		}
		if keep(&f) {
			*out = append(*out, f)
			n++
		}
	}
	return nil
}

// eachChunk is how many files EachFile decodes per read transaction.
const eachChunk = 4096

// EachFile calls fn with every file in id order, for process-internal
// indexes (search, duplicate detection). It checks no permission: never
// hand its output to a user. Files are read in chunks, each in a short
// read transaction, and fn runs outside any transaction, so a slow fn
// never holds up writers; a file changed meanwhile may be seen in either
// version. An error from fn stops the walk and is returned.
func (s *Store) EachFile(fn func(domain.File) error) error {
	var after domain.ID
	first := true
	buf := make([]domain.File, 0, eachChunk)
	for {
		buf = buf[:0]
		err := s.db.View(func(tx *bbolt.Tx) error {
			c := tx.Bucket(bFiles).Cursor()
			var k, v []byte
			if first {
				k, v = c.First()
			} else {
				k, v = c.Seek(after.Key())
				if k != nil && domain.IDFromKey(k) == after {
					k, v = c.Next()
				}
			}
			for ; k != nil && len(buf) < eachChunk; k, v = c.Next() {
				f, err := decodeFile(domain.IDFromKey(k), v)
				if err != nil {
					return fmt.Errorf("file %s: %w", domain.IDFromKey(k), err)
				}
				buf = append(buf, f)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, f := range buf {
			if err := fn(f); err != nil {
				return err
			}
		}
		if len(buf) < eachChunk {
			return nil
		}
		after, first = buf[len(buf)-1].ID, false
	}
}

// FilesByNationalCode finds the files whose head or a member has this
// national code, typed in any form ParseNationalCode reads. Codes of one
// repeated digit are not indexed and find nothing.
func (s *Store) FilesByNationalCode(code string) ([]domain.ID, error) {
	return s.lookupIdent(identNational, domain.ParseNationalCode(code).Value)
}

// FilesByMobile finds the files whose head or a member has this mobile.
func (s *Store) FilesByMobile(m string) ([]domain.ID, error) {
	return s.lookupIdent(identMobile, domain.ParseMobile(m).Value)
}

// FilesByForeignID finds the files whose head or a member has this
// foreign-national number.
func (s *Store) FilesByForeignID(fid string) ([]domain.ID, error) {
	return s.lookupIdent(identForeign, domain.ParseForeignID(fid).Value)
}

// FileByRef finds a center's file by its external reference (the row or
// number of the sheet it came from).
func (s *Store) FileByRef(center domain.CenterID, ref string) (domain.ID, error) {
	var id domain.ID
	err := s.db.View(func(tx *bbolt.Tx) error {
		v := tx.Bucket(ixRef).Get(append(centerKey(center), ref...))
		if len(v) != 8 || ref == "" {
			return fmt.Errorf("file %q at center %d: %w", ref, center, ErrNotFound)
		}
		id = domain.IDFromKey(v)
		return nil
	})
	return id, err
}
