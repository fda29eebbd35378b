package tui

import (
	"sync"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/search"
)

// Fanout is one store subscription for a whole process: for every
// committed change it refreshes the shared in-memory indexes once, then
// sends ChangedMsg to every registered receiver (the local program, or
// every SSH session's program). Refreshing per receiver would do the same
// work once per session.
type Fanout struct {
	st      *store.Store
	ix      *search.Index
	more    []func(store.Change) error
	cancel  func()
	done    chan struct{}
	stopped chan struct{}
	wake    chan struct{}

	mu    sync.Mutex
	queue []store.Change
	next  int
	rcv   map[int]*receiver
	once  sync.Once
}

// receiver delivers to one program on a goroutine of its own, so a
// program that is slow to take messages (or not running yet: Send blocks
// until its loop starts) delays nobody else.
type receiver struct {
	send func(tea.Msg)
	mu   sync.Mutex
	q    []tea.Msg
	wake chan struct{}
	done chan struct{}
	once sync.Once
}

func (r *receiver) stop() { r.once.Do(func() { close(r.done) }) }

func (r *receiver) put(msgs ...tea.Msg) {
	r.mu.Lock()
	r.q = append(r.q, msgs...)
	r.mu.Unlock()
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

func (r *receiver) loop() {
	for {
		select {
		case <-r.done:
			return
		case <-r.wake:
		}
		r.mu.Lock()
		batch := r.q
		r.q = nil
		r.mu.Unlock()
		for _, m := range batch {
			select {
			case <-r.done:
				return
			default:
			}
			r.send(m)
		}
	}
}

// NewFanout subscribes to st. ix (may be nil) and more (such as the
// duplicate service's Refresh) are refreshed before receivers hear of a
// change. The store calls subscribers on the writer's goroutine and wants
// them quick, so changes are queued and handled on a goroutine of their
// own. Close unsubscribes.
func NewFanout(st *store.Store, ix *search.Index, more ...func(store.Change) error) *Fanout {
	f := &Fanout{
		st: st, ix: ix, more: more,
		done: make(chan struct{}), stopped: make(chan struct{}), wake: make(chan struct{}, 1),
		rcv: map[int]*receiver{},
	}
	f.cancel = st.Subscribe(func(c store.Change) {
		f.mu.Lock()
		f.queue = append(f.queue, c)
		f.mu.Unlock()
		select {
		case f.wake <- struct{}{}:
		default:
		}
	})
	go f.loop()
	return f
}

// Add registers a receiver (tea.Program.Send); remove unregisters it and
// may be called more than once. Messages not yet delivered at remove are
// dropped: the program is ending. send must return once its program has
// ended (tea.Program.Send does).
func (f *Fanout) Add(send func(tea.Msg)) (remove func()) {
	r := &receiver{send: send, wake: make(chan struct{}, 1), done: make(chan struct{})}
	f.mu.Lock()
	id := f.next
	f.next++
	f.rcv[id] = r
	f.mu.Unlock()
	go r.loop()
	return func() {
		f.mu.Lock()
		delete(f.rcv, id)
		f.mu.Unlock()
		r.stop()
	}
}

// Send gives msg to every receiver (the SSH server's shutdown notice).
func (f *Fanout) Send(msg tea.Msg) {
	for _, r := range f.receivers() {
		r.put(msg)
	}
}

func (f *Fanout) receivers() []*receiver {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]*receiver, 0, len(f.rcv))
	for _, r := range f.rcv {
		out = append(out, r)
	}
	return out
}

// Len is the number of registered receivers.
func (f *Fanout) Len() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.rcv)
}

// Close unsubscribes from the store, waits for the refresh goroutine and
// stops delivering to the receivers still registered.
func (f *Fanout) Close() {
	f.once.Do(func() {
		f.cancel()
		close(f.done)
		<-f.stopped
		for _, r := range f.receivers() {
			r.stop()
		}
	})
}

func (f *Fanout) loop() {
	defer close(f.stopped)
	for {
		select {
		case <-f.done:
			return
		case <-f.wake:
		}
		f.mu.Lock()
		batch := f.queue
		f.queue = nil
		f.mu.Unlock()
		for _, c := range batch {
			f.handle(c)
		}
	}
}

func (f *Fanout) handle(c store.Change) {
	var errs []error
	if f.ix != nil {
		// On failure the screens still reload from the store; the list
		// may lag until the next change.
		if err := f.ix.Refresh(f.st, c); err != nil {
			errs = append(errs, err)
		}
	}
	for _, refresh := range f.more {
		if err := refresh(c); err != nil {
			errs = append(errs, err)
		}
	}
	msgs := make([]tea.Msg, 0, len(errs)+1)
	for _, err := range errs {
		msgs = append(msgs, ErrMsg{Err: err})
	}
	msgs = append(msgs, ChangedMsg{Change: c})
	for _, r := range f.receivers() {
		r.put(msgs...)
	}
}
