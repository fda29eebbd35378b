package tui

import (
	"cmp"
	"slices"

	"github.com/charmbracelet/lipgloss"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/tui/i18n"
)

// The panel's matches on a spoke from the hub's encoded index: other
// centers' files known only by center, band and reasons. They share the
// panel's list with the plaintext ones, marked and worded apart.

// withElsewhere adds the encoded index's matches to the local ones, best
// first, at most limit in all. A file already among the local matches (a
// transfer the index has not caught up with) is listed once, as local.
// The error is the index's: the local matches stand without it.
func withElsewhere(svc *dupes.Service, person domain.Person, address string, exclude domain.ID, limit int, local []panelMatch) ([]panelMatch, error) {
	far, err := svc.Elsewhere(person, address, exclude, limit)
	if len(far) == 0 {
		return local, err
	}
	have := make(map[domain.ID]bool, len(local))
	for _, m := range local {
		have[m.File] = true
	}
	out := slices.Clone(local)
	for _, c := range far {
		if have[c.ID] {
			continue
		}
		out = append(out, panelMatch{
			Candidate: dupes.Candidate{File: c.ID, Center: c.Center, Result: c.Result},
			card:      store.Card{Center: c.Center},
			far:       true,
		})
	}
	slices.SortStableFunc(out, func(a, b panelMatch) int { return cmp.Compare(b.Score, a.Score) })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, err
}

// matchName is what the panel calls a match: the head's name, or for an
// encoded match (which has none) "a family at another center", marked.
func matchName(tr *i18n.T, m panelMatch) string {
	if m.far {
		return tr.T(i18n.SpokeFarName)
	}
	return cardName(m)
}

// spokeNote is the panel's line about the hub's index on a spoke: none
// received yet, or unreadable (other centers were then not checked).
func (p *matchPanel) spokeNote() (string, lipgloss.Style, bool) {
	th, tr := p.s.Theme, p.s.Tr
	switch {
	case !p.spoke.Used || !p.ready:
		return "", th.S.Muted, false
	case p.farErr != nil, p.spoke.Err != nil:
		// What went wrong inside the file is nothing a caseworker can act
		// on; what to do is (the sync import also says why it refused one).
		return tr.T(i18n.SpokeIndexBad), th.S.Error, true
	case p.spoke.Missing:
		return tr.T(i18n.SpokeNoIndex), th.S.Warn, true
	}
	return "", th.S.Muted, false
}

// farCenters are the centers of certain matches found only in the index.
func farCenters(s *Session, found []panelMatch) (names []string, allFar bool) {
	seen := map[domain.CenterID]bool{}
	allFar = true
	for _, f := range found {
		if !f.far {
			allFar = false
			continue
		}
		if !seen[f.Center] {
			seen[f.Center] = true
			names = append(names, s.CenterName(f.Center))
		}
	}
	return names, allFar
}

// noteDespite puts a save over a certain match on record: a local match
// through NoteRegisteredDespite, one from the index (whose file this
// database does not hold) through NoteRegisteredDespiteElsewhere.
func noteDespite(st *store.Store, a store.Actor, made domain.ID, c panelMatch) error {
	if c.far {
		return st.NoteRegisteredDespiteElsewhere(a, made, c.File, c.Center, c.Score)
	}
	return st.NoteRegisteredDespite(a, made, c.File, c.Score)
}
