package match

import (
	"slices"
	"testing"
)

// The blocking keys of a synthetic population, summed up: a change to how
// keys are made (not only what they mean) shows here. Keys are not stored,
// so a deliberate change may update the constant.
func TestKeysStable(t *testing.T) {
	recs, _ := synthRecords(5000, 21)
	var all []Key
	for i := range recs {
		all = appendKeys(all, &recs[i])
	}
	slices.Sort(all)
	h := uint64(14695981039346656037)
	for _, k := range all {
		h = (h ^ uint64(k)) * 1099511628211
	}
	if h != keysDigest || len(all) != keysCount {
		t.Errorf("keys digest %#x of %d keys, want %#x of %d", h, len(all), uint64(keysDigest), keysCount)
	}
}

// keysDigest and keysCount were taken from the keys as made before they
// were hashed without building strings (the same bytes go into the hash).
const (
	keysDigest = 0x22c2c1beea91f320
	keysCount  = 61510
)
