package search

import (
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// Filter narrows what Search returns. The zero Filter passes everything.
type Filter struct {
	Centers  []domain.CenterID // nil: every center; empty but not nil: none
	Status   *domain.Status
	Category *domain.Category
	// Overdue keeps files whose next follow-up is set and before Today.
	Overdue bool
	Today   fa.Date // zero: today by the clock
}

// filter is a Filter compiled for the scan loop.
type filter struct {
	anyCenter bool
	few       []domain.CenterID
	many      map[domain.CenterID]struct{}
	anyStatus bool
	status    domain.Status
	cats      CategorySet // 0: any
	none      bool        // nothing can pass
	due       uint32      // 0: no overdue test
}

func compileFilter(f Filter) filter {
	c := filter{anyCenter: f.Centers == nil, anyStatus: f.Status == nil}
	if !c.anyCenter {
		if len(f.Centers) <= 8 {
			c.few = f.Centers
		} else {
			c.many = make(map[domain.CenterID]struct{}, len(f.Centers))
			for _, x := range f.Centers {
				c.many[x] = struct{}{}
			}
		}
		c.none = len(f.Centers) == 0
	}
	if f.Status != nil {
		c.status = *f.Status
	}
	if f.Category != nil {
		c.cats = Categories(*f.Category)
		c.none = c.none || c.cats == 0
	}
	if f.Overdue {
		today := f.Today
		if today.IsZero() {
			today = fa.FromTime(time.Now())
		}
		c.due = today.Key()
		c.none = c.none || c.due == 0
	}
	return c
}

func (c *filter) pass(m *meta) bool {
	if !m.live() ||
		(!c.anyStatus && m.status != c.status) ||
		(c.cats != 0 && CategorySet(m.cats)&c.cats == 0) ||
		(c.due != 0 && (m.nextDue == 0 || m.nextDue >= c.due)) {
		return false
	}
	if c.anyCenter {
		return true
	}
	if c.many != nil {
		_, ok := c.many[m.center]
		return ok
	}
	for _, x := range c.few {
		if x == m.center {
			return true
		}
	}
	return false
}
