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
	t       *testing.T
	hub, sp *store.Store
	spoke   domain.CenterID
	path    string // the spoke's index file
	served  domain.File
}

func newSpokeWorld(t *testing.T) *spokeWorld {
	t.Helper()
	fx := newFixture(t)
	w := &spokeWorld{t: t, hub: fx.st, spoke: fx.c2}
	w.served = fx.file(fx.c1, person("زهرا", "احمدی", "حسین", "0012345679", "09121234567", 1354), "بولوار توس، توس ۷۲، پلاک ۱۴")
	fx.filler()
	_, err := psync.InitHub(fx.st)
	must(t, err)
	join, _, err := psync.AddSpoke(fx.st, fx.c2, false)
	must(t, err)
	db := filepath.Join(t.TempDir(), "spoke.db")
	w.sp, err = store.Open(db, store.Options{})
	must(t, err)
	t.Cleanup(func() { w.sp.Close() })
	_, err = psync.Join(w.sp, join)
	must(t, err)
	w.path = psync.IndexPath(db)
	return w
}

// send writes the hub's current index for the spoke where the spoke
// keeps it, as the sync import does.
func (w *spokeWorld) send() {
	w.t.Helper()
	data, _, err := psync.BuildIndex(w.hub, w.spoke)
	must(w.t, err)
	must(w.t, psync.WriteFile(w.path, data))
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
