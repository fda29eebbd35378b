package domain

import (
	"errors"
	"strings"
	"time"

	"github.com/parvande/parvande/domain/fa"
)

// Status of a case file.
type Status uint8

const (
	StatusActive Status = iota
	StatusSuspended
	StatusClosed
)

// Statuses lists every status in display order.
var Statuses = []Status{StatusActive, StatusSuspended, StatusClosed}

// Category of need; a household can have several.
type Category uint8

const (
	CategoryOther Category = iota
	CategoryFemaleHeaded
	CategoryElderly
	CategoryDisability
	CategoryChronicIllness
	CategoryOrphans
	CategoryUnemployed
	CategoryPrisonerFamily
)

// Categories lists every category in display order.
var Categories = []Category{
	CategoryFemaleHeaded, CategoryElderly, CategoryDisability, CategoryChronicIllness,
	CategoryOrphans, CategoryUnemployed, CategoryPrisonerFamily, CategoryOther,
}

// Housing tenure of the household.
type Housing uint8

const (
	HousingUnknown Housing = iota
	HousingOwned
	HousingRented
	HousingOther // with relatives, charity housing, informal
)

// File is a household's case file, owned by one center.
type File struct {
	ID           ID
	Center       CenterID // owner; only its staff edit it
	Number       string   // center-local file number as the center writes it
	ExternalRef  string   // e.g. the row number of the sheet it was imported from
	Status       Status
	StatusReason string
	Categories   []Category
	Head         Person
	Members      []Member
	// HouseholdSize is the declared size; members may not all be listed.
	HouseholdSize int
	Address       string
	Neighborhood  string
	Phones        []string // landlines and extra numbers; the head's mobile is on Head
	Housing       Housing
	Rent          int64 // Rial per month, when rented
	Income        int64 // Rial per month, all sources
	Needs         string
	Notes         string
	OpenedOn      fa.Date // when the center opened the file (may predate parvande)
	CreatedAt     time.Time
	CreatedBy     ID
	UpdatedAt     time.Time
	UpdatedBy     ID
	// Version increases on every update; a write carrying an old version is
	// refused so that one caseworker never silently overwrites another.
	Version uint64
}

var (
	ErrFileNoName   = errors.New("the head of household needs a first or last name")
	ErrFileNoCenter = errors.New("the file needs an owning center")
	ErrFileStatus   = errors.New("unknown file status")
	ErrFileNegative = errors.New("amounts and household size cannot be negative")
	ErrClosedReason = errors.New("closing or suspending a file needs a reason")
)

// Validate checks what a file cannot be stored without. Flagged identifiers
// are not errors: see Flags.
func (f File) Validate() error {
	if f.Center == 0 {
		return ErrFileNoCenter
	}
	if !f.Head.HasName() {
		return ErrFileNoName
	}
	if f.Status > StatusClosed {
		return ErrFileStatus
	}
	if f.Rent < 0 || f.Income < 0 || f.HouseholdSize < 0 {
		return ErrFileNegative
	}
	return nil
}

// HasCategory reports whether c is among the file's categories.
func (f File) HasCategory(c Category) bool {
	for _, x := range f.Categories {
		if x == c {
			return true
		}
	}
	return false
}

func trimmed(s string) string { return strings.TrimSpace(s) }
