package domain_test

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/parvande/parvande/domain"
)

func TestIDParts(t *testing.T) {
	tests := []struct {
		c   domain.CenterID
		seq uint64
		s   string
	}{
		{0, 0, "0-0"},
		{1, 1, "1-1"},
		{12, 345, "12-345"},
		{domain.MaxCenterID, 1<<40 - 1, "16777215-1099511627775"},
	}
	for _, tt := range tests {
		id := domain.NewID(tt.c, tt.seq)
		if id.Center() != tt.c || id.Seq() != tt.seq {
			t.Errorf("NewID(%d, %d) = center %d seq %d", tt.c, tt.seq, id.Center(), id.Seq())
		}
		if id.String() != tt.s {
			t.Errorf("NewID(%d, %d).String() = %q, want %q", tt.c, tt.seq, id.String(), tt.s)
		}
		back, err := domain.ParseID(tt.s)
		if err != nil || back != id {
			t.Errorf("ParseID(%q) = %v, %v; want %v", tt.s, back, err, id)
		}
		if k := id.Key(); len(k) != 8 || domain.IDFromKey(k) != id {
			t.Errorf("key round trip of %v: %x", id, k)
		}
		if id.IsZero() != (tt.c == 0 && tt.seq == 0) {
			t.Errorf("%v.IsZero() = %v", id, id.IsZero())
		}
	}
}

func TestParseIDErrors(t *testing.T) {
	for _, s := range []string{"", "12", "12-", "-5", "a-1", "1-b", "16777216-1", "1-1099511627776", "1-2-3", "-1-1"} {
		if id, err := domain.ParseID(s); err == nil {
			t.Errorf("ParseID(%q) = %v, want an error", s, id)
		}
	}
	if id, err := domain.ParseID(" 7-8 "); err != nil || id != domain.NewID(7, 8) {
		t.Errorf("ParseID with spaces = %v, %v", id, err)
	}
	if domain.IDFromKey([]byte{1, 2, 3}) != 0 {
		t.Error("IDFromKey of a short key should be 0")
	}
}

func TestIDKeyOrder(t *testing.T) {
	// Keys sort by center, then sequence, the same as the ids themselves.
	ids := []domain.ID{
		domain.NewID(1, 0), domain.NewID(1, 1), domain.NewID(1, 255), domain.NewID(1, 256),
		domain.NewID(1, 1<<40-1), domain.NewID(2, 0), domain.NewID(255, 7), domain.NewID(256, 0),
		domain.NewID(domain.MaxCenterID, 0),
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		ids = append(ids, domain.NewID(domain.CenterID(r.Uint32N(domain.MaxCenterID+1)), r.Uint64N(1<<40)))
	}
	keys := make([][]byte, len(ids))
	for i, id := range ids {
		keys[i] = id.Key()
	}
	slices.SortFunc(keys, bytes.Compare)
	slices.Sort(ids)
	for i := range ids {
		if domain.IDFromKey(keys[i]) != ids[i] {
			t.Fatalf("position %d: key order gives %v, id order %v", i, domain.IDFromKey(keys[i]), ids[i])
		}
		if i > 0 {
			a, b := ids[i-1], ids[i]
			if a.Center() > b.Center() || (a.Center() == b.Center() && a.Seq() > b.Seq()) {
				t.Fatalf("%v sorts before %v", a, b)
			}
		}
	}
}

func TestOrderPair(t *testing.T) {
	a, b := domain.NewID(1, 5), domain.NewID(2, 1)
	if x, y := domain.OrderPair(b, a); x != a || y != b {
		t.Errorf("OrderPair(b, a) = %v, %v", x, y)
	}
	if x, y := domain.OrderPair(a, b); x != a || y != b {
		t.Errorf("OrderPair(a, b) = %v, %v", x, y)
	}
}
