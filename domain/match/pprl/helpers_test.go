package pprl

import (
	"math/rand/v2"
	"strconv"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// withCheck completes nine digits into a valid national code.
func withCheck(nine string) string {
	s := 0
	for i := 0; i < 9; i++ {
		s += int(nine[i]-'0') * (10 - i)
	}
	r := s % 11
	if r >= 2 {
		r = 11 - r
	}
	return nine + strconv.Itoa(r)
}

// file builds a file from the fields a clerk types.
func file(id uint64, first, last, father, birth, nc, fid, mob, addr string) domain.File {
	var p domain.Person
	p.FirstName, p.LastName, p.FatherName = first, last, father
	p.Gender = domain.GenderMale
	p.Nationality = domain.NationalityIranian
	if fid != "" {
		p.Nationality = domain.NationalityAfghan
	}
	if d, err := fa.ParseDate(birth); err == nil {
		p.BirthDate = d
	}
	p.NationalCode = domain.ParseNationalCode(nc)
	p.ForeignID = domain.ParseForeignID(fid)
	p.Mobile = domain.ParseMobile(mob)
	return domain.File{ID: domain.NewID(1+domain.CenterID(id%3), id), Center: 1 + domain.CenterID(id%3), Head: p, Address: addr}
}

var (
	firsts  = []string{"محمد", "محمود", "علی", "علي", "حسن", "حسین", "فاطمه", "فاطمة", "زهرا", "زهره", "سید مهدی", "مهدی", "محمدرضا", "محمد رضا", "اسماعیل", "اسمعیل", "غلامرضا", "غلامرصا", ""}
	lasts   = []string{"محمدی", "احمدی", "حسینی", "حسین‌زاده", "رضایی", "رضائی", "کریمی", "کریمى", "طاهری", "تاهری", "شیرزادی", "", "قاسمی", "غاسمی"}
	fathers = []string{"حسن", "حسین", "رضا", "محمد", "", "عبدالله", "عبداله", "جواد"}
	births  = []string{"1360/05/12", "1360/12/05", "1360", "1361/05/12", "1360/05/13", "1360/01/01", "", "1375/02/30"}
	addrs   = []string{"بولوار توس، توس ۷۲، پلاک ۱۴", "خ. توس، توس 72، پ 14", "طلاب، بولوار طبرسی، طبرسی 30، پلاک 59", ""}
)

// randomFile draws a file from small pools of names and numbers, so that
// random pairs agree, nearly agree and differ on every field.
func randomFile(rng *rand.Rand, id uint64) domain.File {
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	ncs := []string{withCheck("287365805"), withCheck("093742210"), "2873658053", "2873658503", withCheck("287365815"), ""}
	fids := []string{"", "", "123456789012", "123456789013", "123456798012", "923456789012"}
	mobs := []string{"", "09151234567", "09157654321", "9151234567"}
	return file(id, pick(firsts), pick(lasts), pick(fathers), pick(births), pick(ncs), pick(fids), pick(mobs), pick(addrs))
}

func mustEncoder(s Secret) *Encoder {
	e, err := NewEncoder(s, DefaultParams())
	if err != nil {
		panic(err)
	}
	return e
}
