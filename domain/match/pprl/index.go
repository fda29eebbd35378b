package pprl

import (
	"cmp"
	"slices"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
)

// LookupBudget is the most records one Lookup compares, smallest blocks
// first, as match.DefaultOptions.
const LookupBudget = 4000

// stored is one encoded record in an index, 64 bytes: a lookup reads one
// per candidate, at random, and that read is much of what it costs. Names
// are indices into the index's table of distinct names (+1; 0 none); the
// lists live in the index's arenas (off, n).
type stored struct {
	nc, fid, mob            uint64
	first, last, father     uint32
	nearOff, fpOff, addrOff uint32
	birth                   Birth
	gender, nat             uint8
	seyyed, ncOK            bool
	nearN, fpN, addrN       uint8
	nTell                   uint8 // telling address tokens come first (build)
}

// lists holds the variable parts of one record on its way in.
type lists struct {
	near   []uint64
	fparts []uint32
	addr   []uint32
}

// Index is what a spoke holds about the files of other centers: their
// encodings, blocking keys derived from them, and term frequencies counted
// over them. It is immutable once built, so lookups may run concurrently.
type Index struct {
	w       match.Weights
	sc      *match.EvidenceScorer
	params  Params
	key     KeyID
	names   []nameEntry
	byTag   map[uint64]uint32
	recs    []stored
	nearA   []uint64 // arenas of the records' lists
	fpartA  []uint32
	addrA   []uint32
	ids     []domain.ID
	centers []domain.CenterID
	byID    map[domain.ID]uint32
	dates   map[uint32]int32
	mobiles map[uint64]int32
	tokens  map[uint32]int32

	// Postings in compressed sparse rows: keys sorted, each key's slots in
	// slots[start[i]:start[i+1]].
	keys  []uint64
	start []uint32
	slots []uint32
}

// Candidate is a file at another center that looks like the record looked
// up: its ID and center, and the engine's verdict (band, score, reasons)
// on what the encodings say.
type Candidate struct {
	ID     domain.ID
	Center domain.CenterID
	match.Result
}

// NewIndex builds an index over encs, which were made by one encoder with
// key and params; w are the engine's weights (default or trained), so that
// bands mean what they mean in the engine.
func NewIndex(w match.Weights, key KeyID, p Params, encs []Encoded) *Index {
	x := newEmpty(w, key, p)
	x.recs = make([]stored, 0, len(encs))
	for i := range encs[:min(len(encs), MaxRecords)] {
		x.add(&encs[i])
	}
	x.build()
	return x
}

func newEmpty(w match.Weights, key KeyID, p Params) *Index {
	return &Index{w: w, params: p, key: key, byTag: map[uint64]uint32{}, byID: map[domain.ID]uint32{},
		dates: map[uint32]int32{}, mobiles: map[uint64]int32{}, tokens: map[uint32]int32{}}
}

// KeyID is the id of the secret the index was encoded under.
func (x *Index) KeyID() KeyID { return x.key }

// Params are the filter parameters of the encodings. Queries must be
// encoded with the same (NewEncoder(secret, x.Params())): filters of
// another shape compare as unlike.
func (x *Index) Params() Params { return x.params }

// Len is the number of records.
func (x *Index) Len() int { return len(x.recs) }

// intern returns the index+1 of n in the name table, adding it.
func (x *Index) intern(n *Name) uint32 {
	if !n.Present() {
		return 0
	}
	if i, ok := x.byTag[n.Tag]; ok {
		return i + 1
	}
	i := uint32(len(x.names))
	x.names = append(x.names, nameEntry{Name: *n})
	x.byTag[n.Tag] = i
	return i + 1
}

func (x *Index) name(i uint32) *nameEntry {
	if i == 0 || int(i) > len(x.names) {
		return nil
	}
	return &x.names[i-1]
}

// add appends e. A second record with the same ID is kept too: IDs come
// from the hub, and a spoke can only warn, never decide which is right.
func (x *Index) add(e *Encoded) {
	s := stored{first: x.intern(&e.First), last: x.intern(&e.Last), father: x.intern(&e.Father),
		birth: e.Birth, gender: e.Gender, nat: e.Nationality, seyyed: e.Seyyed,
		nc: e.NationalCode, ncOK: e.NationalCodeOK, fid: e.ForeignID, mob: e.Mobile}
	l := lists{near: slices.Clone(e.NationalNear), fparts: e.ForeignParts, addr: slices.Clone(e.Address)}
	sortUnique64(&l.near)
	sortUnique32(&l.addr)
	x.put(s, &l, e.ID, e.Center)
}

