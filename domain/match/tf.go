package match

import (
	"math"
	"slices"
	"strings"

	"github.com/parvande/parvande/domain/fa"
)

// Name roles, for term frequencies: «محمد» is common as a first name and
// as a father's name, rare as a surname.
const (
	roleFirst = iota
	roleLast
	roleFather
	numRoles
)

// name is one distinct folded name with what comparing it needs, computed
// once per distinct name rather than once per record.
type name struct {
	s         string // FoldCompact
	stem      string // fa.StripSurnameSuffix(s)
	sound     string // fa.Phonetic(s)
	stemSound string // fa.Phonetic(stem)
	skeleton  string // sound without the vowel letters (see cmpName)
	r         []rune
	n         [numRoles]int32 // records holding it in each role
	hash      uint32          // of sound and of stemSound: slot order (rebuild)
	stemHash  uint32
}

func newName(s string) *name {
	stem := fa.StripSurnameSuffix(s)
	nm := &name{s: s, stem: stem, sound: fa.Phonetic(s), stemSound: fa.Phonetic(stem), r: []rune(s)}
	nm.skeleton = strings.Map(func(r rune) rune {
		switch r {
		case 'ا', 'و', 'ی', 'ه':
			return -1
		}
		return r
	}, nm.sound)
	nm.hash, nm.stemHash = uint32(strKey(0, nm.sound)), uint32(strKey(0, nm.stemSound))
	return nm
}

// TF holds term frequencies of the records it has seen: how many records
// carry each name (by role), birth date, mobile and address token. Exact
// agreement on a common value is weaker evidence than on a rare one: two
// «محمد محمدی» agree less than two «بهادر شیرزادی». It also interns names
// and address tokens so that records compare by pointer and small integers.
//
// A TF is not safe for concurrent writes; the Index guards its own.
type TF struct {
	n      int
	names  map[string]*name
	tokens map[string]uint32
	tokN   []int32 // records holding each token
	// Records by birth date: an array for the years births fall in, a
	// map for the rest. A load counts a million dates.
	dateN []int32
	dates map[uint32]int32
	// Records by mobile number. For an Index, mobileBase is its postings,
	// whose mobile blocks already count the records merged into them, and
	// mobiles holds only the change since (mobileDelta, set from the first
	// merge on: a load counts nothing here, where a map of a million
	// numbers cost a cache miss a record).
	mobiles     map[uint64]int32
	mobileBase  *postings
	mobileDelta bool
}

// The years whose dates are counted in TF.dateN.
const (
	dateLoYear = 1200
	dateHiYear = 1500
)

// NewTF returns an empty table.
func NewTF() *TF {
	return &TF{
		names:   make(map[string]*name),
		tokens:  make(map[string]uint32),
		tokN:    []int32{0}, // token id 0 is never used
		dateN:   make([]int32, (dateHiYear-dateLoYear)<<9),
		dates:   make(map[uint32]int32),
		mobiles: make(map[uint64]int32),
	}
}

// BuildTF counts the records.
func BuildTF(records []Record) *TF {
	t := NewTF()
	var arena []uint32
	for i := range records {
		arena = arena[:0]
		r := makeRec(t, &records[i], &arena)
		t.count(&r, arena, 1)
	}
	return t
}

// Len is the number of records counted.
func (t *TF) Len() int { return t.n }

// count counts r (delta +1) or uncounts it (delta −1).
func (t *TF) count(r *rec, arena []uint32, delta int32) {
	t.n += int(delta)
	for i, nm := range [numRoles]*name{r.first, r.last, r.father} {
		if nm != nil {
			nm.n[i] += delta
		}
	}
	if r.birth != 0 {
		if i, ok := dateSlot(r.birth); ok {
			t.dateN[i] += delta
		} else {
			t.dates[r.birth] += delta
		}
	}
	if r.mob != 0 && (t.mobileBase == nil || t.mobileDelta) {
		t.mobiles[r.mob] += delta
	}
	for _, id := range arena[r.addrOff : r.addrOff+uint32(r.addrLen)] {
		t.tokN[id] += delta
	}
}

