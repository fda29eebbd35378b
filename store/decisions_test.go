package store

import (
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/domain/match"
)

// twoCenters registers one family at both centers.
func twoCenters(e *env) (x, y domain.File) {
	x = e.create(family(e.c1.ID, "زهرا", "احمدی", "0012345679", "09121234567"))
	y = e.create(family(e.c2.ID, "زهرا", "احمدی", "0012345679", "09121234567"))
	return x, y
}

func TestDecidePermissions(t *testing.T) {
	e := newEnv(t)
	x, y := twoCenters(e)
	c1only := e.create(family(e.c1.ID, "مریم", "رضایی", "", ""))
	cw := e.actorAt(domain.RoleCaseworker, e.c1.ID)
	sup := e.actorAt(domain.RoleSupervisor, e.c1.ID)
	coord := e.actors[domain.RoleCoordinator]

	_, err := e.s.Decide(cw, x.ID, y.ID, domain.VerdictSame, 30, "")
	wantErr(t, err, ErrDenied)
	_, err = e.s.Decide(sup, x.ID, y.ID, domain.VerdictSame, 30, "")
	wantErr(t, err, ErrDenied) // cross-center: a supervisor decides within their center only
	_, err = e.s.Decide(sup, x.ID, c1only.ID, domain.VerdictDifferent, 2, "sisters")
	mustNoErr(t, err)
	_, err = e.s.Decide(coord, x.ID, x.ID, domain.VerdictSame, 0, "")
	wantErr(t, err, ErrBadPair)
	_, err = e.s.Decide(coord, y.ID, x.ID, domain.VerdictSame, 30, "same person")
	mustNoErr(t, err)
	e.check()
}

func TestDecideLinkUnlinkHistory(t *testing.T) {
	e := newEnv(t)
	x, y := twoCenters(e)
	coord := e.actors[domain.RoleCoordinator]
	var changes []Change
	e.s.Subscribe(func(c Change) { changes = append(changes, c) })

	d, err := e.s.Decide(coord, y.ID, x.ID, domain.VerdictSame, 31.5, "one family")
	mustNoErr(t, err)
	if d.A != x.ID || d.B != y.ID || d.By != coord.User.ID {
		t.Fatalf("decision %+v", d)
	}
	got, ok, err := e.s.Decision(x.ID, y.ID)
	mustNoErr(t, err)
	if !ok || got.Verdict != domain.VerdictSame || got.Score != 31.5 || got.Note != "one family" {
		t.Fatalf("stored %+v %v", got, ok)
	}
	links, err := e.s.LinksOf(e.actorAt(domain.RoleCaseworker, e.c2.ID), x.ID)
	mustNoErr(t, err)
	if len(links) != 1 || links[0].A != x.ID || links[0].B != y.ID {
		t.Fatalf("links %+v", links)
	}
	// deciding "same" again keeps the one link
	_, err = e.s.Decide(coord, x.ID, y.ID, domain.VerdictSame, 32, "")
	mustNoErr(t, err)
	if links, _ := e.s.LinksOf(coord, y.ID); len(links) != 1 {
		t.Fatalf("relinked: %+v", links)
	}

	mustNoErr(t, e.s.Unlink(coord, x.ID, y.ID, "two sisters"))
	wantErr(t, e.s.Unlink(coord, x.ID, y.ID, ""), ErrNotFound)
	if links, _ := e.s.LinksOf(coord, y.ID); len(links) != 0 {
		t.Fatalf("still linked: %+v", links)
	}
	all, err := e.s.Links()
	mustNoErr(t, err)
	if len(all) != 1 || all[0].Active() || all[0].UnlinkedBy != coord.User.ID {
		t.Fatalf("link kept with who unlinked: %+v", all)
	}
	if _, ok, _ := e.s.Decision(x.ID, y.ID); ok {
		t.Fatal("same decision kept after unlink")
	}

	_, err = e.s.Decide(coord, x.ID, y.ID, domain.VerdictDifferent, 3, "")
	mustNoErr(t, err)
	ds, err := e.s.Decisions()
	mustNoErr(t, err)
	if len(ds) != 1 || ds[0].Verdict != domain.VerdictDifferent {
		t.Fatalf("decisions %+v", ds)
	}

	h, err := e.s.History(e.admin(), y.ID)
	mustNoErr(t, err)
	var kinds []string
	for _, ev := range h {
		if ev.Kind != "file" {
			kinds = append(kinds, ev.Kind)
		}
	}
	want := []string{"decision", "link", "decision", "decision"} // newest first
	if len(kinds) != len(want) {
		t.Fatalf("history kinds %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("history kinds %v, want %v", kinds, want)
		}
	}
	// unlinking removed the "same" decision, so the new one has no before
	if h[0].Changes[1] != (domain.FieldChange{Field: "verdict", After: "different"}) {
		t.Fatalf("before/after %+v", h[0].Changes)
	}
	if len(changes) != 4 || changes[0].Kind != "decision" || changes[2].Kind != "link" {
		t.Fatalf("changes %+v", changes)
	}
	e.check()
}

