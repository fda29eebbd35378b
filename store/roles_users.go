package store

import (
	"github.com/parvande/parvande/domain"
)

// UsersFor lists, in id order, the users a may manage: every user for an
// admin, the caseworkers and supervisors of their own center for a
// supervisor. Other roles get ErrDenied. Hashes are never returned.
// Users (without an actor) stays for the server's own lookups.
func (s *Store) UsersFor(a Actor) ([]domain.User, error) {
	if reachOf(a, domain.ActUserManage).none() {
		return nil, ErrDenied
	}
	all, err := s.Users()
	if err != nil {
		return nil, err
	}
	out := all[:0]
	for _, u := range all {
		if domain.Can(a.User, domain.ActUserManage, domain.Target{Center: u.Center, Role: u.Role}) {
			out = append(out, u)
		}
	}
	return out, nil
}
