package pprl

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
)

// The wire format of an index, as a spoke receives it:
//
//	magic "PRVPPRL\x00", version (1 byte), key id (8), filter bits (2),
//	hashes (1); the distinct names: count, then each name's tag (8),
//	sound, stem sound, skeleton (4 each), filter (bits/8), and its slips:
//	swaps and others, each a count and 4 bytes a tag; the records:
//	count, then each record's ID and center (uvarint), flags, gender,
//	nationality (1 each), birth year (2), month, day (1 each), first, last
//	and father's name as uvarint index+1 into the names (0: none), the
//	national code (8) and its neighbours (count, 8 each), the foreign
//	number (8) and its parts (count, 4 each), the mobile (8) — each only
//	when its flag says so — and the address tokens (count, 4 each); last,
//	the CRC-32C of everything before it (4).
//
// Integers are big-endian. Names travel once each: records refer to them,
// which tells no more than the equal tags would. Weights do not travel:
// the spoke scores with its own (the federation's) weights.
const (
	wireMagic   = "PRVPPRL\x00"
	wireVersion = 1

	maxWireRecords = MaxRecords
	maxWireList    = 255 // a national code's neighbours, address tokens
	maxWireParts   = 64
	maxWireSlips   = 512
)

const (
	flagSeyyed = 1 << iota
	flagNewYear
	flagNC
	flagNCOK
	flagFID
	flagMobile
)

