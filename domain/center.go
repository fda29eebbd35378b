package domain

import (
	"errors"
	"strings"
	"time"
)

// Center is a charity, NGO or relief-committee neighborhood center. It owns
// the files it registers.
type Center struct {
	ID           CenterID
	Name         string
	Code         string // short code clerks know, e.g. "TUS"; used in file numbers
	Neighborhood string // area of the city it serves
	CreatedAt    time.Time
}

// ErrCenterName is returned when a center has no name.
var ErrCenterName = errors.New("center needs a name")

// Validate checks what a center cannot be stored without.
func (c Center) Validate() error {
	if strings.TrimSpace(c.Name) == "" {
		return ErrCenterName
	}
	return nil
}
