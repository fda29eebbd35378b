package store

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// Synthetic households shaped like the benchmark sheet
// (../shared/bench): Persian names, a Mashhad address of about 60
// characters, national code or foreign number, mobile, partial birth
// dates, a category and the date the file was opened.

var (
	synFirst = []string{"محمد", "علی", "حسین", "رضا", "مهدی", "زهرا", "فاطمه", "مریم",
		"معصومه", "سیده زهرا", "امیرحسین", "محمدرضا", "عباس", "سکینه", "طاهره", "نرگس"}
	synLast = []string{"رضایی", "محمدی", "حسینی", "احمدی", "کشاورزی", "زینلی", "طاهری",
		"شاکر", "قاسمی", "نوروزی", "یعقوبی", "جعفری", "رحیمی\u200cنژاد", "سلطانی", "عطایی"}
	synStreet = []string{"بولوار توس", "بولوار طبرسی", "بولوار عسکریه", "بولوار پنج\u200cتن",
		"بولوار شهید رجایی", "خیابان گلشهر", "بولوار امت", "خیابان سیدی"}
	synArea = []string{"طلاب", "شهرک شهید رجایی", "قلعه ساختمان", "گلشهر", "سیدی", "التیمور"}
)

// nationalCode makes a valid 10-digit code from n.
func nationalCode(n uint64) string {
	d := fmt.Sprintf("%09d", n%1e9)
	s := 0
	for i := 0; i < 9; i++ {
		s += int(d[i]-'0') * (10 - i)
	}
	r := s % 11
	if r >= 2 {
		r = 11 - r
	}
	return d + strconv.Itoa(r)
}

// synthFile makes household i at center c.
func synthFile(r *rand.Rand, c domain.CenterID, i int) domain.File {
	p := domain.Person{
		FirstName:  synFirst[r.IntN(len(synFirst))],
		LastName:   synLast[r.IntN(len(synLast))],
		FatherName: synFirst[r.IntN(len(synFirst))],
		Gender:     domain.Gender(1 + r.IntN(2)),
		BirthDate:  fa.Date{Year: 1320 + r.IntN(60), Month: r.IntN(13), Day: 0},
	}
	if p.BirthDate.Month != 0 {
		p.BirthDate.Day = 1 + r.IntN(29)
	}
	if r.IntN(4) == 0 {
		p.Nationality = domain.NationalityAfghan
		p.ForeignID = domain.ParseForeignID(fmt.Sprintf("%012d", r.Uint64N(1e12)))
	} else {
		p.Nationality = domain.NationalityIranian
		p.NationalCode = domain.ParseNationalCode(nationalCode(r.Uint64N(1e9)))
	}
	if r.IntN(10) > 0 {
		p.Mobile = domain.ParseMobile(fmt.Sprintf("09%09d", r.Uint64N(1e9)))
	}
	street := synStreet[r.IntN(len(synStreet))]
	f := domain.File{
		Center:      c,
		Number:      fmt.Sprintf("ط-1402-%04d", i%10000),
		ExternalRef: strconv.Itoa(i + 1),
		Head:        p,
		Address: fmt.Sprintf("%s، %s، %s %d، کوچه %d، پلاک %d", synArea[r.IntN(len(synArea))],
			street, street, 1+r.IntN(90), 1+r.IntN(20), 1+r.IntN(120)),
		HouseholdSize: 1 + r.IntN(7),
		Categories:    []domain.Category{domain.Categories[r.IntN(len(domain.Categories))]},
		OpenedOn:      fa.Date{Year: 1395 + r.IntN(9), Month: 1 + r.IntN(12), Day: 1 + r.IntN(29)},
	}
	return f
}

// randomFile fills every field with random values, for codec round trips.
func randomFile(r *rand.Rand) domain.File {
	str := func() string {
		n := r.IntN(12)
		b := make([]rune, n)
		for i := range b {
			b[i] = []rune("ابپتجچحخدرزسشیکگ \u200c0123xyz")[r.IntN(25)]
		}
		return string(b)
	}
	date := func() fa.Date {
		if r.IntN(3) == 0 {
			return fa.Date{}
		}
		return fa.Date{Year: 1300 + r.IntN(200), Month: r.IntN(13), Day: r.IntN(32)}
	}
	ident := func() (string, string, domain.IDFlag) {
		raw := str()
		switch r.IntN(3) {
		case 0:
			return raw, raw, domain.IDFlag(r.IntN(5))
		case 1:
			return raw, str(), domain.IDFlag(r.IntN(5))
		}
		return raw, "", domain.IDFlag(r.IntN(5))
	}
	person := func() domain.Person {
		p := domain.Person{FirstName: str(), LastName: str(), FatherName: str(),
			Gender: domain.Gender(r.IntN(3)), BirthDate: date(), BirthRaw: str(),
			Nationality: domain.Nationality(r.IntN(4))}
		p.NationalCode.Raw, p.NationalCode.Value, p.NationalCode.Flag = ident()
		p.ForeignID.Raw, p.ForeignID.Value, p.ForeignID.Flag = ident()
		p.Mobile.Raw, p.Mobile.Value, p.Mobile.Flag = ident()
		return p
	}
	f := domain.File{
		ID: domain.ID(r.Uint64()), Center: domain.CenterID(r.Uint32()), Number: str(), ExternalRef: str(),
		Status: domain.Status(r.IntN(3)), StatusReason: str(), Head: person(),
		HouseholdSize: r.IntN(20) - 2, Address: str(), Neighborhood: str(),
		Housing: domain.Housing(r.IntN(4)), Rent: r.Int64() - r.Int64(), Income: r.Int64N(1e12),
		Needs: str(), Notes: str(), OpenedOn: date(), CreatedBy: domain.ID(r.Uint64()),
		UpdatedBy: domain.ID(r.Uint64N(1000)), Version: r.Uint64(),
	}
	for range r.IntN(4) {
		f.Categories = append(f.Categories, domain.Category(r.IntN(8)))
	}
	for range r.IntN(5) {
		f.Members = append(f.Members, domain.Member{Person: person(), Relation: domain.Relation(r.IntN(7)), Note: str()})
	}
	for range r.IntN(3) {
		f.Phones = append(f.Phones, str())
	}
	if r.IntN(4) > 0 {
		f.CreatedAt = randomTime(r)
	}
	if r.IntN(4) > 0 {
		f.UpdatedAt = randomTime(r)
	}
	return f
}

func randomTime(r *rand.Rand) time.Time {
	return time.Unix(r.Int64N(4e9)-1e9, r.Int64N(1e9))
}