// put appends a record, its lists to the arenas. Lists longer than 255,
// or that would overflow an arena's offsets, are dropped: no encoder makes
// them.
func (x *Index) put(s stored, l *lists, id domain.ID, center domain.CenterID) {
	if s.nc == 0 {
		l.near, s.ncOK = nil, false
	}
	if s.fid == 0 {
		l.fparts = nil
	}
	fits := func(arena, n int) bool { return n <= 255 && uint64(arena)+uint64(n) < 1<<32 }
	if fits(len(x.nearA), len(l.near)) {
		s.nearOff, s.nearN = uint32(len(x.nearA)), uint8(len(l.near))
		x.nearA = append(x.nearA, l.near...)
	}
	if fits(len(x.fpartA), len(l.fparts)) {
		s.fpOff, s.fpN = uint32(len(x.fpartA)), uint8(len(l.fparts))
		x.fpartA = append(x.fpartA, l.fparts...)
	}
	if fits(len(x.addrA), len(l.addr)) {
		s.addrOff, s.addrN = uint32(len(x.addrA)), uint8(len(l.addr))
		x.addrA = append(x.addrA, l.addr...)
	}
	x.recs = append(x.recs, s)
	x.ids = append(x.ids, id)
	x.centers = append(x.centers, center)
}

func (x *Index) nearOf(r *stored) []uint64 { return x.nearA[r.nearOff : r.nearOff+uint32(r.nearN)] }
func (x *Index) fpartsOf(r *stored) []uint32 {
	return x.fpartA[r.fpOff : r.fpOff+uint32(r.fpN)]
}
func (x *Index) addrOf(r *stored) []uint32 { return x.addrA[r.addrOff : r.addrOff+uint32(r.addrN)] }

// build counts term frequencies, orders each record's address tokens
// (telling ones first) and lists the blocking keys.
func (x *Index) build() {
	x.order()
	for slot := range x.recs {
		r := &x.recs[slot]
		for role, i := range [3]uint32{r.first, r.last, r.father} {
			if n := x.name(i); n != nil {
				n.n[role]++
			}
		}
		if b := r.birth.packed(); b != 0 {
			x.dates[b]++
		}
		if r.mob != 0 {
			x.mobiles[r.mob]++
		}
		for _, t := range x.addrOf(r) {
			x.tokens[t]++
		}
		if _, dup := x.byID[x.ids[slot]]; !dup && x.ids[slot] != 0 {
			x.byID[x.ids[slot]] = uint32(slot)
		}
	}
	// Postings: each (key, slot) packed in one integer, key above, and
	// sorted as plain integers: a million records give some fifteen
	// million pairs, which a sort by comparison function took seconds more.
	pairs := make([]uint64, 0, 16*len(x.recs))
	var ks []uint64
	var common []uint32
	var v view
	for slot := range x.recs {
		r := &x.recs[slot]
		r.nTell = uint8(x.partition(x.addrOf(r), &common))
		x.view(uint32(slot), &v)
		ks = appendKeys(ks[:0], &v)
		for _, k := range ks {
			pairs = append(pairs, k&^(1<<slotBits-1)|uint64(slot))
		}
	}
	slices.Sort(pairs)
	x.slots = make([]uint32, len(pairs))
	x.keys, x.start = x.keys[:0], x.start[:0]
	for i, p := range pairs {
		if k := p >> slotBits; i == 0 || k != pairs[i-1]>>slotBits {
			x.keys = append(x.keys, k)
			x.start = append(x.start, uint32(i))
		}
		x.slots[i] = uint32(p & (1<<slotBits - 1))
	}
	x.start = append(x.start, uint32(len(pairs)))
	x.keys, x.start = slices.Clip(x.keys), slices.Clip(x.start)
	x.sc = match.NewEvidenceScorer(x.w, len(x.recs))
}

