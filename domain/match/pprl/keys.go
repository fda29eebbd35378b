package pprl

import "slices"

// Blocking keys of an encoded record, derived where the index is built
// from the encoded fields themselves (nothing extra travels): the engine's
// keys (match.Keys) with every value replaced by its keyed tag, so the two
// bring the same pairs together. A spoke learns from them only that two
// records share a tag.
const (
	keyNationalCode = iota + 1
	keyForeignID
	keyForeignHalf
	keyMobile
	keyAddress
	keyNameBirth
	keyNames
	keyLastYear
	keyFirstFather
	keyFatherLast
	keyNamesYear
	keyFirstFatherYear
	keyFatherLastYear
)

// mix hashes a kind and values into a key (splitmix64 steps).
func mix(kind uint64, vs ...uint64) uint64 {
	h := kind * 0x9e3779b97f4a7c15
	for _, v := range vs {
		h ^= v
		h ^= h >> 30
		h *= 0xbf58476d1ce4e5b9
		h ^= h >> 27
		h *= 0x94d049bb133111eb
		h ^= h >> 31
	}
	return h
}

func sound(n *nameEntry) uint64 {
	if n == nil {
		return 0
	}
	return uint64(n.Sound)
}

func stemSound(n *nameEntry) uint64 {
	if n == nil {
		return 0
	}
	return uint64(n.StemSound)
}

// appendKeys adds v's blocking keys (sorted, without repeats) to ks.
func appendKeys(ks []uint64, v *view) []uint64 {
	start := len(ks)
	if v.nc != 0 {
		if v.ncOK {
			ks = append(ks, mix(keyNationalCode, v.nc))
		} else {
			for _, t := range v.near {
				ks = append(ks, mix(keyNationalCode, t))
			}
		}
	}
	if v.fid != 0 {
		ks = append(ks, mix(keyForeignID, v.fid))
		if len(v.fparts) >= 2 {
			ks = append(ks, mix(keyForeignHalf, 1, uint64(v.fparts[0])), mix(keyForeignHalf, 2, uint64(v.fparts[1])))
		}
	}
	if v.mob != 0 {
		ks = append(ks, mix(keyMobile, v.mob))
	}
	f, l, fth := sound(v.first), stemSound(v.last), sound(v.father)
	year := uint64(v.birth.Year)
	pair := func(kind, sub uint64, a, b uint64) {
		if a == 0 || b == 0 {
			return
		}
		ks = append(ks, mix(kind, a, b))
		if year != 0 {
			ks = append(ks, mix(sub, a, b, year))
		}
	}
	if f != 0 && l != 0 {
		fs := stemSound(v.first)
		pair(keyNames, keyNamesYear, min(l, fs), max(l, fs))
	}
	pair(keyFirstFather, keyFirstFatherYear, f, fth)
	pair(keyFatherLast, keyFatherLastYear, fth, l)
	if l != 0 && year != 0 {
		ks = append(ks, mix(keyLastYear, l, year))
	}
	if b := v.birth; year != 0 && b.Month != 0 && b.Day != 0 && !b.NewYear {
		lo, hi := uint64(min(b.Month, b.Day)), uint64(max(b.Month, b.Day))
		if f != 0 {
			ks = append(ks, mix(keyNameBirth, f, year, lo, hi))
		}
		if l != 0 && l != f {
			ks = append(ks, mix(keyNameBirth, l, year, lo, hi))
		}
	}
	if a := addressKey(v.addrAll); a != 0 {
		ks = append(ks, a)
	}
	tail := ks[start:]
	slices.Sort(tail)
	return ks[:start+len(slices.Compact(tail))]
}

// addressKey is the key of the numbered tokens when there are two or more.
func addressKey(tokens []uint32) uint64 {
	h, n := uint64(keyAddress), 0
	for _, t := range tokens {
		if t&numberedBit != 0 {
			h = mix(h, uint64(t))
			n++
		}
	}
	if n < 2 {
		return 0
	}
	return mix(keyAddress, h)
}
