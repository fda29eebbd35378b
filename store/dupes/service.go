// Package dupes is the duplicate service of one process, shared by every
// session: it keeps the match engine's candidate index of all files,
// answers the registration form's "who looks like this person?", runs and
// caches the full scan behind the review queue and the household
// findings, and produces the parallel-aid report. The engine itself is
// domain/match; decisions and links live in the store.
package dupes

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
)

// Service is the duplicate index and scan cache of one store.
type Service struct {
	st *store.Store

	// mu guards ix, moved, stats, gen and cache. Load holds it for writing throughout, so a
	// session may open while Load runs in the background: lookups and
	// queues simply wait for it.
	mu    sync.RWMutex
	ix    *match.Index
	moved map[domain.ID]domain.CenterID // files not owned by the center in their id (transfers)
	stats LoadStats
	gen   uint64 // bumped by every change to the index or its weights

	refreshMu sync.Mutex // refreshes run one at a time

	scanMu sync.Mutex  // one scan at a time
	cache  *scanResult // guarded by mu

	// started is set when a load begins: until then there is no index to
	// keep current, and Refresh does nothing (a session that never opens
	// a duplicate screen pays nothing for writes).
	started atomic.Bool
	ensure  sync.Once
	loadErr error // of the load Ensure started; guarded by mu

	spoke *spokeIndex // the hub's encoded index on a spoke (spoke.go); nil elsewhere
}

// LoadStats say what Load did.
type LoadStats struct {
	Files   int
	Read    time.Duration // reading and folding every file
	Build   time.Duration // sorting the blocking keys
	Default bool          // no stored weights: the engine's defaults apply
}

// New returns an empty service; call Load (in the background) to fill it.
func New(st *store.Store) *Service {
	return &Service{st: st, ix: match.NewIndex(match.DefaultWeights()), moved: map[domain.ID]domain.CenterID{}}
}

// loadChunk is how many records are folded before they are handed to the
// index: the whole database is never held twice.
const loadChunk = 8192

// Load reads every file's head of household into a new index, with the
// stored weights or the defaults. As with the search index, subscribe
// before Load and Refresh with the changes that arrive meanwhile.
func (s *Service) Load() error { return s.LoadWith(LoadOptions{}) }

// LoadOptions let a caller follow Load.
type LoadOptions struct {
	Progress func(done, total int) // files read, of total
	// Each sees every file's head as it is read, so a caller that needs
	// more of them (the dupes command: external references) reads the
	// store once. The Head is reused: copy what to keep.
	Each func(*store.Head)
}

// LoadWith is Load with options.
func (s *Service) LoadWith(o LoadOptions) error {
	s.started.Store(true)
	w, stored, err := s.st.MatchWeights()
	if err != nil {
		return err
	}
	if !stored {
		w = match.DefaultWeights()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.loadLocked(o, w, stored)
}

// loadLocked fills the index; the caller holds mu for writing.
func (s *Service) loadLocked(o LoadOptions, w match.Weights, stored bool) error {
	progress := o.Progress
	total := 0
	if st, err := s.st.Stats(); err == nil {
		total = st.Files
	}
	start := time.Now()
	ix := match.NewIndex(w)
	ix.Reserve(total)
	moved := map[domain.ID]domain.CenterID{}
	buf := make([]match.Record, 0, loadChunk)
	n := 0
	// Only the heads are decoded: members, notes and times are no part of
	// matching, and decoding whole files was most of a load's time.
	fo := match.NewFolder()
	err := s.st.EachHead(func(h *store.Head) error {
		r := fo.FromPerson(h.Person, h.Address)
		r.ID, r.Center = h.ID, h.Center
		buf = append(buf, r)
		if o.Each != nil {
			o.Each(h)
		}
		if h.Center != h.ID.Center() {
			moved[h.ID] = h.Center
		}
		if n++; len(buf) == loadChunk {
			ix.AddAll(buf)
			buf = buf[:0]
			if progress != nil {
				progress(n, max(n, total))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	ix.AddAll(buf)
	read := time.Since(start)
	// Every page of the files bucket was read once and is not read again
	// soon: let the process's claim on them go before the index is sorted
	// (on a million files that is some 600 MB of resident memory).
	_ = s.st.ReleasePages() // advice only: a failure changes nothing
	build := ix.Build()
	if progress != nil {
		progress(n, n)
	}
	s.ix, s.moved = ix, moved
	s.stats = LoadStats{Files: n, Read: read, Build: build, Default: !stored}
	s.gen++
	return nil
}

// Stats reports the last Load.
func (s *Service) Stats() LoadStats {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.stats
}

// Weights are the weights the index scores with.
func (s *Service) Weights() match.Weights {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.ix.Weights()
}

// centerOf is the owning center of an indexed file; the caller holds mu.
func (s *Service) centerOf(id domain.ID) domain.CenterID {
	if c, ok := s.moved[id]; ok {
		return c
	}
	return id.Center()
}

// Refresh re-reads the files a change touched and updates the index (a
// file gone is removed); stored weights changed elsewhere are reloaded.
// Run it off the Subscribe callback, as for the search index: an import's
// change names thousands of files.
func (s *Service) Refresh(ch store.Change) error {
	if !s.started.Load() {
		return nil
	}
	s.refreshMu.Lock()
	defer s.refreshMu.Unlock()
	switch ch.Kind {
	case "file", "import":
		return s.refreshFiles(ch.IDs)
	case "weights":
		w, ok, err := s.st.MatchWeights()
		if err != nil || !ok {
			return err
		}
		s.mu.Lock()
		s.ix.SetWeights(w)
		s.gen++
		s.mu.Unlock()
	}
	return nil // visits, aid, decisions and links change no score
}

// refreshBatch bounds how long one batch holds the lock.
const refreshBatch = 256

func (s *Service) refreshFiles(ids []domain.ID) error {
	sys := store.SystemActor()
	for len(ids) > 0 {
		batch := ids[:min(len(ids), refreshBatch)]
		ids = ids[len(batch):]
		files := make([]domain.File, 0, len(batch))
		var gone []domain.ID
		for _, id := range batch { // read outside the lock: a slow disk never holds up lookups
			f, err := s.st.File(sys, id)
			switch {
			case errors.Is(err, store.ErrNotFound):
				gone = append(gone, id)
			case err != nil:
				return err
			default:
				files = append(files, f)
			}
		}
		s.mu.Lock()
		for _, f := range files {
			s.ix.Add(match.FromFile(f))
			if f.Center != f.ID.Center() {
				s.moved[f.ID] = f.Center
			} else {
				delete(s.moved, f.ID)
			}
		}
		for _, id := range gone {
			s.ix.Remove(id)
			delete(s.moved, id)
		}
		s.gen++
		s.mu.Unlock()
	}
	return nil
}

// Candidate is a stored file that looks like the person being typed.
type Candidate struct {
	File   domain.ID
	Center domain.CenterID
	match.Result
}

// Lookup answers "who looks like this person?" for the registration form:
// the best matches at "possible" or above across every center, best
// first, at most limit (≤ 0: all). exclude is the file being edited, if
// any. What the caller may show of each is the match card (any role).
func (s *Service) Lookup(p domain.Person, address string, exclude domain.ID, limit int) []Candidate {
	r := match.FromPerson(p, address)
	if r.Empty() {
		return nil
	}
	r.ID = exclude
	s.mu.RLock()
	ms := s.ix.Lookup(r, limit)
	s.mu.RUnlock()
	out := make([]Candidate, len(ms))
	for i, m := range ms {
		out[i] = Candidate{File: m.ID, Center: m.Center, Result: m.Result}
	}
	return out
}
