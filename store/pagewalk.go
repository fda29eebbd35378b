package store

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// walkPages checks a bbolt file's page structure with plain reads before
// bbolt maps it. bbolt trusts its pages: a damaged page id or offset makes
// it read outside the map or fail an assertion inside tx.Check's own
// goroutine, which no recover can catch, and a restore must refuse a
// damaged backup without crashing. This walk follows every tree from the
// valid meta page and checks that each page, element, key, value and
// child lies inside the file; only then is bbolt let loose on it.
//
// The layout is bbolt's (v1.x, in host byte order): a 16-byte page header
// (id u64, flags u16, count u16, overflow u32) then 16-byte elements whose
// pos is relative to the element; leaf elements are (flags, pos, ksize,
// vsize) u32, branch elements (pos, ksize u32, child u64).
func walkPages(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	w := pageWalker{r: f, size: fi.Size(), seen: map[uint64]bool{}}
	w.run()
	return w.problems, nil
}

const (
	pageHeader   = 16
	elemSize     = 16
	branchFlag   = 0x01
	leafFlag     = 0x02
	metaFlag     = 0x04
	freelistFlag = 0x10
	bucketLeaf   = 0x01
	boltMagic    = 0xED0CDAED
	noFreelist   = ^uint64(0)
	maxDepth     = 64
)

type pageWalker struct {
	r        io.ReaderAt
	size     int64
	pageSize uint64
	hwm      uint64 // pages in use (meta.pgid)
	seen     map[uint64]bool
	problems []string
}

var ne = binary.NativeEndian

func (w *pageWalker) bad(format string, args ...any) {
	if len(w.problems) < maxProblems {
		w.problems = append(w.problems, fmt.Sprintf(format, args...))
	}
}

// meta reads and validates the meta page at off; ok is false when it is
// unusable.
type bboltMeta struct {
	pageSize, root, freelist, pgid, txid uint64
}

func (w *pageWalker) meta(off int64) (bboltMeta, bool) {
	b := make([]byte, pageHeader+64)
	if _, err := w.r.ReadAt(b, off); err != nil {
		return bboltMeta{}, false
	}
	m := b[pageHeader:]
	h := fnv.New64a()
	h.Write(m[:56])
	if ne.Uint16(b[8:]) != metaFlag || ne.Uint32(m[0:]) != boltMagic || ne.Uint32(m[4:]) != 2 || ne.Uint64(m[56:]) != h.Sum64() {
		return bboltMeta{}, false
	}
	return bboltMeta{pageSize: uint64(ne.Uint32(m[8:])), root: ne.Uint64(m[16:]),
		freelist: ne.Uint64(m[32:]), pgid: ne.Uint64(m[40:]), txid: ne.Uint64(m[48:])}, true
}

func (w *pageWalker) run() {
	m0, ok0 := w.meta(0)
	var m1 bboltMeta
	ok1 := false
	if ok0 && m0.pageSize >= 512 && m0.pageSize <= 1<<20 {
		m1, ok1 = w.meta(int64(m0.pageSize))
	} else {
		for _, ps := range []int64{4096, 8192, 16384, 65536} { // meta 0 lost: find meta 1
			if m1, ok1 = w.meta(ps); ok1 && m1.pageSize == uint64(ps) {
				break
			}
			ok1 = false
		}
	}
	m := m0
	switch {
	case !ok0 && !ok1:
		w.bad("not a database file, or both meta pages are damaged")
		return
	case !ok0 || ok1 && m1.txid > m0.txid:
		m = m1
	}
	if !ok0 || !ok1 {
		w.bad("one meta page is damaged")
	}
	w.pageSize, w.hwm = m.pageSize, m.pgid
	if w.pageSize < 512 || w.pageSize > 1<<20 || w.hwm < 3 || int64(w.hwm*w.pageSize) > w.size || w.hwm > 1<<40 {
		w.bad("meta page: page size %d and %d pages do not fit a %d-byte file", w.pageSize, w.hwm, w.size)
		return
	}
	if m.freelist != noFreelist {
		w.freelist(m.freelist)
	}
	w.page(m.root, 0)
}

