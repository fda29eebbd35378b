package match

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

func smallIndex(t *testing.T) (*Index, []Record) {
	recs, _ := synthRecords(5000, 17)
	x := NewIndex(DefaultWeights())
	x.AddAll(recs)
	return x, recs
}

func withID(r Record, center domain.CenterID, seq uint64) Record {
	r.ID, r.Center = domain.NewID(center, seq), center
	return r
}

func TestLookupFindsTheFamilyBeingRegistered(t *testing.T) {
	x, _ := smallIndex(t)
	known := pp{"سیده زهرا", "کشاورزی", "هادی", domain.GenderFemale, fa.Date{Year: 1354, Month: 3, Day: 7},
		"2873658053", "09391223693", "", "بولوار عسکریه، عسکریه 27، پلاک 11"}
	x.Add(withID(known.record(), 500, 1))

	// The clerk at another center has typed the names and birth so far.
	typing := pp{"زهرا", "کشاورزي", "هادي", domain.GenderFemale, fa.Date{Year: 1354, Month: 3, Day: 7}, "", "", "", ""}
	ms := x.Lookup(typing.record(), 5)
	if len(ms) == 0 || ms[0].ID != domain.NewID(500, 1) {
		t.Fatalf("not found while typing: %+v", ms)
	}
	// Then the national code, with the zero lost.
	typing.nc = "۲۸۷۳۶۵۸۰۵۳"
	ms = x.Lookup(typing.record(), 5)
	if len(ms) == 0 || ms[0].Band != BandCertain || !hasReason(ms[0].Reasons, ReasonSameNationalCode) {
		t.Fatalf("with the code: %+v", ms)
	}
	if ms[0].Center != 500 {
		t.Errorf("center %v", ms[0].Center)
	}

	// Saved: it does not find itself, and finds the other file.
	saved := withID(typing.record(), 501, 1)
	x.Add(saved)
	ms = x.Lookup(saved, 5)
	if len(ms) == 0 || ms[0].ID != domain.NewID(500, 1) {
		t.Fatalf("after saving: %+v", ms)
	}
	for _, m := range ms {
		if m.ID == saved.ID {
			t.Fatal("found itself")
		}
	}

	// Removed: gone.
	if !x.Remove(domain.NewID(500, 1)) || x.Remove(domain.NewID(500, 1)) {
		t.Fatal("Remove")
	}
	for _, m := range x.Lookup(saved, 5) {
		if m.ID == domain.NewID(500, 1) {
			t.Fatal("removed file still found")
		}
	}
}

func TestAddReplacesAndScanSeesPending(t *testing.T) {
	x, _ := smallIndex(t)
	x.Build()
	n := x.Len()
	a := pp{"غلامرضا", "شیرزادی", "بهادر", domain.GenderMale, fa.Date{Year: 1341, Month: 2, Day: 2},
		"0922178348", "09157778899", "", "خیابان نوده، نوده 30، پلاک 74"}
	x.Add(withID(a.record(), 600, 1))
	b := a
	b.first = "علی" // an edit: the file is first saved with a wrong name
	x.Add(withID(b.record(), 601, 1))
	x.Add(withID(a.record(), 601, 1)) // …then corrected: replaced, not added
	if x.Len() != n+2 {
		t.Fatalf("Len %d, want %d", x.Len(), n+2)
	}
	pairs, _ := x.Scan(nil)
	found := false
	for _, p := range pairs {
		if p.A == domain.NewID(600, 1) && p.B == domain.NewID(601, 1) {
			found = p.Band == BandCertain
		}
	}
	if !found {
		t.Error("pair added after the build not found as certain")
	}
}

func TestScanDropsSharedPhoneAndReports(t *testing.T) {
	x := NewIndexWith(DefaultWeights(), Options{BlockCap: 20, NameBlockCap: 8})
	recs, _ := synthRecords(2000, 19)
	for i := range recs[:50] {
		recs[i].Mobile = "09150000123" // the charity's own phone, typed for every family
	}
	x.AddAll(recs)
	_, rep := x.Scan(nil)
	var mob *DroppedKeys
	for i := range rep.Dropped {
		if rep.Dropped[i].Kind == KeyMobile {
			mob = &rep.Dropped[i]
		}
	}
	if mob == nil || mob.Keys != 1 || mob.Largest < 50 || mob.Cap != 20 {
		t.Fatalf("dropped: %+v", rep.Dropped)
	}
}

