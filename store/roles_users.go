package store

import (
	"errors"
	"fmt"
	"strings"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
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

// ErrNoSuchNumber: no file has the file number asked for.
var ErrNoSuchNumber = fmt.Errorf("no file with that number: %w", ErrNotFound)

// FileIDByNumber finds a file by its center-local number ("TUS-1403-0042",
// in Persian or Latin digits, any letter case), for the audit filters. It
// returns only the id, which says nothing of the household; it walks the
// files, which is fine for a filter typed by a person.
func (s *Store) FileIDByNumber(number string) (domain.ID, error) {
	want := normNumber(number)
	if want == "" {
		return 0, ErrNoSuchNumber
	}
	var id domain.ID
	err := s.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bFiles).ForEach(func(k, v []byte) error {
			f, err := decodeFile(domain.IDFromKey(k), v)
			if err != nil {
				return err
			}
			if normNumber(f.Number) == want {
				id = f.ID
				return errFound
			}
			return nil
		})
	})
	switch {
	case errors.Is(err, errFound):
		return id, nil
	case err != nil:
		return 0, err
	}
	return 0, ErrNoSuchNumber
}

var errFound = errors.New("found")

func normNumber(s string) string {
	return strings.ToUpper(strings.TrimSpace(fa.ToLatinDigits(s)))
}
