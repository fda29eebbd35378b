package match

import (
	"reflect"
	"testing"
)

func TestAddressTokens(t *testing.T) {
	base := []string{"توس", "توس#72", "پلاک#14"}
	tests := []struct {
		in   string
		want []string
	}{
		{"بولوار توس، توس ۷۲، پلاک ۱۴", base},
		{"بلوار توس - توس 72 - پلاک 14", base},
		{"ب. توس، توس ٧٢، پ. ١٤", base},       // ب before a name: بولوار
		{"پلاک 14، توس 72، بولوار توس", base}, // small to large
		{"خ. ابوذر، ک. 4، پ 22", []string{"ابوذر", "پلاک#22", "کوچه#4"}},
		{"خیابان ابوذر، کوچه 4، پلاک 22", []string{"ابوذر", "پلاک#22", "کوچه#4"}},
		{"ب. 6، پلاک 7", []string{"بنبست#6", "پلاک#7"}}, // ب before a number: بن‌بست
		{"بن بست 6، پلاک 7", []string{"بنبست#6", "پلاک#7"}},
		{"بن‌بست 6، پلاک 7", []string{"بنبست#6", "پلاک#7"}},
		{"طبقه سوم", []string{"سوم"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := AddressTokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("AddressTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAddressKey(t *testing.T) {
	a, okA := addressKey(AddressTokens("مشهد، بولوار توس، توس ۷۲، پلاک ۱۴"))
	b, okB := addressKey(AddressTokens("ب. توس، توس 72، پ. 14، محله توس"))
	if !okA || !okB || a != b {
		t.Errorf("the same door gives different keys: %x %v, %x %v", a, okA, b, okB)
	}
	if c, _ := addressKey(AddressTokens("ب. توس، توس 72، پ. 16")); c == a {
		t.Error("another door gives the same key")
	}
	if _, ok := addressKey(AddressTokens("مشهد، طلاب")); ok {
		t.Error("an address without numbers has no key")
	}
	// The key is the hash of the numbered tokens joined by spaces.
	if want := fnvOffset.str("توس#72 پلاک#14"); a != want {
		t.Errorf("key %x, want %x", a, want)
	}
}
