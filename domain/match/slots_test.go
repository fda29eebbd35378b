package match

import (
	"math/rand/v2"
	"testing"

	"github.com/parvande/parvande/domain"
)

// TestSlotTableMatchesMap drives a slotTable and a map with the same sets,
// removals and renumberings (IDs mostly ascending, as a load brings them,
// some out of order, some again) and checks they always agree.
func TestSlotTableMatchesMap(t *testing.T) {
	for _, tc := range []struct {
		name     string
		outOfOrd float64 // chance an ID is not the next one
	}{{"in order", 0}, {"some out of order", 0.1}, {"mostly out of order", 0.9}} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, 2))
			var tab slotTable
			want := map[domain.ID]uint32{}
			next, slot := domain.ID(1), uint32(0)
			check := func(step int) {
				t.Helper()
				for id := domain.ID(0); id < next+3; id++ {
					got, ok := tab.get(id)
					w, wok := want[id]
					if ok != wok || got != w {
						t.Fatalf("step %d: get(%d) = %d,%v; want %d,%v", step, id, got, ok, w, wok)
					}
				}
				n := 0
				tab.each(func(id domain.ID, s uint32) {
					n++
					if want[id] != s {
						t.Fatalf("step %d: each gave %d→%d, want %d", step, id, s, want[id])
					}
				})
				if n != len(want) {
					t.Fatalf("step %d: each gave %d IDs, want %d", step, n, len(want))
				}
			}
			for step := 0; step < 3000; step++ {
				switch r := rng.Float64(); {
				case r < 0.6:
					id := next
					if rng.Float64() < tc.outOfOrd {
						id = domain.ID(1 + rng.IntN(int(next)))
					} else {
						next++
					}
					tab.set(id, slot)
					want[id] = slot
					slot++
				case r < 0.85:
					id := domain.ID(1 + rng.IntN(int(next)))
					tab.remove(id)
					delete(want, id)
				case r < 0.87:
					// A rebuild: the live slots renumbered densely, in a shuffled order.
					perm := make([]uint32, slot)
					for i := range perm {
						perm[i] = noSlot
					}
					live := make([]uint32, 0, len(want))
					for _, s := range want {
						live = append(live, s)
					}
					rng.Shuffle(len(live), func(i, j int) { live[i], live[j] = live[j], live[i] })
					for i, s := range live {
						perm[s] = uint32(i)
					}
					for id, s := range want {
						want[id] = perm[s]
					}
					tab.renumber(perm)
					slot = uint32(len(live))
					if len(tab.other) != 0 {
						t.Fatalf("step %d: renumber left %d IDs in the map", step, len(tab.other))
					}
				}
				if step%97 == 0 {
					check(step)
				}
			}
			check(-1)
		})
	}
}
