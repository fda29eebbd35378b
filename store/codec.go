package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// The record codec is a compact binary form: a leading format-version byte,
// then every field in a fixed order as unsigned or zigzag varints and
// length-prefixed strings. It is several times smaller than JSON and gob and
// allocates one string per record on decode: every string field is a slice
// of one copy of the value, which is also what makes the result safe to use
// after the bbolt transaction ends.
//
// Every record ends in a CRC-32C of the bytes before it. bbolt checks its
// pages' structure but not their contents: without the checksum a flipped
// byte inside a name or an address would decode as a different name, and
// Check and Restore could not tell a rotten backup from a good one.
//
// To add a field, bump the kind's format version and teach its decoder to
// read both versions; never reorder existing fields.

// errCorrupt is returned for any value the decoders cannot read.
var errCorrupt = errors.New("store: corrupt record")

var errChecksum = fmt.Errorf("%w: checksum mismatch", errCorrupt)

// castagnoli is the CRC-32C table (hardware-accelerated on amd64 and
// arm64); built once, never written.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// seal appends the checksum of b[start:], the record just encoded.
func seal(b []byte, start int) []byte {
	return binary.BigEndian.AppendUint32(b, crc32.Checksum(b[start:], castagnoli))
}

// enc appends to a reusable buffer.
type enc struct{ b []byte }

func (e *enc) byte(v byte)    { e.b = append(e.b, v) }
func (e *enc) uint(v uint64)  { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int64)    { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) bool(v bool)    { e.b = append(e.b, b2u(v)) }
func (e *enc) id(v domain.ID) { e.uint(uint64(v)) }
func (e *enc) str(s string) {
	e.uint(uint64(len(s)))
	e.b = append(e.b, s...)
}

func (e *enc) strs(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

// date writes year, month and day; the zero date is one byte.
func (e *enc) date(d fa.Date) {
	e.int(int64(d.Year))
	if d.Year == 0 {
		return
	}
	e.int(int64(d.Month))
	e.int(int64(d.Day))
}

// time writes 0 for the zero time, else seconds (zigzag, offset by one so
// that 0 stays free) and nanoseconds.
func (e *enc) time(t time.Time) {
	if t.IsZero() {
		e.uint(0)
		return
	}
	s := t.Unix()
	e.uint(uint64(s<<1^s>>63) + 1)
	e.uint(uint64(t.Nanosecond()))
}

func b2u(v bool) byte {
	if v {
		return 1
	}
	return 0
}

// dec reads a value; after the first error every read returns zero values
// and err stays set, so decoders check once at the end.
type dec struct {
	s   string // one copy of the whole value; strings are slices of it
	off int
	err error
}

// newDec checks a sealed value's checksum and prepares to read its body.
func newDec(v []byte) *dec {
	n := len(v) - 4
	if n < 1 || crc32.Checksum(v[:n], castagnoli) != binary.BigEndian.Uint32(v[n:]) {
		return &dec{err: errChecksum}
	}
	return &dec{s: string(v[:n])}
}

func (d *dec) fail() {
	if d.err == nil {
		d.err = errCorrupt
	}
	d.off = len(d.s)
}

func (d *dec) byte() byte {
	if d.off >= len(d.s) {
		d.fail()
		return 0
	}
	c := d.s[d.off]
	d.off++
	return c
}

func (d *dec) uint() uint64 {
	var x uint64
	var s uint
	for i := 0; i < binary.MaxVarintLen64; i++ {
		if d.off >= len(d.s) {
			d.fail()
			return 0
		}
		c := d.s[d.off]
		d.off++
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				d.fail()
				return 0
			}
			return x | uint64(c)<<s
		}
		x |= uint64(c&0x7f) << s
		s += 7
	}
	d.fail()
	return 0
}

func (d *dec) int() int64 {
	u := d.uint()
	return int64(u>>1) ^ -int64(u&1)
}

func (d *dec) uint32() uint32 {
	v := d.uint()
	if v > 1<<32-1 {
		d.fail()
		return 0
	}
	return uint32(v)
}

func (d *dec) bool() bool    { return d.byte() != 0 }
func (d *dec) id() domain.ID { return domain.ID(d.uint()) }

// count reads a slice length, refusing lengths the rest of the value could
// not hold (each element takes at least min bytes), so a corrupt length
// cannot make the decoder allocate gigabytes.
func (d *dec) count(min int) int {
	n := d.uint()
	if n > uint64(len(d.s)-d.off)/uint64(min) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *dec) str() string {
	n := d.count(1)
	s := d.s[d.off : d.off+n]
	d.off += n
	return s
}

func (d *dec) strs() []string {
	n := d.count(1)
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

// smallInt reads a zigzag varint that must fit an int on every platform
// (parvande also runs on 32-bit PCs).
func (d *dec) smallInt() int {
	v := d.int()
	if v < -1<<31 || v > 1<<31-1 {
		d.fail()
		return 0
	}
	return int(v)
}

func (d *dec) date() fa.Date {
	y := d.smallInt()
	if y == 0 {
		return fa.Date{}
	}
	return fa.Date{Year: y, Month: d.smallInt(), Day: d.smallInt()}
}

func (d *dec) time() time.Time {
	u := d.uint()
	if u == 0 {
		return time.Time{}
	}
	u--
	s := int64(u>>1) ^ -int64(u&1)
	ns := d.uint()
	if ns >= 1e9 {
		d.fail()
		return time.Time{}
	}
	return time.Unix(s, int64(ns))
}

// version reads the leading format byte and checks it is one this binary
// knows.
func (d *dec) version(max byte) byte {
	v := d.byte()
	if v == 0 || v > max {
		d.fail()
	}
	return v
}

// done reports the first error, or a corrupt error if bytes are left over.
func (d *dec) done() error {
	if d.err == nil && d.off != len(d.s) {
		d.err = errCorrupt
	}
	return d.err
}
