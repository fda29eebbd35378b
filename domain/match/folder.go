package match

import (
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// Folder folds many files in a row and remembers how each name it met
// folds: a million files hold some tens of thousands of distinct names,
// and folding them (titles, joiners, letter variants, sounds) was a third
// of folding a record. One per bulk load; not safe for concurrent use.
type Folder struct {
	givens   map[string]givenName
	families map[string]familyName
}

// folderCap bounds each cache: a sheet of garbage never makes it grow past
// a few megabytes; names beyond it are folded each time.
const folderCap = 1 << 16

// NewFolder returns a Folder with empty caches.
func NewFolder() *Folder {
	return &Folder{givens: map[string]givenName{}, families: map[string]familyName{}}
}

// FromFile is the package's FromFile with f's caches.
func (f *Folder) FromFile(file domain.File) Record {
	r := f.FromPerson(file.Head, file.Address)
	r.ID, r.Center = file.ID, file.Center
	return r
}

// givenName is a first or father's name folded: without titles, compact,
// its sound, and the sound of its stem (keys.go: a surname typed in the
// first-name column).
type givenName struct {
	folded, sound, stemSound string
	titles                   Titles
}

type familyName struct{ folded, stem, sound string }

func (f *Folder) given(raw string) givenName {
	if f != nil {
		if g, ok := f.givens[raw]; ok {
			return g
		}
	}
	var g givenName
	name, titles := fa.StripTitles(raw)
	for _, t := range titles {
		g.titles |= titleBits[t]
	}
	g.folded = fa.FoldCompact(name)
	g.sound = fa.Phonetic(g.folded)
	g.stemSound = fa.Phonetic(fa.StripSurnameSuffix(g.folded))
	if f != nil && len(f.givens) < folderCap {
		// Cloned: raw, and what folding left unchanged of it, may be a
		// slice of a whole decoded record that the cache would pin.
		g.folded, g.sound, g.stemSound = strings.Clone(g.folded), strings.Clone(g.sound), strings.Clone(g.stemSound)
		f.givens[strings.Clone(raw)] = g
	}
	return g
}

func (f *Folder) family(raw string) familyName {
	if f != nil {
		if n, ok := f.families[raw]; ok {
			return n
		}
	}
	var n familyName
	n.folded = fa.FoldCompact(raw)
	n.stem = fa.StripSurnameSuffix(n.folded)
	n.sound = fa.Phonetic(n.stem)
	if f != nil && len(f.families) < folderCap {
		n.folded, n.stem, n.sound = strings.Clone(n.folded), strings.Clone(n.stem), strings.Clone(n.sound)
		f.families[strings.Clone(raw)] = n
	}
	return n
}
