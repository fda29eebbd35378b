package pprl

import (
	"testing"

	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/domain/match"
)

// FuzzEncode: whatever a clerk types, or a caller puts in a Record,
// encodes without panic, compares equal to itself at least as well as to
// anything else, and looks up.
func FuzzEncode(f *testing.F) {
	f.Add("سید مهدی", "حسین‌زاده", "رضا", "2873658053", "123456789012", "09151234567", "خ. توس، توس 72، پ 14", 1360, 5, 12)
	f.Add("", "", "", "", "", "", "", 0, 0, 0)
	f.Add("a", "\u200c", "۱۲۳", "0000000000", "x", "+98", "پلاک", -1, 40, -3)
	e := mustEncoder(testSecret)
	w := match.DefaultWeights()
	b := e.EncodeFile(file(1, "مهدی", "شیرزادی", "رضا", "1360/05/12", withCheck("287365805"), "", "09151234567", "توس 72 پلاک 14"))
	x := NewIndex(w, e.KeyID(), e.Params(), []Encoded{b})
	f.Fuzz(func(t *testing.T, first, last, father, nc, fid, mob, addr string, y, m, d int) {
		r := match.FromPerson(file(2, first, last, father, "", nc, fid, mob, addr).Head, addr)
		r.Birth = fa.Date{Year: y, Month: m, Day: d}
		r.NationalCode, r.ForeignID, r.Mobile = nc, fid, mob // unchecked, as a careless caller might
		a := e.Encode(r)
		self, other := Compare(w, a, a), Compare(w, a, b)
		if other.Score > self.Score+1e-9 {
			t.Fatalf("scores %.2f against another file, %.2f against itself", other.Score, self.Score)
		}
		x.Lookup(a, 3)
	})
}
