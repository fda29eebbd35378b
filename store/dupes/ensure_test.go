package dupes

import (
	"math"
	"testing"
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
