package store

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

func TestViewAudit(t *testing.T) {
	e := newEnv(t)
	m := &mx{env: e, t: t, sys: SystemActor()}
	mine, theirs := m.fileAt(e.c1.ID), m.fileAt(e.c2.ID)
	coord := e.actorAt(domain.RoleCoordinator, e.c1.ID)
	coord.Source = "192.0.2.7:50122"
	cw := e.actorAt(domain.RoleCaseworker, e.c1.ID)
	cw.Source = "198.51.100.3:40000"

	views := func() []domain.AuditEvent {
		t.Helper()
		evs, err := e.s.Audit(SystemActor(), AuditFilter{})
		mustNoErr(t, err)
		var out []domain.AuditEvent
		for _, ev := range evs {
			if ev.Kind == kindView {
				out = append(out, ev)
			}
		}
		return out
	}
	steps := []struct {
		name string
		do   func() error
		want []domain.AuditEvent // views added by the step, newest first
	}{
		{"coordinator opens own center's file: not audited", func() error { return errOf(e.s.File(coord, mine.ID)) }, nil},
		{"coordinator opens another center's file", func() error { return errOf(e.s.File(coord, theirs.ID)) },
			[]domain.AuditEvent{{Login: coord.User.Login, Source: coord.Source, Action: domain.ActFileView, Target: theirs.ID, Center: e.c2.ID}}},
		{"caseworker names the file in a queue: not audited", func() error { return errOf(e.s.MatchCard(cw, theirs.ID)) }, nil},
		{"caseworker opens its card", func() error { return errOf(e.s.ViewCard(cw, theirs.ID)) },
			[]domain.AuditEvent{{Login: cw.User.Login, Source: cw.Source, Action: domain.ActFileMatchCard, Target: theirs.ID, Center: e.c2.ID}}},
		{"caseworker opens own card: not audited", func() error { return errOf(e.s.ViewCard(cw, mine.ID)) }, nil},
		{"the system reads for an index: not audited", func() error { return errOf(e.s.File(SystemActor(), theirs.ID)) }, nil},
		{"refused view: not audited", func() error {
			if _, err := e.s.File(cw, theirs.ID); err == nil {
				t.Fatal("caseworker opened another center's file")
			}
			return nil
		}, nil},
	}
	var seen int
	for _, st := range steps {
		mustNoErr(t, st.do())
		got := views()
		added := got[:len(got)-seen]
		seen = len(got)
		if len(added) != len(st.want) {
			t.Fatalf("%s: %d view events, want %d", st.name, len(added), len(st.want))
		}
		for i, w := range st.want {
			g := added[i]
			if g.Login != w.Login || g.Source != w.Source || g.Action != w.Action || g.Target != w.Target ||
				g.Center != w.Center || g.File != 0 || len(g.Changes) != 1 || g.Changes[0].After != theirs.Number {
				t.Errorf("%s: event %+v, want %+v", st.name, g, w)
			}
		}
	}
	// the owning center's supervisor finds the views of their file
	sup2 := e.actorAt(domain.RoleSupervisor, e.c2.ID)
	evs, err := e.s.Audit(sup2, AuditFilter{File: theirs.ID, Action: domain.ActFileView})
	mustNoErr(t, err)
	if len(evs) != 1 || evs[0].Login != coord.User.Login {
		t.Fatalf("supervisor of center 2 sees views %+v", evs)
	}
	// views stay out of the file's change history
	h, err := e.s.History(SystemActor(), theirs.ID)
	mustNoErr(t, err)
	for _, ev := range h {
		if ev.Kind == kindView {
			t.Errorf("view in history: %+v", ev)
		}
	}
	e.check()
}

// Many sessions viewing at once: every view is recorded once (db.Batch may
// re-run a function; the event must not be written twice).
func TestViewAuditConcurrent(t *testing.T) {
	e := newEnv(t)
	m := &mx{env: e, t: t, sys: SystemActor()}
	f := m.fileAt(e.c2.ID)
	coord := e.actorAt(domain.RoleCoordinator, e.c1.ID)
	const n = 40
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			if _, err := e.s.File(coord, f.ID); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	evs, err := e.s.Audit(SystemActor(), AuditFilter{File: f.ID, Action: domain.ActFileView})
	mustNoErr(t, err)
	if len(evs) != n {
		t.Fatalf("%d view events, want %d", len(evs), n)
	}
	e.check()
}

