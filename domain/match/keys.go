package match

import (
	"strconv"

	"github.com/parvande/parvande/domain/fa"
)

// KeyKind is the rule a blocking key comes from.
type KeyKind uint8

const (
	KeyNationalCode KeyKind = iota + 1 // the code; a code failing its check also under each valid code one typo away
	KeyForeignID                       // the whole number
	KeyForeignHalf                     // each half of the number: one typo leaves a half intact
	KeyMobile                          // the mobile number
	KeyAddress                         // the whole address, as a token set
	KeyNameBirth                       // sound of the first or the last name + birth date (or year)
	// Pairs of name sounds. Blocks of common names are large, so each has
	// a small cap (Options.NameBlockCap) and a sub-block with the birth
	// year added, capped like the other keys: a rare pair of names is
	// compared however the birth was typed, a common one within its year.
	KeyNames       // first and last name, in either order
	KeyLastYear    // surname stem + birth year
	KeyFirstFather // first name and father's name
	KeyFatherLast  // father's name and surname
	KeyNamesYear
	KeyFirstFatherYear
	KeyFatherLastYear
	numKeyKinds
)

var keyKindNames = [numKeyKinds]string{"", "national_code", "foreign_id", "foreign_id_half",
	"mobile", "address", "name_birth", "names", "last_year", "first_father", "father_last",
	"names_year", "first_father_year", "father_last_year"}

// coarse reports the kinds capped by Options.NameBlockCap.
func (k KeyKind) coarse() bool { return k >= KeyNames && k <= KeyFatherLast }

// String is the stable name, for reports.
func (k KeyKind) String() string {
	if k < numKeyKinds {
		return keyKindNames[k]
	}
	return "unknown"
}

// Key is a blocking key: two records sharing one are compared. The kind is
// in the top byte, a hash or the identifier's digits in the rest.
type Key uint64

// Kind is the rule the key comes from.
func (k Key) Kind() KeyKind { return KeyKind(k >> 56) }

const keyMask = 1<<56 - 1

// numKey mixes v (splitmix64's finaliser) so that every kind's keys spread
// evenly over the low 56 bits, which the index's directory relies on.
func numKey(kind KeyKind, v uint64) Key {
	v ^= v >> 30
	v *= 0xbf58476d1ce4e5b9
	v ^= v >> 27
	v *= 0x94d049bb133111eb
	v ^= v >> 31
	return Key(uint64(kind)<<56 | v&keyMask)
}

// fnv is an FNV-1a hash being fed: keys are hashed as they are made, with
// no string built for them (they are made for every record of a load).
type fnv uint64

const (
	fnvOffset fnv = 14695981039346656037
	fnvPrime  fnv = 1099511628211
)

func (h fnv) byte(c byte) fnv { return (h ^ fnv(c)) * fnvPrime }

func (h fnv) str(s string) fnv {
	for j := 0; j < len(s); j++ {
		h = (h ^ fnv(s[j])) * fnvPrime
	}
	return h
}

func (h fnv) bytes(b []byte) fnv {
	for _, c := range b {
		h = (h ^ fnv(c)) * fnvPrime
	}
	return h
}

// sep separates two parts, so that "ab"+"c" and "a"+"bc" differ.
func (h fnv) sep() fnv { return h.byte(0xff) }

func (h fnv) key(kind KeyKind) Key { return numKey(kind, uint64(h)) }

// strKey hashes the parts, separated, under kind.
func strKey(kind KeyKind, parts ...string) Key {
	h := fnvOffset
	for i, p := range parts {
		if i > 0 {
			h = h.sep()
		}
		h = h.str(p)
	}
	return h.key(kind)
}

// Keys returns the blocking keys of r, several per record so that one
// corrupted field does not hide a duplicate: a copy with a mistyped national
// code still shares its names and birth date, one with a changed mobile its
// code, one with a misspelt surname its first and father's name. Names enter
// by sound (fa.Phonetic), so letter variants, homophones and joiners meet.
func Keys(r Record) []Key {
	return appendKeys(make([]Key, 0, 12), &r)
}

