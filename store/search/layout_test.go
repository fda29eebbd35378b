package search

import (
	"testing"
	"unsafe"

	"github.com/parvande/parvande/domain"
)

// The scan streams meta: keep it one and a half cache lines at most, and
// make sure every category fits the 16 bits it keeps them in.
func TestLayout(t *testing.T) {
	if n := unsafe.Sizeof(meta{}); n > 48 {
		t.Errorf("meta is %d bytes, want ≤ 48", n)
	}
	for _, c := range domain.Categories {
		if c >= 16 {
			t.Errorf("category %d does not fit meta.cats", c)
		}
	}
}
