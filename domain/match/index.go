package match

import (
	"slices"
	"sync"
	"time"

	"github.com/parvande/parvande/domain"
)

// Options tune an Index.
type Options struct {
	// BlockCap is the largest block a scan compares within. A key shared by
	// more records (a charity's own phone typed for every family, the most
	// common name and birth year) is dropped from the scan and counted in
	// the report; the other keys of those records still bring their
	// duplicates together.
	BlockCap int
	// LookupBudget is the most records one Lookup compares. Blocks are
	// visited smallest first, so a query typed only as «محمد محمدی» still
	// answers in time with the records that share its rarer keys.
	LookupBudget int
}

// DefaultOptions are a block cap of 200 and a lookup budget of 20,000.
func DefaultOptions() Options { return Options{BlockCap: 200, LookupBudget: 20000} }

// rec is a record as the index keeps it: names shared, identifiers as
// integers, address tokens in an arena (one allocation for all records).
type rec struct {
	id          domain.ID
	center      domain.CenterID
	first, last *name
	father      *name
	nc, fid     uint64
	mob         uint64
	birth       uint32
	addrOff     uint32
	addrLen     uint16
	titles      Titles
	gender, nat uint8
	ncOK        bool
	alive       bool
}

// Index is the in-memory candidate index: every record's blocking keys,
// term frequencies and what comparing needs. It is safe for concurrent use:
// lookups and scans share it, writes wait for them.
type Index struct {
	mu    sync.RWMutex
	w     Weights
	opt   Options
	tf    *TF
	recs  []rec
	arena []uint32
	byID  map[domain.ID]uint32
	live  int

	base         postings
	pendK        []uint64 // pairs added since the last merge, in slot order
	pendS        []uint32
	pendMap      map[uint64][]uint32 // the same, by key, once the index is warm
	warm         bool                // merged at least once: adds also go to pendMap
	dead         int                 // removed records still in base
	scanBlocks   []uint32            // blocks (2..BlockCap records) of each slot, CSR
	scanStart    []uint32
	dropped      [numKeyKinds]DroppedKeys
	scanReady    bool
	lastBuild    time.Duration
	keysBuf      []Key
	mergeTrigger int
}

// NewIndex returns an empty index scoring with w and DefaultOptions.
func NewIndex(w Weights) *Index { return NewIndexWith(w, DefaultOptions()) }

// NewIndexWith returns an empty index with options.
func NewIndexWith(w Weights, o Options) *Index {
	d := DefaultOptions()
	if o.BlockCap <= 1 {
		o.BlockCap = d.BlockCap
	}
	if o.LookupBudget <= 0 {
		o.LookupBudget = d.LookupBudget
	}
	return &Index{w: w, opt: o, tf: NewTF(), byID: make(map[domain.ID]uint32)}
}

// Weights returns the weights the index scores with.
func (x *Index) Weights() Weights {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.w
}

// SetWeights changes the weights; the next lookup or scan uses them.
func (x *Index) SetWeights(w Weights) {
	x.mu.Lock()
	x.w = w
	x.mu.Unlock()
}

// Len is the number of records in the index.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.live
}

// Add puts r in the index, replacing any record with the same ID (the store
// calls it on every write). Records with a zero ID are refused silently:
// nothing could refer to them.
func (x *Index) Add(r Record) {
	if r.ID == 0 {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.add(&r)
	if x.warm && len(x.pendK) > x.mergeTrigger {
		x.merge()
	}
}

// AddAll adds many records at once, e.g. when the database opens; the keys
// are sorted in one pass at the next Build, Lookup or Scan.
func (x *Index) AddAll(rs []Record) {
	x.mu.Lock()
	defer x.mu.Unlock()
	for i := range rs {
		if rs[i].ID != 0 {
			x.add(&rs[i])
		}
	}
}

func (x *Index) add(r *Record) {
	if s, ok := x.byID[r.ID]; ok {
		x.remove(s)
	}
	slot := uint32(len(x.recs))
	x.recs = append(x.recs, makeRec(x.tf, r, &x.arena))
	x.tf.count(&x.recs[slot], x.arena, 1)
	x.byID[r.ID] = slot
	x.live++
	x.keysBuf = appendKeys(x.keysBuf[:0], r)
	slices.Sort(x.keysBuf)
	x.keysBuf = slices.Compact(x.keysBuf)
	for _, k := range x.keysBuf {
		x.pendK = append(x.pendK, uint64(k))
		x.pendS = append(x.pendS, slot)
		if x.warm {
			x.pendMap[uint64(k)] = append(x.pendMap[uint64(k)], slot)
		}
	}
	x.scanReady = false
}

// Remove takes the file out of the index; it reports whether it was there.
func (x *Index) Remove(id domain.ID) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	s, ok := x.byID[id]
	if ok {
		x.remove(s)
	}
	return ok
}

