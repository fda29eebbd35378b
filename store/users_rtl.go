package store

import (
	"errors"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// ErrRTLMode is a right-to-left mode name the terminal code does not know.
var ErrRTLMode = errors.New("right-to-left mode must be visual, visual-unshaped or logical")

// rtlModes are the names tui/theme's modes are stored under.
var rtlModes = map[string]bool{"visual": true, "visual-unshaped": true, "logical": true}

// SetUserRTL stores how user id's terminal shows right-to-left text (the
// calibration screen's answer). Users set their own; setting another's
// needs user management over them. It is audited like any user change.
func (s *Store) SetUserRTL(a Actor, id domain.ID, mode string) (domain.User, error) {
	if !rtlModes[mode] {
		return domain.User{}, ErrRTLMode
	}
	var u domain.User
	changed := false
	err := s.db.Update(func(tx *bbolt.Tx) (err error) {
		now := s.clock() // under the writer lock: audit times follow commit order
		if u, err = getUser(tx, id); err != nil {
			return err
		}
		self := a.User.ID == id && !a.User.Disabled
		if !self && !domain.Can(a.User, domain.ActUserManage, domain.Target{Center: u.Center, Role: u.Role}) {
			return ErrDenied
		}
		if u.RTLMode == mode {
			return nil
		}
		change := domain.FieldChange{Field: "rtl", Before: u.RTLMode, After: mode}
		u.RTLMode, changed = mode, true
		return s.putUser(tx, a, now, &u, []domain.FieldChange{change})
	})
	if err != nil {
		return domain.User{}, err
	}
	if changed {
		s.publish(Change{Kind: kindUser, IDs: []domain.ID{id}, Center: u.Center})
	}
	u.PasswordHash = ""
	return u, nil
}
