package search

import (
	"math/bits"
	"slices"
	"sort"
)

// plist is a posting list: ascending, duplicate-free positions. Raw, a
// position costs 4 bytes; packed, about log2(average gap)+1 bits, so the
// dense lists of common letters cost a byte or less per position.
//
// Positions are packed in blocks: a block's gaps less one, bit-packed at the
// width of its widest. A skip table holds each block's first position and
// byte offset, so a query decodes only the blocks its range and its
// candidates reach, and an edit in the middle re-packs one block. New
// entries take the highest position: appends gather raw in tail and are
// packed a block at a time.
type plist struct {
	skip []uint32 // per block: first position, offset of its bytes in data
	data []byte   // per block: count−1, width, then the count−1 packed gaps
	tail []uint32 // the highest positions, not yet packed; < blockLen
	n    int      // positions in all
}

const (
	blockLen = 128 // positions per block as appended
	blockMax = 255 // a block is split past this (inserts in the middle); count−1 fits a byte
)

// blocks is the number of blocks, the tail counting as one.
func (l *plist) blocks() int {
	n := len(l.skip) / 2
	if len(l.tail) > 0 {
		n++
	}
	return n
}

func (l *plist) packed() int { return len(l.skip) / 2 }

// first is the lowest position of block i.
func (l *plist) first(i int) uint32 {
	if i < l.packed() {
		return l.skip[2*i]
	}
	return l.tail[0]
}

// bytes is block i's encoding (i < packed).
func (l *plist) bytes(i int) []byte {
	end := len(l.data)
	if 2*i+3 < len(l.skip) {
		end = int(l.skip[2*i+3])
	}
	return l.data[l.skip[2*i+1]:end]
}

// block appends the positions of block i to dst.
func (l *plist) block(dst []uint32, i int) []uint32 {
	if i >= l.packed() {
		return append(dst, l.tail...)
	}
	return decodeBlock(dst, l.skip[2*i], l.bytes(i))
}

// find is the block that holds p if any does: the last whose first
// position is ≤ p, or 0.
func (l *plist) find(p uint32) int {
	nb := l.blocks()
	return max(0, sort.Search(nb, func(i int) bool { return l.first(i) > p })-1)
}

// all is every position, for rewrites and tests.
func (l *plist) all() []uint32 {
	out := make([]uint32, 0, l.n)
	for i := range l.blocks() {
		out = l.block(out, i)
	}
	return out
}

// set replaces the list with vals (ascending, distinct), packed.
func (l *plist) set(vals []uint32) {
	*l = plist{n: len(vals)}
	for len(vals) > 0 {
		k := min(len(vals), blockLen)
		l.appendBlock(vals[:k])
		vals = vals[k:]
	}
	l.skip, l.data = slices.Clip(l.skip), slices.Clip(l.data)
}

func (l *plist) appendBlock(vals []uint32) {
	l.skip = append(l.skip, vals[0], uint32(len(l.data)))
	l.data = encodeBlock(l.data, vals)
}

// seal packs the tail and trims spare capacity, after a bulk load.
func (l *plist) seal() {
	if len(l.tail) > 0 {
		l.appendBlock(l.tail)
		l.tail = nil
	}
	l.skip, l.data = fit(l.skip), fit(l.data)
}

// add inserts p; a position already there is left alone.
func (l *plist) add(p uint32) {
	np := l.packed()
	if len(l.tail) > 0 && p >= l.tail[0] || np == 0 {
		i, found := slices.BinarySearch(l.tail, p)
		if found {
			return
		}
		l.tail = slices.Insert(l.tail, i, p)
		l.n++
		if len(l.tail) >= blockLen {
			l.appendBlock(l.tail)
			l.tail = l.tail[:0]
		}
		return
	}
	var buf [blockMax + 1]uint32
	bi := min(l.find(p), np-1)
	vals := l.block(buf[:0], bi)
	i, found := slices.BinarySearch(vals, p)
	switch {
	case found:
		return
	case i == len(vals) && bi == np-1 && len(l.tail) == 0:
		l.tail = append(l.tail, p) // above everything: a new tail
		l.n++
		return
	}
	l.n++
	l.repack(bi, slices.Insert(vals, i, p))
}

// del removes p if present.
func (l *plist) del(p uint32) {
	if len(l.tail) > 0 && p >= l.tail[0] {
		if i, found := slices.BinarySearch(l.tail, p); found {
			l.tail = slices.Delete(l.tail, i, i+1)
			l.n--
		}
		return
	}
	if l.packed() == 0 {
		return
	}
	var buf [blockMax]uint32
	bi := l.find(p)
	vals := l.block(buf[:0], bi)
	i, found := slices.BinarySearch(vals, p)
	if !found {
		return
	}
	l.n--
	l.repack(bi, slices.Delete(vals, i, i+1))
}

// repack replaces block bi with vals: none (the block goes), one block, or
// two when vals has outgrown blockMax.
func (l *plist) repack(bi int, vals []uint32) {
	var enc []byte
	var skip []uint32
	for len(vals) > 0 {
		k := len(vals)
		if k > blockMax {
			k /= 2
		}
		skip = append(skip, vals[0], 0)
		start := len(enc)
		enc = encodeBlock(enc, vals[:k])
		skip[len(skip)-1] = uint32(start) // relative for now
		vals = vals[k:]
	}
	off := l.skip[2*bi+1]
	old := len(l.bytes(bi))
	for j := 1; j < len(skip); j += 2 {
		skip[j] += off
	}
	l.data = slices.Replace(l.data, int(off), int(off)+old, enc...)
	l.skip = slices.Replace(l.skip, 2*bi, 2*bi+2, skip...)
	delta := uint32(len(enc) - old) // wraps for a shrink: the sum is right
	for j := 2*bi + len(skip) + 1; j < len(l.skip); j += 2 {
		l.skip[j] += delta
	}
}

// encodeBlock appends vals (1..blockMax+1 positions, ascending) packed:
// count−1, the width w, then each gap less one in w bits, low bits first.
func encodeBlock(dst []byte, vals []uint32) []byte {
	var widest uint32
	for i := 1; i < len(vals); i++ {
		widest |= vals[i] - vals[i-1] - 1
	}
	w := bits.Len32(widest)
	dst = append(dst, byte(len(vals)-1), byte(w))
	var acc uint64
	n := 0
	for i := 1; i < len(vals); i++ {
		acc |= uint64(vals[i]-vals[i-1]-1) << n
		n += w
		for n >= 8 {
			dst = append(dst, byte(acc))
			acc >>= 8
			n -= 8
		}
	}
	if n > 0 {
		dst = append(dst, byte(acc))
	}
	return dst
}

// decodeBlock appends the positions of a block that starts at first. A
// block shorter than its header says yields what it holds: the decoder
// never reads past b.
func decodeBlock(dst []uint32, first uint32, b []byte) []uint32 {
	if len(b) < 2 {
		return dst
	}
	count, w := int(b[0])+1, uint(b[1])
	if w > 32 {
		return dst
	}
	b = b[2:]
	dst = append(dst, first)
	mask := uint64(1)<<w - 1
	var acc uint64
	n, k := uint(0), 0
	v := first
	for range count - 1 {
		for n < w {
			if k == len(b) {
				return dst
			}
			acc |= uint64(b[k]) << n
			k++
			n += 8
		}
		v += uint32(acc&mask) + 1
		acc >>= w
		n -= w
		dst = append(dst, v)
	}
	return dst
}
