package sshd

import (
	"fmt"
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		fails   []time.Duration // offsets from t0 of failures from one address
		at      time.Duration   // when to ask
		blocked bool
	}{
		{"four in a minute", []time.Duration{0, 10 * time.Second, 20 * time.Second, 30 * time.Second}, 31 * time.Second, false},
		{"five in a minute", []time.Duration{0, 10 * time.Second, 20 * time.Second, 30 * time.Second, 40 * time.Second}, 41 * time.Second, true},
		{"five spread over two minutes", []time.Duration{0, 30 * time.Second, 61 * time.Second, 90 * time.Second, 100 * time.Second}, 101 * time.Second, false},
		{"block ends", []time.Duration{0, 1, 2, 3, 4}, 5*time.Minute + 5, false},
		{"block lasts", []time.Duration{0, 1, 2, 3, 4}, 5*time.Minute - time.Second, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			now := t0
			l := newLimiter(DefaultLimits, func() time.Time { return now })
			for _, d := range tc.fails {
				now = t0.Add(d)
				l.fail("10.0.0.1")
			}
			now = t0.Add(tc.at)
			if _, got := l.blocked("10.0.0.1"); got != tc.blocked {
				t.Errorf("blocked = %v, want %v", got, tc.blocked)
			}
			if _, got := l.blocked("10.0.0.2"); got {
				t.Error("another address is blocked too")
			}
		})
	}
}

// Failures from many addresses do not grow the table without bound.
func TestLimiterPrunes(t *testing.T) {
	now := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)
	l := newLimiter(DefaultLimits, func() time.Time { return now })
	for i := 0; i < 3*pruneAt; i++ {
		now = now.Add(time.Second)
		l.fail(fmt.Sprintf("10.%d.%d.%d", i>>16&255, i>>8&255, i&255))
	}
	if n := len(l.byIP); n > pruneAt {
		t.Errorf("%d addresses kept, want at most %d", n, pruneAt)
	}
}
