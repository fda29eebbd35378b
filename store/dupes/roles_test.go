package dupes

import (
	"errors"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// The duplicate service's two readers against the role table: the review
// queue (duplicate.view: pairs touching one's center, or all) and the
// parallel-aid report (report.view: one's center, or all), for every role
// at a center of the pair and at a center outside it, and disabled.
func TestDupesRoleMatrix(t *testing.T) {
	fx := newFixture(t)
	x, y := fx.world()
	sys := store.SystemActor()
	for _, f := range []domain.File{x, y} {
		_, err := fx.st.AddAid(sys, domain.Aid{File: f.ID, Center: f.Center, Date: fa.Date{Year: 1403, Month: 8, Day: 1}, Kind: domain.AidCash, Amount: 1_000_000})
		must(t, err)
	}
	_, err := fx.st.Decide(sys, x.ID, y.ID, domain.VerdictSame, 12, "")
	must(t, err)
	must(t, fx.svc.Load())
	const outside domain.CenterID = 77
	for _, r := range domain.Roles {
		for _, c := range []domain.CenterID{fx.c1, outside} {
			for _, off := range []bool{false, true} {
				a := actor(r, c)
				a.User.Disabled = off
				u := a.User
				name := r.String() + map[bool]string{false: "", true: " disabled"}[off] + map[domain.CenterID]string{fx.c1: " at a pair's center", outside: " elsewhere"}[c]
				// the queue
				mayQueue := domain.Can(u, domain.ActDuplicateView, domain.Target{Center: c}) ||
					domain.Can(u, domain.ActDuplicateView, domain.Target{Center: domain.MaxCenterID})
				ps, err := fx.svc.Queue(a, QueueFilter{Linked: true})
				switch {
				case !mayQueue && !errors.Is(err, store.ErrDenied):
					t.Errorf("%s: queue %v, want ErrDenied", name, err)
				case mayQueue && err != nil:
					t.Errorf("%s: queue %v", name, err)
				case mayQueue:
					sees := domain.Can(u, domain.ActDuplicateView, domain.Target{Center: x.Center, Other: y.Center})
					if (len(ps) == 1) != sees {
						t.Errorf("%s: queue has %d pairs, want the pair: %v", name, len(ps), sees)
					}
				}
				// the parallel-aid report
				mayReport := domain.Can(u, domain.ActReportView, domain.Target{Center: c}) ||
					domain.Can(u, domain.ActReportView, domain.Target{Center: domain.MaxCenterID})
				fams, err := fx.svc.ParallelAid(a, fa.Date{Year: 1403, Month: 1, Day: 1}, fa.Date{Year: 1403, Month: 12, Day: 29})
				switch {
				case !mayReport && !errors.Is(err, store.ErrDenied):
					t.Errorf("%s: report %v, want ErrDenied", name, err)
				case mayReport && err != nil:
					t.Errorf("%s: report %v", name, err)
				case mayReport:
					all := domain.Can(u, domain.ActReportView, domain.Target{Center: domain.MaxCenterID})
					if want := all || c == fx.c1; (len(fams) == 1) != want {
						t.Errorf("%s: report has %d families, want the family: %v", name, len(fams), want)
					}
				}
			}
		}
	}
}
