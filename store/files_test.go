package store

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// TestFilePermissions walks every role against its own and another
// center; what is expected comes from domain.Can, the one permission
// table.
func TestFilePermissions(t *testing.T) {
	e := newEnv(t)
	disabled := e.actorAt(domain.RoleAdmin, e.c1.ID)
	disabled.User.Disabled = true
	type actor struct {
		name string
		a    Actor
	}
	var actors []actor
	for _, r := range domain.Roles {
		actors = append(actors, actor{r.String(), e.actorAt(r, e.c1.ID)})
	}
	actors = append(actors, actor{"disabled admin", disabled})
	allow := func(a Actor, act domain.Action, c domain.CenterID) bool {
		return domain.Can(a.User, act, domain.Target{Center: c})
	}
	for _, ac := range actors {
		for _, c := range []domain.CenterID{e.c1.ID, e.c2.ID} {
			t.Run(fmt.Sprintf("%s/center%d", ac.name, c), func(t *testing.T) {
				a := ac.a
				expect := func(op string, err error, want bool) {
					t.Helper()
					switch {
					case want && err != nil:
						t.Errorf("%s: %v, want success", op, err)
					case !want && !errors.Is(err, ErrDenied):
						t.Errorf("%s: %v, want ErrDenied", op, err)
					}
				}
				_, err := e.s.CreateFile(a, family(c, "زهرا", "رضایی", "", ""))
				expect("create", err, allow(a, domain.ActFileCreate, c))

				f := e.create(family(c, "مریم", "احمدی", "", ""))
				_, err = e.s.File(a, f.ID)
				expect("view", err, allow(a, domain.ActFileView, c))
				_, err = e.s.MatchCard(a, f.ID)
				expect("match card", err, allow(a, domain.ActFileMatchCard, c))
				_, err = e.s.Files(a, Query{Center: c})
				expect("list", err, allow(a, domain.ActFileView, c))
				_, err = e.s.Visits(a, f.ID)
				expect("visits", err, allow(a, domain.ActFileView, c))
				_, err = e.s.History(a, f.ID)
				expect("history", err, allow(a, domain.ActFileView, c))

				g := f
				g.Notes = "یادداشت"
				_, err = e.s.UpdateFile(a, g)
				expect("edit", err, allow(a, domain.ActFileEdit, c))
				_, err = e.s.SetStatus(a, f.ID, domain.StatusSuspended, "مسافرت")
				expect("suspend", err, allow(a, domain.ActFileEdit, c))
				_, err = e.s.SetStatus(a, f.ID, domain.StatusClosed, "فوت")
				expect("close", err, allow(a, domain.ActFileEdit, c) && allow(a, domain.ActFileClose, c))

				v := domain.Visit{File: f.ID, Date: fa.Date{Year: 1403, Month: 9, Day: 1}}
				_, err = e.s.AddVisit(a, v)
				expect("visit", err, allow(a, domain.ActVisitRecord, c))
				x := domain.Aid{File: f.ID, Center: c, Date: fa.Date{Year: 1403, Month: 9, Day: 1}, Kind: domain.AidCash, Amount: 1}
				_, err = e.s.AddAid(a, x)
				expect("aid", err, allow(a, domain.ActAidRecord, c))

				other := e.c2.ID
				if c == e.c2.ID {
					other = e.c1.ID
				}
				_, err = e.s.TransferFile(a, f.ID, other, "")
				expect("transfer", err, allow(a, domain.ActFileTransfer, c))

				h := family(c, "علی", "زینلی", "", "")
				h.ExternalRef = "r-" + ac.name
				_, err = e.s.ImportFiles(a, []domain.File{h}, "sheet.csv")
				expect("import", err, allow(a, domain.ActImport, c))
			})
		}
	}
	e.check()
}