// order puts records of one surname sound, and within it one first-name
// sound, in neighbouring slots (stable otherwise): a lookup's biggest
// blocks are made of such records, and reading them from a few pages
// rather than from all over the index took much of its time (as the
// engine's rebuild does for its scan).
func (x *Index) order() {
	type key struct {
		last, first uint32
		slot        uint32
	}
	ks := make([]key, len(x.recs))
	sorted := true
	for i := range x.recs {
		r := &x.recs[i]
		ks[i] = key{uint32(stemSound(x.name(r.last))), uint32(sound(x.name(r.first))), uint32(i)}
		if i > 0 && (ks[i-1].last > ks[i].last || ks[i-1].last == ks[i].last && ks[i-1].first > ks[i].first) {
			sorted = false
		}
	}
	if sorted {
		return
	}
	slices.SortFunc(ks, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.last, b.last), cmp.Compare(a.first, b.first), cmp.Compare(a.slot, b.slot))
	})
	recs := make([]stored, len(x.recs))
	ids := make([]domain.ID, len(x.ids))
	centers := make([]domain.CenterID, len(x.centers))
	for i, k := range ks {
		recs[i], ids[i], centers[i] = x.recs[k.slot], x.ids[k.slot], x.centers[k.slot]
	}
	x.recs, x.ids, x.centers = recs, ids, centers
}

// partition puts the telling tokens of a sorted list first, in order, and
// the common ones after them; it returns how many tell.
func (x *Index) partition(addr []uint32, common *[]uint32) int {
	*common = (*common)[:0]
	n := 0
	for _, t := range addr {
		if x.tokenCommon(t) {
			*common = append(*common, t)
		} else {
			addr[n] = t
			n++
		}
	}
	copy(addr[n:], *common)
	return min(n, 255)
}

// tokenCommon: an address token held by more than 2% of the records (once
// there are 500) tells nothing, as in the engine.
func (x *Index) tokenCommon(t uint32) bool {
	n := len(x.recs)
	return n >= 500 && int(x.tokens[t])*50 > n
}

func (x *Index) dateCount(b uint32) int32   { return x.dates[b] }
func (x *Index) mobileCount(m uint64) int32 { return x.mobiles[m] }

// view of a stored record.
func (x *Index) view(slot uint32, v *view) {
	r := &x.recs[slot]
	*v = view{first: x.name(r.first), last: x.name(r.last), father: x.name(r.father),
		seyyed: r.seyyed, gender: r.gender, nat: r.nat, birth: r.birth, nc: r.nc, ncOK: r.ncOK,
		near: x.nearOf(r), fid: r.fid, fparts: x.fpartsOf(r), mob: r.mob}
	v.addrAll = x.addrOf(r)
	v.addr = v.addrAll[:r.nTell]
}

// queryView is the view of a record that is not in the index: its names
// are the index's entries when it has them (so their counts apply), fresh
// ones otherwise.
func (x *Index) queryView(e *Encoded) view {
	nm := func(n *Name) *nameEntry {
		if !n.Present() {
			return nil
		}
		if i, ok := x.byTag[n.Tag]; ok {
			return &x.names[i]
		}
		return &nameEntry{Name: *n}
	}
	addr := slices.Clone(e.Address)
	sortUnique32(&addr)
	tell := slices.DeleteFunc(slices.Clone(addr), x.tokenCommon)
	near := slices.Clone(e.NationalNear)
	sortUnique64(&near)
	v := view{first: nm(&e.First), last: nm(&e.Last), father: nm(&e.Father), seyyed: e.Seyyed,
		gender: e.Gender, nat: e.Nationality, birth: e.Birth, nc: e.NationalCode, ncOK: e.NationalCodeOK,
		near: near, fid: e.ForeignID, fparts: e.ForeignParts, mob: e.Mobile, addr: tell, addrAll: addr}
	if v.nc == 0 {
		v.near, v.ncOK = nil, false
	}
	return v
}

// slotBits is how many low bits of a packed posting hold the slot: an
// index holds at most 1<<slotBits records (MaxRecords), and keys keep
// their top 64−slotBits bits (a chance collision of two keys only adds
// candidates).
const slotBits = 24

// MaxRecords is the most records an index holds; NewIndex keeps the first
// MaxRecords.
const MaxRecords = 1 << slotBits
