package demo

import (
	"fmt"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

func (g *gen) households(n int) error {
	// The hub registers no households of its own: it coordinates.
	work := g.centers[:len(g.centers)-1]
	for i := 0; i < n; i++ {
		c := work[i%len(work)]
		f := g.household(c)
		made, err := g.st.CreateFile(g.workers[c.ID], f)
		if err != nil {
			return fmt.Errorf("demo household %d: %w", i+1, err)
		}
		if err := g.history(made); err != nil {
			return err
		}
		// About one family in twelve also turns up at another center, typed
		// a little differently: the parallel work parvande exists to show.
		if g.rng.IntN(12) == 0 {
			other := work[(i+1+g.rng.IntN(len(work)-1))%len(work)]
			twin := g.retyped(made, other)
			again, err := g.st.CreateFile(g.workers[other.ID], twin)
			if err != nil {
				return fmt.Errorf("demo duplicate %d: %w", i+1, err)
			}
			if err := g.history(again); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *gen) pick(xs []string) string { return xs[g.rng.IntN(len(xs))] }

func (g *gen) household(c domain.Center) domain.File {
	female := g.rng.IntN(3) == 0
	afghan := g.rng.IntN(4) == 0
	head := g.person(female, afghan, 1330+g.rng.IntN(50))
	f := domain.File{
		Center:       c.ID,
		Head:         head,
		Address:      fmt.Sprintf("%s %d، پلاک %d", g.pick(streets), 1+g.rng.IntN(80), 1+g.rng.IntN(120)),
		Neighborhood: c.Neighborhood,
		Needs:        g.pick(needs),
		Income:       int64(g.rng.IntN(40)) * 1_000_000,
		OpenedOn:     fa.Date{Year: 1398 + g.rng.IntN(5), Month: 1 + g.rng.IntN(12), Day: 1 + g.rng.IntN(29)},
	}
	if female {
		f.Categories = append(f.Categories, domain.CategoryFemaleHeaded)
	}
	if head.BirthDate.Year < 1345 {
		f.Categories = append(f.Categories, domain.CategoryElderly)
	}
	extra := []domain.Category{domain.CategoryDisability, domain.CategoryChronicIllness,
		domain.CategoryUnemployed, domain.CategoryOrphans, domain.CategoryPrisonerFamily}
	if len(f.Categories) == 0 || g.rng.IntN(3) == 0 {
		f.Categories = append(f.Categories, extra[g.rng.IntN(len(extra))])
	}
	switch g.rng.IntN(3) {
	case 0:
		f.Housing = domain.HousingOwned
	case 1:
		f.Housing = domain.HousingRented
		f.Rent = int64(3+g.rng.IntN(12)) * 1_000_000
	default:
		f.Housing = domain.HousingOther
	}
	kids := g.rng.IntN(5)
	if !female && g.rng.IntN(4) != 0 {
		spouse := g.person(true, afghan, head.BirthDate.Year+g.rng.IntN(8))
		spouse.LastName = g.pick(surnames)
		f.Members = append(f.Members, domain.Member{Person: spouse, Relation: domain.RelationSpouse})
	}
	for k := 0; k < kids; k++ {
		child := g.person(g.rng.IntN(2) == 0, afghan, head.BirthDate.Year+20+g.rng.IntN(15))
		child.LastName = head.LastName
		child.FatherName = head.FirstName
		if female {
			child.FatherName = g.pick(maleNames)
		}
		child.Mobile = domain.Mobile{}
		f.Members = append(f.Members, domain.Member{Person: child, Relation: domain.RelationChild})
	}
	f.HouseholdSize = 1 + len(f.Members)
	if g.rng.IntN(10) == 0 {
		f.Status = domain.StatusSuspended
		f.StatusReason = "عدم مراجعه در شش ماه گذشته"
	}
	return f
}

func (g *gen) person(female, afghan bool, birthYear int) domain.Person {
	p := domain.Person{
		FirstName:  g.pick(maleNames),
		LastName:   g.pick(surnames),
		FatherName: g.pick(maleNames),
		Gender:     domain.GenderMale,
		BirthDate:  fa.Date{Year: birthYear, Month: 1 + g.rng.IntN(12), Day: 1 + g.rng.IntN(29)},
		Mobile:     domain.ParseMobile(fmt.Sprintf("09%02d%07d", 10+g.rng.IntN(30), g.rng.IntN(10_000_000))),
	}
	if female {
		p.FirstName, p.Gender = g.pick(femaleNames), domain.GenderFemale
	}
	if afghan {
		p.Nationality = domain.NationalityAfghan
		p.ForeignID = domain.ParseForeignID(fmt.Sprintf("%06d%06d", 100000+g.rng.IntN(900000), g.rng.IntN(1_000_000)))
		if g.rng.IntN(3) == 0 {
			p.BirthDate = fa.Date{Year: birthYear, Month: 1, Day: 1}
		}
	} else {
		p.Nationality = domain.NationalityIranian
		p.NationalCode = domain.ParseNationalCode(g.nationalCode())
	}
	if g.rng.IntN(15) == 0 {
		p.BirthDate = fa.Date{Year: birthYear} // only the year is known
	}
	return p
}

// nationalCode makes a well-formed code: nine random digits and the check
// digit the national code rules require.
func (g *gen) nationalCode() string {
	var d [10]int
	sum := 0
	for i := 0; i < 9; i++ {
		d[i] = g.rng.IntN(10)
		sum += d[i] * (10 - i)
	}
	if r := sum % 11; r < 2 {
		d[9] = r
	} else {
		d[9] = 11 - r
	}
	var b strings.Builder
	for _, x := range d {
		b.WriteByte(byte('0' + x))
	}
	return b.String()
}

// retyped is the same household registered again at another center, the
// way another clerk types it: Arabic letters, a dropped title, a new phone.
func (g *gen) retyped(f domain.File, at domain.Center) domain.File {
	t := f
	t.ID, t.Number, t.Version = 0, "", 0
	t.Center = at.ID
	t.Neighborhood = at.Neighborhood
	t.Members = append([]domain.Member(nil), f.Members...)
	t.Categories = append([]domain.Category(nil), f.Categories...)
	h := &t.Head
	switch g.rng.IntN(4) {
	case 0:
		h.LastName = strings.ReplaceAll(h.LastName, "ی", "ي")
	case 1:
		h.FirstName = strings.ReplaceAll(h.FirstName, "\u200c", " ")
	case 2:
		h.Mobile = domain.ParseMobile(fmt.Sprintf("0915%07d", g.rng.IntN(10_000_000)))
	default:
		h.BirthDate = fa.Date{Year: h.BirthDate.Year}
	}
	return t
}
