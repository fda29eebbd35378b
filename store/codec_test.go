package store

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// sameTimes makes decoded times comparable with reflect.DeepEqual: the
// codec keeps the instant, not the location.
func sameTimes(ts ...*time.Time) {
	for _, t := range ts {
		if !t.IsZero() {
			*t = t.UTC()
		}
	}
}

func TestFileRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		f := randomFile(r)
		b := encodeFile(&f)
		got, err := decodeFile(f.ID, b)
		if err != nil {
			t.Fatalf("file %d: %v", i, err)
		}
		sameTimes(&f.CreatedAt, &f.UpdatedAt, &got.CreatedAt, &got.UpdatedAt)
		if !reflect.DeepEqual(got, f) {
			t.Fatalf("file %d round trip:\n got %#v\nwant %#v", i, got, f)
		}
		if again := encodeFile(&got); !bytes.Equal(again, b) {
			t.Fatalf("file %d: encoding is not canonical", i)
		}
	}
}

func TestRecordRoundTrips(t *testing.T) {
	at := time.Date(2024, 12, 2, 9, 30, 0, 123, time.UTC)
	d := fa.Date{Year: 1403, Month: 9, Day: 12}
	v := domain.Visit{ID: 5, File: 9, Date: d, Caseworker: 3, Kind: domain.VisitPhone, Findings: "یخچال ندارند", NextDue: d, CreatedAt: at}
	a := domain.Aid{ID: 6, File: 9, Center: 2, Date: d, Kind: domain.AidFoodBasket, Amount: 25_000_000, Quantity: 2,
		Description: "سبد کالا", Funding: "نذر", RecordedBy: 3, CreatedAt: at}
	u := domain.User{ID: 7, Login: "zahra", Name: "زهرا", Role: domain.RoleSupervisor, Center: 2, Lang: "fa",
		Disabled: true, PasswordHash: "$argon2id$x", Keys: []string{"ssh-ed25519 AAAA"}, CreatedAt: at}
	c := domain.Center{ID: 2, Name: "توس", Code: "TUS", Neighborhood: "طلاب", CreatedAt: at}
	l := domain.Link{ID: 8, A: 1, B: 2, By: 3, At: at, Note: "same", UnlinkedBy: 4, UnlinkedAt: at}
	x := domain.Decision{A: 1, B: 2, Verdict: domain.VerdictDifferent, Score: -3.25, Note: "siblings", By: 3, At: at}
	ev := domain.AuditEvent{ID: 10, At: at, Actor: 3, Login: "zahra", Source: "local", Action: domain.ActFileEdit,
		Kind: "file", Target: 9, File: 9, Center: 2, Changes: []domain.FieldChange{{Field: "address", Before: "a", After: "b"}}, Note: "n"}
	check := func(name string, want, got any, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("%s:\n got %#v\nwant %#v", name, got, want)
		}
	}
	gv, err := decodeVisit(9, 5, encodeVisit(&v))
	sameTimes(&gv.CreatedAt)
	check("visit", v, gv, err)
	ga, err := decodeAid(9, 6, encodeAid(&a))
	sameTimes(&ga.CreatedAt)
	check("aid", a, ga, err)
	gu, err := decodeUser(7, encodeUser(&u))
	sameTimes(&gu.CreatedAt)
	check("user", u, gu, err)
	gc, err := decodeCenter(2, encodeCenter(&c))
	sameTimes(&gc.CreatedAt)
	check("center", c, gc, err)
	gl, err := decodeLink(8, encodeLink(&l))
	sameTimes(&gl.At, &gl.UnlinkedAt)
	check("link", l, gl, err)
	gx, err := decodeDecision(encodeDecision(&x))
	sameTimes(&gx.At)
	check("decision", x, gx, err)
	ge, err := decodeAudit(encodeAudit(&ev))
	sameTimes(&ge.At)
	check("audit", ev, ge, err)
}

