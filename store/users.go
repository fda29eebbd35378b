package store

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

var (
	// ErrWeakPassword: a password shorter than MinPasswordLen.
	ErrWeakPassword = fmt.Errorf("password needs at least %d characters", MinPasswordLen)
	// ErrUserCenter: caseworkers and supervisors work at a center.
	ErrUserCenter = errors.New("caseworkers and supervisors need a home center")
)

func getUser(tx *bbolt.Tx, id domain.ID) (domain.User, error) {
	v := tx.Bucket(bUsers).Get(id.Key())
	if v == nil {
		return domain.User{}, fmt.Errorf("user %s: %w", id, ErrNotFound)
	}
	return decodeUser(id, v)
}

func userByLogin(tx *bbolt.Tx, login string) (domain.User, error) {
	id := tx.Bucket(bLogins).Get([]byte(login))
	if id == nil {
		return domain.User{}, fmt.Errorf("user %q: %w", login, ErrNotFound)
	}
	return getUser(tx, domain.IDFromKey(id))
}

func cleanLogin(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// checkUser validates what CreateUser and UpdateUser store.
func checkUser(tx *bbolt.Tx, u *domain.User) error {
	if err := u.Validate(); err != nil {
		return err
	}
	if u.Center == 0 && u.Role < domain.RoleCoordinator {
		return ErrUserCenter
	}
	if u.Center != 0 {
		if _, err := getCenter(tx, u.Center); err != nil {
			return err
		}
	}
	return nil
}

func checkPassword(pw string) error {
	if utf8.RuneCountInString(pw) < MinPasswordLen {
		return ErrWeakPassword
	}
	return nil
}

// CreateUser adds a user. It needs user management over the new user's
// center and role; the first user of a new database is made by
// SystemActor at setup. An empty password means no password login (SSH
// keys only). Returned users never carry the password hash.
func (s *Store) CreateUser(a Actor, u domain.User, password string) (domain.User, error) {
	u.Login = cleanLogin(u.Login)
	if !domain.Can(a.User, domain.ActUserManage, domain.Target{Center: u.Center, Role: u.Role}) {
		return domain.User{}, ErrDenied
	}
	u.PasswordHash = ""
	if password != "" {
		if err := checkPassword(password); err != nil {
			return domain.User{}, err
		}
		h, err := hashPassword(password) // slow on purpose: outside the write lock
		if err != nil {
			return domain.User{}, err
		}
		u.PasswordHash = h
	}
	err := s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock() // under the writer lock: audit times follow commit order
		if err := checkUser(tx, &u); err != nil {
			return err
		}
		if tx.Bucket(bLogins).Get([]byte(u.Login)) != nil {
			return fmt.Errorf("login %q: %w", u.Login, ErrExists)
		}
		if err := checkNewKeys(tx, u.Keys); err != nil {
			return err
		}
		var err error
		if u.ID, err = newID(tx, seqUser, u.Center); err != nil {
			return err
		}
		u.CreatedAt = now
		changes := diffUser(&domain.User{}, &u)
		if password != "" {
			changes = append(changes, domain.FieldChange{Field: "password", After: "set"})
		}
		return s.putUser(tx, a, now, &u, changes)
	})
	if err != nil {
		return domain.User{}, err
	}
	s.publish(Change{Kind: kindUser, IDs: []domain.ID{u.ID}, Center: u.Center})
	u.PasswordHash = ""
	return u, nil
}

func (s *Store) putUser(tx *bbolt.Tx, a Actor, now time.Time, u *domain.User, changes []domain.FieldChange) error {
	if err := tx.Bucket(bUsers).Put(u.ID.Key(), encodeUser(u)); err != nil {
		return err
	}
	if err := tx.Bucket(bLogins).Put([]byte(u.Login), u.ID.Key()); err != nil {
		return err
	}
	return s.audit(tx, a, now, &domain.AuditEvent{
		Action: domain.ActUserManage, Kind: kindUser, Target: u.ID, Center: u.Center, Changes: changes,
	})
}

// UpdateUser changes a user's login, name, role, center, language or
// disabled flag; the password only changes through SetPassword and the
// SSH keys through AddKey and RemoveKey (which keep a key to one user). A manager needs user management over both the old and the
// new center and role; users may change their own name, language and keys.
func (s *Store) UpdateUser(a Actor, u domain.User) (domain.User, error) {
	u.Login = cleanLogin(u.Login)
	var changes []domain.FieldChange
	err := s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock() // under the writer lock: audit times follow commit order
		old, err := getUser(tx, u.ID)
		if err != nil {
			return err
		}
		self := a.User.ID == u.ID && !a.User.Disabled && u.Login == old.Login &&
			u.Role == old.Role && u.Center == old.Center && u.Disabled == old.Disabled
		if !self && !(domain.Can(a.User, domain.ActUserManage, domain.Target{Center: old.Center, Role: old.Role}) &&
			domain.Can(a.User, domain.ActUserManage, domain.Target{Center: u.Center, Role: u.Role})) {
			return ErrDenied
		}
		if err := checkUser(tx, &u); err != nil {
			return err
		}
		u.PasswordHash, u.CreatedAt, u.Keys = old.PasswordHash, old.CreatedAt, old.Keys
		u.RTLMode = old.RTLMode // changed only through SetUserRTL
		if changes = diffUser(&old, &u); len(changes) == 0 {
			u = old
			return nil
		}
		if u.Login != old.Login {
			if tx.Bucket(bLogins).Get([]byte(u.Login)) != nil {
				return fmt.Errorf("login %q: %w", u.Login, ErrExists)
			}
			if err := tx.Bucket(bLogins).Delete([]byte(old.Login)); err != nil {
				return err
			}
		}
		return s.putUser(tx, a, now, &u, changes)
	})
	if err != nil {
		return domain.User{}, err
	}
	if len(changes) > 0 {
		s.publish(Change{Kind: kindUser, IDs: []domain.ID{u.ID}, Center: u.Center})
	}
	u.PasswordHash = ""
	return u, nil
}