func TestHouseholdIsNotAPersonDuplicate(t *testing.T) {
	x, _ := smallIndex(t)
	home := "بولوار قلعه ساختمان، قلعه ساختمان 18، پلاک 81"
	h := pp{"رمضان", "رحیمی", "مجتبی", domain.GenderMale, fa.Date{Year: 1355, Month: 8, Day: 17}, "0942507053", "09932357148", "", home}
	w := pp{"فاطمه", "صالحی", "حسن", domain.GenderFemale, fa.Date{Year: 1361, Month: 8, Day: 17}, "0929914740", "09932357148", "", home}
	x.Add(withID(h.record(), 700, 1))
	x.Add(withID(w.record(), 701, 1))
	pairs, rep := x.Scan(nil)
	a, b := domain.NewID(700, 1), domain.NewID(701, 1)
	for _, p := range pairs {
		if p.A == a && p.B == b {
			t.Fatalf("spouses reported as one person: %+v", p)
		}
	}
	for _, hh := range rep.Households {
		if hh.A == a && hh.B == b {
			if !hasReason(hh.Reasons, ReasonSameAddress) || !hasReason(hh.Reasons, ReasonSameMobile) {
				t.Errorf("household reasons %v", hh.Reasons)
			}
			return
		}
	}
	t.Fatal("same household not found")
}

func TestWeightsJSON(t *testing.T) {
	w := DefaultWeights()
	w.Levels[FieldMobile][LevelExact].M = 0.77
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"national_code"`) || !strings.Contains(string(b), `"bits"`) {
		t.Errorf("fields not by name: %s", b)
	}
	var back Weights
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back != w {
		t.Errorf("round trip changed the weights")
	}
	for _, bad := range []string{
		`{"version":2}`,
		`{"version":1,"dup_rate":0.3,"rel_rate":0.5,"fields":{"shoe_size":{}},"bands":{"possible":0.5,"likely":0.9,"certain":0.99}}`,
		`{"version":1,"dup_rate":0.3,"rel_rate":0.5,"bands":{"possible":0.9,"likely":0.5,"certain":0.99}}`,
		`{"version":1,"dup_rate":0.3,"fields":{"mobile":{"exact":{"m":2,"u":0.1}}},"bands":{"possible":0.5,"likely":0.9,"certain":0.99}}`,
	} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

func TestEstimate(t *testing.T) {
	recs, who := synthRecords(20000, 23)
	w, st := EstimateWith(recs, DefaultWeights(), EstimateOptions{})
	if err := w.Validate(); err != nil {
		t.Fatal(err)
	}
	// The synthetic city's real rate of other files per file.
	files := map[int]int{}
	for _, p := range who {
		files[p]++
	}
	pairs := 0
	for _, k := range files {
		pairs += k * (k - 1) / 2
	}
	truth := 2 * float64(pairs) / float64(len(recs))
	if st.DupRate < truth*0.7 || st.DupRate > truth*1.3 {
		t.Errorf("estimated dup rate %.3f, true %.3f (%+v)", st.DupRate, truth, st)
	}
	if w.Levels[FieldNationalCode][LevelExact].Weight() < 10 || w.Levels[FieldNationalCode][LevelConflict].Weight() > -5 {
		t.Errorf("national code weights %v", w.Levels[FieldNationalCode])
	}
	w2, _ := EstimateWith(recs, DefaultWeights(), EstimateOptions{})
	if w2 != w {
		t.Error("Estimate is not deterministic")
	}
}

func TestResultJSON(t *testing.T) {
	sc := NewScorer(DefaultWeights(), nil)
	a := pp{"علی", "رضایی", "حسن", domain.GenderMale, fa.Date{Year: 1360}, "0937422101", "", "", ""}.record()
	r := sc.Compare(a, a)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"field":"national_code"`) || !strings.Contains(string(b), `"Band":"certain"`) {
		t.Errorf("%s", b)
	}
	var back Result
	if err := json.Unmarshal(b, &back); err != nil || back.Band != r.Band || back.Levels != r.Levels {
		t.Errorf("round trip: %v %+v", err, back)
	}
}
