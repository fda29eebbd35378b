package match

import "github.com/parvande/parvande/domain"

// Household is a pair of files that are not the same person but look like
// one household: a family registered under the husband at one center and
// under the wife at another, or siblings at one address. It is a separate
// finding ("same household?"), never counted as a person duplicate.
type Household struct {
	A, B    domain.ID // A < B
	Reasons []Reason  // which of same_address, same_mobile, same_last_name hold
}

// household tests a pair that did not score as one person: it shares at
// least two of address, mobile and surname, one of them address or mobile
// (a surname and a father's name alone make siblings anywhere in the city,
// not a household).
func (s *scorer) household(a, b *view, c *comparison) (Household, bool) {
	mob := a.mob != 0 && a.mob == b.mob
	sur := a.last != nil && b.last != nil && (a.last == b.last || a.last.stem == b.last.stem)
	if !mob && !sur {
		return Household{}, false
	}
	l, sim := c.v[FieldAddress], c.addrSim
	if !c.addrDone {
		l, sim = cmpAddress(a.addr, b.addr)
	}
	addr := l == LevelExact || l == LevelClose
	if !(mob && sur) && !addr {
		return Household{}, false
	}
	var h Household
	if addr {
		r := Reason{Code: ReasonSameAddress, Field: FieldAddress, Bits: s.bits[FieldAddress][l]}
		if l == LevelClose {
			r.Code, r.Pct = ReasonAddressesAlike, pct(sim)
		}
		h.Reasons = append(h.Reasons, r)
	}
	if mob {
		h.Reasons = append(h.Reasons, Reason{Code: ReasonSameMobile, Field: FieldMobile, Bits: s.bits[FieldMobile][LevelExact]})
	}
	if sur {
		h.Reasons = append(h.Reasons, Reason{Code: ReasonSameLastName, Field: FieldLast, Bits: s.bits[FieldLast][LevelExact]})
	}
	return h, true
}

func orderIDs(a, b domain.ID) (domain.ID, domain.ID) {
	if b < a {
		return b, a
	}
	return a, b
}
