package demo

import (
	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// history gives a household a past: home visits and aid over the last months,
// and for most, a next visit that is due soon or overdue.
func (g *gen) history(f domain.File) error {
	who := g.workers[f.Center]
	day := g.today.AddDays(-30 * (3 + g.rng.IntN(9)))
	visits := 1 + g.rng.IntN(4)
	for i := 0; i < visits; i++ {
		kind := domain.VisitHome
		if g.rng.IntN(4) == 0 {
			kind = domain.VisitPhone
		}
		v := domain.Visit{File: f.ID, Date: day, Caseworker: who.User.ID, Kind: kind, Findings: g.pick(findings)}
		if i == visits-1 && g.rng.IntN(5) != 0 {
			v.NextDue = day.AddDays(20 + g.rng.IntN(90))
			if v.NextDue.Compare(g.today) > 0 && g.rng.IntN(3) == 0 {
				v.NextDue = g.today.AddDays(-g.rng.IntN(20))
			}
		}
		if v.Date.Compare(g.today) > 0 {
			break
		}
		if _, err := g.st.AddVisit(who, v); err != nil {
			return err
		}
		day = day.AddDays(15 + g.rng.IntN(40))
	}
	day = g.today.AddDays(-30 * (1 + g.rng.IntN(10)))
	for i, n := 0, g.rng.IntN(5); i < n && day.Compare(g.today) <= 0; i++ {
		a := g.aid(f, day)
		if _, err := g.st.AddAid(who, a); err != nil {
			return err
		}
		day = day.AddDays(20 + g.rng.IntN(60))
	}
	return nil
}

func (g *gen) aid(f domain.File, day fa.Date) domain.Aid {
	a := domain.Aid{File: f.ID, Center: f.Center, Date: day, Funding: g.pick(funding)}
	switch g.rng.IntN(5) {
	case 0, 1:
		a.Kind = domain.AidCash
		a.Amount = int64(5+g.rng.IntN(40)) * 100_000 * 10 // 500,000 to 4,500,000 Toman
	case 2:
		a.Kind = domain.AidFoodBasket
		a.Quantity = 1 + g.rng.IntN(2)
		a.Description = "بسته غذایی: برنج، روغن، حبوبات، ماکارونی"
		a.Amount = int64(a.Quantity) * 15_000_000
	case 3:
		a.Kind = domain.AidRent
		a.Amount = int64(2+g.rng.IntN(8)) * 10_000_000
	default:
		a.Kind = domain.AidMedical
		a.Description = "هزینه دارو"
		a.Amount = int64(1+g.rng.IntN(20)) * 1_000_000
	}
	return a
}
