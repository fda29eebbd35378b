package store

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// Center names are unique by their folded form (ي/ی, ك/ک, half-spaces and
// digits do not make a second center); codes are unique ignoring case.
func centerNameKey(name string) []byte { return append([]byte{'n'}, fa.FoldCompact(name)...) }
func centerCodeKey(code string) []byte {
	return append([]byte{'c'}, strings.ToUpper(fa.Fold(code))...)
}

func getCenter(tx *bbolt.Tx, id domain.CenterID) (domain.Center, error) {
	v := tx.Bucket(bCenters).Get(centerKey(id))
	if v == nil {
		return domain.Center{}, fmt.Errorf("center %d: %w", id, ErrNotFound)
	}
	return decodeCenter(id, v)
}

// CreateCenter adds a center. A zero ID gets the next free number (a hub
// may pass its own); an empty Code is made from the name's initials.
// Another center with the same folded name or code gives ErrExists.
func (s *Store) CreateCenter(a Actor, c domain.Center) (domain.Center, error) {
	c.Name, c.Code = strings.TrimSpace(c.Name), strings.TrimSpace(c.Code)
	if err := c.Validate(); err != nil {
		return domain.Center{}, err
	}
	if !domain.Can(a.User, domain.ActCenterManage, domain.Any) {
		return domain.Center{}, ErrDenied
	}
	err := s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock() // under the writer lock: audit times follow commit order
		centers, keys := tx.Bucket(bCenters), tx.Bucket(bCenterKey)
		if keys.Get(centerNameKey(c.Name)) != nil {
			return fmt.Errorf("center %q: %w", c.Name, ErrExists)
		}
		if c.ID == 0 {
			last, _ := centers.Cursor().Last()
			if last != nil {
				c.ID = centerFromKey(last)
			}
			c.ID++
		} else if centers.Get(centerKey(c.ID)) != nil {
			return fmt.Errorf("center %d: %w", c.ID, ErrExists)
		}
		if c.ID > domain.MaxCenterID {
			return fmt.Errorf("center number %d is above %d", c.ID, domain.MaxCenterID)
		}
		if c.Code == "" {
			c.Code = freeCode(keys, codeFromName(c.Name, c.ID))
		} else if keys.Get(centerCodeKey(c.Code)) != nil {
			return fmt.Errorf("center code %q: %w", c.Code, ErrExists)
		}
		c.CreatedAt = now
		return s.putCenter(tx, a, now, domain.Center{}, c)
	})
	if err != nil {
		return domain.Center{}, err
	}
	s.publish(Change{Kind: kindCenter, Center: c.ID})
	return c, nil
}

// UpdateCenter renames a center or changes its code or neighborhood.
func (s *Store) UpdateCenter(a Actor, c domain.Center) (domain.Center, error) {
	c.Name, c.Code = strings.TrimSpace(c.Name), strings.TrimSpace(c.Code)
	if err := c.Validate(); err != nil {
		return domain.Center{}, err
	}
	if !domain.Can(a.User, domain.ActCenterManage, domain.Any) {
		return domain.Center{}, ErrDenied
	}
	err := s.db.Update(func(tx *bbolt.Tx) error {
		now := s.clock() // under the writer lock: audit times follow commit order
		old, err := getCenter(tx, c.ID)
		if err != nil {
			return err
		}
		keys := tx.Bucket(bCenterKey)
		if c.Code == "" {
			c.Code = old.Code
		}
		if id := keys.Get(centerNameKey(c.Name)); id != nil && string(id) != string(centerKey(c.ID)) {
			return fmt.Errorf("center %q: %w", c.Name, ErrExists)
		}
		if id := keys.Get(centerCodeKey(c.Code)); id != nil && string(id) != string(centerKey(c.ID)) {
			return fmt.Errorf("center code %q: %w", c.Code, ErrExists)
		}
		c.CreatedAt = old.CreatedAt
		if err := keys.Delete(centerNameKey(old.Name)); err != nil {
			return err
		}
		if err := keys.Delete(centerCodeKey(old.Code)); err != nil {
			return err
		}
		return s.putCenter(tx, a, now, old, c)
	})
	if err != nil {
		return domain.Center{}, err
	}
	s.publish(Change{Kind: kindCenter, Center: c.ID})
	return c, nil
}

// putCenter writes c, its unique keys and an audit event of what changed
// since old.
func (s *Store) putCenter(tx *bbolt.Tx, a Actor, now time.Time, old, c domain.Center) error {
	keys := tx.Bucket(bCenterKey)
	id := centerKey(c.ID)
	if err := tx.Bucket(bCenters).Put(id, encodeCenter(&c)); err != nil {
		return err
	}
	if err := keys.Put(centerNameKey(c.Name), id); err != nil {
		return err
	}
	if err := keys.Put(centerCodeKey(c.Code), id); err != nil {
		return err
	}
	var d differ
	d.str("name", old.Name, c.Name)
	d.str("code", old.Code, c.Code)
	d.str("neighborhood", old.Neighborhood, c.Neighborhood)
	return s.audit(tx, a, now, &domain.AuditEvent{
		Action: domain.ActCenterManage, Kind: kindCenter, Center: c.ID, Changes: d.out,
	})
}

// Centers lists every center in id order.
func (s *Store) Centers() ([]domain.Center, error) {
	var out []domain.Center
	err := s.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bCenters).ForEach(func(k, v []byte) error {
			c, err := decodeCenter(centerFromKey(k), v)
			out = append(out, c)
			return err
		})
	})
	return out, err
}

// Center reads one center.
func (s *Store) Center(id domain.CenterID) (domain.Center, error) {
	var c domain.Center
	err := s.db.View(func(tx *bbolt.Tx) (err error) {
		c, err = getCenter(tx, id)
		return err
	})
	return c, err
}

// genericWords are left out of a code: nearly every center's name has
// them.
var genericWords = map[string]bool{
	"موسسه": true, "مؤسسه": true, "خیریه": true, "مرکز": true, "انجمن": true,
	"کانون": true, "بنیاد": true, "هیئت": true, "هیات": true, "ع": true,
	"charity": true, "center": true, "centre": true, "foundation": true, "the": true,
}

// codeFromName takes the initials of up to three words of the name
// (Persian letters stay Persian, Latin ones are upper-cased), or the first
// letters of a one-word name; a name with nothing usable gives "C<id>".
func codeFromName(name string, id domain.CenterID) string {
	var words []string
	for _, w := range strings.FieldsFunc(fa.Fold(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if !genericWords[strings.ToLower(w)] {
			words = append(words, w)
		}
	}
	var code []rune
	switch {
	case len(words) == 0:
		return "C" + strconv.Itoa(int(id))
	case len(words) == 1:
		code = []rune(words[0])
		code = code[:min(3, len(code))]
	default:
		for _, w := range words[:min(3, len(words))] {
			code = append(code, []rune(w)[0])
		}
	}
	return strings.ToUpper(string(code))
}

// freeCode appends 2, 3, ... to code until no other center has it.
func freeCode(keys *bbolt.Bucket, code string) string {
	c := code
	for n := 2; keys.Get(centerCodeKey(c)) != nil; n++ {
		c = code + strconv.Itoa(n)
	}
	return c
}