func TestCreateGetUpdate(t *testing.T) {
	e := newEnv(t)
	cw := e.actorAt(domain.RoleCaseworker, e.c1.ID)
	f, err := e.s.CreateFile(cw, family(e.c1.ID, "زهرا", "کشاورزی", "2873658053", "9151234567"))
	mustNoErr(t, err)
	if f.ID.Center() != e.c1.ID || f.Version != 1 || f.Number != "TUS-1403-0001" || f.CreatedBy != cw.User.ID {
		t.Fatalf("created %+v", f)
	}
	f2, err := e.s.CreateFile(cw, family(e.c1.ID, "مریم", "کشاورزی", "", ""))
	mustNoErr(t, err)
	if f2.Number != "TUS-1403-0002" || f2.ID.Seq() != f.ID.Seq()+1 {
		t.Fatalf("second file %s %s", f2.ID, f2.Number)
	}
	got, err := e.s.File(cw, f.ID)
	mustNoErr(t, err)
	if got.Head.Mobile.Value != "09151234567" || got.Address != f.Address || !got.CreatedAt.Equal(f.CreatedAt) {
		t.Fatalf("read back %+v", got)
	}

	got.Head.Mobile = domain.ParseMobile("09350000001")
	got.Members = append(got.Members, domain.Member{Person: domain.Person{FirstName: "علی", NationalCode: domain.ParseNationalCode("0793689139")}, Relation: domain.RelationChild})
	up, err := e.s.UpdateFile(cw, got)
	mustNoErr(t, err)
	if up.Version != 2 || up.UpdatedBy != cw.User.ID || !up.CreatedAt.Equal(f.CreatedAt) {
		t.Fatalf("updated %+v", up)
	}
	// the same save again changes nothing
	same, err := e.s.UpdateFile(cw, up)
	mustNoErr(t, err)
	if same.Version != 2 {
		t.Fatalf("no-op save bumped version to %d", same.Version)
	}
	// a stale version is refused
	got.Notes = "stale"
	_, err = e.s.UpdateFile(cw, got)
	wantErr(t, err, ErrConflict)
	moved := up
	moved.Center = e.c2.ID
	_, err = e.s.UpdateFile(e.admin(), moved)
	wantErr(t, err, ErrCenterChange)
	bad := up
	bad.Head = domain.Person{}
	_, err = e.s.UpdateFile(cw, bad)
	wantErr(t, err, domain.ErrFileNoName)
	_, err = e.s.File(cw, domain.NewID(e.c1.ID, 999))
	wantErr(t, err, ErrNotFound)
	_, err = e.s.SetStatus(cw, f.ID, domain.StatusSuspended, " ")
	wantErr(t, err, domain.ErrClosedReason)
	e.check()
}

func ids(xs ...domain.ID) []domain.ID { return xs }

func TestIndexesFollowChanges(t *testing.T) {
	e := newEnv(t)
	f := family(e.c1.ID, "زهرا", "کشاورزی", "2873658053", "09151234567")
	f.ExternalRef = "17"
	f.Members = []domain.Member{{Person: domain.Person{FirstName: "علی", NationalCode: domain.ParseNationalCode("793689139"),
		Mobile: domain.ParseMobile("09151234567")}}}
	f.Head.ForeignID = domain.ParseForeignID("123456789012")
	f = e.create(f)
	lookup := func(name string, fn func(string) ([]domain.ID, error), typed string, want []domain.ID) {
		t.Helper()
		got, err := fn(typed)
		mustNoErr(t, err)
		if !slices.Equal(got, want) {
			t.Errorf("%s(%q) = %v, want %v", name, typed, got, want)
		}
	}
	lookup("nc", e.s.FilesByNationalCode, "۲۸۷۳۶۵۸۰۵۳", ids(f.ID))
	lookup("nc", e.s.FilesByNationalCode, "287-365805-3", ids(f.ID))
	lookup("nc member", e.s.FilesByNationalCode, "0793689139", ids(f.ID))
	lookup("mobile", e.s.FilesByMobile, "+98 915 123 4567", ids(f.ID))
	lookup("fid", e.s.FilesByForeignID, "۱۲۳۴۵۶۷۸۹۰۱۲", ids(f.ID))
	lookup("nc unknown", e.s.FilesByNationalCode, "0000000000", nil)
	if id, err := e.s.FileByRef(e.c1.ID, "17"); id != f.ID || err != nil {
		t.Fatalf("ref: %v %v", id, err)
	}

	f.Head.Mobile = domain.ParseMobile("09120000001")
	f.Members = nil
	f.ExternalRef = "18"
	f, err := e.s.UpdateFile(e.admin(), f)
	mustNoErr(t, err)
	lookup("old mobile", e.s.FilesByMobile, "09151234567", nil)
	lookup("new mobile", e.s.FilesByMobile, "09120000001", ids(f.ID))
	lookup("removed member", e.s.FilesByNationalCode, "0793689139", nil)
	if _, err := e.s.FileByRef(e.c1.ID, "17"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("old ref still found: %v", err)
	}

	active := domain.StatusActive
	list := func(c domain.CenterID, st *domain.Status) []domain.ID {
		fs, err := e.s.Files(e.admin(), Query{Center: c, Status: st})
		mustNoErr(t, err)
		var out []domain.ID
		for _, f := range fs {
			out = append(out, f.ID)
		}
		return out
	}
	if got := list(e.c1.ID, &active); !slices.Equal(got, ids(f.ID)) {
		t.Fatalf("active at c1: %v", got)
	}
	f, err = e.s.TransferFile(e.admin(), f.ID, e.c2.ID, "moved to Tollab")
	mustNoErr(t, err)
	if f.Center != e.c2.ID || f.ExternalRef != "" || f.Number == "TUS-1403-0001" || f.ID.Center() != e.c1.ID {
		t.Fatalf("transferred %+v", f)
	}
	if got := list(e.c1.ID, nil); len(got) != 0 {
		t.Fatalf("c1 still lists %v", got)
	}
	if got := list(e.c1.ID, &active); len(got) != 0 {
		t.Fatalf("c1 active still lists %v", got)
	}
	if got := list(e.c2.ID, &active); !slices.Equal(got, ids(f.ID)) {
		t.Fatalf("c2 active lists %v", got)
	}
	if _, err := e.s.FileByRef(e.c1.ID, "18"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("ref survives transfer: %v", err)
	}
	lookup("mobile after transfer", e.s.FilesByMobile, "09120000001", ids(f.ID))
	closed := domain.StatusClosed
	_, err = e.s.SetStatus(e.admin(), f.ID, domain.StatusClosed, "moved away")
	mustNoErr(t, err)
	if got := list(e.c2.ID, &closed); !slices.Equal(got, ids(f.ID)) {
		t.Fatalf("closed lists %v", got)
	}
	if got := list(e.c2.ID, &active); len(got) != 0 {
		t.Fatalf("active still lists %v", got)
	}
	e.check()
}

