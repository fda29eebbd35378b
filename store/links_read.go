package store

import (
	"slices"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// LinkLevel is how much of a linked file's aid an actor may see. A
// family's aid elsewhere is what coordination needs, but the household's
// circumstances stay with the center that serves it.
type LinkLevel uint8

const (
	// LinkCard: the match card only (name, center, last aid date), as
	// every role sees any file. Caseworkers see other centers this way.
	LinkCard LinkLevel = iota
	// LinkAid: also the file number and each aid's date, giving center,
	// kind and amount: what the parallel-aid report shows a supervisor.
	LinkAid
	// LinkFull: the actor may open the linked file, so every aid field.
	LinkFull
)

// LinkedFile is one file joined to a family by reviewers' links, as far
// as the actor may see it.
type LinkedFile struct {
	Card   Card
	Number string      // the center's file number; "" at LinkCard
	Link   domain.Link // the active link that joined it: to the asked file when Direct, else to another linked file
	Direct bool        // linked to the asked file itself (so unlinkable from it)
	Level  LinkLevel
	Aid    []domain.Aid // newest first; nil at LinkCard
}

// linkLevel is what a may see of a file at center other, linked to a
// file of center own.
func linkLevel(a Actor, own, other domain.CenterID) LinkLevel {
	switch {
	case can(a, domain.ActFileView, other):
		return LinkFull
	case domain.Can(a.User, domain.ActReportView, domain.Target{Center: own}):
		return LinkAid
	}
	return LinkCard
}

// via is a file reached through the links and the link that reached it.
type via struct {
	file   domain.ID
	link   domain.Link
	direct bool
}

// linkedVia is every file joined to file by a chain of active links, file
// itself left out, in id order: a family linked A–B and B–C is one family
// at three centers.
func linkedVia(tx *bbolt.Tx, file domain.ID) ([]via, error) {
	adj := map[domain.ID][]domain.Link{}
	err := eachLink(tx, func(l domain.Link) error {
		if l.Active() {
			adj[l.A] = append(adj[l.A], l)
			adj[l.B] = append(adj[l.B], l)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	seen := map[domain.ID]bool{file: true}
	queue := []domain.ID{file}
	var out []via
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		for _, l := range adj[x] {
			y := l.A
			if y == x {
				y = l.B
			}
			if !seen[y] {
				seen[y] = true
				out = append(out, via{file: y, link: l, direct: x == file})
				queue = append(queue, y)
			}
		}
	}
	slices.SortFunc(out, func(p, q via) int { return cmpID(p.file, q.file) })
	return out, nil
}

// LinkedFiles lists the files linked to file (directly or through other
// linked files) with what the actor may see of each: the match card for
// everyone, the aid amounts for those who may read the cross-center
// report of file's center or view the linked file. It needs the view
// permission on file.
func (s *Store) LinkedFiles(a Actor, file domain.ID) ([]LinkedFile, error) {
	var out []LinkedFile
	err := s.db.View(func(tx *bbolt.Tx) error {
		f, err := fileFor(tx, a, file, domain.ActFileView)
		if err != nil {
			return err
		}
		vs, err := linkedVia(tx, file)
		if err != nil {
			return err
		}
		for _, v := range vs {
			o, err := getFile(tx, v.file)
			if err != nil {
				return err
			}
			xs, err := aidOf(tx, v.file)
			if err != nil {
				return err
			}
			lf := LinkedFile{Link: v.link, Direct: v.direct, Level: linkLevel(a, f.Center, o.Center),
				Card: Card{File: o.ID, FirstName: o.Head.FirstName, LastName: o.Head.LastName,
					FatherName: o.Head.FatherName, Center: o.Center, BirthYear: o.Head.BirthDate.Year, Status: o.Status}}
			for _, x := range xs {
				if lf.Card.LastAid.Before(x.Date) {
					lf.Card.LastAid = x.Date
				}
			}
			switch lf.Level {
			case LinkFull:
				lf.Number, lf.Aid = o.Number, xs
			case LinkAid:
				lf.Number = o.Number
				for _, x := range xs {
					lf.Aid = append(lf.Aid, domain.Aid{ID: x.ID, File: x.File, Center: x.Center, Date: x.Date, Kind: x.Kind, Amount: x.Amount})
				}
			}
			slices.SortFunc(lf.Aid, newestAidFirst)
			out = append(out, lf)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// LinkedAid is the aid the files linked to file received, newest first:
// what this family got elsewhere, as far as the actor may see it (see
// LinkedFiles). Descriptions and funding are kept only for files the
// actor may open; a caseworker gets no rows for another center's file,
// only its last aid date through the match card.
func (s *Store) LinkedAid(a Actor, file domain.ID) ([]domain.Aid, error) {
	lfs, err := s.LinkedFiles(a, file)
	if err != nil {
		return nil, err
	}
	var out []domain.Aid
	for _, lf := range lfs {
		out = append(out, lf.Aid...)
	}
	slices.SortFunc(out, newestAidFirst)
	return out, nil
}
