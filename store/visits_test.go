package store

import (
	"slices"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

func day(m, d int) fa.Date { return fa.Date{Year: 1403, Month: m, Day: d} }

func TestVisitsDue(t *testing.T) {
	e := newEnv(t)
	cw := e.actorAt(domain.RoleCaseworker, e.c1.ID)
	a := e.create(family(e.c1.ID, "زهرا", "الف", "", ""))
	b := e.create(family(e.c1.ID, "مریم", "ب", "", ""))
	c := e.create(family(e.c2.ID, "فاطمه", "پ", "", ""))
	add := func(f domain.ID, date, due fa.Date) domain.Visit {
		t.Helper()
		v, err := e.s.AddVisit(e.admin(), domain.Visit{File: f, Date: date, NextDue: due})
		mustNoErr(t, err)
		return v
	}
	due := func(act Actor, center domain.CenterID, until fa.Date) []Due {
		t.Helper()
		d, err := e.s.VisitsDue(act, center, until)
		mustNoErr(t, err)
		return d
	}
	add(a.ID, day(7, 1), day(8, 1))
	add(b.ID, day(7, 5), day(7, 20))
	add(c.ID, day(7, 2), day(7, 25))
	got := due(e.admin(), 0, day(12, 29))
	want := []Due{{b.ID, day(7, 20), day(7, 5)}, {c.ID, day(7, 25), day(7, 2)}, {a.ID, day(8, 1), day(7, 1)}}
	if !slices.Equal(got, want) {
		t.Fatalf("due %v, want %v", got, want)
	}
	// a newer visit replaces the file's due date
	add(a.ID, day(8, 2), day(9, 1))
	// a back-dated visit logged later does not
	add(b.ID, day(6, 1), day(6, 15))
	// a newer visit without follow-up clears it
	add(c.ID, day(8, 1), fa.Date{})
	got = due(e.admin(), 0, day(12, 29))
	want = []Due{{b.ID, day(7, 20), day(7, 5)}, {a.ID, day(9, 1), day(8, 2)}}
	if !slices.Equal(got, want) {
		t.Fatalf("after new visits: %v, want %v", got, want)
	}
	if got = due(cw, e.c1.ID, day(8, 30)); !slices.Equal(got, want[:1]) {
		t.Fatalf("until 8/30: %v", got)
	}
	if got = due(cw, 0, day(12, 29)); len(got) != 2 {
		t.Fatalf("caseworker's own center: %v", got)
	}
	if _, err := e.s.VisitsDue(cw, e.c2.ID, day(12, 29)); err != ErrDenied {
		t.Fatalf("other center: %v", err)
	}
	// transfer carries the due entry to the new center
	_, err := e.s.TransferFile(e.admin(), a.ID, e.c2.ID, "")
	mustNoErr(t, err)
	if got = due(e.admin(), e.c2.ID, day(12, 29)); len(got) != 1 || got[0].File != a.ID {
		t.Fatalf("after transfer: %v", got)
	}
	vs, err := e.s.Visits(e.admin(), a.ID)
	mustNoErr(t, err)
	if len(vs) != 2 || vs[0].Date != day(8, 2) || vs[0].Caseworker != e.admin().User.ID {
		t.Fatalf("visits newest first: %+v", vs)
	}
	e.check()
}

func TestAid(t *testing.T) {
	e := newEnv(t)
	f := e.create(family(e.c1.ID, "زهرا", "الف", "", ""))
	g := e.create(family(e.c2.ID, "مریم", "ب", "", ""))
	cw1 := e.actorAt(domain.RoleCaseworker, e.c1.ID)
	cw2 := e.actorAt(domain.RoleCaseworker, e.c2.ID)
	give := func(a Actor, file domain.ID, d fa.Date, amount int64) domain.Aid {
		t.Helper()
		x, err := e.s.AddAid(a, domain.Aid{File: file, Date: d, Kind: domain.AidCash, Amount: amount})
		mustNoErr(t, err)
		return x
	}
	x1 := give(cw1, f.ID, day(7, 1), 10)
	x2 := give(cw1, f.ID, day(9, 1), 20)
	x3 := give(cw2, f.ID, day(8, 1), 30) // parallel aid by center 2 to center 1's file
	x4 := give(cw2, g.ID, day(8, 5), 40)
	if x3.Center != e.c2.ID || x3.ID.Center() != e.c2.ID || x1.RecordedBy != cw1.User.ID {
		t.Fatalf("aid %+v", x3)
	}
	list, err := e.s.Aids(cw1, f.ID)
	mustNoErr(t, err)
	if len(list) != 3 || list[0].ID != x2.ID || list[1].ID != x3.ID || list[2].ID != x1.ID {
		t.Fatalf("aid newest first: %+v", list)
	}
	last, err := e.s.LastAid(f.ID)
	if err != nil || last != day(9, 1) {
		t.Fatalf("last aid %v %v", last, err)
	}
	between := func(a Actor) []domain.ID {
		xs, err := e.s.AidBetween(a, day(7, 15), day(8, 31))
		mustNoErr(t, err)
		var out []domain.ID
		for _, x := range xs {
			out = append(out, x.ID)
		}
		return out
	}
	if got := between(e.admin()); !slices.Equal(got, ids(x3.ID, x4.ID)) {
		t.Fatalf("admin between %v", got)
	}
	if got := between(cw1); !slices.Equal(got, ids(x3.ID)) { // given to their file
		t.Fatalf("cw1 between %v", got)
	}
	if got := between(cw2); !slices.Equal(got, ids(x3.ID, x4.ID)) { // given by them
		t.Fatalf("cw2 between %v", got)
	}
	card, err := e.s.MatchCard(cw2, f.ID)
	mustNoErr(t, err)
	if card.LastAid != day(9, 1) || card.FirstName != "زهرا" || card.BirthYear != 1354 || card.Center != e.c1.ID {
		t.Fatalf("card %+v", card)
	}
	if _, err := e.s.Aids(cw2, f.ID); err != ErrDenied {
		t.Fatalf("other center's aid list: %v", err)
	}
	if _, err := e.s.AddAid(cw1, domain.Aid{File: f.ID, Date: day(9, 1), Kind: domain.AidCash}); err != domain.ErrAidAmount {
		t.Fatalf("zero cash: %v", err)
	}
	e.check()
}
