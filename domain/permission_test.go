package domain_test

import (
	"testing"

	"github.com/parvande/parvande/domain"
)

const (
	home  domain.CenterID = 10
	away  domain.CenterID = 20
	away2 domain.CenterID = 30
)

// The four targets of the matrix, in the column order of wantGrants.
var matrixTargets = [4]struct {
	name string
	t    domain.Target
}{
	{"own", domain.Target{Center: home}},
	{"other", domain.Target{Center: away}},
	{"own/other", domain.Target{Center: home, Other: away}},
	{"other/other", domain.Target{Center: away, Other: away2}},
}

// wantGrants is the permission table written out by hand, one column per
// matrixTargets entry (Y = allowed). It repeats permission.go on purpose: a
// change to the grants must be made twice, here deliberately.
var wantGrants = map[domain.Role]map[domain.Action]string{
	domain.RoleCaseworker: {
		domain.ActFileView:        "YNNN",
		domain.ActFileMatchCard:   "YYYY",
		domain.ActFileCreate:      "YNNN",
		domain.ActFileEdit:        "YNNN",
		domain.ActFileClose:       "NNNN",
		domain.ActFileTransfer:    "NNNN",
		domain.ActVisitRecord:     "YNNN",
		domain.ActAidRecord:       "YNNN",
		domain.ActDuplicateView:   "YNYN",
		domain.ActDuplicateDecide: "NNNN",
		domain.ActUserManage:      "NNNN",
		domain.ActCenterManage:    "NNNN",
		domain.ActImport:          "NNNN",
		domain.ActExport:          "NNNN",
		domain.ActBackup:          "NNNN",
		domain.ActAuditView:       "NNNN",
		domain.ActReportView:      "NNNN",
	},
	domain.RoleSupervisor: {
		domain.ActFileView:        "YNNN",
		domain.ActFileMatchCard:   "YYYY",
		domain.ActFileCreate:      "YNNN",
		domain.ActFileEdit:        "YNNN",
		domain.ActFileClose:       "YNNN",
		domain.ActFileTransfer:    "YNNN",
		domain.ActVisitRecord:     "YNNN",
		domain.ActAidRecord:       "YNNN",
		domain.ActDuplicateView:   "YNYN",
		domain.ActDuplicateDecide: "YNNN",
		domain.ActUserManage:      "YNNN",
		domain.ActCenterManage:    "NNNN",
		domain.ActImport:          "YNNN",
		domain.ActExport:          "YNNN",
		domain.ActBackup:          "NNNN",
		domain.ActAuditView:       "YNNN",
		domain.ActReportView:      "YNNN",
	},
	domain.RoleCoordinator: {
		domain.ActFileView:        "YYYY",
		domain.ActFileMatchCard:   "YYYY",
		domain.ActFileCreate:      "YNNN",
		domain.ActFileEdit:        "YNNN",
		domain.ActFileClose:       "YNNN",
		domain.ActFileTransfer:    "NNNN",
		domain.ActVisitRecord:     "YNNN",
		domain.ActAidRecord:       "YNNN",
		domain.ActDuplicateView:   "YYYY",
		domain.ActDuplicateDecide: "YYYY",
		domain.ActUserManage:      "NNNN",
		domain.ActCenterManage:    "NNNN",
		domain.ActImport:          "NNNN",
		domain.ActExport:          "YYYY",
		domain.ActBackup:          "NNNN",
		domain.ActAuditView:       "YYYY",
		domain.ActReportView:      "YYYY",
	},
	domain.RoleAdmin: {
		domain.ActFileView:        "YYYY",
		domain.ActFileMatchCard:   "YYYY",
		domain.ActFileCreate:      "YYYY",
		domain.ActFileEdit:        "YYYY",
		domain.ActFileClose:       "YYYY",
		domain.ActFileTransfer:    "YYYY",
		domain.ActVisitRecord:     "YYYY",
		domain.ActAidRecord:       "YYYY",
		domain.ActDuplicateView:   "YYYY",
		domain.ActDuplicateDecide: "YYYY",
		domain.ActUserManage:      "YYYY",
		domain.ActCenterManage:    "YYYY",
		domain.ActImport:          "YYYY",
		domain.ActExport:          "YYYY",
		domain.ActBackup:          "YYYY",
		domain.ActAuditView:       "YYYY",
		domain.ActReportView:      "YYYY",
	},
}

