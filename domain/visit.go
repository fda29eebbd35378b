package domain

import (
	"errors"
	"time"

	"github.com/parvande/parvande/domain/fa"
)

// VisitKind is how the caseworker met the household.
type VisitKind uint8

const (
	VisitHome VisitKind = iota
	VisitOffice
	VisitPhone
)

// VisitKinds lists every kind in display order.
var VisitKinds = []VisitKind{VisitHome, VisitOffice, VisitPhone}

// Visit is a contact with the household. Visits are append-only facts owned
// by the center that recorded them.
type Visit struct {
	ID         ID
	File       ID
	Date       fa.Date
	Caseworker ID
	Kind       VisitKind
	Findings   string
	NextDue    fa.Date // zero when no follow-up is planned
	CreatedAt  time.Time
}

var (
	ErrVisitDate    = errors.New("a visit needs a full date (year, month and day)")
	ErrVisitKind    = errors.New("unknown visit kind")
	ErrDateNotExist = errors.New("that date does not exist in the Solar Hijri calendar")
)

// Validate checks a visit before it is stored.
func (v Visit) Validate() error {
	switch {
	case !v.Date.Full():
		return ErrVisitDate
	case !v.Date.Valid() || !v.NextDue.Valid():
		return ErrDateNotExist
	case v.Kind > VisitPhone:
		return ErrVisitKind
	}
	return nil
}
