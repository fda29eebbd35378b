package search

import (
	"slices"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

func TestSearchForRoles(t *testing.T) {
	ix := New()
	for i, c := range []domain.CenterID{1, 1, 2, 3} {
		ix.Put(domain.File{ID: domain.NewID(c, uint64(i+1)), Center: c, Number: "N",
			Head: domain.Person{FirstName: "زهرا", LastName: "احمدی", Mobile: domain.ParseMobile("09121234567")}}, fa.Date{}, fa.Date{})
	}
	user := func(r domain.Role, c domain.CenterID, off bool) domain.User {
		return domain.User{ID: 9, Role: r, Center: c, Disabled: off}
	}
	for _, tc := range []struct {
		name    string
		u       domain.User
		centers []domain.CenterID // asked
		want    []domain.CenterID // centers of the results
	}{
		{"caseworker", user(domain.RoleCaseworker, 1, false), nil, []domain.CenterID{1, 1}},
		{"caseworker asks for another center", user(domain.RoleCaseworker, 1, false), []domain.CenterID{2}, nil},
		{"supervisor", user(domain.RoleSupervisor, 2, false), nil, []domain.CenterID{2}},
		{"coordinator", user(domain.RoleCoordinator, 0, false), nil, []domain.CenterID{1, 1, 2, 3}},
		{"coordinator asks for one", user(domain.RoleCoordinator, 0, false), []domain.CenterID{3}, []domain.CenterID{3}},
		{"admin", user(domain.RoleAdmin, 1, false), nil, []domain.CenterID{1, 1, 2, 3}},
		{"disabled", user(domain.RoleAdmin, 1, true), nil, nil},
		{"caseworker without a center", user(domain.RoleCaseworker, 0, false), nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := ix.SearchFor(tc.u, "زهرا", Filter{Centers: tc.centers}, ByNumber, 0, 10)
			var got []domain.CenterID
			for _, r := range p.Results {
				got = append(got, r.Center)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) || p.Total != len(tc.want) {
				t.Errorf("centers %v (total %d), want %v", got, p.Total, tc.want)
			}
		})
	}
}