// Errors of ReadIndex.
var (
	ErrNotIndex = errors.New("pprl: not a match index")
	ErrVersion  = errors.New("pprl: match index of a version this program does not read")
	ErrWrongKey = errors.New("pprl: match index made under another federation key")
	ErrDamaged  = errors.New("pprl: match index damaged (checksum)")
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// wireWriter writes big-endian values and checksums them, keeping the
// first error.
type wireWriter struct {
	w   *bufio.Writer
	crc hash.Hash32
	n   int64
	err error
	buf [binary.MaxVarintLen64]byte
}

func (ww *wireWriter) bytes(b []byte) {
	if ww.err != nil {
		return
	}
	ww.crc.Write(b)
	var n int
	n, ww.err = ww.w.Write(b)
	ww.n += int64(n)
}

func (ww *wireWriter) u8(v uint8) { ww.buf[0] = v; ww.bytes(ww.buf[:1]) }
func (ww *wireWriter) u16(v uint16) {
	binary.BigEndian.PutUint16(ww.buf[:], v)
	ww.bytes(ww.buf[:2])
}
func (ww *wireWriter) u32(v uint32) {
	binary.BigEndian.PutUint32(ww.buf[:], v)
	ww.bytes(ww.buf[:4])
}
func (ww *wireWriter) u64(v uint64) {
	binary.BigEndian.PutUint64(ww.buf[:], v)
	ww.bytes(ww.buf[:8])
}
func (ww *wireWriter) uv(v uint64) { ww.bytes(ww.buf[:binary.PutUvarint(ww.buf[:], v)]) }

// WriteTo writes the index in the wire format.
func (x *Index) WriteTo(w io.Writer) (int64, error) {
	ww := &wireWriter{w: bufio.NewWriterSize(w, 1<<16), crc: crc32.New(castagnoli)}
	ww.bytes([]byte(wireMagic))
	ww.u8(wireVersion)
	ww.bytes(x.key[:])
	ww.u16(uint16(x.params.FilterBits))
	ww.u8(uint8(x.params.HashCount))
	fbytes := x.params.FilterBits / 8
	ww.uv(uint64(len(x.names)))
	var fb [MaxFilterBits / 8]byte
	for i := range x.names {
		n := &x.names[i]
		ww.u64(n.Tag)
		ww.u32(n.Sound)
		ww.u32(n.StemSound)
		ww.u32(n.Skeleton)
		for j, word := range n.Filter {
			binary.BigEndian.PutUint64(fb[8*j:], word)
		}
		ww.bytes(fb[:fbytes])
		for _, l := range [2][]uint32{n.Swaps, n.Slips} {
			ww.uv(uint64(len(l)))
			for _, t := range l {
				ww.u32(t)
			}
		}
	}
	ww.uv(uint64(len(x.recs)))
	for i := range x.recs {
		r := &x.recs[i]
		ww.uv(uint64(x.ids[i]))
		ww.uv(uint64(x.centers[i]))
		var fl uint8
		for _, b := range [...]struct {
			on  bool
			bit uint8
		}{{r.seyyed, flagSeyyed}, {r.birth.NewYear, flagNewYear}, {r.nc != 0, flagNC},
			{r.ncOK, flagNCOK}, {r.fid != 0, flagFID}, {r.mob != 0, flagMobile}} {
			if b.on {
				fl |= b.bit
			}
		}
		ww.u8(fl)
		ww.u8(r.gender)
		ww.u8(r.nat)
		ww.u16(r.birth.Year)
		ww.u8(r.birth.Month)
		ww.u8(r.birth.Day)
		ww.uv(uint64(r.first))
		ww.uv(uint64(r.last))
		ww.uv(uint64(r.father))
		if r.nc != 0 {
			ww.u64(r.nc)
			near := x.nearOf(r)
			ww.uv(uint64(len(near)))
			for _, t := range near {
				ww.u64(t)
			}
		}
		if r.fid != 0 {
			ww.u64(r.fid)
			fparts := x.fpartsOf(r)
			ww.uv(uint64(len(fparts)))
			for _, t := range fparts {
				ww.u32(t)
			}
		}
		if r.mob != 0 {
			ww.u64(r.mob)
		}
		addr := x.addrOf(r)
		ww.uv(uint64(len(addr)))
		for _, t := range addr {
			ww.u32(t)
		}
	}
	sum := ww.crc.Sum32()
	ww.u32(sum)
	if ww.err == nil {
		ww.err = ww.w.Flush()
	}
	return ww.n, ww.err
}

// wireReader reads what wireWriter wrote, checksumming, keeping the
// first error; after an error every read gives zeros.
type wireReader struct {
	r   *bufio.Reader
	crc hash.Hash32
	n   int64
	err error
	buf [8]byte
}

func (wr *wireReader) full(b []byte) {
	if wr.err != nil {
		clear(b)
		return
	}
	n, err := io.ReadFull(wr.r, b)
	wr.n += int64(n)
	if err != nil {
		wr.err = fmt.Errorf("%w: %v", ErrNotIndex, err)
		clear(b)
		return
	}
	wr.crc.Write(b)
}

func (wr *wireReader) u8() uint8 { wr.full(wr.buf[:1]); return wr.buf[0] }
func (wr *wireReader) u16() uint16 {
	wr.full(wr.buf[:2])
	return binary.BigEndian.Uint16(wr.buf[:])
}
func (wr *wireReader) u32() uint32 {
	wr.full(wr.buf[:4])
	return binary.BigEndian.Uint32(wr.buf[:])
}
func (wr *wireReader) u64() uint64 {
	wr.full(wr.buf[:8])
	return binary.BigEndian.Uint64(wr.buf[:])
}

// uv reads a uvarint no larger than limit.
func (wr *wireReader) uv(limit uint64) uint64 {
	var v uint64
	for shift := uint(0); wr.err == nil; shift += 7 {
		b := wr.u8()
		if shift == 63 && b > 1 {
			wr.fail("varint overflows")
			return 0
		}
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			break
		}
	}
	if v > limit {
		wr.fail(fmt.Sprintf("count %d over %d", v, limit))
		return 0
	}
	return v
}

func (wr *wireReader) fail(msg string) {
	if wr.err == nil {
		wr.err = fmt.Errorf("%w: %s", ErrNotIndex, msg)
	}
}

// ReadIndex reads an index written by WriteTo, scoring with w. An index
// made under a key other than want is refused (want zero: any key).
// Nothing read is trusted: counts are bounded, references checked, and
// the checksum must agree before the index is built.
func ReadIndex(r io.Reader, w match.Weights, want KeyID) (*Index, error) {
	x, _, err := readIndex(r, w, want)
	return x, err
}

// ReadFrom replaces the contents of x with an index read from r, keeping
// x's weights; an index under another key than x's (if x has one) is
// refused and x is left as it was.
func (x *Index) ReadFrom(r io.Reader) (int64, error) {
	y, n, err := readIndex(r, x.w, x.key)
	if err != nil {
		return n, err
	}
	*x = *y
	return n, nil
}