func TestPermissionMatrix(t *testing.T) {
	if len(wantGrants) != len(domain.Roles) {
		t.Fatalf("expected table has %d roles, domain.Roles %d", len(wantGrants), len(domain.Roles))
	}
	for _, role := range domain.Roles {
		want, ok := wantGrants[role]
		if !ok {
			t.Fatalf("role %v missing from the expected table", role)
		}
		if len(want) != len(domain.Actions) {
			t.Errorf("role %v: expected table has %d actions, domain.Actions %d", role, len(want), len(domain.Actions))
		}
		u := domain.User{Login: "u", Role: role, Center: home}
		for _, a := range domain.Actions {
			row, ok := want[a]
			if !ok || len(row) != len(matrixTargets) {
				t.Errorf("role %v action %v: no expected row", role, a)
				continue
			}
			for i, tg := range matrixTargets {
				wantOK := row[i] == 'Y'
				if got := domain.Can(u, a, tg.t); got != wantOK {
					t.Errorf("Can(%v, %v, %s) = %v, want %v", role, a, tg.name, got, wantOK)
				}
				// A pair is a pair whichever file is named first.
				if tg.t.Other != 0 {
					swapped := domain.Target{Center: tg.t.Other, Other: tg.t.Center}
					if got := domain.Can(u, a, swapped); got != wantOK {
						t.Errorf("Can(%v, %v, %s swapped) = %v, want %v", role, a, tg.name, got, wantOK)
					}
				}
			}
		}
	}
}

func TestActionNames(t *testing.T) {
	seen := map[string]bool{}
	for _, a := range domain.Actions {
		n := a.String()
		if n == "unknown" || seen[n] {
			t.Errorf("action %d: name %q missing or repeated", a, n)
		}
		seen[n] = true
	}
	if domain.Action(0).String() != "unknown" {
		t.Error("Action(0) has a name")
	}
}

func TestDisabledUserCanDoNothing(t *testing.T) {
	targets := []domain.Target{domain.Any, {Center: home}, {Center: away}, {Center: home, Other: away}, {Center: home, Role: domain.RoleCaseworker}}
	for _, role := range domain.Roles {
		u := domain.User{Login: "u", Role: role, Center: home, Disabled: true}
		for _, a := range domain.Actions {
			for _, tg := range targets {
				if domain.Can(u, a, tg) {
					t.Errorf("disabled %v may %v on %+v", role, a, tg)
				}
			}
		}
	}
	sys := domain.System
	sys.Disabled = true
	if domain.Can(sys, domain.ActBackup, domain.Any) {
		t.Error("disabled System may back up")
	}
}

func TestUnknownRoleCanDoNothing(t *testing.T) {
	for _, role := range []domain.Role{0, domain.RoleAdmin + 1} {
		u := domain.User{Login: "u", Role: role, Center: home}
		for _, a := range domain.Actions {
			if domain.Can(u, a, domain.Target{Center: home}) {
				t.Errorf("role %d may %v", role, a)
			}
		}
	}
}

func TestNoHomeCenter(t *testing.T) {
	// A non-admin without a home center owns nothing, even a target
	// without a center.
	u := domain.User{Login: "u", Role: domain.RoleSupervisor}
	for _, a := range []domain.Action{domain.ActFileCreate, domain.ActImport, domain.ActDuplicateView} {
		for _, tg := range []domain.Target{domain.Any, {Center: home}} {
			if domain.Can(u, a, tg) {
				t.Errorf("supervisor without a center may %v on %+v", a, tg)
			}
		}
	}
	if !domain.Can(domain.System, domain.ActBackup, domain.Any) || !domain.Can(domain.System, domain.ActUserManage, domain.Target{Role: domain.RoleAdmin}) {
		t.Error("System (admin, no center) may not back up or manage admins")
	}
}

func TestUserManageByRole(t *testing.T) {
	tests := []struct {
		actor  domain.Role
		center domain.CenterID // the managed user's center
		target domain.Role
		want   bool
	}{
		{domain.RoleSupervisor, home, domain.RoleCaseworker, true},
		{domain.RoleSupervisor, home, domain.RoleSupervisor, true},
		{domain.RoleSupervisor, home, domain.RoleCoordinator, false},
		{domain.RoleSupervisor, home, domain.RoleAdmin, false},
		{domain.RoleSupervisor, away, domain.RoleCaseworker, false},
		{domain.RoleCaseworker, home, domain.RoleCaseworker, false},
		{domain.RoleCoordinator, home, domain.RoleCaseworker, false},
		{domain.RoleAdmin, away, domain.RoleAdmin, true},
		{domain.RoleAdmin, home, domain.RoleCoordinator, true},
	}
	for _, tt := range tests {
		u := domain.User{Login: "u", Role: tt.actor, Center: home}
		got := domain.Can(u, domain.ActUserManage, domain.Target{Center: tt.center, Role: tt.target})
		if got != tt.want {
			t.Errorf("%v manages %v at center %d: %v, want %v", tt.actor, tt.target, tt.center, got, tt.want)
		}
	}
}

func TestParseAction(t *testing.T) {
	for _, a := range domain.Actions {
		if got, ok := domain.ParseAction(" " + a.String() + " "); !ok || got != a {
			t.Errorf("ParseAction(%q) = %v, %v", a.String(), got, ok)
		}
	}
	for _, s := range []string{"", "unknown", "file", "view"} {
		if _, ok := domain.ParseAction(s); ok {
			t.Errorf("ParseAction(%q) accepted", s)
		}
	}
}
