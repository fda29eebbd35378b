package domain

import (
	"errors"
	"strings"
	"time"
)

// Role is what a user may do; see Can.
type Role uint8

const (
	RoleCaseworker Role = iota + 1
	RoleSupervisor
	RoleCoordinator
	RoleAdmin
)

// Roles lists every role, lowest privilege first.
var Roles = []Role{RoleCaseworker, RoleSupervisor, RoleCoordinator, RoleAdmin}

var roleNames = map[Role]string{
	RoleCaseworker:  "caseworker",
	RoleSupervisor:  "supervisor",
	RoleCoordinator: "coordinator",
	RoleAdmin:       "admin",
}

// String is the stable English name, used on the command line and in storage.
func (r Role) String() string {
	if n, ok := roleNames[r]; ok {
		return n
	}
	return "unknown"
}

// ParseRole reads a role name as String writes it.
func ParseRole(s string) (Role, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for r, n := range roleNames {
		if n == s {
			return r, true
		}
	}
	return 0, false
}

// User is a person who works in parvande.
type User struct {
	ID       ID
	Login    string // unique, lower case
	Name     string // display name
	Role     Role
	Center   CenterID // home center
	Lang     string   // "fa" or "en"; empty means decide from the environment
	Disabled bool
	// PasswordHash is an encoded argon2id hash; empty means no password login.
	PasswordHash string
	// Keys are SSH public keys in authorized_keys form.
	Keys      []string
	CreatedAt time.Time
	// RTLMode is how this user's terminal wants right-to-left text:
	// "visual", "visual-unshaped" or "logical"; "" until they choose on
	// the calibration screen. Kept per user so it follows them over SSH.
	RTLMode string
}

// System is the actor for work nobody typed: migrations, first-run setup,
// the command line run by the machine's operator.
var System = User{Login: "system", Name: "system", Role: RoleAdmin}

var (
	ErrUserLogin = errors.New("user needs a login name of letters, digits, dot, dash or underscore")
	ErrUserRole  = errors.New("user needs a role")
)

// Validate checks a user's required fields.
func (u User) Validate() error {
	if !validLogin(u.Login) {
		return ErrUserLogin
	}
	if _, ok := roleNames[u.Role]; !ok {
		return ErrUserRole
	}
	return nil
}

func validLogin(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
		default:
			return false
		}
	}
	return true
}
