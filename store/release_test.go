package store

import (
	"fmt"
	"testing"

	"github.com/parvande/parvande/domain"
)

// TestReleasePagesKeepsData reads everything, releases the pages, and reads
// again: every file is still there and the database checks clean, so the
// advice only dropped this process's mapping of the pages, never data.
func TestReleasePagesKeepsData(t *testing.T) {
	e := newEnv(t)
	want := map[domain.ID]string{}
	for i := 0; i < 300; i++ {
		f := e.create(family(e.c1.ID, "زهرا", fmt.Sprintf("کاظمی %d", i), "", ""))
		want[f.ID] = f.Head.LastName
	}
	for round := 0; round < 3; round++ {
		if err := e.s.ReleasePages(); err != nil {
			t.Fatal(err)
		}
		got := 0
		err := e.s.EachFile(func(f domain.File) error {
			if want[f.ID] != f.Head.LastName {
				return fmt.Errorf("file %v reads %q after release, want %q", f.ID, f.Head.LastName, want[f.ID])
			}
			got++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if got != len(want) {
			t.Fatalf("round %d: %d files, want %d", round, got, len(want))
		}
		// Writing after a release must work too (bbolt may remap).
		e.create(family(e.c1.ID, "علی", fmt.Sprintf("رضایی %d", round), "", ""))
		want = map[domain.ID]string{}
		_ = e.s.EachFile(func(f domain.File) error { want[f.ID] = f.Head.LastName; return nil })
	}
	e.check()
}
