package store

import (
	"slices"
	"sync"

	"github.com/parvande/parvande/domain"
)

// Change tells subscribers what a committed mutation touched, so that other
// sessions on the same server can refresh.
//
// Kind is the record kind: "file", "visit", "aid", "user", "center" or
// "import". IDs are the records changed; for a visit or aid the file's id
// comes first, then the new record's. Center is the owning center (0 for
// system-wide records and imports that span centers).
type Change struct {
	Kind   string
	IDs    []domain.ID
	Center domain.CenterID
}

// subscribers is the store's own registry; there is no global one.
type subscribers struct {
	mu   sync.Mutex
	next int
	fns  map[int]func(Change)
}

// Subscribe registers fn to be called after every committed mutation, on
// the goroutine that made the change and never inside a transaction.
// Changes from concurrent writers may arrive in either order: treat a
// Change as "reload", not as a delta. fn must be quick and must not call back into a write (hand
// the change to tea.Program.Send or a channel). cancel removes it and may
// be called more than once.
func (s *Store) Subscribe(fn func(Change)) (cancel func()) {
	r := &s.subs
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fns == nil {
		r.fns = map[int]func(Change){}
	}
	id := r.next
	r.next++
	r.fns[id] = fn
	return func() {
		r.mu.Lock()
		delete(r.fns, id)
		r.mu.Unlock()
	}
}

// publish calls every subscriber with c. The registry is copied under the
// lock and called outside it, so a subscriber may cancel itself.
func (s *Store) publish(c Change) {
	r := &s.subs
	r.mu.Lock()
	if len(r.fns) == 0 {
		r.mu.Unlock()
		return
	}
	ids := make([]int, 0, len(r.fns))
	for id := range r.fns {
		ids = append(ids, id)
	}
	fns := make([]func(Change), 0, len(ids))
	slices.Sort(ids) // registration order, for predictable delivery
	for _, id := range ids {
		fns = append(fns, r.fns[id])
	}
	r.mu.Unlock()
	for _, fn := range fns {
		fn(c)
	}
}

func (r *subscribers) clear() {
	r.mu.Lock()
	r.fns = nil
	r.mu.Unlock()
}
