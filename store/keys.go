package store

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"go.etcd.io/bbolt"
	"golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/domain"
)

// SSH public keys belong to users (domain.User.Keys, authorized_keys
// lines). A key identifies exactly one user: AddKey refuses a key another
// user already has, so the server can log a key in without a login name.
// Lookup scans the users bucket: a server has hundreds of users, and a
// scan of them at each connection costs far less than the handshake.

var (
	// ErrBadKey: the text is not an SSH public key in authorized_keys form.
	ErrBadKey = errors.New("not an SSH public key (paste one line of a .pub file, e.g. ssh-ed25519 AAAA... name)")
	// ErrKeyTaken: another user already has the key.
	ErrKeyTaken = errors.New("this key already belongs to another user")
	// ErrNoSuchKey: the user has no key with that fingerprint.
	ErrNoSuchKey = errors.New("the user has no key with that fingerprint")
)

// Key is one of a user's public keys as shown to people.
type Key struct {
	Type        string // ssh-ed25519, ssh-rsa, ...
	Fingerprint string // SHA256:..., as ssh-keygen -l prints it
	Comment     string
	Line        string // the stored authorized_keys line
}

// ParseKey reads one authorized_keys line (options are refused: parvande
// decides what a key may do) and returns it with its canonical line.
func ParseKey(line string) (Key, ssh.PublicKey, error) {
	line = strings.TrimSpace(line)
	if line == "" || strings.ContainsAny(line, "\r\n") {
		return Key{}, nil, ErrBadKey
	}
	pub, comment, opts, rest, err := ssh.ParseAuthorizedKey([]byte(line))
	if err != nil || len(opts) > 0 || len(bytes.TrimSpace(rest)) > 0 {
		return Key{}, nil, ErrBadKey
	}
	canon := strings.TrimSpace(string(ssh.MarshalAuthorizedKey(pub)))
	if comment = strings.TrimSpace(comment); comment != "" {
		canon += " " + comment
	}
	return Key{Type: pub.Type(), Fingerprint: ssh.FingerprintSHA256(pub), Comment: comment, Line: canon}, pub, nil
}

// KeysOf parses a user's stored keys; lines that no longer parse are
// skipped (they cannot log anyone in).
func KeysOf(u domain.User) []Key {
	out := make([]Key, 0, len(u.Keys))
	for _, l := range u.Keys {
		if k, _, err := ParseKey(l); err == nil {
			out = append(out, k)
		}
	}
	return out
}

// keyOwner finds the user holding the key with fingerprint fp.
func keyOwner(tx *bbolt.Tx, fp string) (domain.User, bool, error) {
	var found domain.User
	ok := false
	err := tx.Bucket(bUsers).ForEach(func(k, v []byte) error {
		if ok {
			return nil
		}
		u, err := decodeUser(domain.IDFromKey(k), v)
		if err != nil {
			return err
		}
		for _, key := range KeysOf(u) {
			if key.Fingerprint == fp {
				found, ok = u, true
			}
		}
		return nil
	})
	return found, ok, err
}

// checkNewKeys canonicalises the keys a new user comes with and refuses
// any that do not parse or that someone already has.
func checkNewKeys(tx *bbolt.Tx, lines []string) error {
	seen := map[string]bool{}
	for i, l := range lines {
		k, _, err := ParseKey(l)
		if err != nil {
			return err
		}
		_, taken, err := keyOwner(tx, k.Fingerprint)
		if err != nil {
			return err
		}
		if taken || seen[k.Fingerprint] {
			return ErrKeyTaken
		}
		seen[k.Fingerprint] = true
		lines[i] = k.Line
	}
	return nil
}

// UserByKey finds the user who owns pub, without the password hash.
// Disabled users are returned too, so the server can say why it refuses.
func (s *Store) UserByKey(pub ssh.PublicKey) (domain.User, error) {
	fp := ssh.FingerprintSHA256(pub)
	var (
		u  domain.User
		ok bool
	)
	err := s.db.View(func(tx *bbolt.Tx) (err error) {
		u, ok, err = keyOwner(tx, fp)
		return err
	})
	if err != nil {
		return domain.User{}, err
	}
	if !ok {
		return domain.User{}, fmt.Errorf("key %s: %w", fp, ErrNotFound)
	}
	u.PasswordHash = ""
	return u, nil
}

// AddKey gives a user one more public key. Users may add their own keys;
// managing another user's keys needs user management over their center
// and role. The change is audited like any user change.
func (s *Store) AddKey(a Actor, userID domain.ID, line string) (Key, error) {
	key, _, err := ParseKey(line)
	if err != nil {
		return Key{}, err
	}
	err = s.editKeys(a, userID, func(tx *bbolt.Tx, u *domain.User) error {
		owner, taken, err := keyOwner(tx, key.Fingerprint)
		if err != nil {
			return err
		}
		if taken {
			if owner.ID == u.ID {
				return fmt.Errorf("key %s: %w", key.Fingerprint, ErrExists)
			}
			return ErrKeyTaken
		}
		u.Keys = append(u.Keys, key.Line)
		return nil
	})
	return key, err
}

// RemoveKey takes the key with fingerprint fp away from a user.
func (s *Store) RemoveKey(a Actor, userID domain.ID, fp string) error {
	return s.editKeys(a, userID, func(_ *bbolt.Tx, u *domain.User) error {
		i := slices.IndexFunc(u.Keys, func(l string) bool {
			k, _, err := ParseKey(l)
			return err == nil && k.Fingerprint == fp
		})
		if i < 0 {
			return ErrNoSuchKey
		}
		u.Keys = slices.Delete(u.Keys, i, i+1)
		return nil
	})
}

// editKeys changes a user's keys in one audited transaction.
func (s *Store) editKeys(a Actor, userID domain.ID, edit func(tx *bbolt.Tx, u *domain.User) error) error {
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
		old := u
		old.Keys = slices.Clone(u.Keys)
		if err := edit(tx, &u); err != nil {
			return err
		}
		return s.putUser(tx, a, now, &u, diffUser(&old, &u))
	})
	if err == nil {
		s.publish(Change{Kind: kindUser, IDs: []domain.ID{userID}, Center: u.Center})
	}
	return err
}