func TestDecodeRefusesTruncated(t *testing.T) {
	f := randomFile(rand.New(rand.NewPCG(3, 4)))
	b := encodeFile(&f)
	for n := 0; n < len(b); n++ {
		if _, err := decodeFile(1, b[:n]); err == nil {
			t.Fatalf("decoding %d of %d bytes succeeded", n, len(b))
		}
	}
	if _, err := decodeFile(1, append(b, 0)); err == nil {
		t.Fatal("trailing byte accepted")
	}
	for i := range b {
		flipped := append([]byte(nil), b...)
		flipped[i] ^= 0x10
		if _, err := decodeFile(1, flipped); err == nil {
			t.Fatalf("flipped byte %d accepted", i)
		}
	}
}

func TestBenchmarkShapedFileSize(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	total := 0
	for i := 0; i < 1000; i++ {
		f := synthFile(r, 7, i)
		f.ID, f.CreatedAt, f.UpdatedAt, f.Version = domain.NewID(7, uint64(i)), time.Now(), time.Now(), 1
		total += len(encodeFile(&f))
	}
	t.Logf("encoded file: %d bytes on average", total/1000)
	if total/1000 > 400 {
		t.Errorf("encoded file is %d bytes on average; the budget is about 400", total/1000)
	}
}

// FuzzDecodeFile: arbitrary bytes never panic the decoder, and whatever
// it accepts encodes back to the same bytes.
func FuzzDecodeFile(f *testing.F) {
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 8; i++ {
		x := randomFile(r)
		f.Add(encodeFile(&x), uint64(i))
	}
	f.Add([]byte{}, uint64(0))
	f.Add([]byte{1, 0xff, 0xff, 0xff, 0xff, 0x0f}, uint64(1))
	x := randomFile(r)
	b := encodeFile(&x)
	f.Add(b[:len(b)-4], uint64(9)) // the body alone, which the fuzzer seals
	f.Fuzz(func(t *testing.T, b []byte, seed uint64) {
		decodeFile(1, b) // as found on disk: almost always a bad checksum
		// sealed, so the body decoder itself meets the arbitrary bytes
		sealed := seal(append([]byte(nil), b...), 0)
		if got, err := decodeFile(1, sealed); err == nil {
			if again := encodeFile(&got); !bytes.Equal(again, sealed) {
				// accepted input must be canonical, except for forms the
				// encoder never writes (e.g. non-minimal varints)
				if g2, err := decodeFile(1, again); err != nil || !reflect.DeepEqual(g2, got) {
					t.Fatalf("re-encoding changed the file")
				}
			}
		}
		// and a random file always survives the trip
		x := randomFile(rand.New(rand.NewPCG(seed, uint64(len(b)))))
		got, err := decodeFile(x.ID, encodeFile(&x))
		if err != nil {
			t.Fatal(err)
		}
		sameTimes(&x.CreatedAt, &x.UpdatedAt, &got.CreatedAt, &got.UpdatedAt)
		if !reflect.DeepEqual(got, x) {
			t.Fatalf("round trip:\n got %#v\nwant %#v", got, x)
		}
	})
}

// FuzzDecodeRecords runs every other decoder on arbitrary bytes.
func FuzzDecodeRecords(f *testing.F) {
	at := time.Unix(1700000000, 5)
	ev := domain.AuditEvent{ID: 1, At: at, Changes: []domain.FieldChange{{Field: "a", Before: "b", After: "c"}}}
	u := domain.User{Login: "a", Keys: []string{"k"}, CreatedAt: at}
	f.Add(encodeAudit(&ev))
	f.Add(encodeUser(&u))
	f.Add(encodeVisit(&domain.Visit{Findings: "x"}))
	f.Add(encodeAid(&domain.Aid{Amount: 5}))
	f.Fuzz(func(t *testing.T, b []byte) {
		b = seal(append([]byte(nil), b...), 0)
		decodeVisit(1, 2, b)
		decodeAid(1, 2, b)
		decodeUser(1, b)
		decodeCenter(1, b)
		decodeLink(1, b)
		decodeDecision(b)
		decodeAudit(b)
	})
}
