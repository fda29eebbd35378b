package exchange

import "github.com/parvande/parvande/domain"

// FindCenter finds a center by number, name or code the way --center does
// on import, so other commands name centers alike.
func FindCenter(cs []domain.Center, q string) (domain.CenterID, bool) { return findCenter(cs, q) }
