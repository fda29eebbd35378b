package sshd

import (
	"context"
	"sync"
)

// endReason is why the server ended a session, for the goodbye line.
type endReason int

const (
	endNone endReason = iota
	endIdle
	endShutdown
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
		stop() // asked to end before the program existed
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
		stop()
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
func (r *registry) enter() (e *entry, leave func(), closing, ok bool) {
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
	e = &entry{}
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
