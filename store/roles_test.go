package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
)

// The role × action matrix against a real store: for every role (a user
// whose home is center 1) and every store operation, on a target at the
// user's own center and at another center, the call succeeds or returns
// ErrDenied exactly as domain.Can says. domain's own test writes the table
// out by hand; this one checks that the store asks it everywhere.

// mx is one role's store with fixtures made by the operator.
type mx struct {
	*env
	t   *testing.T
	n   int // makes logins and references unique
	sys Actor
}

// fileAt makes a household at center c with a visit, an aid record and
// a history, so that every reader has something to return.
func (m *mx) fileAt(c domain.CenterID) domain.File {
	m.t.Helper()
	m.n++
	f, err := m.s.CreateFile(m.sys, family(c, "زهرا", fmt.Sprintf("رضایی%d", m.n), "", ""))
	mustNoErr(m.t, err)
	_, err = m.s.AddVisit(m.sys, domain.Visit{File: f.ID, Date: day(1, 2), Findings: "یخچال ندارند", NextDue: day(2, 2)})
	mustNoErr(m.t, err)
	_, err = m.s.AddAid(m.sys, domain.Aid{File: f.ID, Center: c, Date: day(1, 3), Kind: domain.AidCash, Amount: 5_000_000, Description: "اجاره"})
	mustNoErr(m.t, err)
	return f
}

// userAt makes a caseworker at center c.
func (m *mx) userAt(c domain.CenterID) domain.User {
	m.t.Helper()
	m.n++
	u, err := m.s.CreateUser(m.sys, domain.User{Login: fmt.Sprintf("cw%d", m.n), Role: domain.RoleCaseworker, Center: c}, "")
	mustNoErr(m.t, err)
	return u
}

// matrixOp is one store operation. do runs it against a fresh target at
// center c (for pairs: a file at c and one at other); the action and
// target are what domain.Can is asked.
type matrixOp struct {
	name   string
	act    domain.Action
	target func(c, other domain.CenterID) domain.Target
	do     func(m *mx, a Actor, c, other domain.CenterID) error
}

func at(c, _ domain.CenterID) domain.Target     { return domain.Target{Center: c} }
func pairAt(c, o domain.CenterID) domain.Target { return domain.Target{Center: c, Other: o} }
func userTarget(c, _ domain.CenterID) domain.Target {
	return domain.Target{Center: c, Role: domain.RoleCaseworker}
}

func errOf[T any](_ T, err error) error { return err }