func TestRedecideAudited(t *testing.T) {
	e := newEnv(t)
	x, y := twoCenters(e)
	coord := e.actors[domain.RoleCoordinator]
	_, err := e.s.Decide(coord, x.ID, y.ID, domain.VerdictDifferent, 3, "")
	mustNoErr(t, err)
	_, err = e.s.Decide(coord, x.ID, y.ID, domain.VerdictSame, 3, "on second look")
	mustNoErr(t, err)
	h, err := e.s.History(e.admin(), x.ID)
	mustNoErr(t, err)
	if h[0].Changes[1] != (domain.FieldChange{Field: "verdict", Before: "different", After: "same"}) {
		t.Fatalf("redecision %+v", h[0].Changes)
	}
	// a "different" after "same" ends the link
	_, err = e.s.Decide(coord, x.ID, y.ID, domain.VerdictDifferent, 3, "")
	mustNoErr(t, err)
	if links, _ := e.s.LinksOf(coord, x.ID); len(links) != 0 {
		t.Fatalf("links after different: %+v", links)
	}
	e.check()
}

func TestLinkedAid(t *testing.T) {
	e := newEnv(t)
	x, y := twoCenters(e)
	z := e.create(family(e.c2.ID, "زهرا", "احمدی", "", "09121234567"))
	coord := e.actors[domain.RoleCoordinator]
	d := func(m, day int) fa.Date { return fa.Date{Year: 1403, Month: m, Day: day} }
	_, err := e.s.AddAid(e.admin(), domain.Aid{File: y.ID, Center: e.c2.ID, Date: d(2, 1), Kind: domain.AidCash, Amount: 5_000_000, Description: "private"})
	mustNoErr(t, err)
	_, err = e.s.AddAid(e.admin(), domain.Aid{File: z.ID, Center: e.c2.ID, Date: d(3, 1), Kind: domain.AidFoodBasket, Amount: 2_000_000})
	mustNoErr(t, err)
	_, err = e.s.AddAid(e.admin(), domain.Aid{File: x.ID, Center: e.c1.ID, Date: d(3, 5), Kind: domain.AidCash, Amount: 1})
	mustNoErr(t, err)

	cw := e.actorAt(domain.RoleSupervisor, e.c1.ID) // a caseworker sees cards only: links_test.go
	got, err := e.s.LinkedAid(cw, x.ID)
	mustNoErr(t, err)
	if len(got) != 0 {
		t.Fatalf("aid before any link: %+v", got)
	}
	_, err = e.s.Decide(coord, x.ID, y.ID, domain.VerdictSame, 30, "")
	mustNoErr(t, err)
	_, err = e.s.Decide(coord, y.ID, z.ID, domain.VerdictSame, 20, "")
	mustNoErr(t, err)
	got, err = e.s.LinkedAid(cw, x.ID)
	mustNoErr(t, err)
	if len(got) != 2 || got[0].File != z.ID || got[1].File != y.ID || got[1].Amount != 5_000_000 ||
		got[1].Center != e.c2.ID || got[1].Description != "" {
		t.Fatalf("linked aid %+v", got)
	}
	_, err = e.s.LinkedAid(cw, y.ID) // another center's file
	wantErr(t, err, ErrDenied)
}

func TestMatchWeightsRoundTrip(t *testing.T) {
	e := newEnv(t)
	if _, ok, err := e.s.MatchWeights(); ok || err != nil {
		t.Fatalf("weights before any: %v %v", ok, err)
	}
	w := match.DefaultWeights()
	w.DupRate = 0.25
	wantErr(t, e.s.SetMatchWeights(e.actorAt(domain.RoleSupervisor, e.c1.ID), w), ErrDenied)
	mustNoErr(t, e.s.SetMatchWeights(e.actors[domain.RoleCoordinator], w))
	got, ok, err := e.s.MatchWeights()
	mustNoErr(t, err)
	if !ok || got.DupRate != 0.25 || got.Levels != w.Levels || got.Bands != w.Bands {
		t.Fatalf("round trip: ok=%v %+v", ok, got.Bands)
	}
	bad := w
	bad.Bands.Possible = 2
	if err := e.s.SetMatchWeights(e.admin(), bad); err == nil {
		t.Fatal("invalid weights stored")
	}
	evs, err := e.s.Audit(e.admin(), AuditFilter{})
	mustNoErr(t, err)
	if evs[0].Kind != "weights" {
		t.Fatalf("not audited: %+v", evs[0])
	}
}

func TestNoteRegisteredDespite(t *testing.T) {
	e := newEnv(t)
	x, y := twoCenters(e)
	cw := e.actorAt(domain.RoleCaseworker, e.c2.ID)
	mustNoErr(t, e.s.NoteRegisteredDespite(cw, y.ID, x.ID, 40))
	wantErr(t, e.s.NoteRegisteredDespite(cw, x.ID, y.ID, 40), ErrDenied)
	h, err := e.s.History(e.admin(), y.ID)
	mustNoErr(t, err)
	if h[0].Kind != "duplicate" || h[0].Target != x.ID || h[0].Action != domain.ActFileCreate {
		t.Fatalf("event %+v", h[0])
	}
	e.check()
}
