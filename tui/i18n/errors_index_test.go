package i18n

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain/match/pprl"
)

// A spoke's panel says why the hub's index can't be used, in the user's
// language, even when the error comes wrapped.
func TestIndexErrorsSaid(t *testing.T) {
	for _, tc := range []struct {
		err    error
		fa, en string
	}{
		{pprl.ErrNotIndex, "sync import", "not one"},
		{pprl.ErrVersion, "به‌روز", "newer parvande"},
		{pprl.ErrWrongKey, "شبکه", "another hub"},
		{pprl.ErrDamaged, "آسیب", "damaged"},
	} {
		err := fmt.Errorf("match index: %w", tc.err)
		if got := New(Fa).Err(err); !strings.Contains(got, tc.fa) {
			t.Errorf("fa %v: %q", tc.err, got)
		}
		if got := New(En).Err(err); !strings.Contains(got, tc.en) {
			t.Errorf("en %v: %q", tc.err, got)
		}
	}
}
