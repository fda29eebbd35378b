package sshd

import (
	"context"
	"sync"

	"github.com/parvande/parvande/domain"
)

// endReason is why the server ended a session, for the goodbye line.
type endReason int

const (
	endNone endReason = iota
	endIdle
	endShutdown
	endRevoked // the user was disabled or the key taken away meanwhile
)

// registry holds the live sessions: it enforces the maximum, and lets
// Shutdown tell every session to end and wait for them.
type registry struct {
	max     int
	mu      sync.Mutex
	closing bool
	next    int
	live    map[int]*entry
	wg      sync.WaitGroup
}

// entry is one live session. end asks it to stop, once.
type entry struct {
	user   domain.ID
	key    string // the fingerprint it logged in with
	mu     sync.Mutex
	reason endReason
	stop   func() // quits the session's program; nil for commands
}

func (e *entry) setStop(stop func()) {
	e.mu.Lock()
	e.stop = stop
	r := e.reason
	e.mu.Unlock()
	if r != endNone && stop != nil {
		go stop() // asked to end before the program existed
	}
}

func (e *entry) end(r endReason) {
	e.mu.Lock()
	if e.reason != endNone {
		e.mu.Unlock()
		return
	}
	e.reason = r
	stop := e.stop
	e.mu.Unlock()
	if stop != nil {
		// Quit waits for the program's loop to take the message; one busy
		// session must not hold up ending the others.
		go stop()
	}
}

func (e *entry) why() endReason {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.reason
}

func newRegistry(max int) *registry { return &registry{max: max, live: map[int]*entry{}} }

// enter admits a session. ok is false when the server is full or
// shutting down (closing tells which); leave must be called when done.
func (r *registry) enter(user domain.ID, key string) (e *entry, leave func(), closing, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closing {
		return nil, nil, true, false
	}
	if r.max > 0 && len(r.live) >= r.max {
		return nil, nil, false, false
	}
	id := r.next
	r.next++
	e = &entry{user: user, key: key}
	r.live[id] = e
	r.wg.Add(1)
	var once sync.Once
	return e, func() {
		once.Do(func() {
			r.mu.Lock()
			delete(r.live, id)
			r.mu.Unlock()
			r.wg.Done()
		})
	}, false, true
}

// ofUser lists the live sessions of user.
func (r *registry) ofUser(user domain.ID) []*entry {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []*entry
	for _, e := range r.live {
		if e.user == user {
			out = append(out, e)
		}
	}
	return out
}

func (r *registry) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.live)
}

// closeAll refuses new sessions and ends the live ones with reason.
func (r *registry) closeAll(reason endReason) {
	r.mu.Lock()
	r.closing = true
	live := make([]*entry, 0, len(r.live))
	for _, e := range r.live {
		live = append(live, e)
	}
	r.mu.Unlock()
	for _, e := range live {
		e.end(reason)
	}
}

// wait waits until every session has left, or ctx ends.
func (r *registry) wait(ctx context.Context) error {
	done := make(chan struct{})
	go func() {
		r.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
