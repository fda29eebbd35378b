package dupes

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
	psync "github.com/parvande/parvande/store/sync"
)

// spokeWorld is a hub whose first center serves a family, and the spoke
// of its second center, without the hub's index yet.
type spokeWorld struct {
	t       testing.TB
	hub, sp *store.Store
	spoke   domain.CenterID
	path    string // the spoke's index file
	served  domain.File
}

func newSpokeWorld(t testing.TB) *spokeWorld {
	t.Helper()
	ok := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	sys := store.SystemActor()
	hub, err := store.Open(filepath.Join(t.TempDir(), "hub.db"), store.Options{})
	ok(err)
	t.Cleanup(func() { hub.Close() })
	c1, err := hub.CreateCenter(sys, domain.Center{Name: "توس", Code: "TUS"})
	ok(err)
	c2, err := hub.CreateCenter(sys, domain.Center{Name: "طلاب", Code: "TLB"})
	ok(err)
	w := &spokeWorld{t: t, hub: hub, spoke: c2.ID}
	w.served, err = hub.CreateFile(sys, domain.File{Center: c1.ID, HouseholdSize: 3, Address: "بولوار توس، توس ۷۲، پلاک ۱۴",
		Head: person("زهرا", "احمدی", "حسین", "0012345679", "09121234567", 1354)})
	ok(err)
	firsts := []string{"سارا", "نرگس", "لیلا", "سمیه", "اکرم", "مهری", "شهلا", "پروین"}
	lasts := []string{"محمدی", "حسینی", "کریمی", "جعفری", "موسوی", "صادقی", "یزدانی", "قاسمی", "طاهری", "عباسی"}
	for i := range 40 { // unrelated people, so that no name is common by default
		p := person(firsts[i%len(firsts)], lasts[i%len(lasts)], "", nationalCode(100000+i*7919), "", 1330+i)
		_, err := hub.CreateFile(sys, domain.File{Center: []domain.CenterID{c1.ID, c2.ID}[i%2], Head: p, HouseholdSize: 2})
		ok(err)
	}
	_, err = psync.InitHub(hub)
	ok(err)
	join, _, err := psync.AddSpoke(hub, c2.ID, false)
	ok(err)
	db := filepath.Join(t.TempDir(), "spoke.db")
	w.sp, err = store.Open(db, store.Options{})
	ok(err)
	t.Cleanup(func() { w.sp.Close() })
	_, err = psync.Join(w.sp, join)
	ok(err)
	w.path = psync.IndexPath(db)
	return w
}

// send writes the hub's current index for the spoke where the spoke
// keeps it, as the sync import does.
func (w *spokeWorld) send() {
	w.t.Helper()
	data, _, err := psync.BuildIndex(w.hub, w.spoke)
	if err == nil {
		err = psync.WriteFile(w.path, data)
	}
	if err != nil {
		w.t.Fatal(err)
	}
}

