package search

import (
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// Entry is what a result row shows about one file.
type Entry struct {
	ID         domain.ID
	Center     domain.CenterID
	Status     domain.Status
	Categories CategorySet
	Name       string // head's full name as typed
	Father     string // head's father's name as typed
	// Identifiers are canonical values, or what was typed when flagged.
	NationalCode string
	ForeignID    string
	Mobile       string
	Number       string // center-local file number as written
	LastAid      fa.Date
	NextDue      fa.Date // next planned follow-up; zero when none
	Updated      time.Time
}

// HasCategory reports whether the file is in category c.
func (e Entry) HasCategory(c domain.Category) bool { return e.Categories.Has(c) }

// CategorySet is a set of categories as a bitmask: one word per entry
// instead of a slice header and a backing array.
type CategorySet uint32

// Categories makes a set from a list; values that do not fit are dropped.
func Categories(cs ...domain.Category) CategorySet {
	var s CategorySet
	for _, c := range cs {
		if c < 32 {
			s |= 1 << c
		}
	}
	return s
}

// Has reports whether c is in the set.
func (s CategorySet) Has(c domain.Category) bool { return c < 32 && s&(1<<c) != 0 }

// List returns the categories in domain display order.
func (s CategorySet) List() []domain.Category {
	var out []domain.Category
	for _, c := range domain.Categories {
		if s.Has(c) {
			out = append(out, c)
		}
	}
	return out
}
