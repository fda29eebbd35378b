package store

import (
	"slices"
	"strings"

	"github.com/parvande/parvande/domain"
)

// An import's audit event names the files it created and those it updated
// as id ranges ("7-1..7-5000 7-5123"): a batch creates consecutive ids per
// center, so 5,000 files take a few bytes, and the history indexes can be
// rebuilt from the event alone.

// maxRange bounds one range when reading, so a damaged event cannot make
// a rebuild loop for ever.
const maxRange = 1 << 24

func formatRanges(ids []domain.ID) string {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	var b strings.Builder
	for i := 0; i < len(ids); {
		j := i
		for j+1 < len(ids) && ids[j+1] == ids[j]+1 && ids[j+1].Center() == ids[i].Center() {
			j++
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(ids[i].String())
		if j > i {
			b.WriteString("..")
			b.WriteString(ids[j].String())
		}
		i = j + 1
	}
	return b.String()
}

// eachRange calls fn for every range the text names, single ids as
// ranges of one; malformed tokens are skipped (Check then reports the
// entries they would have made as missing).
func eachRange(s string, fn func(lo, hi domain.ID) error) error {
	for _, tok := range strings.Fields(s) {
		lo, hi, isRange := strings.Cut(tok, "..")
		a, err := domain.ParseID(lo)
		if err != nil {
			continue
		}
		b := a
		if isRange {
			if b, err = domain.ParseID(hi); err != nil || b < a || b.Center() != a.Center() || b-a > maxRange {
				continue
			}
		}
		if err := fn(a, b); err != nil {
			return err
		}
	}
	return nil
}

// eachRangeID calls fn for every id the text names.
func eachRangeID(s string, fn func(domain.ID) error) error {
	return eachRange(s, func(a, b domain.ID) error {
		for id := a; ; id++ {
			if err := fn(id); err != nil {
				return err
			}
			if id == b {
				return nil
			}
		}
	})
}
