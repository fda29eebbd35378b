package dupes

import (
	"math"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// TestEnsureLoadsOnceAndLookupsWait: right after Ensure returns, a lookup
// sees the files already in the store, however far the background load got.
func TestEnsureLoadsOnceAndLookupsWait(t *testing.T) {
	fx := newFixture(t)
	x, y := fx.world()
	fx.svc.Ensure()
	fx.svc.Ensure() // a second call starts nothing more
	got := fx.svc.Lookup(x.Head, x.Address, x.ID, 5)
	if len(got) != 1 || got[0].File != y.ID {
		t.Fatalf("lookup right after Ensure: %+v", got)
	}
	// Without stored weights the engine's priors apply, as with Load: a
	// real score, not the zero weights' -Inf.
	if sc := got[0].Score; math.IsInf(sc, 0) || math.IsNaN(sc) {
		t.Fatalf("score %v: Ensure did not fall back to the default weights", sc)
	}
	if err := fx.svc.LoadErr(); err != nil {
		t.Fatal(err)
	}
	if n := fx.svc.Stats().Files; n != 44 {
		t.Fatalf("Ensure loaded %d files, want 44", n)
	}
}

// TestRefreshIdleUntilLoaded: before any load, a change costs nothing and
// builds nothing; the first Ensure still sees every file.
func TestRefreshIdleUntilLoaded(t *testing.T) {
	fx := newFixture(t)
	x, y := fx.world()
	if err := fx.svc.Refresh(store.Change{Kind: "file", IDs: []domain.ID{x.ID, y.ID}}); err != nil {
		t.Fatal(err)
	}
	if n := fx.svc.ix.Len(); n != 0 {
		t.Fatalf("refresh before any load indexed %d files", n)
	}
	fx.svc.Ensure()
	if got := fx.svc.Lookup(x.Head, x.Address, x.ID, 5); len(got) != 1 || got[0].File != y.ID {
		t.Fatalf("after Ensure: %+v", got)
	}
}
