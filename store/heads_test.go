package store

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/parvande/parvande/domain"
)

// headOf is the part of a whole file that decodeHead must give.
func headOf(f *domain.File) Head {
	return Head{ID: f.ID, Center: f.Center, ExternalRef: f.ExternalRef, Person: f.Head, Address: f.Address}
}

// Property: the head of any encoded file is what decodeFile reads of it,
// so the partial decoder cannot drift from the codec unnoticed.
func TestDecodeHeadAgreesWithDecodeFile(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 3000; i++ {
		f := randomFile(r)
		b := encodeFile(&f)
		var h Head
		if err := decodeHead(f.ID, b, &h); err != nil {
			t.Fatalf("file %d: %v", i, err)
		}
		if want := headOf(&f); !reflect.DeepEqual(h, want) {
			t.Fatalf("file %d:\n got %#v\nwant %#v", i, h, want)
		}
	}
}

func TestDecodeHeadRefusesDamage(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	f := randomFile(r)
	b := encodeFile(&f)
	tests := []struct {
		name string
		v    []byte
	}{
		{"empty", nil},
		{"truncated", b[:len(b)/2]},
		{"flipped byte", func() []byte { c := append([]byte(nil), b...); c[len(c)/2] ^= 0x40; return c }()},
		{"flipped tail byte", func() []byte { c := append([]byte(nil), b...); c[len(c)-6] ^= 1; return c }()},
		{"unknown format", seal([]byte{fileFormat + 1, 1}, 0)},
		{"sealed garbage", seal([]byte{fileFormat, 1, 0xff, 0xff, 0xff, 0xff, 0x7f}, 0)},
	}
	for _, tt := range tests {
		var h Head
		err := decodeHead(7, tt.v, &h)
		if !errors.Is(err, errCorrupt) {
			t.Errorf("%s: error %v, want a corrupt record", tt.name, err)
		}
		if !reflect.DeepEqual(h, Head{ID: 7}) {
			t.Errorf("%s: a refused record left %#v", tt.name, h)
		}
	}
}

// EachHead reads what EachFile reads, in the same order, across more than
// one chunk.
func TestEachHeadMatchesEachFile(t *testing.T) {
	e := newEnv(t)
	r := rand.New(rand.NewPCG(9, 10))
	n := headChunk + 37
	files := make([]domain.File, n)
	for i := range files {
		files[i] = synthFile(r, e.c1.ID, i)
	}
	if _, err := e.s.ImportFiles(SystemActor(), files, "test"); err != nil {
		t.Fatal(err)
	}
	var want []Head
	mustNoErr(t, e.s.EachFile(func(f domain.File) error { want = append(want, headOf(&f)); return nil }))
	var got []Head
	mustNoErr(t, e.s.EachHead(func(h *Head) error { got = append(got, *h); return nil }))
	if len(got) != n || len(want) != n {
		t.Fatalf("%d heads, %d files, want %d", len(got), len(want), n)
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("head %d:\n got %#v\nwant %#v", i, got[i], want[i])
		}
	}
	stop := errors.New("stop")
	calls := 0
	if err := e.s.EachHead(func(*Head) error { calls++; return stop }); err != stop || calls != 1 {
		t.Fatalf("stopping: %v after %d calls", err, calls)
	}
}

func FuzzDecodeHead(f *testing.F) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 6 {
		x := randomFile(r)
		b := encodeFile(&x)
		f.Add(b[:len(b)-4])
	}
	f.Add([]byte{})
	f.Add([]byte{fileFormat, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, body []byte) {
		var h Head
		decodeHead(1, body, &h) // as found on disk: almost always a bad checksum
		sealed := seal(append([]byte(nil), body...), 0)
		herr := decodeHead(1, sealed, &h)
		// Whatever decodeFile accepts, decodeHead reads alike.
		if file, err := decodeFile(1, sealed); err == nil {
			if herr != nil {
				t.Fatalf("decodeFile accepts, decodeHead refuses: %v", herr)
			}
			if want := headOf(&file); !reflect.DeepEqual(h, want) {
				t.Fatalf("got %#v\nwant %#v", h, want)
			}
		}
	})
}
