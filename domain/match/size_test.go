package match

import (
	"testing"
	"unsafe"
)

// A scan reads one rec per candidate pair at random: keep it one cache line.
func TestRecIsOneCacheLine(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) == 8 && unsafe.Sizeof(rec{}) != 64 {
		t.Errorf("rec is %d bytes, want 64", unsafe.Sizeof(rec{}))
	}
}
