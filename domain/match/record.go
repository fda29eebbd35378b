package match

import (
	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// Record is one file's head of household, folded and normalised once so that
// comparing two records does no text work. Build it with FromFile; the
// fields are exported for display, tests and explanations.
type Record struct {
	ID     domain.ID
	Center domain.CenterID

	First    string // given name without titles, FoldCompact
	Titles   Titles // honorifics set aside from the given name: weak evidence
	Last     string // surname, FoldCompact
	LastStem string // surname without زاده/پور/ی suffixes (fa.StripSurnameSuffix)
	Father   string // father's given name without titles, FoldCompact

	// Phonetic keys (fa.Phonetic); the surname's is of its stem.
	FirstSound, LastSound, FatherSound string

	Gender      domain.Gender
	Nationality domain.Nationality
	Birth       fa.Date // partial dates keep their zeros

	// NationalCode is the canonical 10 digits when the code was readable and
	// not suspect (one repeated digit); NationalCodeOK when its check digit
	// is right too (domain.NationalCode.Usable). A code with a wrong check
	// digit is kept: it is what a typo looks like, and it still finds its
	// original through the typo keys.
	NationalCode   string
	NationalCodeOK bool
	ForeignID      string // 12 digits, only when usable
	Mobile         string // 09XXXXXXXXX, only when usable

	// Address is the set of address tokens after abbreviations are expanded,
	// sorted and without repeats (see AddressTokens).
	Address []string

	// firstStemSound is the sound of the given name's stem, for the key
	// that meets a surname typed in the first-name column; "" means not
	// worked out yet (a Record built by hand), and appendKeys does it.
	firstStemSound string
}

// Titles is a set of honorifics found in a given name.
type Titles uint8

const (
	TitleSeyyed   Titles = 1 << iota // سید، سیده، سادات، میر
	TitleHaj                         // حاج، حاجی، حاجیه
	TitleKarbalai                    // کربلایی، کربلا
	TitleMashhadi                    // مشهدی
	TitleSheikh                      // شیخ
)

var titleBits = map[string]Titles{
	"سید": TitleSeyyed, "سیده": TitleSeyyed, "سادات": TitleSeyyed, "میر": TitleSeyyed,
	"حاج": TitleHaj, "حاجی": TitleHaj, "حاجیه": TitleHaj,
	"کربلایی": TitleKarbalai, "کربلا": TitleKarbalai,
	"مشهدی": TitleMashhadi, "شیخ": TitleSheikh,
}

// FromFile folds the head of household of f into a Record.
func FromFile(f domain.File) Record { return (*Folder)(nil).FromFile(f) }

// FromPerson folds a person and an address; ID and Center are left zero.
// The registration form uses it for the record being typed.
func FromPerson(p domain.Person, address string) Record {
	return (*Folder)(nil).FromPerson(p, address)
}

// FromPerson is the package's FromPerson with the names looked up in f's
// cache (a nil Folder folds without one).
func (f *Folder) FromPerson(p domain.Person, address string) Record {
	var r Record
	g := f.given(p.FirstName)
	r.First, r.Titles, r.FirstSound, r.firstStemSound = g.folded, g.titles, g.sound, g.stemSound
	fam := f.family(p.LastName)
	r.Last, r.LastStem, r.LastSound = fam.folded, fam.stem, fam.sound
	fth := f.given(p.FatherName)
	r.Father, r.FatherSound = fth.folded, fth.sound

	r.Gender = p.Gender
	r.Nationality = p.Nationality
	if p.BirthDate.Valid() {
		r.Birth = p.BirthDate
	}

	nc := p.NationalCode
	if nc.Value != "" && (nc.Flag == domain.FlagOK || nc.Flag == domain.FlagChecksum) {
		r.NationalCode = nc.Value
		r.NationalCodeOK = nc.Usable()
	}
	if p.ForeignID.Usable() {
		r.ForeignID = p.ForeignID.Value
	}
	if p.Mobile.Usable() {
		r.Mobile = p.Mobile.Value
	}
	r.Address = AddressTokens(address)
	return r
}

// Empty reports whether the record holds nothing that could be compared.
func (r *Record) Empty() bool {
	return r.First == "" && r.Last == "" && r.Father == "" && r.Birth.IsZero() &&
		r.NationalCode == "" && r.ForeignID == "" && r.Mobile == "" && len(r.Address) == 0
}
