package store

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/parvande/parvande/domain"
)

func TestUsersAndLogin(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "p.db"), Options{})
	mustNoErr(t, err)
	defer s.Close()
	if has, _ := s.HasUsers(); has {
		t.Fatal("new database has users")
	}
	sys := SystemActor()
	c, err := s.CreateCenter(sys, domain.Center{Name: "توس"})
	mustNoErr(t, err)
	admin, err := s.CreateUser(sys, domain.User{Login: " Admin ", Name: "مدیر", Role: domain.RoleAdmin}, "secret-1")
	mustNoErr(t, err)
	if admin.Login != "admin" || admin.PasswordHash != "" || admin.ID.Center() != 0 {
		t.Fatalf("admin %+v", admin)
	}
	if has, _ := s.HasUsers(); !has {
		t.Fatal("HasUsers false after first user")
	}
	adminA := Actor{User: admin, Source: "test"}
	sup, err := s.CreateUser(adminA, domain.User{Login: "sara", Role: domain.RoleSupervisor, Center: c.ID}, "secret-2")
	mustNoErr(t, err)
	supA := Actor{User: sup}
	_, err = s.CreateUser(supA, domain.User{Login: "boss", Role: domain.RoleAdmin}, "secret-3")
	wantErr(t, err, ErrDenied) // not above their own role
	cw, err := s.CreateUser(supA, domain.User{Login: "reza", Role: domain.RoleCaseworker, Center: c.ID}, "secret-4")
	mustNoErr(t, err)
	_, err = s.CreateUser(supA, domain.User{Login: "reza", Role: domain.RoleCaseworker, Center: c.ID}, "secret-4")
	wantErr(t, err, ErrExists)
	_, err = s.CreateUser(adminA, domain.User{Login: "x", Role: domain.RoleCaseworker}, "secret-4")
	wantErr(t, err, ErrUserCenter)
	_, err = s.CreateUser(adminA, domain.User{Login: "y", Role: domain.RoleCaseworker, Center: c.ID}, "abc")
	wantErr(t, err, ErrWeakPassword)
	_, err = s.CreateUser(adminA, domain.User{Login: "bad login", Role: domain.RoleCaseworker, Center: c.ID}, "")
	wantErr(t, err, domain.ErrUserLogin)

	u, err := s.Authenticate("REZA", "secret-4")
	mustNoErr(t, err)
	if u.ID != cw.ID || u.PasswordHash != "" {
		t.Fatalf("authenticated %+v", u)
	}
	for _, tc := range []struct{ login, pw string }{{"reza", "wrong"}, {"nobody", "secret-4"}, {"", ""}} {
		if _, err := s.Authenticate(tc.login, tc.pw); err != ErrBadLogin {
			t.Errorf("Authenticate(%q, %q) = %v", tc.login, tc.pw, err)
		}
	}
	// self service: name and password, not role
	cwA := Actor{User: cw}
	cw.Name = "رضا"
	cw, err = s.UpdateUser(cwA, cw)
	mustNoErr(t, err)
	promoted := cw
	promoted.Role = domain.RoleSupervisor
	_, err = s.UpdateUser(cwA, promoted)
	wantErr(t, err, ErrDenied)
	mustNoErr(t, s.SetPassword(cwA, cw.ID, "new-secret"))
	if _, err := s.Authenticate("reza", "new-secret"); err != nil {
		t.Fatal(err)
	}
	wantErr(t, s.SetPassword(cwA, sup.ID, "hijacked"), ErrDenied)
	// disabled users cannot log in
	cw.Disabled = true
	_, err = s.UpdateUser(supA, cw)
	mustNoErr(t, err)
	if _, err := s.Authenticate("reza", "new-secret"); err != ErrBadLogin {
		t.Fatalf("disabled login: %v", err)
	}
	// rename keeps the login index right
	cw.Login = "reza2"
	_, err = s.UpdateUser(supA, cw)
	mustNoErr(t, err)
	if _, err := s.UserByLogin("reza"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("old login: %v", err)
	}
	if got, err := s.UserByLogin("reza2"); err != nil || got.ID != cw.ID || got.PasswordHash != "" {
		t.Fatalf("new login %+v %v", got, err)
	}
	users, err := s.Users()
	mustNoErr(t, err)
	if len(users) != 3 {
		t.Fatalf("%d users", len(users))
	}
	ev, err := s.Audit(adminA, AuditFilter{})
	mustNoErr(t, err)
	for _, e := range ev {
		for _, ch := range e.Changes {
			if strings.Contains(ch.After, "argon2") || strings.Contains(ch.After, "secret") {
				t.Fatalf("password material in audit: %+v", ch)
			}
		}
	}
	problems, err := s.Check()
	if err != nil || len(problems) > 0 {
		t.Fatal(problems, err)
	}
}

