package store

import (
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// TestLinkedFilesRoles: a family at three centers (x at c1 linked to y at
// c2, y linked to z at c3). What each role sees of y and z from x.
func TestLinkedFilesRoles(t *testing.T) {
	e := newEnv(t)
	c3, err := e.s.CreateCenter(SystemActor(), domain.Center{Name: "خیریه سوم"})
	mustNoErr(t, err)
	x, y := twoCenters(e)
	zf := family(c3.ID, "زهرا", "احمدی", "", "09121234567")
	zf.Number = "Z-7"
	z := e.create(zf)
	coord := e.actors[domain.RoleCoordinator]
	d := func(m, day int) fa.Date { return fa.Date{Year: 1403, Month: m, Day: day} }
	for _, a := range []domain.Aid{
		{File: y.ID, Center: e.c2.ID, Date: d(2, 1), Kind: domain.AidCash, Amount: 5_000_000, Funding: "زکات"},
		{File: z.ID, Center: c3.ID, Date: d(3, 1), Kind: domain.AidFoodBasket, Amount: 2_000_000, Quantity: 2, Description: "برنج"},
	} {
		_, err := e.s.AddAid(e.admin(), a)
		mustNoErr(t, err)
	}
	_, err = e.s.Decide(coord, x.ID, y.ID, domain.VerdictSame, 30, "")
	mustNoErr(t, err)
	_, err = e.s.Decide(coord, y.ID, z.ID, domain.VerdictSame, 20, "")
	mustNoErr(t, err)

	tests := []struct {
		name   string
		actor  Actor
		file   domain.ID
		denied bool
		level  LinkLevel
	}{
		{"caseworker", e.actorAt(domain.RoleCaseworker, e.c1.ID), x.ID, false, LinkCard},
		{"supervisor", e.actorAt(domain.RoleSupervisor, e.c1.ID), x.ID, false, LinkAid},
		{"coordinator", coord, x.ID, false, LinkFull},
		{"admin", e.admin(), x.ID, false, LinkFull},
		{"caseworker of another center", e.actorAt(domain.RoleCaseworker, e.c2.ID), x.ID, true, 0},
		{"supervisor of another center", e.actorAt(domain.RoleSupervisor, e.c2.ID), x.ID, true, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := e.s.LinkedFiles(tc.actor, tc.file)
			if tc.denied {
				wantErr(t, err, ErrDenied)
				return
			}
			mustNoErr(t, err)
			if len(got) != 2 || got[0].Card.File != y.ID || got[1].Card.File != z.ID {
				t.Fatalf("linked files %+v", got)
			}
			if !got[0].Direct || got[1].Direct || got[1].Link.A != y.ID || got[1].Link.B != z.ID {
				t.Fatalf("links: y direct %v, z direct %v via %+v", got[0].Direct, got[1].Direct, got[1].Link)
			}
			for _, lf := range got {
				if lf.Level != tc.level {
					t.Errorf("%s: level %d, want %d", lf.Card.File, lf.Level, tc.level)
				}
				if lf.Card.LastAid.IsZero() || lf.Card.FirstName != "زهرا" {
					t.Errorf("card %+v", lf.Card)
				}
			}
			zc := got[1]
			switch tc.level {
			case LinkCard:
				if zc.Aid != nil || zc.Number != "" {
					t.Errorf("a card-level file shows aid or number: %+v", zc)
				}
			case LinkAid:
				if len(zc.Aid) != 1 || zc.Aid[0].Amount != 2_000_000 || zc.Aid[0].Kind != domain.AidFoodBasket ||
					zc.Aid[0].Description != "" || zc.Aid[0].Quantity != 0 || zc.Number != "Z-7" {
					t.Errorf("aid level %+v", zc)
				}
				if got[0].Aid[0].Funding != "" {
					t.Errorf("funding leaked: %+v", got[0].Aid[0])
				}
			case LinkFull:
				if len(zc.Aid) != 1 || zc.Aid[0].Description != "برنج" || zc.Aid[0].Quantity != 2 {
					t.Errorf("full level %+v", zc)
				}
			}
			aid, err := e.s.LinkedAid(tc.actor, tc.file)
			mustNoErr(t, err)
			want := 2
			if tc.level == LinkCard {
				want = 0
			}
			if len(aid) != want || want == 2 && aid[0].File != z.ID {
				t.Errorf("linked aid %+v", aid)
			}
		})
	}

	// Unlinking y–z takes z out of x's family; unlinked links are history.
	mustNoErr(t, e.s.Unlink(coord, y.ID, z.ID, "two sisters"))
	got, err := e.s.LinkedFiles(coord, x.ID)
	mustNoErr(t, err)
	if len(got) != 1 || got[0].Card.File != y.ID {
		t.Fatalf("after unlink %+v", got)
	}
	_, err = e.s.LinkedFiles(coord, domain.NewID(e.c1.ID, 99999))
	wantErr(t, err, ErrNotFound)
	e.check()
}

// TestLinkedFilesSameCenter: a caseworker sees a link inside their own
// center in full, since they may open both files.
func TestLinkedFilesSameCenter(t *testing.T) {
	e := newEnv(t)
	x := e.create(family(e.c1.ID, "زهرا", "احمدی", "0012345679", ""))
	y := e.create(family(e.c1.ID, "زهرا", "احمدی", "", "09121234567"))
	_, err := e.s.AddAid(e.admin(), domain.Aid{File: y.ID, Date: fa.Date{Year: 1403, Month: 1, Day: 5}, Kind: domain.AidOther, Description: "پتو"})
	mustNoErr(t, err)
	_, err = e.s.Decide(e.admin(), x.ID, y.ID, domain.VerdictSame, 20, "")
	mustNoErr(t, err)
	got, err := e.s.LinkedFiles(e.actorAt(domain.RoleCaseworker, e.c1.ID), x.ID)
	mustNoErr(t, err)
	if len(got) != 1 || got[0].Level != LinkFull || got[0].Aid[0].Description != "پتو" {
		t.Fatalf("same-center link %+v", got)
	}
}
