package domain

import (
	"errors"
	"time"

	"github.com/parvande/parvande/domain/fa"
)

// AidKind is what was given.
type AidKind uint8

const (
	AidCash AidKind = iota
	AidFoodBasket
	AidClothing
	AidRent
	AidMedical
	AidEducation
	AidDowry // جهیزیه
	AidFuel
	AidEmployment // employment and empowerment
	AidOther
)

// AidKinds lists every kind in display order.
var AidKinds = []AidKind{
	AidCash, AidFoodBasket, AidClothing, AidRent, AidMedical,
	AidEducation, AidDowry, AidFuel, AidEmployment, AidOther,
}

// Aid is help given to a household. Append-only, owned by the center that gave it.
type Aid struct {
	ID     ID
	File   ID
	Center CenterID // the center that gave it (may differ from the file's owner)
	Date   fa.Date
	Kind   AidKind
	// Amount is Rial: the cash paid, or the estimated value of in-kind aid.
	Amount      int64
	Quantity    int    // number of items for in-kind aid
	Description string // what was given, for in-kind aid
	Funding     string // funding source, e.g. a donor or program
	RecordedBy  ID
	CreatedAt   time.Time
}

var (
	ErrAidDate   = errors.New("aid needs a full date (year, month and day)")
	ErrAidAmount = errors.New("cash aid needs an amount above zero")
	ErrAidKind   = errors.New("unknown aid kind")
	ErrAidValue  = errors.New("amount and quantity cannot be negative")
)

// Validate checks an aid record before it is stored.
func (a Aid) Validate() error {
	switch {
	case !a.Date.Full():
		return ErrAidDate
	case !a.Date.Valid():
		return ErrDateNotExist
	case a.Kind > AidOther:
		return ErrAidKind
	case a.Amount < 0 || a.Quantity < 0:
		return ErrAidValue
	case a.Kind == AidCash && a.Amount == 0:
		return ErrAidAmount
	}
	return nil
}
