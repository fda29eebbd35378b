package store

import (
	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// can asks domain.Can about an action on one center's records. The store
// keeps no permission rules of its own.
func can(a Actor, act domain.Action, c domain.CenterID) bool {
	return domain.Can(a.User, act, domain.Target{Center: c})
}

// reach is the set of centers an actor may do act on: every center, or
// just the listed ones (their home center, for most roles).
type reach struct {
	all     bool
	centers []domain.CenterID
}

func (r reach) has(c domain.CenterID) bool {
	if r.all {
		return true
	}
	for _, x := range r.centers {
		if x == c {
			return true
		}
	}
	return false
}

func (r reach) none() bool { return !r.all && len(r.centers) == 0 }

// reachOf works the reach out from domain.Can alone: a role that may act on
// a center that is not its own (a probe no one belongs to) may act on all.
func reachOf(a Actor, act domain.Action) reach {
	probe := domain.CenterID(domain.MaxCenterID)
	if a.User.Center == probe {
		probe--
	}
	if can(a, act, probe) {
		return reach{all: true}
	}
	if a.User.Center != 0 && can(a, act, a.User.Center) {
		return reach{centers: []domain.CenterID{a.User.Center}}
	}
	return reach{}
}

// fileFor reads a file and checks that a may do act at its center: how
// every per-file read and write begins.
func fileFor(tx *bbolt.Tx, a Actor, id domain.ID, act domain.Action) (domain.File, error) {
	f, err := getFile(tx, id)
	if err != nil {
		return domain.File{}, err
	}
	if !can(a, act, f.Center) {
		return domain.File{}, ErrDenied
	}
	return f, nil
}