func TestPasswordHash(t *testing.T) {
	h, err := hashPassword("گذرواژه")
	mustNoErr(t, err)
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Fatalf("hash %s", h)
	}
	h2, _ := hashPassword("گذرواژه")
	if h == h2 {
		t.Fatal("same salt twice")
	}
	if _, ok := parsePHC(dummyHash); !ok {
		t.Fatal("the dummy hash must parse, or unknown logins answer faster")
	}
	if !verifyPassword(h, "گذرواژه") || verifyPassword(h, "گذرواژ") || verifyPassword("", "") ||
		verifyPassword("$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", "x") {
		t.Fatal("verify")
	}
}

func TestCenters(t *testing.T) {
	e := newEnv(t)
	a := e.admin()
	if e.c2.Code == "" || e.c2.ID != e.c1.ID+1 {
		t.Fatalf("generated %+v", e.c2)
	}
	c3, err := e.s.CreateCenter(a, domain.Center{Name: "Imam Reza Charity"})
	mustNoErr(t, err)
	if c3.Code != "IR" {
		t.Fatalf("latin code %q", c3.Code)
	}
	c4, err := e.s.CreateCenter(a, domain.Center{Name: "Imam Reza Center"})
	mustNoErr(t, err)
	if c4.Code != "IR2" {
		t.Fatalf("second code %q", c4.Code)
	}
	// the same name typed with Arabic letters and a half-space is taken
	_, err = e.s.CreateCenter(a, domain.Center{Name: "كانون نيكوكاري طلاب"})
	wantErr(t, err, ErrExists)
	_, err = e.s.CreateCenter(a, domain.Center{Name: "دیگر", Code: "tus"})
	wantErr(t, err, ErrExists)
	_, err = e.s.CreateCenter(e.actorAt(domain.RoleSupervisor, e.c1.ID), domain.Center{Name: "x"})
	wantErr(t, err, ErrDenied)
	c4.Name = "مرکز نیکوکاری امام رضا"
	c4, err = e.s.UpdateCenter(a, c4)
	mustNoErr(t, err)
	_, err = e.s.CreateCenter(a, domain.Center{Name: "Imam Reza Center"})
	mustNoErr(t, err) // the old name is free again
	got, err := e.s.Center(c4.ID)
	if err != nil || got.Name != c4.Name || got.Code != "IR2" {
		t.Fatalf("center %+v %v", got, err)
	}
	all, _ := e.s.Centers()
	if len(all) != 5 {
		t.Fatalf("%d centers", len(all))
	}
	e.check()
}

func TestSubscribeAfterCommit(t *testing.T) {
	e := newEnv(t)
	var mu sync.Mutex
	var seen []Change
	cancel := e.s.Subscribe(func(c Change) {
		// runs after commit: the change is readable, and a write from
		// here would not deadlock
		if c.Kind == kindFile {
			if _, err := e.s.File(e.admin(), c.IDs[0]); err != nil {
				t.Errorf("file not visible in subscriber: %v", err)
			}
		}
		mu.Lock()
		seen = append(seen, c)
		mu.Unlock()
	})
	f := e.create(family(e.c1.ID, "زهرا", "الف", "", ""))
	_, err := e.s.AddVisit(e.admin(), domain.Visit{File: f.ID, Date: day(1, 1)})
	mustNoErr(t, err)
	_, err = e.s.ImportFiles(e.admin(), synthBatch(1, e.c2.ID, 0, 3), "x")
	mustNoErr(t, err)
	_, err = e.s.CreateFile(e.actorAt(domain.RoleCaseworker, e.c1.ID), family(e.c2.ID, "x", "y", "", ""))
	wantErr(t, err, ErrDenied) // failed writes publish nothing
	cancel()
	cancel()
	e.create(family(e.c1.ID, "مریم", "ب", "", ""))
	mu.Lock()
	defer mu.Unlock()
	if len(seen) != 3 || seen[0].Kind != kindFile || seen[0].Center != e.c1.ID ||
		seen[1].Kind != kindVisit || seen[1].IDs[0] != f.ID || seen[2].Kind != kindImport || len(seen[2].IDs) != 3 {
		t.Fatalf("changes %+v", seen)
	}

	// many goroutines subscribing and writing at once
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stop := e.s.Subscribe(func(Change) {})
			defer stop()
			for j := 0; j < 5; j++ {
				if _, err := e.s.CreateFile(e.admin(), family(e.c1.ID, "زهرا", "ج", "", "")); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
}