var matrixOps = []matrixOp{
	{"File", domain.ActFileView, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.File(a, m.fileAt(c).ID))
	}},
	{"Visits", domain.ActFileView, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.Visits(a, m.fileAt(c).ID))
	}},
	{"Aids", domain.ActFileView, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.Aids(a, m.fileAt(c).ID))
	}},
	{"History", domain.ActFileView, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.History(a, m.fileAt(c).ID))
	}},
	{"LinkedFiles", domain.ActFileView, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.LinkedFiles(a, m.fileAt(c).ID))
	}},
	{"LinkedAid", domain.ActFileView, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.LinkedAid(a, m.fileAt(c).ID))
	}},
	{"Files", domain.ActFileView, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.Files(a, Query{Center: c}))
	}},
	{"VisitsDue", domain.ActFileView, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.VisitsDue(a, c, day(12, 29)))
	}},
	{"MatchCard", domain.ActFileMatchCard, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.MatchCard(a, m.fileAt(c).ID))
	}},
	{"ViewCard", domain.ActFileMatchCard, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.ViewCard(a, m.fileAt(c).ID))
	}},
	{"LinksOf", domain.ActFileMatchCard, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.LinksOf(a, m.fileAt(c).ID))
	}},
	{"CreateFile", domain.ActFileCreate, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.CreateFile(a, family(c, "مریم", "کاظمی", "", "")))
	}},
	{"UpdateFile", domain.ActFileEdit, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		f := m.fileAt(c)
		f.Notes = "یادداشت تازه"
		return errOf(m.s.UpdateFile(a, f))
	}},
	{"SetStatus suspend", domain.ActFileEdit, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.SetStatus(a, m.fileAt(c).ID, domain.StatusSuspended, "سفر"))
	}},
	{"SetStatus close", domain.ActFileClose, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.SetStatus(a, m.fileAt(c).ID, domain.StatusClosed, "فوت"))
	}},
	{"UpdateFile close", domain.ActFileClose, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		f := m.fileAt(c)
		f.Status, f.StatusReason = domain.StatusClosed, "مهاجرت"
		return errOf(m.s.UpdateFile(a, f))
	}},
	{"TransferFile", domain.ActFileTransfer, at, func(m *mx, a Actor, c, o domain.CenterID) error {
		return errOf(m.s.TransferFile(a, m.fileAt(c).ID, o, "نقل مکان"))
	}},
	{"AddVisit", domain.ActVisitRecord, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.AddVisit(a, domain.Visit{File: m.fileAt(c).ID, Date: day(3, 1)}))
	}},
	{"AddAid given by c", domain.ActAidRecord, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.AddAid(a, domain.Aid{File: m.fileAt(c).ID, Center: c, Date: day(3, 1), Kind: domain.AidFoodBasket}))
	}},
	{"NoteRegisteredDespite", domain.ActFileCreate, at, func(m *mx, a Actor, c, o domain.CenterID) error {
		return m.s.NoteRegisteredDespite(a, m.fileAt(c).ID, m.fileAt(o).ID, 9.5)
	}},
	{"Decide", domain.ActDuplicateDecide, pairAt, func(m *mx, a Actor, c, o domain.CenterID) error {
		return errOf(m.s.Decide(a, m.fileAt(c).ID, m.fileAt(o).ID, domain.VerdictSame, 12, ""))
	}},
	{"Unlink", domain.ActDuplicateDecide, pairAt, func(m *mx, a Actor, c, o domain.CenterID) error {
		x, y := m.fileAt(c), m.fileAt(o)
		_, err := m.s.Decide(m.sys, x.ID, y.ID, domain.VerdictSame, 12, "")
		mustNoErr(m.t, err)
		return m.s.Unlink(a, x.ID, y.ID, "")
	}},
	{"CreateUser", domain.ActUserManage, userTarget, func(m *mx, a Actor, c, _ domain.CenterID) error {
		m.n++
		return errOf(m.s.CreateUser(a, domain.User{Login: fmt.Sprintf("new%d", m.n), Role: domain.RoleCaseworker, Center: c}, ""))
	}},
	{"UpdateUser", domain.ActUserManage, userTarget, func(m *mx, a Actor, c, _ domain.CenterID) error {
		u := m.userAt(c)
		u.Disabled = true
		return errOf(m.s.UpdateUser(a, u))
	}},
	{"SetPassword", domain.ActUserManage, userTarget, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return m.s.SetPassword(a, m.userAt(c).ID, "یک رمز بلند")
	}},
	{"AddKey", domain.ActUserManage, userTarget, func(m *mx, a Actor, c, _ domain.CenterID) error {
		_, line := newPub(m.t)
		return errOf(m.s.AddKey(a, m.userAt(c).ID, line))
	}},
	{"RemoveKey", domain.ActUserManage, userTarget, func(m *mx, a Actor, c, _ domain.CenterID) error {
		u := m.userAt(c)
		_, line := newPub(m.t)
		k, err := m.s.AddKey(m.sys, u.ID, line)
		mustNoErr(m.t, err)
		return m.s.RemoveKey(a, u.ID, k.Fingerprint)
	}},
	{"CreateCenter", domain.ActCenterManage, at, func(m *mx, a Actor, _, _ domain.CenterID) error {
		m.n++
		return errOf(m.s.CreateCenter(a, domain.Center{Name: fmt.Sprintf("مرکز %d", m.n)}))
	}},
	{"ImportFiles", domain.ActImport, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		m.n++
		f := family(c, "فاطمه", "احمدی", "", "")
		f.ExternalRef = fmt.Sprintf("row-%d", m.n)
		return errOf(m.s.ImportFiles(a, []domain.File{f}, "sheet.csv"))
	}},
	{"Audit", domain.ActAuditView, at, func(m *mx, a Actor, c, _ domain.CenterID) error {
		return errOf(m.s.Audit(a, AuditFilter{Center: c}))
	}},
}