// TestElsewhereFindsTheHubsFamily: a spoke finds a family served at
// another center through the encoded index alone, reports a missing and
// a damaged index honestly, and takes a newer index as soon as it is
// written, with no restart.
func TestElsewhereFindsTheHubsFamily(t *testing.T) {
	w := newSpokeWorld(t)
	svc := New(w.sp)
	typed := person("زهرا", "احمدی", "حسین", "0012345679", "09121234567", 1354)

	if got, err := New(w.sp).Elsewhere(typed, "", 0, 5); got != nil || err != nil {
		t.Fatalf("without UseSpokeIndex: %v %v", got, err)
	}
	svc.UseSpokeIndex(w.path)
	if st := svc.SpokeState(); !st.Used || !st.Missing || st.Err != nil {
		t.Fatalf("before any index: %+v", st)
	}
	if got, err := svc.Elsewhere(typed, "", 0, 5); got != nil || err != nil {
		t.Fatalf("before any index: %v %v", got, err)
	}

	w.send()
	got, err := svc.Elsewhere(typed, "بلوار توس، توس 72", 0, 5)
	must(t, err)
	if len(got) == 0 || got[0].ID != w.served.ID || got[0].Center != w.served.Center || got[0].Band != match.BandCertain {
		t.Fatalf("the served family: %+v", got)
	}
	if len(got[0].Reasons) == 0 {
		t.Error("no reasons given")
	}
	if got, _ := svc.Elsewhere(typed, "", w.served.ID, 5); len(got) > 0 && got[0].ID == w.served.ID {
		t.Error("the file being edited is not left out")
	}
	if got, _ := svc.Elsewhere(domain.Person{}, "", 0, 5); got != nil {
		t.Errorf("an empty query: %v", got)
	}

	// A newer index with a family registered at the hub since.
	late, err := w.hub.CreateFile(store.SystemActor(), domain.File{Center: w.served.Center, HouseholdSize: 2,
		Head: person("ملوک", "قربانزاده", "غلامعلی", "0499370899", "09151234567", 1352)})
	must(t, err)
	lateTyped := person("ملوک", "قربانزاده", "غلامعلی", "0499370899", "", 1352)
	if got, _ := svc.Elsewhere(lateTyped, "", 0, 5); len(got) > 0 {
		t.Fatalf("found before the index that holds it came: %+v", got)
	}
	old, _ := os.Stat(w.path)
	w.send()
	// The same second and size would hide the change from the stat.
	must(t, os.Chtimes(w.path, time.Now(), old.ModTime().Add(2*time.Second)))
	got, err = svc.Elsewhere(lateTyped, "", 0, 5)
	must(t, err)
	if len(got) == 0 || got[0].ID != late.ID {
		t.Fatalf("the newer index was not taken: %+v", got)
	}

	// A damaged copy is reported, and the index loaded before stays.
	data, err := os.ReadFile(w.path)
	must(t, err)
	data[len(data)/2] ^= 0xff
	data = data[:len(data)-7]
	must(t, os.WriteFile(w.path, data, 0o600))
	got, err = svc.Elsewhere(typed, "", 0, 5)
	if !errors.Is(err, ErrSpokeIndex) {
		t.Errorf("damaged index: err %v", err)
	}
	if len(got) == 0 || got[0].ID != w.served.ID {
		t.Errorf("the index loaded before is no longer used: %+v", got)
	}
	if st := svc.SpokeState(); st.Err == nil || st.Files == 0 {
		t.Errorf("state of a damaged index: %+v", st)
	}

	// Gone again: nothing is claimed.
	must(t, os.Remove(w.path))
	if got, err := svc.Elsewhere(typed, "", 0, 5); got != nil || err != nil {
		t.Errorf("index removed: %v %v", got, err)
	}
}

// TestElsewhereRefusesAnotherFederation: an index made under another
// hub's secret is refused, not misread.
func TestElsewhereRefusesAnotherFederation(t *testing.T) {
	a, b := newSpokeWorld(t), newSpokeWorld(t)
	b.send()
	data, err := os.ReadFile(b.path)
	must(t, err)
	must(t, os.WriteFile(a.path, data, 0o600))
	svc := New(a.sp)
	svc.UseSpokeIndex(a.path)
	got, err := svc.Elsewhere(person("زهرا", "احمدی", "حسین", "0012345679", "", 1354), "", 0, 5)
	if !errors.Is(err, ErrSpokeIndex) || len(got) > 0 {
		t.Errorf("foreign index: %v %v", got, err)
	}
}

// TestElsewhereConcurrent: sessions of one server look up at once while
// a newer index is written (run with -race).
func TestElsewhereConcurrent(t *testing.T) {
	w := newSpokeWorld(t)
	w.send()
	svc := New(w.sp)
	svc.UseSpokeIndex(w.path)
	typed := person("زهرا", "احمدی", "حسین", "0012345679", "", 1354)
	done := make(chan error, 4)
	for range 4 {
		go func() {
			for range 50 {
				got, err := svc.Elsewhere(typed, "", 0, 5)
				if err == nil && (len(got) == 0 || got[0].ID != w.served.ID) {
					err = errors.New("the served family was not found")
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for i := range 3 {
		w.send()
		must(t, os.Chtimes(w.path, time.Now(), time.Now().Add(time.Duration(i+1)*time.Second)))
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
