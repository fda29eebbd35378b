package pprl

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"
	"unsafe"

	"github.com/parvande/parvande/domain/match"
)

func smallIndex(t testing.TB, n int) (*Index, *Encoder, []Encoded) {
	rng := rand.New(rand.NewPCG(5, 6))
	e := mustEncoder(testSecret)
	encs := make([]Encoded, n)
	for i := range encs {
		encs[i] = e.EncodeFile(randomFile(rng, uint64(i+1)))
	}
	return NewIndex(match.DefaultWeights(), e.KeyID(), e.Params(), encs), e, encs
}

func TestWireRoundTrip(t *testing.T) {
	x, _, encs := smallIndex(t, 400)
	var buf bytes.Buffer
	n, err := x.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo: %d, %v (buffer %d)", n, err, buf.Len())
	}
	wire := bytes.Clone(buf.Bytes())
	y, err := ReadIndex(bytes.NewReader(wire), match.DefaultWeights(), x.KeyID())
	if err != nil {
		t.Fatal(err)
	}
	if y.Len() != x.Len() || y.Params() != x.Params() || y.KeyID() != x.KeyID() {
		t.Fatalf("read back %d records %v, wrote %d %v", y.Len(), y.Params(), x.Len(), x.Params())
	}
	for _, e := range encs[:100] {
		if a, b := x.Lookup(e, 0), y.Lookup(e, 0); !reflect.DeepEqual(a, b) {
			t.Fatalf("lookups differ after the round trip:\n%+v\n%+v", a, b)
		}
	}
	var again bytes.Buffer
	if _, err := y.WriteTo(&again); err != nil || !bytes.Equal(again.Bytes(), wire) {
		t.Errorf("rewriting a read index changed it (%v)", err)
	}
	// ReadFrom into an index that expects the key.
	z := NewIndex(match.DefaultWeights(), x.KeyID(), x.Params(), nil)
	if _, err := z.ReadFrom(bytes.NewReader(wire)); err != nil || z.Len() != x.Len() {
		t.Errorf("ReadFrom: %v, %d records", err, z.Len())
	}
}

func TestWireRefuses(t *testing.T) {
	x, _, _ := smallIndex(t, 50)
	var buf bytes.Buffer
	if _, err := x.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	wire := buf.Bytes()
	other := testSecret
	other[5] ^= 0x80
	flip := func(i int) []byte { b := bytes.Clone(wire); b[i] ^= 1; return b }
	tests := []struct {
		name string
		data []byte
		key  KeyID
		want error
	}{
		{"empty", nil, KeyID{}, ErrNotIndex},
		{"other magic", flip(0), KeyID{}, ErrNotIndex},
		{"newer version", flip(8), KeyID{}, ErrVersion},
		{"another key", wire, other.ID(), ErrWrongKey},
		{"truncated", wire[:len(wire)-10], KeyID{}, ErrNotIndex},
		{"no checksum", wire[:len(wire)-4], KeyID{}, ErrNotIndex},
		{"flipped checksum", flip(len(wire) - 1), KeyID{}, ErrDamaged},
		{"flipped filter bit", flip(40), KeyID{}, ErrDamaged},
	}
	for _, tt := range tests {
		_, err := ReadIndex(bytes.NewReader(tt.data), match.DefaultWeights(), tt.key)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
	}
	// ReadFrom refuses another key and leaves the index as it was.
	y := NewIndex(match.DefaultWeights(), other.ID(), DefaultParams(), nil)
	if _, err := y.ReadFrom(bytes.NewReader(wire)); !errors.Is(err, ErrWrongKey) || y.Len() != 0 {
		t.Errorf("ReadFrom under another key: %v, %d records", err, y.Len())
	}
}

// FuzzReadIndex: garbage never panics, and whatever is accepted can be
// looked up and written again.
func FuzzReadIndex(f *testing.F) {
	x, e, encs := smallIndex(f, 20)
	var buf bytes.Buffer
	if _, err := x.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(wireMagic))
	f.Add(append([]byte(wireMagic), 1))
	empty := NewIndex(match.DefaultWeights(), e.KeyID(), e.Params(), nil)
	buf.Reset()
	if _, err := empty.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		y, err := ReadIndex(bytes.NewReader(data), match.DefaultWeights(), KeyID{})
		if err != nil {
			if y != nil {
				t.Fatal("an index with an error")
			}
			return
		}
		for _, q := range encs[:3] {
			y.Lookup(q, 3)
		}
		var out bytes.Buffer
		if _, err := y.WriteTo(&out); err != nil {
			t.Fatal(err)
		}
	})
}

// TestStoredSize: a record is one cache line (see stored).
func TestStoredSize(t *testing.T) {
	if n := unsafe.Sizeof(stored{}); n != 64 {
		t.Errorf("stored is %d bytes, want 64", n)
	}
}

// TestConcurrentLookups: an index is read-only once built; lookups from
// many sessions share it (run with -race).
func TestConcurrentLookups(t *testing.T) {
	x, _, encs := smallIndex(t, 300)
	want := make([][]Candidate, len(encs))
	for i := range encs {
		want[i] = x.Lookup(encs[i], 5)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(encs); i += 4 {
				if got := x.Lookup(encs[i], 5); !reflect.DeepEqual(got, want[i]) {
					errs <- "a concurrent lookup differs"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for msg := range errs {
		t.Error(msg)
	}
}
