package store

import (
	"fmt"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// Head is what duplicate detection reads of a file: who heads the
// household, where they live, the owning center and the external reference
// the dupes command prints. Reading only this is the bulk read of the
// duplicate index: decoding whole files (members, notes, times) was most of
// the time a million-file load took.
type Head struct {
	ID          domain.ID
	Center      domain.CenterID
	ExternalRef string
	Person      domain.Person
	Address     string
}

// headChunk is how many heads EachHead decodes per read transaction: a
// transaction is never held while fn runs, and a chunk is small.
const headChunk = 8192

// EachHead calls fn with the head of every file, in file ID order. The Head
// is reused between calls: fn copies what it keeps (its strings it may
// keep). A record that fails its checksum or does not decode stops the read
// with an error naming the file, as EachFile does.
func (s *Store) EachHead(fn func(*Head) error) error {
	var after domain.ID
	first := true
	buf := make([]Head, 0, headChunk)
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
			for ; k != nil && len(buf) < headChunk; k, v = c.Next() {
				buf = buf[:len(buf)+1]
				if err := decodeHead(domain.IDFromKey(k), v, &buf[len(buf)-1]); err != nil {
					return fmt.Errorf("file %s: %w", domain.IDFromKey(k), err)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		for i := range buf {
			if err := fn(&buf[i]); err != nil {
				return err
			}
		}
		if len(buf) < headChunk {
			return nil
		}
		after, first = buf[len(buf)-1].ID, false
	}
}

// decodeHead reads the head of a file stored under key id: the record's
// checksum is checked as for a whole file, and the fields before the
// address are read in decodeFile's order (members are read past, into a
// scratch person: their strings are slices of the one copy, so that costs
// no allocation). The fields after the address are not read; a record
// whose tail is damaged fails its checksum all the same.
func decodeHead(id domain.ID, v []byte, h *Head) error {
	*h = Head{ID: id}
	d := newDec(v)
	d.version(fileFormat)
	h.Center = domain.CenterID(d.uint32())
	d.str() // number
	h.ExternalRef = d.str()
	d.byte() // status
	d.str()  // status reason
	if n := d.count(1); n > 0 {
		d.off += n // categories, a byte each (count checked the room)
	}
	d.person(&h.Person)
	var scratch domain.Person
	for n := d.count(14); n > 0; n-- {
		d.person(&scratch)
		d.byte() // relation
		d.str()  // note
	}
	d.smallInt() // household size
	h.Address = d.str()
	if d.err != nil {
		*h = Head{ID: id}
		return d.err
	}
	return nil
}