func TestRoleMatrix(t *testing.T) {
	for _, role := range domain.Roles {
		t.Run(role.String(), func(t *testing.T) {
			e := newEnv(t)
			m := &mx{env: e, t: t, sys: SystemActor()}
			a := e.actorAt(role, e.c1.ID)
			own, other := e.c1.ID, e.c2.ID
			for _, op := range matrixOps {
				for _, tc := range []struct {
					where string
					c, o  domain.CenterID
				}{{"own", own, other}, {"other", other, own}} {
					tgt := op.target(tc.c, tc.o)
					if op.name == "Unlink" || op.name == "Decide" {
						tgt = pairAt(tc.c, tc.c) // both files at c
					}
					want := domain.Can(a.User, op.act, tgt)
					var err error
					if op.name == "Unlink" || op.name == "Decide" {
						err = op.do(m, a, tc.c, tc.c)
					} else {
						err = op.do(m, a, tc.c, tc.o)
					}
					switch {
					case want && err != nil:
						t.Errorf("%s on %s: %v, want success", op.name, tc.where, err)
					case !want && !errors.Is(err, ErrDenied):
						t.Errorf("%s on %s: %v, want ErrDenied", op.name, tc.where, err)
					}
				}
			}
			// a pair across the two centers
			for _, op := range matrixOps {
				if op.act != domain.ActDuplicateDecide {
					continue
				}
				want := domain.Can(a.User, op.act, pairAt(own, other))
				err := op.do(m, a, own, other)
				if want != (err == nil) || !want && !errors.Is(err, ErrDenied) {
					t.Errorf("%s own/other: %v, want allowed=%v", op.name, err, want)
				}
			}
			wantWeights := domain.Can(a.User, domain.ActDuplicateDecide, domain.Target{Center: domain.MaxCenterID})
			if err := e.s.SetMatchWeights(a, match.DefaultWeights()); wantWeights != (err == nil) {
				t.Errorf("SetMatchWeights: %v, want allowed=%v", err, wantWeights)
			}
			wantBackup := domain.Can(a.User, domain.ActBackup, domain.Any)
			if err := e.s.BackupAs(a, filepath.Join(t.TempDir(), "copy.db")); wantBackup != (err == nil) || !wantBackup && !errors.Is(err, ErrDenied) {
				t.Errorf("BackupAs: %v, want allowed=%v", err, wantBackup)
			}
			wantUsers := domain.Can(a.User, domain.ActUserManage, domain.Target{Center: own})
			if _, err := e.s.UsersFor(a); wantUsers != (err == nil) {
				t.Errorf("UsersFor: %v, want allowed=%v", err, wantUsers)
			}
			e.check()
		})
	}
}

// A disabled user may do nothing at all, reads included.
func TestRoleMatrixDisabled(t *testing.T) {
	e := newEnv(t)
	m := &mx{env: e, t: t, sys: SystemActor()}
	for _, role := range domain.Roles {
		a := e.actorAt(role, e.c1.ID)
		a.User.Disabled = true
		for _, op := range matrixOps {
			if err := op.do(m, a, e.c1.ID, e.c2.ID); !errors.Is(err, ErrDenied) {
				t.Errorf("disabled %s: %s: %v, want ErrDenied", role, op.name, err)
			}
		}
	}
}

// The match card carries the fields coordination needs and nothing of the
// household's circumstances. A new field on Card must be added here on
// purpose.
func TestCardFields(t *testing.T) {
	var got []string
	for f := range reflect.TypeFor[Card]().Fields() {
		got = append(got, f.Name)
	}
	want := []string{"File", "FirstName", "LastName", "FatherName", "Center", "BirthYear", "Status", "LastAid"}
	if !slices.Equal(got, want) {
		t.Fatalf("Card fields %v, want %v", got, want)
	}
}

