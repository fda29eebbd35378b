package store

import (
	"bytes"
	"fmt"
	"time"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// maxProblems caps the list a check returns; a badly damaged file would
// otherwise give millions of lines.
const maxProblems = 200

// Check runs bbolt's structural check and parvande's own consistency
// checks on the open database and returns the problems found (nil when
// none). It reads everything in one read transaction, so on a large file
// it takes a while; writers are not blocked.
func (s *Store) Check() ([]string, error) {
	var c checker
	err := s.db.View(func(tx *bbolt.Tx) error {
		c.run(tx)
		return c.err
	})
	return c.list(), err
}

// CheckFile checks a database file that is not open in this process: its
// page structure first (a damaged file must not crash the checker), then
// as Check does. A file held by a running parvande gives *LockedError; a
// file that is not parvande's (or is newer than this binary) an error
// wrapping ErrNotParvande (ErrNewerSchema).
func CheckFile(path string) ([]string, error) {
	problems, err := walkPages(path)
	if err != nil || len(problems) > 0 {
		return problems, err
	}
	db, err := openBolt(path, time.Second, true)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	var c checker
	err = db.View(func(tx *bbolt.Tx) error {
		c.run(tx)
		return c.err
	})
	if err != nil {
		return c.list(), fmt.Errorf("%s: %w", path, err)
	}
	return c.list(), nil
}

type checker struct {
	problems []string
	more     int
	err      error // not a parvande database, or one too new to judge
}

func (c *checker) add(format string, args ...any) {
	if len(c.problems) < maxProblems {
		c.problems = append(c.problems, fmt.Sprintf(format, args...))
	} else {
		c.more++
	}
}

func (c *checker) list() []string {
	if c.more > 0 {
		return append(c.problems, fmt.Sprintf("... and %d more problems", c.more))
	}
	return c.problems
}

func (c *checker) run(tx *bbolt.Tx) {
	defer func() {
		if r := recover(); r != nil {
			c.add("%v: %v", errDamaged, r)
		}
	}()
	v, err := readSchema(tx)
	if err == nil && v == 0 {
		err = fmt.Errorf("%w: an empty database", ErrNotParvande)
	}
	if err != nil {
		c.err = err
		return
	}
	for err := range tx.Check() {
		c.add("structure: %v", err)
	}
	if len(c.problems) > 0 {
		return // records on a broken tree are not worth reading
	}
	for _, name := range recordBuckets {
		if tx.Bucket(name) == nil {
			c.add("bucket %s is missing", name)
		}
	}
	if v < 2 {
		return // indexes come with schema 2; Open builds them
	}
	for _, name := range indexBuckets {
		if tx.Bucket(name) == nil {
			c.add("index %s is missing", name)
		}
	}
	if len(c.problems) > 0 {
		return
	}
	c.records(tx)
}

// records checks every record decodes, every index entry a record implies
// exists, and that no index holds more entries than the records imply:
// together that makes each index exactly what reindex would build.
func (c *checker) records(tx *bbolt.Tx) {
	want := map[string]int{}
	expect := func(e ixEntry, what string) {
		want[string(e.b)]++
		if isIdent(e.b) && has(tx.Bucket(ixIdent), e.k) {
			return // merged into the main tier
		}
		got := tx.Bucket(e.b).Get(e.k)
		if !has(tx.Bucket(e.b), e.k) || !bytes.Equal(got, e.v) {
			c.add("%s: entry missing from %s", what, e.b)
		}
	}
	seqs := tx.Bucket(bSeq)
	seqOK := func(kind byte, id domain.ID, what string) {
		if readSeq(seqs, seqKey(kind, id.Center(), 0)) < id.Seq() {
			c.add("%s: id above its center's counter (a new record would reuse it)", what)
		}
	}
	files := tx.Bucket(bFiles)
	centers := map[domain.ID]domain.CenterID{}
	var x ixBuilder
	files.ForEach(func(k, v []byte) error {
		id := domain.IDFromKey(k)
		f, err := decodeFile(id, v)
		if err != nil {
			c.add("file %s: %v", id, err)
			return nil
		}
		centers[id] = f.Center
		seqOK(seqFile, id, "file "+id.String())
		x.reset()
		x.file(&f)
		for _, e := range x.es {
			expect(e, "file "+id.String())
		}
		return nil
	})
	c.visits(tx, centers, expect, seqOK)
	tx.Bucket(bAid).ForEach(func(k, v []byte) error {
		a, err := decodeAid(domain.IDFromKey(k), domain.IDFromKey(k[8:]), v)
		what := "aid " + domain.IDFromKey(k[8:]).String()
		switch {
		case err != nil:
			c.add("%s: %v", what, err)
			return nil
		case centers[a.File] == 0:
			c.add("%s: its file %s does not exist", what, a.File)
		}
		seqOK(seqAid, a.ID, what)
		expect(aidEntry(&a), what)
		return nil
	})
	tx.Bucket(bAudit).ForEach(func(k, v []byte) error {
		ev, err := decodeAudit(v)
		if err != nil {
			c.add("audit event %x: %v", k, err)
			return nil
		}
		seqOK(seqAudit, ev.ID, "audit event "+ev.ID.String())
		eventHistory(&ev, k, func(e ixEntry) error {
			expect(e, "audit event "+ev.ID.String())
			return nil
		})
		return nil
	})
	c.pairs(tx, func(id domain.ID) bool { return centers[id] != 0 }, seqOK)
	c.weights(tx)
	// the identifier tiers together hold what the records imply
	want[string(ixIdentNew)] -= tx.Bucket(ixIdent).Stats().KeyN
	for _, name := range indexBuckets {
		if bytes.Equal(name, ixIdent) {
			continue
		}
		if n := tx.Bucket(name).Stats().KeyN; n != want[string(name)] {
			c.add("index %s has %d entries where the records imply %d", name, n, want[string(name)])
		}
	}
	c.users(tx, seqOK)
}

// visits checks visit records and the visits-due index.
func (c *checker) visits(tx *bbolt.Tx, centers map[domain.ID]domain.CenterID,
	expect func(ixEntry, string), seqOK func(byte, domain.ID, string)) {
	var cur domain.ID
	var best *domain.Visit
	flush := func() {
		if best != nil && centers[cur] != 0 {
			if e, ok := dueEntry(cur, centers[cur], best); ok {
				expect(e, "latest visit of file "+cur.String())
			}
		}
	}
	tx.Bucket(bVisits).ForEach(func(k, v []byte) error {
		file, id := domain.IDFromKey(k), domain.IDFromKey(k[8:])
		vis, err := decodeVisit(file, id, v)
		if err != nil {
			c.add("visit %s: %v", id, err)
			return nil
		}
		if centers[file] == 0 {
			c.add("visit %s: its file %s does not exist", id, file)
		}
		seqOK(seqVisit, id, "visit "+id.String())
		if file != cur {
			flush()
			cur, best = file, nil
		}
		if best == nil || later(&vis, best) {
			best = &vis
		}
		return nil
	})
	flush()
}

// users checks user records against the login index.
func (c *checker) users(tx *bbolt.Tx, seqOK func(byte, domain.ID, string)) {
	n := 0
	logins := tx.Bucket(bLogins)
	tx.Bucket(bUsers).ForEach(func(k, v []byte) error {
		u, err := decodeUser(domain.IDFromKey(k), v)
		if err != nil {
			c.add("user %s: %v", domain.IDFromKey(k), err)
			return nil
		}
		n++
		seqOK(seqUser, u.ID, "user "+u.Login)
		if !bytes.Equal(logins.Get([]byte(u.Login)), k) {
			c.add("user %s: login %q not indexed", u.ID, u.Login)
		}
		return nil
	})
	if got := logins.Stats().KeyN; got != n {
		c.add("login index has %d entries for %d users", got, n)
	}
	tx.Bucket(bCenters).ForEach(func(k, v []byte) error {
		if _, err := decodeCenter(centerFromKey(k), v); err != nil {
			c.add("center %d: %v", centerFromKey(k), err)
		}
		return nil
	})
}
