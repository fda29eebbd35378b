package sync

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/domain/match"
)

// TestMatchIndexToSpoke: the hub's bundle to a spoke carries the match
// index of the other centers' files; the spoke finds a family served at
// another center with it, and the index holds no name or number in clear
// and none of the spoke's own files.
func TestMatchIndexToSpoke(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	n := newNetwork(t, 2, 5, rng)
	sp := n.spokes[0]
	head := domain.Person{FirstName: "ملوک", LastName: "قربانزاده", FatherName: "غلامعلی", Gender: domain.GenderFemale,
		BirthDate: fa.Date{Year: 1352, Month: 8, Day: 19}, Nationality: domain.NationalityIranian,
		NationalCode: domain.ParseNationalCode("0499370899"), Mobile: domain.ParseMobile("09151234567")}
	served, err := n.hub.st.CreateFile(sys, domain.File{Center: hubCenter, Head: head, Address: "بلوار توس ۱۲"})
	must(t, err)

	data, files, err := BuildIndex(n.hub.st, sp.center)
	must(t, err)
	all := owners(t, n.hub.st)
	want := 0
	for _, c := range all {
		if c != sp.center {
			want++
		}
	}
	if files != want {
		t.Errorf("index of %d files, want %d (all but the spoke's own)", files, want)
	}
	for _, clear := range []string{head.FirstName, head.LastName, "0499370899", "09151234567", "بلوار"} {
		if bytes.Contains(data, []byte(clear)) {
			t.Errorf("the index carries %q in clear", clear)
		}
	}
	m, err := Export(n.hub.st, sp.peer, false, data)
	must(t, err)
	res, err := Import(sp.st, sys, m.Data)
	must(t, err)
	if !bytes.Equal(res.Attach, data) {
		t.Fatal("the index did not arrive whole")
	}
	x, err := ReadIndex(sp.st, res.Attach)
	must(t, err)
	for id := range owners(t, sp.st) {
		if all[id] == sp.center {
			continue
		}
		t.Errorf("the spoke holds file %s of another center", id)
	}
	enc, err := Encoder(sp.st)
	must(t, err)
	typed := head
	typed.FirstName, typed.LastName = "ملوك", "قربان زاده" // Arabic kaf, a space: as a clerk types
	got := x.Lookup(enc.Encode(match.FromPerson(typed, "بلوار توس 12")), 3)
	if len(got) == 0 || got[0].ID != served.ID || got[0].Center != hubCenter {
		t.Fatalf("lookup on the spoke: %+v", got)
	}
	if got[0].Band != match.BandCertain && got[0].Band != match.BandLikely {
		t.Errorf("band %v for the same family", got[0].Band)
	}

	// another federation's spoke cannot read it
	other := newNetwork(t, 1, 0, rng)
	if _, err := ReadIndex(other.spokes[0].st, data); err == nil {
		t.Error("an index under another federation's secret was read")
	}
	if _, _, err := BuildIndex(openStore(t, t.TempDir()+"/lone.db"), 1); err == nil {
		t.Error("a database outside any network built an index")
	}
}
