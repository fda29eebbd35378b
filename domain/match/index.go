package match

import (
	"cmp"
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
	// NameBlockCap is the cap of the keys made of two name sounds alone
	// (see KeyNames); over it they are sub-blocked by birth year.
	NameBlockCap int
	// LookupBudget is the most records one Lookup compares. Blocks are
	// visited smallest first, so a query typed only as «محمد محمدی» still
	// answers in time with the records that share its rarer keys.
	LookupBudget int
}

// DefaultOptions are a block cap of 100, 16 for pairs of names, and a
// lookup budget of 4,000. On the million-record benchmark, doubling both
// caps compares 27% more pairs and finds one more duplicate.
func DefaultOptions() Options { return Options{BlockCap: 100, NameBlockCap: 16, LookupBudget: 4000} }

// rec is a record as the index keeps it: names shared, identifiers as
// integers, address tokens in an arena (one allocation for all records).
// It is 64 bytes, one cache line: a scan reads one rec per candidate pair
// at random, and that read is most of what a pair costs. The file's ID and
// center live apart, read only for the pairs reported.
type rec struct {
	first, last *name
	father      *name
	nc, fid     uint64
	mob         uint64
	birth       uint32
	addrOff     uint32 // tokens in the arena: addrN telling ones first, sorted,
	addrLen     uint8  // then the common ones (see TF.tokenCommon)
	addrN       uint8
	titles      Titles
	gender, nat uint8
	ncOK        bool
	alive       bool
}

// Index is the in-memory candidate index: every record's blocking keys,
// term frequencies and what comparing needs. It is safe for concurrent use:
// lookups and scans share it, writes wait for them.
type Index struct {
	mu      sync.RWMutex
	w       Weights
	opt     Options
	tf      *TF
	recs    []rec
	ids     []domain.ID // by slot
	centers []domain.CenterID
	arena   []uint32
	byID    slotTable
	live    int

	base         postings
	pendK        []uint64 // pairs added since the last merge, in slot order
	pendS        []uint32
	pendMap      map[uint64][]uint32 // the same, by key, once the index is warm
	warm         bool                // merged at least once: adds also go to pendMap
	dead         int                 // removed records still in base
	scanBlocks   []scanBlock         // blocks (2..cap records) of each slot, CSR
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
	o.BlockCap = min(o.BlockCap, 1<<16-1) // see scanBlock
	if o.NameBlockCap <= 1 {
		o.NameBlockCap = min(d.NameBlockCap, o.BlockCap)
	}
	if o.LookupBudget <= 0 {
		o.LookupBudget = d.LookupBudget
	}
	x := &Index{w: w, opt: o, tf: NewTF()}
	x.tf.mobileBase = &x.base
	return x
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
	x.reserve(len(rs))
	for i := range rs {
		if rs[i].ID != 0 {
			x.add(&rs[i])
		}
	}
}

// Reserve makes room for n more records, for a caller that adds them in
// chunks (the duplicate service reads a million files 8,192 at a time):
// otherwise the pending keys, some 14 per record, grow by a quarter at a
// time and are copied and faulted in some twenty times over.
func (x *Index) Reserve(n int) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.reserve(n)
}

// keysPerRecord is about how many blocking keys a record has (13.7 on the
// million-row benchmark); room is made for this many.
const keysPerRecord = 15

func (x *Index) reserve(n int) {
	if n <= 0 {
		return
	}
	x.recs = slices.Grow(x.recs, n)
	x.ids = slices.Grow(x.ids, n)
	x.centers = slices.Grow(x.centers, n)
	x.pendK = slices.Grow(x.pendK, keysPerRecord*n)
	x.pendS = slices.Grow(x.pendS, keysPerRecord*n)
	x.arena = slices.Grow(x.arena, 8*n)
	x.byID.grow(n)
}