// BenchmarkFileView compares a file read whose view is audited (another
// center's, a write through db.Batch) with one that is not (own center's).
func BenchmarkFileView(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "p.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	sys := SystemActor()
	c1, err := s.CreateCenter(sys, domain.Center{Name: "یک"})
	if err != nil {
		b.Fatal(err)
	}
	c2, err := s.CreateCenter(sys, domain.Center{Name: "دو"})
	if err != nil {
		b.Fatal(err)
	}
	f, err := s.CreateFile(sys, family(c2.ID, "زهرا", "رضایی", "", ""))
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		c    domain.CenterID
	}{{"own", c2.ID}, {"other-audited", c1.ID}} {
		a := Actor{User: domain.User{ID: 7, Login: "coord", Role: domain.RoleCoordinator, Center: bc.c}, Source: "bench"}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.File(a, f.ID); err != nil {
					b.Fatal(err)
				}
			}
		})
		// 16 sessions viewing at once per core
		b.Run(bc.name+"-parallel", func(b *testing.B) {
			b.SetParallelism(16)
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := s.File(a, f.ID); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

func TestAuditQueryHelpers(t *testing.T) {
	e := newEnv(t)
	m := &mx{env: e, t: t, sys: SystemActor()}
	f := m.fileAt(e.c1.ID)
	for _, in := range []string{f.Number, " " + strings.ToLower(f.Number) + " ", fa.ToPersianDigits(f.Number)} {
		id, err := e.s.FileIDByNumber(in)
		if err != nil || id != f.ID {
			t.Errorf("FileIDByNumber(%q) = %v, %v", in, id, err)
		}
	}
	for _, in := range []string{"", "TUS-1403-9999"} {
		if _, err := e.s.FileIDByNumber(in); !errors.Is(err, ErrNotFound) {
			t.Errorf("FileIDByNumber(%q): %v", in, err)
		}
	}
	nums, err := e.s.FileNumbers([]domain.ID{f.ID, f.ID, 12345})
	mustNoErr(t, err)
	if len(nums) != 1 || nums[f.ID] != f.Number {
		t.Errorf("FileNumbers %v", nums)
	}
	tehran := time.FixedZone("IRST", 3*3600+1800)
	var af AuditFilter
	af.SetDays(fa.Date{Year: 1403, Month: 9, Day: 12}, fa.Date{Year: 1403, Month: 9, Day: 12}, tehran)
	if want := time.Date(2024, 12, 2, 0, 0, 0, 0, tehran); !af.Since.Equal(want) || !af.Until.Equal(want.AddDate(0, 0, 1)) {
		t.Errorf("SetDays: %v – %v", af.Since, af.Until)
	}
	af.SetDays(fa.Date{}, fa.Date{}, tehran)
	if !af.Since.IsZero() || !af.Until.IsZero() {
		t.Errorf("open SetDays: %v – %v", af.Since, af.Until)
	}
	// paging: two pages of one event hold the two newest, in order
	all, err := e.s.Audit(SystemActor(), AuditFilter{})
	mustNoErr(t, err)
	p1, err := e.s.Audit(SystemActor(), AuditFilter{Limit: 1})
	mustNoErr(t, err)
	p2, err := e.s.Audit(SystemActor(), AuditFilter{Limit: 1, Older: CursorOf(p1[0])})
	mustNoErr(t, err)
	if len(all) < 2 || p1[0].ID != all[0].ID || p2[0].ID != all[1].ID {
		t.Errorf("pages %v %v of %d", p1, p2, len(all))
	}
}

// FileRows lists without auditing and leaves out what the actor may not view.
func TestFileRows(t *testing.T) {
	e := newEnv(t)
	m := &mx{env: e, t: t, sys: SystemActor()}
	mine, theirs := m.fileAt(e.c1.ID), m.fileAt(e.c2.ID)
	before, err := e.s.Audit(SystemActor(), AuditFilter{})
	mustNoErr(t, err)
	for _, tc := range []struct {
		role domain.Role
		want []domain.ID
	}{
		{domain.RoleCaseworker, []domain.ID{mine.ID}},
		{domain.RoleCoordinator, []domain.ID{mine.ID, theirs.ID}},
	} {
		hs, err := e.s.FileRows(e.actorAt(tc.role, e.c1.ID), []domain.ID{mine.ID, theirs.ID, 999})
		mustNoErr(t, err)
		var got []domain.ID
		for _, h := range hs {
			got = append(got, h.ID)
			if h.Number == "" || h.Name == "" {
				t.Errorf("head %+v", h)
			}
		}
		if len(got) != len(tc.want) || got[0] != tc.want[0] {
			t.Errorf("%s: heads %v, want %v", tc.role, got, tc.want)
		}
	}
	after, err := e.s.Audit(SystemActor(), AuditFilter{})
	mustNoErr(t, err)
	if len(after) != len(before) {
		t.Errorf("FileRows wrote %d audit events", len(after)-len(before))
	}
}

// A backup taken for a user is on the trail, with who and from where.
func TestBackupAsAudited(t *testing.T) {
	e := newEnv(t)
	a := e.admin()
	a.Source = "192.0.2.9:2222"
	mustNoErr(t, e.s.BackupAs(a, filepath.Join(t.TempDir(), "nightly.db")))
	evs, err := e.s.Audit(SystemActor(), AuditFilter{Action: domain.ActBackup})
	mustNoErr(t, err)
	if len(evs) != 1 || evs[0].Login != a.User.Login || evs[0].Source != a.Source || evs[0].Changes[0].After != "nightly.db" {
		t.Fatalf("backup events %+v", evs)
	}
}

// A report written to a file is audited for the roles that may see
// reports, and refused to the others without a record.
func TestNoteReportExport(t *testing.T) {
	e := newEnv(t)
	for _, tc := range []struct {
		role domain.Role
		ok   bool
	}{{domain.RoleCaseworker, false}, {domain.RoleSupervisor, true}, {domain.RoleCoordinator, true}} {
		a := e.actorAt(tc.role, e.c1.ID)
		err := e.s.NoteReportExport(a, ReportParallel, 7, filepath.Join(t.TempDir(), "موازی.xlsx"))
		if (err == nil) != tc.ok || (!tc.ok && !errors.Is(err, ErrDenied)) {
			t.Fatalf("%v: %v", tc.role, err)
		}
	}
	evs, err := e.s.Audit(SystemActor(), AuditFilter{Action: domain.ActExport})
	mustNoErr(t, err)
	if len(evs) != 2 {
		t.Fatalf("%d events, want 2: %+v", len(evs), evs)
	}
	for _, ev := range evs {
		ch := map[string]string{}
		for _, c := range ev.Changes {
			ch[c.Field] = c.After
		}
		if ev.Kind != kindReport || ev.Center != e.c1.ID || ch["report"] != ReportParallel || ch["families"] != "7" || ch["file"] != "موازی.xlsx" {
			t.Errorf("event %+v", ev)
		}
	}
}
