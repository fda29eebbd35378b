package store

import "github.com/parvande/parvande/domain"

// ImportResult counts what one ImportFiles call did.
type ImportResult struct {
	Created int
	// Unchanged files were already present (same center and external
	// reference) with the same content.
	Unchanged int
	// Updated files were present and differed; the sheet's values won and the
	// change is audited.
	Updated int
	IDs     []domain.ID // id of each input file, in input order
}