func readIndex(r io.Reader, w match.Weights, want KeyID) (*Index, int64, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 1<<16)
	}
	wr := &wireReader{r: br, crc: crc32.New(castagnoli)}
	var magic [8]byte
	wr.full(magic[:])
	if wr.err != nil || string(magic[:]) != wireMagic {
		return nil, wr.n, ErrNotIndex
	}
	if v := wr.u8(); v != wireVersion {
		if wr.err != nil {
			return nil, wr.n, wr.err
		}
		return nil, wr.n, ErrVersion
	}
	var key KeyID
	wr.full(key[:])
	if wr.err == nil && want != (KeyID{}) && key != want {
		return nil, wr.n, ErrWrongKey
	}
	p := Params{FilterBits: int(wr.u16()), HashCount: int(wr.u8())}
	if wr.err == nil && !p.valid() {
		wr.fail("filter parameters out of range")
	}
	x := newEmpty(w, key, p)
	fbytes := p.FilterBits / 8
	nNames := wr.uv(maxWireRecords * 3)
	x.names = make([]nameEntry, 0, min(nNames, 1<<16))
	var fb [MaxFilterBits / 8]byte
	for i := uint64(0); i < nNames && wr.err == nil; i++ {
		var n nameEntry
		n.Tag, n.Sound, n.StemSound, n.Skeleton = wr.u64(), wr.u32(), wr.u32(), wr.u32()
		wr.full(fb[:fbytes])
		for j := 0; j < fbytes/8; j++ {
			n.Filter[j] = binary.BigEndian.Uint64(fb[8*j:])
		}
		for _, l := range [2]*[]uint32{&n.Swaps, &n.Slips} {
			*l = make([]uint32, wr.uv(maxWireSlips))
			for j := range *l {
				(*l)[j] = wr.u32()
			}
			sortUnique32(l)
		}
		if n.Tag == 0 {
			wr.fail("name without a tag")
		}
		if _, dup := x.byTag[n.Tag]; dup {
			wr.fail("name repeated")
		}
		x.byTag[n.Tag] = uint32(len(x.names))
		x.names = append(x.names, n)
	}
	nRecs := wr.uv(maxWireRecords)
	x.recs = make([]stored, 0, min(nRecs, 1<<16))
	var l lists
	for i := uint64(0); i < nRecs && wr.err == nil; i++ {
		id, center := domain.ID(wr.uv(1<<64-1)), domain.CenterID(wr.uv(1<<32-1))
		fl := wr.u8()
		s := stored{gender: wr.u8(), nat: wr.u8(), seyyed: fl&flagSeyyed != 0, ncOK: fl&flagNCOK != 0}
		s.birth = Birth{Year: wr.u16(), Month: wr.u8(), Day: wr.u8(), NewYear: fl&flagNewYear != 0}
		if s.birth.Month > 31 || s.birth.Day > 31 {
			wr.fail("birth out of range")
		}
		s.first, s.last, s.father = uint32(wr.uv(nNames)), uint32(wr.uv(nNames)), uint32(wr.uv(nNames))
		l.near, l.fparts, l.addr = l.near[:0], l.fparts[:0], l.addr[:0]
		if fl&flagNC != 0 {
			s.nc = wr.u64()
			for range wr.uv(maxWireList) {
				l.near = append(l.near, wr.u64())
			}
			sortUnique64(&l.near)
		} else {
			s.ncOK = false
		}
		if fl&flagFID != 0 {
			s.fid = wr.u64()
			for range wr.uv(maxWireParts) {
				l.fparts = append(l.fparts, wr.u32())
			}
		}
		if fl&flagMobile != 0 {
			s.mob = wr.u64()
		}
		for range wr.uv(maxWireList) {
			l.addr = append(l.addr, wr.u32())
		}
		sortUnique32(&l.addr)
		if (fl&flagNC != 0 && s.nc == 0) || (fl&flagFID != 0 && s.fid == 0) || (fl&flagMobile != 0 && s.mob == 0) {
			wr.fail("identifier flagged but zero")
		}
		x.put(s, &l, id, center)
	}
	if wr.err != nil {
		return nil, wr.n, wr.err
	}
	sum := wr.crc.Sum32()
	var tail [4]byte
	n, err := io.ReadFull(br, tail[:])
	wr.n += int64(n)
	if err != nil {
		return nil, wr.n, fmt.Errorf("%w: %v", ErrNotIndex, err)
	}
	if binary.BigEndian.Uint32(tail[:]) != sum {
		return nil, wr.n, ErrDamaged
	}
	x.build()
	return x, wr.n, nil
}
