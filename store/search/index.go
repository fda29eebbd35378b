package search

import (
	"slices"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// Index is the search index of one process, shared by every session. Its
// zero value is not ready: use New or Build.
type Index struct {
	mu        sync.RWMutex
	refreshMu sync.Mutex // serialises Refresh; held while reading the store, not mu

	// Entries live at positions; postings hold positions. A removed entry
	// leaves a dead position until compaction renumbers them.
	slots []slot
	meta  []meta
	heads []keyHead
	byID  map[domain.ID]uint32
	dead  int

	// arena holds every entry's hot strings back to back. Replaced and
	// removed entries leave dead bytes until the arena is rewritten.
	arena     []byte
	arenaDead int

	letters postings                  // name and father: trigrams, bigrams, first letters
	dig     [nDigitFields][1000]plist // digit trigrams, per identifier

	// Frequent 4-grams get postings of their own, so that the common
	// four-letter word (محمد) or four-digit prefix (0915) is proved by its
	// postings and most of its candidates never touch the arena. tune
	// picks them; until then there are none.
	quads    postings
	hotQuads map[uint64]bool
	hotDig4  [nDigitFields]map[uint16]*plist // a key present is frequent
	tunedAt  int                             // Len when last tuned

	// parallelMin is the candidate count worth splitting a query over the
	// CPUs; tests lower it to exercise the split on small indexes.
	parallelMin int

	// Scratch and tools used only under the write lock: a Collator is not
	// safe for concurrent use.
	fold    folder
	coll    *collate.Collator
	cbuf    collate.Buffer
	g       grams
	posBuf  []int32
	scratch []byte
	foldBuf []byte
}

// New returns an empty index.
func New() *Index {
	return &Index{
		byID:        make(map[domain.ID]uint32),
		letters:     newPostings(),
		quads:       newPostings(),
		parallelMin: parallelMin,
		// Loose: primary strength only. Names are folded already, and the
		// key is a third of the size of a full-strength one.
		coll: collate.New(language.Persian, collate.Loose),
	}
}

// Len is the number of files in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.byID)
}

// Put adds f, or replaces what the index holds for f.ID. lastAid and nextDue
// come from the file's aid and visits, which the File does not carry.
func (ix *Index) Put(f domain.File, lastAid, nextDue fa.Date) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.put(f, lastAid, nextDue)
	ix.tidy()
}

func (ix *Index) put(f domain.File, lastAid, nextDue fa.Date) {
	p, ok := ix.byID[f.ID]
	if ok {
		ix.g.collect(ix, p)
		ix.post(&ix.g, p, true)
	} else {
		p = uint32(len(ix.slots))
		ix.slots = append(ix.slots, slot{})
		ix.meta = append(ix.meta, meta{})
		ix.heads = append(ix.heads, keyHead{})
		ix.byID[f.ID] = p
	}
	ix.fill(p, f, lastAid, nextDue)
	ix.g.collect(ix, p)
	ix.post(&ix.g, p, false)
}

// Remove drops the file with id; unknown ids are ignored.
func (ix *Index) Remove(id domain.ID) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.remove(id)
	ix.tidy()
}

func (ix *Index) remove(id domain.ID) {
	p, ok := ix.byID[id]
	if !ok {
		return
	}
	ix.g.collect(ix, p)
	ix.post(&ix.g, p, true)
	ix.arenaDead += int(ix.meta[p].ends[nText-1])
	ix.slots[p], ix.meta[p], ix.heads[p] = slot{}, meta{}, keyHead{}
	delete(ix.byID, id)
	ix.dead++
}

// tidy reclaims dead positions and arena bytes once they are a good part
// of the whole, so the cost is spread over many writes.
func (ix *Index) tidy() {
	if ix.dead >= 1024 && ix.dead > len(ix.slots)/4 {
		ix.compact()
	} else if ix.arenaDead >= 1<<20 && ix.arenaDead > len(ix.arena)/2 {
		ix.rewriteArena()
	}
	// An index that has doubled since it was tuned (say, a big import
	// into a new database) picks its frequent 4-grams again.
	if n := len(ix.byID); n >= 4096 && n >= 2*ix.tunedAt {
		ix.tune()
	}
}

// compact renumbers live entries densely. Renumbering keeps order, so each
// posting list is rewritten in place and stays sorted.
func (ix *Index) compact() {
	remap := make([]uint32, len(ix.slots))
	n := uint32(0)
	for p := range ix.slots {
		if ix.meta[p].live() {
			remap[p] = n
			ix.slots[n], ix.meta[n], ix.heads[n] = ix.slots[p], ix.meta[p], ix.heads[p]
			ix.byID[ix.slots[n].id] = n
			n++
		}
	}
	// Fresh arrays so the old, larger ones can be collected.
	ix.slots, ix.meta, ix.heads = slices.Clone(ix.slots[:n]), slices.Clone(ix.meta[:n]), slices.Clone(ix.heads[:n])
	ix.eachList(func(l *plist) {
		ps := l.all()
		for i, p := range ps {
			ps[i] = remap[p]
		}
		l.set(ps)
	})
	ix.dead = 0
	ix.rewriteArena()
}