// SetPassword sets a user's password: their own, or another's with user
// management over that user's center and role. An empty password turns
// password login off.
func (s *Store) SetPassword(a Actor, userID domain.ID, password string) error {
	hash := ""
	if password != "" {
		if err := checkPassword(password); err != nil {
			return err
		}
		var err error
		if hash, err = hashPassword(password); err != nil {
			return err
		}
	}
	var u domain.User
	err := s.db.Update(func(tx *bbolt.Tx) (err error) {
		now := s.clock() // under the writer lock: audit times follow commit order
		if u, err = getUser(tx, userID); err != nil {
			return err
		}
		self := a.User.ID == userID && !a.User.Disabled
		if !self && !domain.Can(a.User, domain.ActUserManage, domain.Target{Center: u.Center, Role: u.Role}) {
			return ErrDenied
		}
		u.PasswordHash = hash
		after := "set"
		if hash == "" {
			after = "removed"
		}
		return s.putUser(tx, a, now, &u, []domain.FieldChange{{Field: "password", After: after}})
	})
	if err == nil {
		s.publish(Change{Kind: kindUser, IDs: []domain.ID{userID}, Center: u.Center})
	}
	return err
}

// Authenticate checks a login and password. Unknown logins, wrong
// passwords, disabled users and users without a password all give
// ErrBadLogin after the same amount of work.
func (s *Store) Authenticate(login, password string) (domain.User, error) {
	var u domain.User
	err := s.db.View(func(tx *bbolt.Tx) (err error) {
		u, err = userByLogin(tx, cleanLogin(login))
		return err
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return domain.User{}, err
	}
	hash := u.PasswordHash
	if err != nil || u.Disabled || hash == "" {
		verifyPassword(dummyHash, password)
		return domain.User{}, ErrBadLogin
	}
	if !verifyPassword(hash, password) {
		return domain.User{}, ErrBadLogin
	}
	u.PasswordHash = ""
	return u, nil
}

// Users lists every user in id order, without password hashes.
func (s *Store) Users() ([]domain.User, error) {
	var out []domain.User
	err := s.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bUsers).ForEach(func(k, v []byte) error {
			u, err := decodeUser(domain.IDFromKey(k), v)
			u.PasswordHash = ""
			out = append(out, u)
			return err
		})
	})
	return out, err
}

// User reads one user, without the password hash.
func (s *Store) User(id domain.ID) (domain.User, error) {
	var u domain.User
	err := s.db.View(func(tx *bbolt.Tx) (err error) {
		u, err = getUser(tx, id)
		return err
	})
	u.PasswordHash = ""
	return u, err
}

// UserByLogin reads one user by login, without the password hash.
func (s *Store) UserByLogin(login string) (domain.User, error) {
	var u domain.User
	err := s.db.View(func(tx *bbolt.Tx) (err error) {
		u, err = userByLogin(tx, cleanLogin(login))
		return err
	})
	u.PasswordHash = ""
	return u, err
}

// HasUsers reports whether any user exists: false on first run.
func (s *Store) HasUsers() (bool, error) {
	var has bool
	err := s.db.View(func(tx *bbolt.Tx) error {
		k, _ := tx.Bucket(bUsers).Cursor().First()
		has = k != nil
		return nil
	})
	return has, err
}

func diffUser(a, b *domain.User) []domain.FieldChange {
	var d differ
	d.str("login", a.Login, b.Login)
	d.str("name", a.Name, b.Name)
	if a.Role != b.Role {
		d.str("role", roleText(a.Role), b.Role.String())
	}
	if a.Center != b.Center || a.Login == "" {
		d.int("center", int64(a.Center), int64(b.Center))
	}
	d.str("lang", a.Lang, b.Lang)
	d.str("disabled", strconv.FormatBool(a.Disabled), strconv.FormatBool(b.Disabled))
	d.str("keys", strings.Join(a.Keys, "\n"), strings.Join(b.Keys, "\n"))
	return d.out
}

func roleText(r domain.Role) string {
	if r == 0 {
		return ""
	}
	return r.String()
}
