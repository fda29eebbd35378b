package store

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
)

func TestSetUserRTL(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "p.db"), Options{})
	mustNoErr(t, err)
	defer s.Close()
	sys := SystemActor()
	c, err := s.CreateCenter(sys, domain.Center{Name: "توس"})
	mustNoErr(t, err)
	reza, err := s.CreateUser(sys, domain.User{Login: "reza", Role: domain.RoleCaseworker, Center: c.ID}, "secret-4")
	mustNoErr(t, err)
	sara, err := s.CreateUser(sys, domain.User{Login: "sara", Role: domain.RoleCaseworker, Center: c.ID}, "secret-5")
	mustNoErr(t, err)
	if reza.RTLMode != "" {
		t.Fatalf("new user has a mode: %q", reza.RTLMode)
	}
	cases := []struct {
		name  string
		actor Actor
		id    domain.ID
		mode  string
		err   error
	}{
		{"own choice", Actor{User: reza}, reza.ID, "visual", nil},
		{"same again", Actor{User: reza}, reza.ID, "visual", nil},
		{"unknown mode", Actor{User: reza}, reza.ID, "Visual", ErrRTLMode},
		{"empty mode", Actor{User: reza}, reza.ID, "", ErrRTLMode},
		{"another caseworker's", Actor{User: sara}, reza.ID, "logical", ErrDenied},
		{"admin for a user", sys, sara.ID, "visual-unshaped", nil},
	}
	for _, tc := range cases {
		_, err := s.SetUserRTL(tc.actor, tc.id, tc.mode)
		if tc.err != nil {
			wantErr(t, err, tc.err)
			continue
		}
		mustNoErr(t, err)
		got, err := s.User(tc.id)
		mustNoErr(t, err)
		if got.RTLMode != tc.mode {
			t.Errorf("%s: stored %q, want %q", tc.name, got.RTLMode, tc.mode)
		}
	}
	// UpdateUser (name, language) keeps the mode.
	r, err := s.User(reza.ID)
	mustNoErr(t, err)
	r.Name, r.RTLMode = "رضا", ""
	_, err = s.UpdateUser(Actor{User: reza}, r)
	mustNoErr(t, err)
	if got, _ := s.User(reza.ID); got.RTLMode != "visual" || got.Name != "رضا" {
		t.Errorf("after UpdateUser: %+v", got)
	}
}

// A user record written before RTLMode existed (format 1) still decodes,
// with the mode unset, so the user is asked on next login.
func TestDecodeUserFormat1(t *testing.T) {
	u := domain.User{Login: "old", Name: "قدیمی", Role: domain.RoleCaseworker, Center: 3, Lang: "fa",
		PasswordHash: "h", Keys: []string{"k"}, CreatedAt: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
	e := enc{}
	e.byte(1)
	e.str(u.Login)
	e.str(u.Name)
	e.byte(byte(u.Role))
	e.uint(uint64(u.Center))
	e.str(u.Lang)
	e.bool(u.Disabled)
	e.str(u.PasswordHash)
	e.strs(u.Keys)
	e.time(u.CreatedAt)
	got, err := decodeUser(7, seal(e.b, 0))
	mustNoErr(t, err)
	if got.Login != "old" || got.Name != u.Name || got.RTLMode != "" || !got.CreatedAt.Equal(u.CreatedAt) || len(got.Keys) != 1 {
		t.Errorf("format 1 decoded as %+v", got)
	}
	u.RTLMode = "visual"
	back, err := decodeUser(7, encodeUser(&u))
	mustNoErr(t, err)
	if back.RTLMode != "visual" {
		t.Errorf("round trip lost the mode: %+v", back)
	}
}