func appendKeys(ks []Key, r *Record) []Key {
	if r.NationalCode != "" {
		ks = appendNationalCodeKeys(ks, r.NationalCode, r.NationalCodeOK)
	}
	if fid := digits64(r.ForeignID); fid != 0 {
		ks = append(ks, numKey(KeyForeignID, fid))
		ks = append(ks, numKey(KeyForeignHalf, 1<<50|fid/1000000), numKey(KeyForeignHalf, 2<<50|fid%1000000))
	}
	if m := digits64(r.Mobile); m != 0 {
		ks = append(ks, numKey(KeyMobile, m))
	}
	f, l, fth := r.FirstSound, r.LastSound, r.FatherSound
	var yb [8]byte // the year's digits, on the stack
	year := yb[:0]
	if r.Birth.Year != 0 {
		year = strconv.AppendInt(year, int64(r.Birth.Year), 10)
	}
	pair := func(kind, sub KeyKind, a, b string) {
		if a == "" || b == "" {
			return
		}
		h := fnvOffset.str(a).sep().str(b)
		ks = append(ks, h.key(kind))
		if len(year) > 0 {
			ks = append(ks, h.sep().bytes(year).key(sub))
		}
	}
	// First and last name in either order, each by the sound of its stem,
	// so that a surname typed in the first-name column meets itself.
	if f != "" && l != "" {
		fs := r.firstStemSound
		if fs == "" {
			fs = fa.Phonetic(fa.StripSurnameSuffix(r.First))
		}
		if l < fs {
			pair(KeyNames, KeyNamesYear, l, fs)
		} else {
			pair(KeyNames, KeyNamesYear, fs, l)
		}
	}
	pair(KeyFirstFather, KeyFirstFatherYear, f, fth)
	pair(KeyFatherLast, KeyFatherLastYear, fth, l)
	if l != "" && len(year) > 0 {
		ks = append(ks, fnvOffset.str(l).sep().bytes(year).key(KeyLastYear))
	}
	var bb [24]byte
	if b, full := appendBirthKey(bb[:0], r.Birth); full { // years alone are in the sub-blocks
		if f != "" {
			ks = append(ks, fnvOffset.str(f).sep().bytes(b).key(KeyNameBirth))
		}
		if l != "" && l != f {
			ks = append(ks, fnvOffset.str(l).sep().bytes(b).key(KeyNameBirth))
		}
	}
	if h, ok := addressKey(r.Address); ok {
		ks = append(ks, h.key(KeyAddress))
	}
	return ks
}

// appendBirthKey appends the birth date with day and month in sorted
// order (so a swapped copy meets its original), "1360/3/7"; full is false
// when day or month is unknown or is the 1/1 written for an unknown date,
// and then only the year is appended.
func appendBirthKey(b []byte, d fa.Date) (_ []byte, full bool) {
	if d.Year == 0 {
		return b, false
	}
	b = strconv.AppendInt(b, int64(d.Year), 10)
	if d.Month == 0 || d.Day == 0 || (d.Month == 1 && d.Day == 1) {
		return b, false
	}
	lo, hi := d.Month, d.Day
	if hi < lo {
		lo, hi = hi, lo
	}
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(lo), 10)
	b = append(b, '/')
	return strconv.AppendInt(b, int64(hi), 10), true
}

// appendNationalCodeKeys adds the code's key and, for a code whose check
// digit fails (what a typo mostly looks like: a changed digit always breaks
// the check unless it turns a remainder of 1 into 10 or back), the keys of
// every valid code one substitution or one swap of neighbours away. The
// original then shares a key with the copy without every valid code
// carrying ten typo keys. Two valid codes one typo apart (the rare typo the
// check misses) are left to the name keys.
func appendNationalCodeKeys(ks []Key, code string, ok bool) []Key {
	v := digits64(code)
	if len(code) != 10 || v == 0 {
		return ks
	}
	if ok {
		return append(ks, numKey(KeyNationalCode, v))
	}
	NationalNeighbours(code, func(d []byte) {
		ks = append(ks, numKey(KeyNationalCode, digits64(string(d))))
	})
	return ks
}

// NationalNeighbours calls fn with every valid national code one typo
// away from code (10 ASCII digits): one digit changed, or two different
// neighbours swapped. The engine blocks a code failing its check under
// them; the encoded index (pprl) tags them. d is reused between calls.
func NationalNeighbours(code string, fn func(d []byte)) {
	var d [10]byte
	copy(d[:], code)
	try := func() {
		if nationalCodeValid(d[:]) {
			fn(d[:])
		}
	}
	for i := 0; i < 10; i++ {
		orig := d[i]
		for c := byte('0'); c <= '9'; c++ {
			if c != orig {
				d[i] = c
				try()
			}
		}
		d[i] = orig
	}
	for i := 0; i < 9; i++ {
		if d[i] != d[i+1] {
			d[i], d[i+1] = d[i+1], d[i]
			try()
			d[i], d[i+1] = d[i+1], d[i]
		}
	}
}

// nationalCodeValid applies the check digit rule (see domain.ParseNationalCode)
// and refuses one repeated digit, which is never a key.
func nationalCodeValid(d []byte) bool {
	same := true
	s := 0
	for i := 0; i < 9; i++ {
		s += int(d[i]-'0') * (10 - i)
		same = same && d[i] == d[0]
	}
	if same && d[9] == d[0] {
		return false
	}
	r, c := s%11, int(d[9]-'0')
	if r < 2 {
		return c == r
	}
	return c == 11-r
}