// What the listing reads give a caseworker and a supervisor of center 1:
// nothing of center 2's households.
func TestRoleReads(t *testing.T) {
	e := newEnv(t)
	m := &mx{env: e, t: t, sys: SystemActor()}
	mine, theirs := m.fileAt(e.c1.ID), m.fileAt(e.c2.ID)
	_, err := e.s.Decide(m.sys, mine.ID, theirs.ID, domain.VerdictSame, 12, "")
	mustNoErr(t, err)
	for _, role := range []domain.Role{domain.RoleCaseworker, domain.RoleSupervisor} {
		a := e.actorAt(role, e.c1.ID)
		fs, err := e.s.Files(a, Query{})
		mustNoErr(t, err)
		if len(fs) != 1 || fs[0].ID != mine.ID {
			t.Errorf("%s: Files lists %d files", role, len(fs))
		}
		if _, err := e.s.Files(a, Query{Center: e.c2.ID}); !errors.Is(err, ErrDenied) {
			t.Errorf("%s: Files of center 2: %v", role, err)
		}
		due, err := e.s.VisitsDue(a, 0, day(12, 29))
		mustNoErr(t, err)
		for _, d := range due {
			if d.File == theirs.ID {
				t.Errorf("%s: visits due shows center 2's file", role)
			}
		}
		aid, err := e.s.AidBetween(a, day(1, 1), day(12, 29))
		mustNoErr(t, err)
		for _, x := range aid {
			if x.File == theirs.ID {
				t.Errorf("%s: AidBetween shows center 2's aid %+v", role, x)
			}
		}
		lfs, err := e.s.LinkedFiles(a, mine.ID)
		mustNoErr(t, err)
		if len(lfs) != 1 {
			t.Fatalf("%s: %d linked files", role, len(lfs))
		}
		lf := lfs[0]
		switch role {
		case domain.RoleCaseworker:
			if lf.Level != LinkCard || lf.Number != "" || lf.Aid != nil {
				t.Errorf("caseworker sees more than the card of a linked file: %+v", lf)
			}
		case domain.RoleSupervisor:
			for _, x := range lf.Aid {
				if x.Description != "" || x.Funding != "" {
					t.Errorf("supervisor sees the description of another center's aid: %+v", x)
				}
			}
		}
		if lf.Card.LastAid != day(1, 3) || lf.Card.FatherName == "" {
			t.Errorf("%s: card of the linked file %+v", role, lf.Card)
		}
		if role == domain.RoleSupervisor {
			evs, err := e.s.Audit(a, AuditFilter{})
			mustNoErr(t, err)
			for _, ev := range evs {
				if ev.Center != e.c1.ID {
					t.Errorf("supervisor sees an event of center %d: %+v", ev.Center, ev)
				}
			}
			if _, err := e.s.Audit(a, AuditFilter{Center: e.c2.ID}); !errors.Is(err, ErrDenied) {
				t.Errorf("supervisor reads center 2's audit: %v", err)
			}
		}
	}
}

// UsersFor gives a supervisor their own center's caseworkers and
// supervisors, an admin everyone.
func TestUsersFor(t *testing.T) {
	e := newEnv(t)
	sys := SystemActor()
	mk := func(login string, r domain.Role, c domain.CenterID) {
		_, err := e.s.CreateUser(sys, domain.User{Login: login, Role: r, Center: c}, "")
		mustNoErr(t, err)
	}
	mk("cw1", domain.RoleCaseworker, e.c1.ID)
	mk("sup1", domain.RoleSupervisor, e.c1.ID)
	mk("cw2", domain.RoleCaseworker, e.c2.ID)
	mk("coord", domain.RoleCoordinator, 0)
	mk("root", domain.RoleAdmin, 0)
	logins := func(a Actor) []string {
		us, err := e.s.UsersFor(a)
		mustNoErr(t, err)
		var out []string
		for _, u := range us {
			out = append(out, u.Login)
			if u.PasswordHash != "" {
				t.Errorf("UsersFor returns a password hash for %s", u.Login)
			}
		}
		slices.Sort(out)
		return out
	}
	if got := logins(e.actorAt(domain.RoleSupervisor, e.c1.ID)); !slices.Equal(got, []string{"cw1", "sup1"}) {
		t.Errorf("supervisor manages %v", got)
	}
	if got := logins(e.admin()); len(got) != 5 {
		t.Errorf("admin manages %v", got)
	}
}