func (x *Index) remove(s uint32) {
	r := &x.recs[s]
	x.tf.count(r, x.arena, -1)
	r.alive = false
	delete(x.byID, r.id)
	x.live--
	x.dead++
	x.scanReady = false
	if x.warm && x.dead > x.mergeTrigger {
		x.merge()
	}
}

// makeRec interns r's names and address tokens (appended to arena) in t.
func makeRec(t *TF, r *Record, arena *[]uint32) rec {
	c := rec{
		id: r.ID, center: r.Center,
		first: t.intern(r.First), last: t.intern(r.Last), father: t.intern(r.Father),
		titles: r.Titles, gender: uint8(r.Gender), nat: uint8(r.Nationality),
		birth: packDate(r.Birth), nc: digits64(r.NationalCode), ncOK: r.NationalCodeOK,
		fid: digits64(r.ForeignID), mob: digits64(r.Mobile), alive: true,
	}
	c.addrOff = uint32(len(*arena))
	for _, tok := range r.Address {
		*arena = append(*arena, t.token(tok))
	}
	addr := (*arena)[c.addrOff:]
	slices.Sort(addr)
	addr = slices.Compact(addr)
	*arena = (*arena)[:int(c.addrOff)+len(addr)]
	c.addrLen = uint16(min(len(addr), 1<<16-1))
	return c
}

// view of a stored record.
func (x *Index) view(s uint32, v *view) {
	r := &x.recs[s]
	*v = view{first: r.first, last: r.last, father: r.father, titles: r.titles,
		gender: r.gender, nat: r.nat, birth: r.birth, nc: r.nc, fid: r.fid, mob: r.mob,
		ncOK: r.ncOK, addr: x.arena[r.addrOff : r.addrOff+uint32(r.addrLen)]}
}

// queryView is the view of a record that is not (or not yet) stored: its
// names and tokens are looked up, never added.
func (x *Index) queryView(r *Record) view { return x.tf.queryView(r, nil) }

// queryView is the view of r against the table, which it does not change;
// extra is for queryTokens.
func (t *TF) queryView(r *Record, extra map[string]uint32) view {
	v := view{first: t.lookupName(r.First), last: t.lookupName(r.Last),
		father: t.lookupName(r.Father), titles: r.Titles,
		gender: uint8(r.Gender), nat: uint8(r.Nationality), birth: packDate(r.Birth),
		nc: digits64(r.NationalCode), ncOK: r.NationalCodeOK,
		fid: digits64(r.ForeignID), mob: digits64(r.Mobile)}
	v.addr = t.queryTokens(r.Address, extra)
	return v
}

// Build sorts the keys of records added since the last build into the
// index. Lookup and Scan build when they need to; call it to choose when
// the cost is paid (at open) and to time it.
func (x *Index) Build() time.Duration {
	x.mu.Lock()
	defer x.mu.Unlock()
	t0 := time.Now()
	x.merge()
	x.buildScan()
	x.lastBuild = time.Since(t0)
	return x.lastBuild
}

// merge folds the pending pairs and the removals into base.
func (x *Index) merge() {
	sortPairs(x.pendK, x.pendS)
	dead := func(s uint32) bool { return !x.recs[s].alive }
	k, s := mergePostings(&x.base, x.pendK, x.pendS, dead)
	x.base = buildPostings(k, s)
	x.pendK, x.pendS = x.pendK[:0], x.pendS[:0]
	x.pendMap = make(map[uint64][]uint32)
	x.warm = true
	x.dead = 0
	x.scanReady = false
	// Merge again once the pending pairs reach an eighth of the base: a
	// lookup scans them through a map, so they may grow, but a merge costs
	// the whole base.
	x.mergeTrigger = max(1<<14, len(x.base.members)/8)
}
