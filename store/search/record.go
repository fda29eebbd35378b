package search

import (
	"time"
	"unicode/utf8"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// An entry lives in places chosen by how often a search touches it:
//   - meta (48 bytes) and the text arena: what filtering and matching read,
//     for every candidate;
//   - heads: the start of the collation key, for sorting;
//   - slot: what only a result row or a rare sort tie reads.
// A query that hits half a million files reads little else than meta and
// the arena, so it streams a few cache lines per candidate.

// field numbers the cold strings packed into a slot's rec.
type field uint8

const (
	fName field = iota // display strings, as Entry shows them
	fFather
	fNC
	fFID
	fMobile
	fNumber
	fPos // for each rune of the compact name, the typed rune it came from
	fKey // collation key of the folded name past its head (heads holds the rest)
	nFields
)

// tfield numbers the hot strings of an entry in the text arena.
type tfield uint8

const (
	tName   tfield = iota // compact folded name: what is matched and scored
	tFather               // compact folded father's name
	tNC                   // digits of each identifier and the file number
	tFID
	tMobile
	tNumber
	nText

	nDigitFields = int(nText - tNC)
)

// Clipping keeps every rec under 64 KiB so offsets fit in uint16; no real
// name or number comes near these lengths.
const (
	maxNameBytes = 512
	maxFoldBytes = 1024
	maxIDBytes   = 64
)

type slot struct {
	rec     string
	ends    [nFields]uint16
	id      domain.ID
	updated int64 // UnixNano; 0 for the zero time
	lastAid uint32
}

type meta struct {
	word    [2]uint64     // bit j: byte j of the compact name (father's) starts a word
	off     uint32        // start of the entry's hot strings in the arena
	ends    [nText]uint16 // their ends, relative to off
	center  domain.CenterID
	nextDue uint32 // fa.Date.Key; 0 when none
	key4    uint32 // first 4 bytes of the collation key: most sort ties end here
	cats    uint16 // CategorySet; domain has 8 categories
	status  domain.Status
	flags   uint8 // live, longKey
}

const (
	live    = 1 << iota // the position holds an entry
	longKey             // the collation key is longer than its head
)

func (m *meta) live() bool { return m.flags&live != 0 }

// keyHead is the first 24 bytes of a collation key, big-endian: twelve
// letters, enough to order nearly every full name without reading the
// slot (ties between common names are frequent).
type keyHead [3]uint64

func (s *slot) get(f field) string {
	start := uint16(0)
	if f > 0 {
		start = s.ends[f-1]
	}
	return s.rec[start:s.ends[f]]
}

// text returns a hot string of entry p. Capacity is cut so that nothing
// can append into the arena through it.
func (ix *Index) text(p uint32, t tfield) []byte {
	h := &ix.meta[p]
	start := uint32(0)
	if t > 0 {
		start = uint32(h.ends[t-1])
	}
	a, b := h.off+start, h.off+uint32(h.ends[t])
	return ix.arena[a:b:b]
}

// wordStart reports whether compact byte offset j of the name (father's
// name) of p begins a word.
func (ix *Index) wordStart(p uint32, t tfield, j int) bool {
	if j < 0 {
		return false
	}
	if j < 64 {
		return ix.meta[p].word[t]&(1<<j) != 0
	}
	return foldedWordStart(ix.spaced(p, t), j)
}

// spaced refolds the name (father's name) of p with its spaces, for the
// rare name too long for the word mask.
func (ix *Index) spaced(p uint32, t tfield) string {
	f := fName
	if t == tFather {
		f = fFather
	}
	return clip(ix.fold.foldString(ix.slots[p].get(f)), maxFoldBytes)
}

// foldedWordStart reports whether compact byte offset at falls on the first
// letter of a word of spaced (compact is spaced without its spaces).
func foldedWordStart(spaced string, at int) bool {
	c := 0
	for i := 0; i < len(spaced); i++ {
		if spaced[i] == ' ' {
			continue
		}
		if c == at {
			return i == 0 || spaced[i-1] == ' '
		}
		c++
	}
	return false
}

// wordMask sets bit j for every compact byte offset j < 64 that starts a
// word of spaced.
func wordMask(spaced []byte) uint64 {
	var m uint64
	c := 0
	for i := 0; i < len(spaced) && c < 64; i++ {
		if spaced[i] == ' ' {
			continue
		}
		if i == 0 || spaced[i-1] == ' ' {
			m |= 1 << c
		}
		c++
	}
	return m
}

// pos returns the typed-rune index of rune i of the compact name.
func (ix *Index) pos(p uint32, i int) int {
	ps := ix.slots[p].get(fPos)
	n := utf8.RuneCount(ix.text(p, tName))
	switch {
	case i < 0 || i >= n:
		return -1
	case len(ps) == n:
		return int(ps[i])
	}
	return int(ps[2*i]) | int(ps[2*i+1])<<8
}

func (s *slot) updatedTime() time.Time {
	if s.updated == 0 {
		return time.Time{}
	}
	return time.Unix(0, s.updated)
}

func unixNano(t time.Time) int64 {
	if t.IsZero() || t.Year() < 1700 || t.Year() > 2200 { // outside UnixNano's range
		return 0
	}
	return t.UnixNano()
}

func (ix *Index) entry(p uint32) Entry {
	s, m := &ix.slots[p], &ix.meta[p]
	return Entry{
		ID:           s.id,
		Center:       m.center,
		Status:       m.status,
		Categories:   CategorySet(m.cats),
		Name:         s.get(fName),
		Father:       s.get(fFather),
		NationalCode: s.get(fNC),
		ForeignID:    s.get(fFID),
		Mobile:       s.get(fMobile),
		Number:       s.get(fNumber),
		LastAid:      fa.DateFromKey(s.lastAid),
		NextDue:      fa.DateFromKey(m.nextDue),
		Updated:      s.updatedTime(),
	}
}

// shown picks what a row shows for an identifier: canonical when it is
// well-formed, what was typed when flagged; and the digits to match it on.
func shown(raw, value string, flag domain.IDFlag) (show, digits string) {
	show = value
	if flag != domain.FlagOK || value == "" {
		show = raw
	}
	digits = value
	if digits == "" {
		digits = fa.DigitsOnly(raw)
	}
	return clip(show, maxIDBytes), clip(digits, maxIDBytes)
}

// clip cuts s to at most n bytes at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// fill stores f at position p: cold strings appended to one scratch buffer
// and copied out once, hot ones appended to the arena. Caller holds the
// write lock.
func (ix *Index) fill(p uint32, f domain.File, lastAid, nextDue fa.Date) {
	h := f.Head
	var s slot
	b := ix.scratch[:0]
	add := func(fl field, v string) {
		b = append(b, v...)
		s.ends[fl] = uint16(len(b))
	}
	name, father := clip(h.FullName(), maxNameBytes), clip(h.FatherName, maxNameBytes)
	nc, ncd := shown(h.NationalCode.Raw, h.NationalCode.Value, h.NationalCode.Flag)
	fid, fidd := shown(h.ForeignID.Raw, h.ForeignID.Value, h.ForeignID.Flag)
	mob, mobd := shown(h.Mobile.Raw, h.Mobile.Value, h.Mobile.Flag)
	num := clip(f.Number, maxIDBytes)
	add(fName, name)
	add(fFather, father)
	add(fNC, nc)
	add(fFID, fid)
	add(fMobile, mob)
	add(fNumber, num)

	// Folded forms go to a second buffer: they feed the compact forms,
	// word masks and collation key but are not kept.
	fb := ix.foldBuf[:0]
	foldInto := func(src string, pos []int32) ([]byte, []int32) {
		start := len(fb)
		fb, pos = ix.fold.fold(fb, src, true, pos)
		if len(fb)-start > maxFoldBytes {
			fb = fb[:start+len(clip(string(fb[start:start+maxFoldBytes+1]), maxFoldBytes))]
		}
		return fb[start:len(fb):len(fb)], pos
	}
	nameFold, pos := foldInto(name, ix.posBuf[:0])
	fatherFold, _ := foldInto(father, nil)
	ix.foldBuf = fb

	// Positions are kept for the compact name's runes only: matching and
	// highlighting work on it.
	kept, i := pos[:0], 0
	for _, r := range string(nameFold) {
		if r != ' ' {
			kept = append(kept, pos[i])
		}
		i++
	}
	ix.posBuf = kept
	b = appendPos(b, kept)
	s.ends[fPos] = uint16(len(b))
	ix.cbuf.Reset()
	key := ix.coll.Key(&ix.cbuf, nameFold)
	b = append(b, key[min(len(key), len(keyHead{})*8):]...)
	s.ends[fKey] = uint16(len(b))
	s.rec = string(b)
	s.id = f.ID
	s.updated = unixNano(f.UpdatedAt)
	s.lastAid = lastAid.Key()

	// The hot strings.
	m := meta{
		off:     uint32(len(ix.arena)),
		center:  f.Center,
		nextDue: nextDue.Key(),
		status:  f.Status,
		flags:   live,
	}
	if len(key) > len(keyHead{})*8 {
		m.flags |= longKey
	}
	a := ix.arena
	end := func(t tfield) { m.ends[t] = uint16(len(a) - int(m.off)) }
	a = appendCompact(a, nameFold)
	end(tName)
	a = appendCompact(a, fatherFold)
	end(tFather)
	a = append(a, ncd...)
	end(tNC)
	a = append(a, fidd...)
	end(tFID)
	a = append(a, mobd...)
	end(tMobile)
	a = append(a, clip(fa.DigitsOnly(num), maxIDBytes)...)
	end(tNumber)
	m.word[tName], m.word[tFather] = wordMask(nameFold), wordMask(fatherFold)
	for _, c := range f.Categories {
		m.cats |= uint16(Categories(c))
	}
	ix.arena = a
	ix.scratch = b

	if old := &ix.meta[p]; old.live() {
		ix.arenaDead += int(old.ends[nText-1])
	}
	ix.slots[p] = s
	ix.meta[p] = m
	ix.heads[p] = headOf(key)
	ix.meta[p].key4 = uint32(ix.heads[p][0] >> 32)
}

// appendCompact appends a folded string without its spaces: "محمد رضا"
// and "محمدرضا" are one name.
func appendCompact(dst, spaced []byte) []byte {
	for _, c := range spaced {
		if c != ' ' {
			dst = append(dst, c)
		}
	}
	return dst
}

// appendPos stores positions one byte each when they all fit, else two.
func appendPos(b []byte, pos []int32) []byte {
	wide := false
	for _, p := range pos {
		if p > 0xff {
			wide = true
			break
		}
	}
	for _, p := range pos {
		if wide {
			b = append(b, byte(p), byte(p>>8))
		} else {
			b = append(b, byte(p))
		}
	}
	return b
}

func headOf(k []byte) keyHead {
	var h keyHead
	for i := range len(h) * 8 {
		h[i/8] <<= 8
		if i < len(k) {
			h[i/8] |= uint64(k[i])
		}
	}
	return h
}