func TestFilesPaging(t *testing.T) {
	e := newEnv(t)
	var all []domain.ID
	for i := 0; i < 25; i++ {
		c := e.c1.ID
		if i%3 == 0 {
			c = e.c2.ID
		}
		f := family(c, "زهرا", fmt.Sprint(i), "", "")
		if i%4 == 0 {
			f.Categories = []domain.Category{domain.CategoryElderly}
		}
		all = append(all, e.create(f).ID)
	}
	slices.Sort(all)
	var got []domain.ID
	q := Query{Limit: 7}
	for {
		page, err := e.s.Files(e.actorAt(domain.RoleCoordinator, e.c1.ID), q)
		mustNoErr(t, err)
		for _, f := range page {
			got = append(got, f.ID)
		}
		if len(page) < q.Limit {
			break
		}
		q.After = page[len(page)-1].ID
	}
	if !slices.Equal(got, all) {
		t.Fatalf("coordinator pages %v, want %v", got, all)
	}
	// a caseworker sees only their center, and may not ask for another
	cw := e.actorAt(domain.RoleCaseworker, e.c1.ID)
	mine, err := e.s.Files(cw, Query{})
	mustNoErr(t, err)
	for _, f := range mine {
		if f.Center != e.c1.ID {
			t.Fatalf("caseworker sees file of center %d", f.Center)
		}
	}
	if len(mine) != 16 {
		t.Fatalf("caseworker sees %d files, want 16", len(mine))
	}
	_, err = e.s.Files(cw, Query{Center: e.c2.ID})
	wantErr(t, err, ErrDenied)
	elderly := domain.CategoryElderly
	old, err := e.s.Files(e.admin(), Query{Category: &elderly})
	mustNoErr(t, err)
	if len(old) != 7 {
		t.Fatalf("%d elderly files, want 7", len(old))
	}
	var n int
	mustNoErr(t, e.s.EachFile(func(domain.File) error { n++; return nil }))
	if n != 25 {
		t.Fatalf("EachFile saw %d", n)
	}
}

