package sshd

import (
	"sync"
	"time"
)

// Limits bound failed logins per source address: after Failures failed
// connections within Window, the address is refused for Block. A failed
// connection is one that offered keys and never got in (or got in as a
// disabled user), so a client whose agent offers several keys before the
// right one is not punished for it.
type Limits struct {
	Failures int
	Window   time.Duration
	Block    time.Duration
}

// DefaultLimits: 5 failures a minute, then 5 minutes refused.
var DefaultLimits = Limits{Failures: 5, Window: time.Minute, Block: 5 * time.Minute}

// limiter counts failures per address. Its map is pruned as it grows, so
// a scan from many addresses cannot make it grow without bound.
type limiter struct {
	lim  Limits
	now  func() time.Time
	mu   sync.Mutex
	byIP map[string]*record
}

type record struct {
	fails []time.Time // within the window, oldest first
	until time.Time   // refused until then
}

const pruneAt = 4096

func newLimiter(l Limits, now func() time.Time) *limiter {
	if l.Failures <= 0 {
		l = DefaultLimits
	}
	return &limiter{lim: l, now: now, byIP: map[string]*record{}}
}

// blocked reports whether host is refused now, and until when.
func (l *limiter) blocked(host string) (time.Time, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r := l.byIP[host]
	if r == nil || !l.now().Before(r.until) {
		return time.Time{}, false
	}
	return r.until, true
}

// fail records a failed connection from host and reports whether that
// made the address blocked.
func (l *limiter) fail(host string) (blockedNow bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if len(l.byIP) >= pruneAt {
		l.prune(now)
	}
	r := l.byIP[host]
	if r == nil {
		r = &record{}
		l.byIP[host] = r
	}
	r.fails = append(trim(r.fails, now.Add(-l.lim.Window)), now)
	if len(r.fails) >= l.lim.Failures && !now.Before(r.until) {
		r.until = now.Add(l.lim.Block)
		r.fails = nil
		return true
	}
	return false
}

// trim drops failures older than since.
func trim(fails []time.Time, since time.Time) []time.Time {
	i := 0
	for i < len(fails) && fails[i].Before(since) {
		i++
	}
	return fails[i:]
}

func (l *limiter) prune(now time.Time) {
	for h, r := range l.byIP {
		if r.fails = trim(r.fails, now.Add(-l.lim.Window)); len(r.fails) == 0 && !now.Before(r.until) {
			delete(l.byIP, h)
		}
	}
}