func (x *Index) add(r *Record) {
	if s, ok := x.byID.get(r.ID); ok {
		x.remove(s)
	}
	slot := uint32(len(x.recs))
	x.recs = append(x.recs, makeRec(x.tf, r, &x.arena))
	x.ids = append(x.ids, r.ID)
	x.centers = append(x.centers, r.Center)
	x.tf.count(&x.recs[slot], x.arena, 1)
	x.byID.set(r.ID, slot)
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
	s, ok := x.byID.get(id)
	if ok {
		x.remove(s)
	}
	return ok
}

func (x *Index) remove(s uint32) {
	r := &x.recs[s]
	x.tf.count(r, x.arena, -1)
	r.alive = false
	x.byID.remove(x.ids[s])
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
	addr = addr[:min(len(addr), 255)]
	*arena = (*arena)[:int(c.addrOff)+len(addr)]
	c.addrLen = uint8(len(addr))
	t.partition(&c, *arena)
	return c
}

// partition puts the address tokens that tell places apart first, sorted,
// and the common ones after them, so comparing reads only the first addrN.
// Which tokens are common changes as records come; merge partitions again.
func (t *TF) partition(c *rec, arena []uint32) {
	addr := arena[c.addrOff : c.addrOff+uint32(c.addrLen)]
	slices.SortFunc(addr, func(a, b uint32) int {
		ca, cb := t.tokenCommon(a), t.tokenCommon(b)
		switch {
		case ca != cb && ca:
			return 1
		case ca != cb:
			return -1
		}
		return cmp.Compare(a, b)
	})
	n := 0
	for n < len(addr) && !t.tokenCommon(addr[n]) {
		n++
	}
	c.addrN = uint8(n)
}

// view of a stored record.
func (x *Index) view(s uint32, v *view) { x.viewOf(&x.recs[s], v) }

// viewOf is the view of r, a stored record or a copy of one.
func (x *Index) viewOf(r *rec, v *view) {
	*v = view{first: r.first, last: r.last, father: r.father, titles: r.titles,
		gender: r.gender, nat: r.nat, birth: r.birth, nc: r.nc, fid: r.fid, mob: r.mob,
		ncOK: r.ncOK, addr: x.arena[r.addrOff : r.addrOff+uint32(r.addrN)]}
}

// queryView is the view of a record that is not (or not yet) stored: its
// names and tokens are looked up, never added.
func (x *Index) queryView(r *Record) view { return x.tf.queryView(r, nil) }

// overlay holds the names and tokens of two records compared outside an
// index that the table has never seen, so that the two share them.
type overlay struct {
	names  map[string]*name
	tokens map[string]uint32
}

// queryView is the view of r against the table, which it does not change.
// Names and tokens the table lacks are fresh, equal to nothing stored, or
// shared through ov when given.
func (t *TF) queryView(r *Record, ov *overlay) view {
	v := view{first: t.lookupName(r.First, ov), last: t.lookupName(r.Last, ov),
		father: t.lookupName(r.Father, ov), titles: r.Titles,
		gender: uint8(r.Gender), nat: uint8(r.Nationality), birth: packDate(r.Birth),
		nc: digits64(r.NationalCode), ncOK: r.NationalCodeOK,
		fid: digits64(r.ForeignID), mob: digits64(r.Mobile)}
	var extra map[string]uint32
	if ov != nil {
		extra = ov.tokens
	}
	v.addr = t.queryTokens(r.Address, extra)
	v.addr = slices.DeleteFunc(v.addr, t.tokenCommon)
	return v
}

// Build sorts the keys of records added since the last build into the
// index and puts records that a scan compares next to each other. Lookup
// and Scan build when they need to; call it to choose when the cost is paid
// (at open) and to time it. (Scan lists its blocks itself, in Report.Build,
// and lets them go afterwards: about 100 bytes a record that an idle index
// need not hold.)
func (x *Index) Build() time.Duration {
	x.mu.Lock()
	defer x.mu.Unlock()
	t0 := time.Now()
	x.rebuild()
	x.lastBuild = time.Since(t0)
	return x.lastBuild
}
