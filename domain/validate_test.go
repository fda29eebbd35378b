package domain_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

var (
	fullDate = fa.Date{Year: 1403, Month: 9, Day: 12}
	yearOnly = fa.Date{Year: 1403}
)

func TestFileValidate(t *testing.T) {
	ok := domain.File{Center: 1, Head: domain.Person{LastName: "رضایی"}}
	tests := []struct {
		name string
		edit func(*domain.File)
		want error
	}{
		{"ok", func(*domain.File) {}, nil},
		{"first name only", func(f *domain.File) { f.Head = domain.Person{FirstName: "زهرا"} }, nil},
		{"closed", func(f *domain.File) { f.Status = domain.StatusClosed }, nil},
		{"no center", func(f *domain.File) { f.Center = 0 }, domain.ErrFileNoCenter},
		{"no name", func(f *domain.File) { f.Head = domain.Person{FatherName: "حسن"} }, domain.ErrFileNoName},
		{"blank name", func(f *domain.File) { f.Head = domain.Person{FirstName: " \t", LastName: "  "} }, domain.ErrFileNoName},
		{"bad status", func(f *domain.File) { f.Status = domain.StatusClosed + 1 }, domain.ErrFileStatus},
		{"negative rent", func(f *domain.File) { f.Rent = -1 }, domain.ErrFileNegative},
		{"negative income", func(f *domain.File) { f.Income = -1 }, domain.ErrFileNegative},
		{"negative size", func(f *domain.File) { f.HouseholdSize = -1 }, domain.ErrFileNegative},
		{"flagged code is fine", func(f *domain.File) { f.Head.NationalCode = domain.ParseNationalCode("123") }, nil},
	}
	for _, tt := range tests {
		f := ok
		tt.edit(&f)
		if err := f.Validate(); !errors.Is(err, tt.want) {
			t.Errorf("%s: Validate() = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestVisitValidate(t *testing.T) {
	tests := []struct {
		name string
		v    domain.Visit
		ok   bool
	}{
		{"ok", domain.Visit{Date: fullDate, Kind: domain.VisitPhone}, true},
		{"no date", domain.Visit{}, false},
		{"year only", domain.Visit{Date: yearOnly}, false},
		{"year and month", domain.Visit{Date: fa.Date{Year: 1403, Month: 9}}, false},
		{"bad kind", domain.Visit{Date: fullDate, Kind: domain.VisitPhone + 1}, false},
	}
	for _, tt := range tests {
		err := tt.v.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("%s: Validate() = %v", tt.name, err)
		}
	}
	if err := (domain.Visit{Date: yearOnly}).Validate(); !errors.Is(err, domain.ErrVisitDate) {
		t.Errorf("partial date: %v, want ErrVisitDate", err)
	}
}

func TestAidValidate(t *testing.T) {
	tests := []struct {
		name string
		a    domain.Aid
		want error
	}{
		{"cash", domain.Aid{Date: fullDate, Kind: domain.AidCash, Amount: 5_000_000}, nil},
		{"basket with no value", domain.Aid{Date: fullDate, Kind: domain.AidFoodBasket, Quantity: 2}, nil},
		{"other, nothing", domain.Aid{Date: fullDate, Kind: domain.AidOther}, nil},
		{"no date", domain.Aid{Kind: domain.AidCash, Amount: 1}, domain.ErrAidDate},
		{"partial date", domain.Aid{Date: yearOnly, Kind: domain.AidCash, Amount: 1}, domain.ErrAidDate},
		{"bad kind", domain.Aid{Date: fullDate, Kind: domain.AidOther + 1}, domain.ErrAidKind},
		{"negative amount", domain.Aid{Date: fullDate, Kind: domain.AidRent, Amount: -1}, domain.ErrAidValue},
		{"negative quantity", domain.Aid{Date: fullDate, Kind: domain.AidClothing, Quantity: -1}, domain.ErrAidValue},
		{"cash zero", domain.Aid{Date: fullDate, Kind: domain.AidCash}, domain.ErrAidAmount},
	}
	for _, tt := range tests {
		if err := tt.a.Validate(); !errors.Is(err, tt.want) {
			t.Errorf("%s: Validate() = %v, want %v", tt.name, err, tt.want)
		}
	}
	if len(domain.AidKinds) != int(domain.AidOther)+1 {
		t.Errorf("AidKinds lists %d kinds, want %d", len(domain.AidKinds), domain.AidOther+1)
	}
}

func TestUserValidate(t *testing.T) {
	tests := []struct {
		login string
		role  domain.Role
		want  error
	}{
		{"maryam", domain.RoleCaseworker, nil},
		{"m.rezaei-2_b", domain.RoleAdmin, nil},
		{strings.Repeat("a", 64), domain.RoleSupervisor, nil},
		{"", domain.RoleCaseworker, domain.ErrUserLogin},
		{strings.Repeat("a", 65), domain.RoleCaseworker, domain.ErrUserLogin},
		{"Maryam", domain.RoleCaseworker, domain.ErrUserLogin},
		{"maryam rezaei", domain.RoleCaseworker, domain.ErrUserLogin},
		{"مریم", domain.RoleCaseworker, domain.ErrUserLogin},
		{"a@b", domain.RoleCaseworker, domain.ErrUserLogin},
		{"maryam", 0, domain.ErrUserRole},
		{"maryam", domain.RoleAdmin + 1, domain.ErrUserRole},
	}
	for _, tt := range tests {
		u := domain.User{Login: tt.login, Role: tt.role}
		if err := u.Validate(); !errors.Is(err, tt.want) {
			t.Errorf("User{%q, %v}.Validate() = %v, want %v", tt.login, tt.role, err, tt.want)
		}
	}
	if err := domain.System.Validate(); err != nil {
		t.Errorf("System user invalid: %v", err)
	}
}

func TestCenterValidate(t *testing.T) {
	for _, tt := range []struct {
		name string
		c    domain.Center
		want error
	}{
		{"ok", domain.Center{Name: "خیریه امام رضا"}, nil},
		{"empty", domain.Center{Code: "TUS"}, domain.ErrCenterName},
		{"blank", domain.Center{Name: " \u00a0 "}, domain.ErrCenterName},
	} {
		if err := tt.c.Validate(); !errors.Is(err, tt.want) {
			t.Errorf("%s: Validate() = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestRoleNames(t *testing.T) {
	for _, r := range domain.Roles {
		back, ok := domain.ParseRole(" " + strings.ToUpper(r.String()) + " ")
		if !ok || back != r {
			t.Errorf("ParseRole(%q) = %v, %v", r.String(), back, ok)
		}
	}
	if _, ok := domain.ParseRole("root"); ok {
		t.Error("ParseRole(root) ok")
	}
	if domain.Role(0).String() != "unknown" {
		t.Error("Role(0) has a name")
	}
}

func TestFileHelpers(t *testing.T) {
	f := domain.File{Categories: []domain.Category{domain.CategoryElderly}}
	if !f.HasCategory(domain.CategoryElderly) || f.HasCategory(domain.CategoryOrphans) {
		t.Error("HasCategory")
	}
	for _, tt := range []struct {
		p    domain.Person
		want string
	}{
		{domain.Person{FirstName: "زهرا", LastName: "رضایی"}, "زهرا رضایی"},
		{domain.Person{FirstName: "زهرا"}, "زهرا"},
		{domain.Person{LastName: "رضایی"}, "رضایی"},
		{domain.Person{}, ""},
	} {
		if got := tt.p.FullName(); got != tt.want {
			t.Errorf("FullName() = %q, want %q", got, tt.want)
		}
	}
	l := domain.Link{}
	if !l.Active() {
		t.Error("new link not active")
	}
}

func TestImpossibleDatesRefused(t *testing.T) {
	bad := fa.Date{Year: 1404, Month: 12, Day: 30} // 1404 is not a leap year
	if err := (domain.Visit{Date: bad}).Validate(); err != domain.ErrDateNotExist {
		t.Errorf("visit on %v: got %v", bad, err)
	}
	ok := fa.Date{Year: 1403, Month: 12, Day: 30}
	if err := (domain.Visit{Date: ok, NextDue: fa.Date{Year: 1403, Month: 7, Day: 31}}).Validate(); err != domain.ErrDateNotExist {
		t.Errorf("visit due on Mehr 31: got %v", err)
	}
	if err := (domain.Aid{Date: bad, Kind: domain.AidFoodBasket}).Validate(); err != domain.ErrDateNotExist {
		t.Errorf("aid on %v: got %v", bad, err)
	}
	if err := (domain.Aid{Date: ok, Kind: domain.AidFoodBasket}).Validate(); err != nil {
		t.Errorf("aid on leap Esfand 30: %v", err)
	}
}