func TestHistory(t *testing.T) {
	e := newEnv(t)
	cw := e.actorAt(domain.RoleCaseworker, e.c1.ID)
	f, err := e.s.CreateFile(cw, family(e.c1.ID, "زهرا", "کشاورزی", "2873658053", "09151234567"))
	mustNoErr(t, err)
	f.Head.Mobile = domain.ParseMobile("09350000001")
	f.Address = "طلاب، بولوار طبرسی، طبرسی ۳۰، پلاک ۵۹"
	f.Members = []domain.Member{{Person: domain.Person{FirstName: "علی", LastName: "کشاورزی"}, Relation: domain.RelationChild}}
	f, err = e.s.UpdateFile(cw, f)
	mustNoErr(t, err)
	f.Members[0].BirthDate = fa.Date{Year: 1390}
	f, err = e.s.UpdateFile(cw, f)
	mustNoErr(t, err)
	_, err = e.s.AddVisit(cw, domain.Visit{File: f.ID, Date: fa.Date{Year: 1403, Month: 9, Day: 14}, Findings: "سقف چکه می\u200cکند"})
	mustNoErr(t, err)

	h, err := e.s.History(cw, f.ID)
	mustNoErr(t, err)
	if len(h) != 4 {
		t.Fatalf("%d events, want 4", len(h))
	}
	if h[0].Kind != kindVisit || h[3].Action != domain.ActFileCreate {
		t.Fatalf("order: %s %s ... %v", h[0].Kind, h[1].Kind, h[3].Action)
	}
	change := func(ev domain.AuditEvent, field string) (domain.FieldChange, bool) {
		for _, c := range ev.Changes {
			if c.Field == field {
				return c, true
			}
		}
		return domain.FieldChange{}, false
	}
	if c, ok := change(h[2], "head.mobile"); !ok || c.Before != "9151234567" && c.Before != "09151234567" || c.After != "09350000001" {
		t.Errorf("mobile change %+v in %+v", c, h[2].Changes)
	}
	if c, ok := change(h[2], "member"); !ok || c.Before != "" || c.After == "" {
		t.Errorf("member added %+v", h[2].Changes)
	}
	if c, ok := change(h[1], "member[علی کشاورزی].birth_date"); !ok || c.After != "1390" {
		t.Errorf("member change %+v", h[1].Changes)
	}
	if c, ok := change(h[3], "head.first_name"); !ok || c.After != "زهرا" {
		t.Errorf("create event %+v", h[3].Changes)
	}
	if h[2].Login != cw.User.Login || h[2].Source != "test" || h[2].Actor != cw.User.ID || h[2].Center != e.c1.ID {
		t.Errorf("who: %+v", h[2])
	}
	// Audit: supervisors see their center; caseworkers nothing
	sup := e.actorAt(domain.RoleSupervisor, e.c1.ID)
	evs, err := e.s.Audit(sup, AuditFilter{})
	mustNoErr(t, err)
	if len(evs) != 5 { // the four above and the center's creation
		t.Fatalf("supervisor audit %d events", len(evs))
	}
	_, err = e.s.Audit(cw, AuditFilter{})
	wantErr(t, err, ErrDenied)
	_, err = e.s.Audit(sup, AuditFilter{Center: e.c2.ID})
	wantErr(t, err, ErrDenied)
	all, err := e.s.Audit(e.admin(), AuditFilter{Login: cw.User.Login, Limit: 2})
	mustNoErr(t, err)
	if len(all) != 2 || all[0].Kind != kindVisit {
		t.Fatalf("admin audit %+v", all)
	}
	span, err := e.s.Audit(e.admin(), AuditFilter{Since: h[2].At, Until: h[0].At})
	mustNoErr(t, err)
	if len(span) != 2 || span[0].ID != h[1].ID || span[1].ID != h[2].ID {
		t.Fatalf("since/until gave %d events", len(span))
	}
}

func TestIdentTiers(t *testing.T) {
	e := newEnv(t)
	f := e.create(family(e.c1.ID, "زهرا", "الف", "2873658053", "09151234567"))
	g := e.create(family(e.c1.ID, "مریم", "ب", "0793689139", "09151234567"))
	merge := func() {
		t.Helper()
		mustNoErr(t, e.s.db.Update(mergeIdents))
	}
	merge()
	if got, _ := e.s.FilesByMobile("09151234567"); !slices.Equal(got, ids(f.ID, g.ID)) {
		t.Fatalf("after merge: %v", got)
	}
	// g's new mobile lands in the recent tier, its old one leaves the main
	g.Head.Mobile = domain.ParseMobile("09120000000")
	g, err := e.s.UpdateFile(e.admin(), g)
	mustNoErr(t, err)
	if got, _ := e.s.FilesByMobile("09151234567"); !slices.Equal(got, ids(f.ID)) {
		t.Fatalf("old mobile: %v", got)
	}
	h := e.create(family(e.c2.ID, "فاطمه", "پ", "", "09120000000"))
	if got, _ := e.s.FilesByMobile("09120000000"); !slices.Equal(got, ids(g.ID, h.ID)) {
		t.Fatalf("both tiers: %v", got)
	}
	e.check()
	merge()
	e.check()
	if got, _ := e.s.FilesByNationalCode("793689139"); !slices.Equal(got, ids(g.ID)) {
		t.Fatalf("after second merge: %v", got)
	}
}
