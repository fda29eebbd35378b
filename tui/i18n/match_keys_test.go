package i18n

import (
	"strings"
	"testing"

	"github.com/parvande/parvande/domain/match"
)

// Every kind of blocking key has a name in both languages, and the
// sentence about keys left out of a scan carries it, not the code.
func TestKeyKindsNamed(t *testing.T) {
	d := match.DroppedKeys{Keys: 9313, Cap: 16, Largest: 11248, Records: 617560}
	tests := []struct {
		lang Lang
		kind match.KeyKind
		want string
	}{
		{En, match.KeyNames, "9313 «first and last name» keys left out: each shared by more than 16 files (largest: 11248); those files are still compared through their other keys"},
		{Fa, match.KeyNames, "۹۳۱۳ کلید «نام و نام خانوادگی» کنار گذاشته شد"},
		{En, match.KeyMobile, "«mobile» keys"},
		{Fa, match.KeyLastYear, "«نام خانوادگی و سال تولد»"},
	}
	for _, tt := range tests {
		d.Kind = tt.kind
		if got := New(tt.lang).DroppedKeys(d); !strings.Contains(got, tt.want) {
			t.Errorf("%s %s: %q, want it to contain %q", tt.lang.Code(), tt.kind, got, tt.want)
		}
	}
	for _, l := range []Lang{Fa, En} {
		tr := New(l)
		n := 0
		for k := match.KeyKind(1); k.String() != "unknown"; k++ {
			n++
			if _, ok := lookup(Key("match.key." + k.String())); !ok || tr.MatchKeyKind(k) == "" {
				t.Errorf("%s: key kind %s has no name", l.Code(), k)
			}
		}
		if n < 13 {
			t.Errorf("only %d key kinds walked", n)
		}
	}
	if got := New(En).MatchKeyKind(match.KeyKind(200)); got != "unknown" {
		t.Errorf("unknown kind: %q", got)
	}
}
