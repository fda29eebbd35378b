package dupes

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/domain/match/pprl"
	"github.com/parvande/parvande/store"
)

// The spoke side of the live check. A spoke holds only its own center's
// files; of the others it has the hub's encoded match index (keyed
// encodings, no names), a file beside its database that each hub→spoke
// bundle with an index replaces. Elsewhere looks a person up in it.
//
// The index is read here rather than through store/sync, whose tests
// import this package: the command passes the file's path (UseSpokeIndex).

// ErrSpokeIndex wraps why the hub's index could not be read.
var ErrSpokeIndex = errors.New("the hub's match index cannot be read")

// spokeIndex is the loaded index and what it was loaded from. Imports
// run in another process (the sync command), so the file is checked on
// every lookup: a stat is cheap next to the lookup, and no message
// crosses processes to say a newer index came.
type spokeIndex struct {
	path string

	mu      sync.Mutex // one load at a time; guards the fields below
	x       *pprl.Index
	enc     *pprl.Encoder // made for x; not safe for concurrent use: encMu
	mod     time.Time
	size    int64
	loadErr error
	missing bool // no index received yet

	encMu sync.Mutex
}

// UseSpokeIndex makes the service also look people up in the hub's
// encoded index at path (store/sync.IndexPath of a spoke's database).
// Call it before any session starts; the file is read at the first
// lookup, and again whenever it changes.
func (s *Service) UseSpokeIndex(path string) {
	s.spoke = &spokeIndex{path: path}
}

// SpokeState says what the spoke's index holds: Used is false on a
// database that is not a spoke; Missing that no index was received yet;
// Err why it could not be read.
type SpokeState struct {
	Used     bool
	Missing  bool
	Files    int
	Received time.Time // when the index file was written (the import)
	Err      error
}

// SpokeState (re)loads the index if it changed and reports it. The
// registration form calls it when it opens, off the UI goroutine.
func (s *Service) SpokeState() SpokeState {
	sp := s.spoke
	if sp == nil {
		return SpokeState{}
	}
	x, _, err := sp.current(s.st)
	st := SpokeState{Used: true, Err: err}
	sp.mu.Lock()
	st.Missing, st.Received = sp.missing, sp.mod
	sp.mu.Unlock()
	if x != nil {
		st.Files = x.Len()
	}
	return st
}

// Elsewhere looks the person up in the hub's encoded index: files at
// other centers that look like them, best first, at most limit (≤ 0:
// all). exclude is the file being edited. Nil without an index (not a
// spoke, or none received yet); an error when the file is there but
// cannot be read.
func (s *Service) Elsewhere(p domain.Person, address string, exclude domain.ID, limit int) ([]pprl.Candidate, error) {
	sp := s.spoke
	if sp == nil {
		return nil, nil
	}
	r := match.FromPerson(p, address)
	if r.Empty() {
		return nil, nil
	}
	x, enc, err := sp.current(s.st)
	if x == nil {
		return nil, err
	}
	r.ID = exclude
	sp.encMu.Lock() // an encoder memoises; one goroutine at a time
	e := enc.Encode(r)
	sp.encMu.Unlock()
	return x.Lookup(e, limit), err
}

// current is the index as the file now is, with the encoder made for it,
// loading them when the file changed. A file that fails to load leaves
// the previous index in use (with the error), so a damaged copy never
// blinds a working spoke.
func (sp *spokeIndex) current(st *store.Store) (*pprl.Index, *pprl.Encoder, error) {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	fi, err := os.Stat(sp.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		sp.x, sp.enc, sp.missing, sp.loadErr = nil, nil, true, nil
		sp.mod, sp.size = time.Time{}, 0
		return nil, nil, nil
	case err != nil:
		return sp.x, sp.enc, fmt.Errorf("%w: %w", ErrSpokeIndex, err)
	}
	sp.missing = false
	if sp.x != nil || sp.loadErr != nil {
		if fi.ModTime().Equal(sp.mod) && fi.Size() == sp.size {
			return sp.x, sp.enc, sp.loadErr
		}
	}
	sp.mod, sp.size = fi.ModTime(), fi.Size()
	x, enc, err := loadSpokeIndex(st, sp.path)
	if err != nil {
		sp.loadErr = fmt.Errorf("%w: %w", ErrSpokeIndex, err)
		return sp.x, sp.enc, sp.loadErr
	}
	sp.x, sp.enc, sp.loadErr = x, enc, nil
	return x, enc, nil
}

// loadSpokeIndex reads the index under the federation's secret, with the
// spoke's weights (as store/sync.ReadIndex does), and makes the encoder
// for queries with the index's own filter parameters.
func loadSpokeIndex(st *store.Store, path string) (*pprl.Index, *pprl.Encoder, error) {
	info, err := st.SyncInfo()
	if err != nil {
		return nil, nil, err
	}
	secret, err := pprl.ParseSecret(info.Secret)
	if err != nil {
		return nil, nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	w, ok, err := st.MatchWeights()
	if err != nil || !ok {
		w = match.DefaultWeights()
	}
	x, err := pprl.ReadIndex(bytes.NewReader(data), w, secret.ID())
	if err != nil {
		return nil, nil, err
	}
	enc, err := pprl.NewEncoder(secret, x.Params())
	if err != nil {
		return nil, nil, err
	}
	return x, enc, nil
}