// read returns page id with its overflow pages, after checking that it is
// in range and of one of the wanted types.
func (w *pageWalker) read(id uint64, want uint16) []byte {
	if id < 2 || id >= w.hwm {
		w.bad("page %d: out of range (%d pages)", id, w.hwm)
		return nil
	}
	if w.seen[id] {
		w.bad("page %d: referenced twice", id)
		return nil
	}
	w.seen[id] = true
	h := make([]byte, pageHeader)
	if _, err := w.r.ReadAt(h, int64(id*w.pageSize)); err != nil {
		w.bad("page %d: %v", id, err)
		return nil
	}
	flags, over := ne.Uint16(h[8:]), uint64(ne.Uint32(h[12:]))
	if ne.Uint64(h) != id || flags&want == 0 || flags&^want != 0 || id+over >= w.hwm {
		w.bad("page %d: damaged header (id %d, flags %#x, overflow %d)", id, ne.Uint64(h), flags, over)
		return nil
	}
	b := make([]byte, (over+1)*w.pageSize)
	if _, err := w.r.ReadAt(b, int64(id*w.pageSize)); err != nil {
		w.bad("page %d: %v", id, err)
		return nil
	}
	return b
}

func (w *pageWalker) freelist(id uint64) {
	b := w.read(id, freelistFlag)
	if b == nil {
		return
	}
	n, at := uint64(ne.Uint16(b[10:])), uint64(pageHeader)
	if n == 0xFFFF {
		n, at = ne.Uint64(b[pageHeader:]), pageHeader+8
	}
	if n > uint64(len(b)) || at+n*8 > uint64(len(b)) {
		w.bad("freelist page %d: %d ids do not fit", id, n)
		return
	}
	for i := uint64(0); i < n; i++ {
		if p := ne.Uint64(b[at+i*8:]); p < 2 || p >= w.hwm {
			w.bad("freelist page %d: free page %d out of range", id, p)
			return
		}
	}
}

// page checks a branch or leaf page and everything below it.
func (w *pageWalker) page(id uint64, depth int) {
	if depth > maxDepth {
		w.bad("page %d: tree deeper than %d", id, maxDepth)
		return
	}
	b := w.read(id, branchFlag|leafFlag)
	if b != nil {
		w.elements(b, fmt.Sprintf("page %d", id), depth, true)
	}
}

// elements checks the elements of a page image b (a file page or an
// inline bucket's page) and follows children and sub-buckets.
func (w *pageWalker) elements(b []byte, where string, depth int, onDisk bool) {
	flags, n := ne.Uint16(b[8:]), int(ne.Uint16(b[10:]))
	if flags != branchFlag && flags != leafFlag {
		w.bad("%s: not a branch or leaf page", where)
		return
	}
	if pageHeader+n*elemSize > len(b) {
		w.bad("%s: %d elements do not fit", where, n)
		return
	}
	for i := 0; i < n; i++ {
		e := pageHeader + i*elemSize
		if flags == branchFlag {
			pos, ks := int(ne.Uint32(b[e:])), int(ne.Uint32(b[e+4:]))
			if e+pos+ks > len(b) || pos < 0 || ks < 0 {
				w.bad("%s: element %d: key out of the page", where, i)
				return
			}
			w.page(ne.Uint64(b[e+8:]), depth+1)
			continue
		}
		ef, pos, ks, vs := ne.Uint32(b[e:]), int64(ne.Uint32(b[e+4:])), int64(ne.Uint32(b[e+8:])), int64(ne.Uint32(b[e+12:]))
		start := int64(e) + pos
		if start+ks+vs > int64(len(b)) {
			w.bad("%s: element %d: key or value out of the page", where, i)
			return
		}
		if ef&bucketLeaf == 0 {
			continue
		}
		if !onDisk {
			w.bad("%s: element %d: an inline bucket holding a bucket", where, i)
			return
		}
		v := b[start+ks : start+ks+vs]
		if len(v) < 16 {
			w.bad("%s: element %d: bucket header too short", where, i)
			return
		}
		if root := ne.Uint64(v); root != 0 {
			w.page(root, depth+1)
		} else if len(v) < 16+pageHeader {
			w.bad("%s: element %d: inline bucket too short", where, i)
		} else {
			w.elements(v[16:], fmt.Sprintf("%s element %d (inline bucket)", where, i), depth+1, false)
		}
	}
}
