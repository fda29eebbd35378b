package pprl

import (
	"encoding/binary"
	"errors"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/domain/match"
)

// Name is one name field, encoded: keyed tags of the folded name and of
// the sounds the engine compares (so "same name" and "sounds the same" are
// equality of tags), and a Bloom filter of its bigrams (so "alike" is the
// Dice coefficient of filters). A zero Tag is an absent name.
type Name struct {
	Tag       uint64 // the folded, compact name (match.Record's form)
	Sound     uint32 // fa.Phonetic of the name
	StemSound uint32 // fa.Phonetic of the name without surname suffixes
	Skeleton  uint32 // the sound without vowel letters: names differing only there are at most similar
	Filter    Filter
	Swaps     []uint32 // slipTag of the name with two neighbouring letters swapped, sorted (slips.go)
	Slips     []uint32 // …with a key replaced by a neighbour or a letter left out, sorted
}

// Present reports whether the name was given.
func (n *Name) Present() bool { return n.Tag != 0 }

// Birth is a (partial) birth date: the year in clear, month and day under
// a keyed permutation of 1..31 (equal stays equal, a month equal to a day
// stays equal, so the engine's day/month swap is still seen), 0 unknown.
// NewYear marks 1/1, which clerks write when only the year is known.
type Birth struct {
	Year       uint16
	Month, Day uint8
	NewYear    bool
}

func (b Birth) packed() uint32 {
	if b.Year == 0 {
		return 0
	}
	return uint32(b.Year)<<10 | uint32(b.Month)<<5 | uint32(b.Day)
}

// Encoded is one file's head of household as another center receives it:
// no name, number or address in clear; the owning center, the birth year,
// gender and nationality in clear.
type Encoded struct {
	ID     domain.ID
	Center domain.CenterID

	First, Last, Father Name
	Seyyed              bool // the seyyed title, which the engine weighs
	Gender, Nationality uint8
	Birth               Birth

	NationalCode   uint64   // keyed tag, 0 absent
	NationalCodeOK bool     // the check digit is right
	NationalNear   []uint64 // tags of every valid code one typo (a digit, a swap) away, sorted
	ForeignID      uint64
	ForeignParts   []uint32 // foreignParts tags for typos and blocking; nil without a number
	Mobile         uint64
	Address        []uint32 // keyed tags of the address tokens, sorted; top bit: the token carries a number
}

// Encoder encodes records under one secret. It memoises names and bigrams,
// so it is not safe for concurrent use: give each goroutine its own.
type Encoder struct {
	p       Params
	id      KeyID
	ident   *mac
	name    *mac
	bloom   *mac
	addr    *mac
	perm    [32]uint8
	bigrams map[string]bigramHash
	names   map[string]Name
	tokens  map[string]uint32
}

// ErrParams is returned for filter parameters out of range.
var ErrParams = errors.New("pprl: filter bits must be a multiple of 64 in 64..512 and hashes 1..64")

// NewEncoder returns an encoder for secret s and filter parameters p.
func NewEncoder(s Secret, p Params) (*Encoder, error) {
	if !p.valid() {
		return nil, ErrParams
	}
	e := &Encoder{p: p, id: s.ID(), ident: newMac(s, purposeIdent), name: newMac(s, purposeName),
		bloom: newMac(s, purposeBloom), addr: newMac(s, purposeAddr),
		bigrams: make(map[string]bigramHash), names: make(map[string]Name),
		tokens: make(map[string]uint32)}
	e.perm = datePermutation(s)
	return e, nil
}

// KeyID names the secret the encoder uses.
func (e *Encoder) KeyID() KeyID { return e.id }

// Params are the filter parameters.
func (e *Encoder) Params() Params { return e.p }

// EncodeFile encodes the head of household of f.
func (e *Encoder) EncodeFile(f domain.File) Encoded { return e.Encode(match.FromFile(f)) }