// intern returns the shared entry for a folded name, creating it; nil for "".
func (t *TF) intern(s string) *name {
	if s == "" {
		return nil
	}
	if nm := t.names[s]; nm != nil {
		return nm
	}
	// Cloned: s may be a slice of a whole decoded record, which the table
	// would otherwise keep alive for as long as the index lives.
	s = strings.Clone(s)
	nm := newName(s)
	t.names[s] = nm
	return nm
}

// lookupName returns the shared entry or, for a name never seen, a fresh one
// that is not stored (queries must not grow the table), kept in ov if given.
// Stored names are interned, so two names are equal exactly when their
// pointers are.
func (t *TF) lookupName(s string, ov *overlay) *name {
	if s == "" {
		return nil
	}
	if nm := t.names[s]; nm != nil {
		return nm
	}
	if ov == nil {
		return newName(s)
	}
	if nm := ov.names[s]; nm != nil {
		return nm
	}
	nm := newName(s)
	ov.names[s] = nm
	return nm
}

func (t *TF) token(s string) uint32 {
	if id, ok := t.tokens[s]; ok {
		return id
	}
	id := uint32(len(t.tokN))
	t.tokens[strings.Clone(s)] = id // see intern
	t.tokN = append(t.tokN, 0)
	return id
}

// queryTokens gives a query's address tokens their ids, sorted. Tokens
// never seen get unknownToken, or, when extra is given (two records compared
// outside an index), ids of their own counted down from it, shared by both.
func (t *TF) queryTokens(tokens []string, extra map[string]uint32) []uint32 {
	ids := make([]uint32, len(tokens))
	for i, tok := range tokens {
		id, ok := t.tokens[tok]
		switch {
		case ok:
		case extra == nil:
			id = unknownToken
		default:
			if id, ok = extra[tok]; !ok {
				id = unknownToken - 1 - uint32(len(extra))
				extra[tok] = id
			}
		}
		ids[i] = id
	}
	slices.Sort(ids)
	return ids
}

// unknownToken ids are given to a query's tokens the table has never seen;
// they equal nothing stored.
const unknownToken = math.MaxUint32

// nameCount is how many records hold nm in role, at least one.
func (t *TF) nameCount(nm *name, role int) int32 {
	if nm != nil && nm.n[role] > 1 {
		return nm.n[role]
	}
	return 1
}

// dateSlot is a packed date's place in TF.dateN.
func dateSlot(b uint32) (int, bool) {
	i := int(b) - dateLoYear<<9
	return i, i >= 0 && i < (dateHiYear-dateLoYear)<<9
}

func (t *TF) dateCount(b uint32) int32 {
	if i, ok := dateSlot(b); ok {
		return max(t.dateN[i], 1)
	}
	return max(t.dates[b], 1)
}

func (t *TF) mobileCount(m uint64) int32 {
	n := t.mobiles[m]
	if t.mobileBase != nil {
		n += int32(len(t.mobileBase.find(uint64(numKey(KeyMobile, m)))))
	}
	return max(n, 1)
}

// mobilesMerged tells t that its index merged every record into its
// postings: the change since is none.
func (t *TF) mobilesMerged() {
	clear(t.mobiles)
	t.mobileDelta = true
}

// tokenCommon reports whether an address token is held by so many records
// that sharing it says nothing (the city's name, «محله»): more than 2%, once
// there are enough records to tell.
func (t *TF) tokenCommon(id uint32) bool {
	if int(id) >= len(t.tokN) || t.n < 500 {
		return false
	}
	return int(t.tokN[id])*50 > t.n
}

// packDate packs a (partial) date into one comparable integer; 0 is none.
func packDate(d fa.Date) uint32 {
	if d.Year == 0 {
		return 0
	}
	return uint32(d.Year)<<9 | uint32(d.Month)<<5 | uint32(d.Day)
}

func unpackDate(b uint32) (y, m, d int) {
	return int(b >> 9), int(b >> 5 & 15), int(b & 31)
}

// digits64 reads a string of up to 19 ASCII digits as a number; "" and
// anything else is 0. Identifiers compare as integers in the index; the
// leading zero they may lose is not lost here because lengths are fixed per
// kind (national code 10, foreign id 12, mobile 11).
func digits64(s string) uint64 {
	if s == "" || len(s) > 19 {
		return 0
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0
		}
		v = v*10 + uint64(c-'0')
	}
	return v
}
