package search

import (
	"slices"

	"github.com/parvande/parvande/domain"
)

// An entry carries what only those who may open the file may see: the
// national code, the mobile, the file number, the categories. A search
// for a person is therefore limited, here and not only in the screens,
// to the centers whose files the person may view; other centers' files
// reach a caseworker through the duplicate engine's match cards.

// Visible narrows f to the centers whose files u may view: all of them
// for coordinators and admins, the home center for the others, none for
// a disabled user.
func Visible(u domain.User, f Filter) Filter {
	probe := domain.CenterID(domain.MaxCenterID)
	if u.Center == probe {
		probe--
	}
	if domain.Can(u, domain.ActFileView, domain.Target{Center: probe}) {
		return f
	}
	var vis []domain.CenterID
	if u.Center != 0 && domain.Can(u, domain.ActFileView, domain.Target{Center: u.Center}) {
		vis = []domain.CenterID{u.Center}
	}
	out := []domain.CenterID{} // empty, not nil: no center
	for _, c := range vis {
		if f.Centers == nil || slices.Contains(f.Centers, c) {
			out = append(out, c)
		}
	}
	f.Centers = out
	return f
}

// SearchFor is Search as u may see it (see Visible).
func (ix *Index) SearchFor(u domain.User, q string, f Filter, s Sort, offset, limit int) Page {
	return ix.Search(q, Visible(u, f), s, offset, limit)
}