// Encode encodes a folded record (match.FromFile or match.FromPerson).
func (e *Encoder) Encode(r match.Record) Encoded {
	x := Encoded{ID: r.ID, Center: r.Center, Seyyed: r.Titles&match.TitleSeyyed != 0,
		Gender: uint8(r.Gender), Nationality: uint8(r.Nationality)}
	x.First, x.Last, x.Father = e.encodeName(r.First), e.encodeName(r.Last), e.encodeName(r.Father)
	if d := r.Birth; d.Year > 0 && d.Year < 1<<16 && d.Month >= 0 && d.Month < 32 && d.Day >= 0 && d.Day < 32 {
		x.Birth = Birth{Year: uint16(d.Year), Month: e.perm[d.Month], Day: e.perm[d.Day], NewYear: d.Month == 1 && d.Day == 1}
	}
	if code, ok := tenDigits(r.NationalCode); ok {
		x.NationalCode = e.ident.tag64('n', code)
		x.NationalCodeOK = r.NationalCodeOK
		for _, v := range nationalNeighbours(code) {
			x.NationalNear = append(x.NationalNear, e.ident.tag64('n', v))
		}
		sortUnique64(&x.NationalNear)
	}
	if isDigits(r.ForeignID) && r.ForeignID != "" && len(r.ForeignID) <= 19 && strings.Trim(r.ForeignID, "0") != "" {
		x.ForeignID = e.ident.tag64('f', r.ForeignID)
		x.ForeignParts = foreignParts(e.ident, r.ForeignID)
	}
	if isDigits(r.Mobile) && r.Mobile != "" && len(r.Mobile) <= 19 && strings.Trim(r.Mobile, "0") != "" {
		x.Mobile = e.ident.tag64('p', r.Mobile)
	}
	for _, tok := range r.Address {
		x.Address = append(x.Address, e.token(tok))
	}
	sortUnique32(&x.Address)
	return x
}

// token is the tag of an address token; tokens repeat (street names), so
// they are memoised like names.
func (e *Encoder) token(tok string) uint32 {
	if t, ok := e.tokens[tok]; ok {
		return t
	}
	t := e.addr.tag32(0, tok) &^ numberedBit
	if strings.IndexByte(tok, '#') > 0 {
		t |= numberedBit
	}
	t = max(t, 1)
	if len(e.tokens) < maxNameCache {
		e.tokens[tok] = t
	}
	return t
}

// numberedBit marks an address token that carries a number («پلاک#14»):
// two or more of them make the same-door blocking key, as in the engine.
const numberedBit = 1 << 31

// maxNameCache bounds the memo of encoded names.
const maxNameCache = 1 << 17

// encodeName encodes a folded, compact name as match.Record holds it.
func (e *Encoder) encodeName(s string) Name {
	if s == "" {
		return Name{}
	}
	if n, ok := e.names[s]; ok {
		return n
	}
	sound, stemSound := fa.Phonetic(s), fa.Phonetic(fa.StripSurnameSuffix(s))
	n := Name{Tag: e.name.tag64('t', s), Skeleton: e.name.tag32('k', skeleton(sound))}
	// An empty sound (a name of digits or signs) is no key, as in the engine.
	if sound != "" {
		n.Sound = e.name.tag32('s', sound)
	}
	if stemSound != "" {
		n.StemSound = e.name.tag32('s', stemSound)
	}
	e.addBigrams(&n.Filter, s)
	swaps, others := slipVariants(s)
	for _, v := range swaps {
		n.Swaps = append(n.Swaps, slipTag(e.name.tag64('t', v)))
	}
	for _, v := range others {
		n.Slips = append(n.Slips, slipTag(e.name.tag64('t', v)))
	}
	sortUnique32(&n.Swaps)
	sortUnique32(&n.Slips)
	if len(e.names) < maxNameCache {
		e.names[s] = n
	}
	return n
}

// skeleton is a sound without the vowel letters ا و ی ه, as the engine
// computes it to tell محمد/محمود apart from slips.
func skeleton(sound string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ا', 'و', 'ی', 'ه':
			return -1
		}
		return r
	}, sound)
}

// datePermutation is a keyed shuffle of 1..31 (0, unknown, stays 0).
func datePermutation(s Secret) [32]uint8 {
	var p [32]uint8
	for i := range p {
		p[i] = uint8(i)
	}
	m := newMac(s, purposeDate)
	for i := 31; i > 1; i-- {
		var c [4]byte
		binary.BigEndian.PutUint32(c[:], uint32(i))
		v := binary.BigEndian.Uint64(m.sum(0, string(c[:])))
		j := 1 + int(v%uint64(i)) // in 1..i
		p[i], p[j] = p[j], p[i]
	}
	return p
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func tenDigits(s string) (string, bool) {
	if len(s) != 10 || !isDigits(s) || strings.Trim(s, "0") == "" {
		return "", false
	}
	return s, true
}