// rewriteArena copies the live entries' hot strings into a new arena, in
// position order so that scans stay sequential.
func (ix *Index) rewriteArena() {
	a := make([]byte, 0, len(ix.arena)-ix.arenaDead)
	for p := range ix.meta {
		h := &ix.meta[p]
		n := uint32(h.ends[nText-1])
		off := uint32(len(a))
		a = append(a, ix.arena[h.off:h.off+n]...)
		h.off = off
	}
	ix.arena, ix.arenaDead = a, 0
}

// reserve makes room for n entries, so a bulk build does not copy its
// arrays as they grow.
func (ix *Index) reserve(n int) {
	ix.slots = slices.Grow(ix.slots, n)
	ix.meta = slices.Grow(ix.meta, n)
	ix.heads = slices.Grow(ix.heads, n)
	ix.arena = slices.Grow(ix.arena, n*arenaGuess)
	if len(ix.byID) == 0 {
		ix.byID = make(map[domain.ID]uint32, n)
	}
}

// arenaGuess is a typical entry's hot text in bytes: compact name and
// father's name, one identifier, mobile, file number.
const arenaGuess = 72

// trim gives the arrays and posting lists their exact size: after a bulk
// build many have up to half their capacity unused.
func (ix *Index) trim() {
	ix.letters.lists, ix.quads.lists = fit(ix.letters.lists), fit(ix.quads.lists)
	ix.eachList((*plist).seal)
	ix.slots, ix.meta, ix.heads, ix.arena = fit(ix.slots), fit(ix.meta), fit(ix.heads), fit(ix.arena)
	ix.scratch, ix.foldBuf, ix.posBuf = nil, nil, nil
}

// eachList calls f on every posting list.
func (ix *Index) eachList(f func(*plist)) {
	for i := range ix.letters.lists {
		f(&ix.letters.lists[i])
	}
	for i := range ix.quads.lists {
		f(&ix.quads.lists[i])
	}
	for d := range ix.dig {
		for i := range ix.dig[d] {
			f(&ix.dig[d][i])
		}
		for _, l := range ix.hotDig4[d] {
			f(l)
		}
	}
}

// fit copies s to a fresh array of its length when more than an eighth of
// its capacity is unused.
func fit[S ~[]E, E any](s S) S {
	if cap(s)-len(s) <= len(s)/8 {
		return s
	}
	return slices.Clip(append(S(nil), s...))
}

// tune picks the frequent 4-grams, those in at least 1/64 of the entries
// (and in 1024 at least, so small indexes have none), counting over a
// sample, and posts them for every entry. Build calls it once loaded, and
// tidy again whenever the index has doubled; Puts in between keep the
// chosen ones posted.
func (ix *Index) tune() {
	ix.quads, ix.hotQuads, ix.hotDig4 = newPostings(), nil, [nDigitFields]map[uint16]*plist{}
	n := len(ix.byID)
	ix.tunedAt = n
	least := max(n/64, 1024)
	if n < least {
		return
	}
	step := max(1, len(ix.meta)/(1<<16))
	quads := map[uint64]int{}
	var digs [nDigitFields]map[uint16]int
	var seenQ []uint64
	var seenD []uint16
	var runes []rune
	sampled := 0
	for p := 0; p < len(ix.meta); p += step {
		if !ix.meta[p].live() {
			continue
		}
		sampled++
		seenQ, seenD = seenQ[:0], seenD[:0]
		for _, t := range []tfield{tName, tFather} {
			runes = append(runes[:0], []rune(string(ix.text(uint32(p), t)))...)
			for i := 0; i+3 < len(runes); i++ {
				if k, ok := quadKey(runes[i:]); ok {
					seenQ = append(seenQ, k)
				}
			}
		}
		for f := range digs {
			d := ix.text(uint32(p), tNC+tfield(f))
			for i := 0; i+4 <= len(d); i++ {
				if v, ok := digit4(d[i:]); ok {
					seenD = append(seenD, uint16(f*10000)+v)
				}
			}
		}
		slices.Sort(seenQ)
		for _, k := range slices.Compact(seenQ) {
			quads[k]++
		}
		slices.Sort(seenD)
		for _, k := range slices.Compact(seenD) {
			f := k / 10000
			if digs[f] == nil {
				digs[f] = map[uint16]int{}
			}
			digs[f][k%10000]++
		}
	}
	bar := least * sampled / n
	ix.hotQuads = map[uint64]bool{}
	for k, c := range quads {
		if c >= bar {
			ix.hotQuads[k] = true
		}
	}
	for f := range digs {
		for v, c := range digs[f] {
			if c >= bar {
				if ix.hotDig4[f] == nil {
					ix.hotDig4[f] = map[uint16]*plist{}
				}
				ix.hotDig4[f][v] = &plist{}
			}
		}
	}
	for p := range ix.meta {
		if !ix.meta[p].live() {
			continue
		}
		ix.g.collect(ix, uint32(p))
		for _, k := range ix.g.quad {
			ix.quads.add(k, uint32(p))
		}
		for _, k := range ix.g.dig4 {
			ix.hotDig4[k/10000][k%10000].add(uint32(p))
		}
	}
}
