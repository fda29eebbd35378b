package search

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// Name lists for generated beneficiaries, most common first. Weights fall
// off like real registers: a few names (محمد، علی، زهرا، فاطمه) are very
// common, most are rare. Some compound names use ZWNJ, some a space.
var (
	maleFirst = []string{
		"محمد", "علی", "حسین", "رضا", "مهدی", "حسن", "محمدرضا", "امیر", "عباس", "جواد",
		"غلامرضا", "ابراهیم", "اسماعیل", "مرتضی", "ناصر", "یوسف", "محمدحسین", "عبدالله",
		"ذبیح\u200cالله", "نورمحمد", "قربانعلی", "سیدجواد", "صادق", "هادی", "مجتبی", "علیرضا",
		"امیرحسین", "محمد علی", "ابوالفضل", "سعید", "مصطفی", "احمد", "محمود", "اکبر",
		"اصغر", "قاسم", "کاظم", "جعفر", "باقر", "هاشم", "یعقوب", "داوود", "سلیمان",
		"موسی", "عیسی", "یحیی", "نعمت\u200cالله", "روح\u200cالله", "حبیب\u200cالله", "عبدالرحیم",
		"عبدالکریم", "گلمحمد", "شیرمحمد", "دین\u200cمحمد", "خدابخش", "غلامحسین", "غلامعلی",
		"پرویز", "بهروز", "فرهاد", "چنگیز", "کریم", "رحیم", "مسعود", "مجید", "حمید",
	}
	femaleFirst = []string{
		"زهرا", "فاطمه", "معصومه", "مریم", "زینب", "سکینه", "طاهره", "رقیه", "کبری",
		"صغری", "نرگس", "لیلا", "فرشته", "سمیه", "شکریه", "گل\u200cبی\u200cبی", "مرضیه", "اعظم",
		"فاطمه زهرا", "ریحانه", "حلیمه", "خدیجه", "آمنه", "صدیقه", "اشرف", "منیژه",
		"پروین", "ژیلا", "گلثوم", "بتول", "عصمت", "عفت", "شهربانو", "ملیحه", "راضیه",
	}
	surnames = []string{
		"محمدی", "حسینی", "رضایی", "احمدی", "کاظمی", "موسوی", "جعفری", "قاسمی", "رحیمی",
		"هاشمی", "صادقی", "کریمی", "نوروزی", "غلامی", "عباسی", "حیدری", "یعقوبی",
		"شریفی", "طاهری", "زارعی", "نظری", "سلطانی", "فرهادی", "میرزایی", "اکبرزاده",
		"رسولی\u200cپور", "توکلی", "خاوری", "سروری", "هزاره", "محمدزاده", "علیزاده", "حسن\u200cزاده",
		"قربانی", "رستمی", "اسدی", "باقری", "ابراهیمی", "نجفی", "عسکری", "سبزواری",
		"نیشابوری", "کاشانی", "یزدانی", "پورمحمدی", "چراغی", "گودرزی", "ژیان", "فتحی",
		"طالبی", "منصوری", "صفری", "مرادی", "کرمانی", "شیرازی", "اصفهانی", "تبریزی",
		"خراسانی", "بلوچ", "سیستانی", "هراتی", "کابلی", "غزنوی", "بلخی", "بدخشی",
		"نوری", "سادات", "احمدزی", "پوپلزی", "دهقان", "کشاورز", "آهنگر", "نجار",
		"رفیعی", "شاکری", "ذاکری", "امینی", "مؤمنی", "عرب", "ترک", "کرد", "لطفی",
		"شجاعی", "دلاوری", "پاکزاد", "گلزاری", "چمنی", "باغبانی", "فرجی", "جوادی",
		"مهدوی", "تقوی", "نقوی", "رضوی", "طباطبایی", "کیانی", "زمانی", "سلیمانی",
	}
)

// weighted picks from a list with Zipf-like skew.
type weighted struct {
	items []string
	cum   []float64
}

func newWeighted(items []string) weighted {
	w := weighted{items: items, cum: make([]float64, len(items))}
	sum := 0.0
	for i := range items {
		sum += 1 / float64(i+1)
		w.cum[i] = sum
	}
	for i := range w.cum {
		w.cum[i] /= sum
	}
	return w
}

func (w weighted) pick(r *rand.Rand) string {
	x := r.Float64()
	lo, hi := 0, len(w.cum)-1
	for lo < hi {
		m := (lo + hi) / 2
		if w.cum[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return w.items[lo]
}

// gen makes plausible files: Persian names (a few typed with Arabic ي/ك),
// valid national codes or Afghan foreign ids, mobiles, file numbers.
type gen struct {
	r                    *rand.Rand
	male, female, family weighted
}

func newGen(seed uint64) *gen {
	return &gen{
		r:      rand.New(rand.NewPCG(seed, 7)),
		male:   newWeighted(maleFirst),
		female: newWeighted(femaleFirst),
		family: newWeighted(surnames),
	}
}

func (g *gen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}

// nationalCode is ten digits with a right check digit.
func (g *gen) nationalCode() string {
	d := g.digits(9)
	s := 0
	for i := 0; i < 9; i++ {
		s += int(d[i]-'0') * (10 - i)
	}
	c := s % 11
	if c >= 2 {
		c = 11 - c
	}
	return d + string(rune('0'+c))
}

func arabicLetters(s string) string {
	out := []rune(s)
	for i, r := range out {
		switch r {
		case 'ی':
			out[i] = 'ي'
		case 'ک':
			out[i] = 'ك'
		}
	}
	return string(out)
}

func (g *gen) file(center domain.CenterID, seq uint64) (domain.File, fa.Date, fa.Date) {
	r := g.r
	var h domain.Person
	if r.IntN(3) == 0 {
		h.FirstName, h.Gender = g.female.pick(r), domain.GenderFemale
	} else {
		h.FirstName, h.Gender = g.male.pick(r), domain.GenderMale
	}
	h.LastName = g.family.pick(r)
	h.FatherName = g.male.pick(r)
	if r.IntN(20) == 0 {
		h.FirstName, h.LastName = arabicLetters(h.FirstName), arabicLetters(h.LastName)
	}
	if r.IntN(7) == 0 {
		id := g.digits(12)
		h.Nationality, h.ForeignID = domain.NationalityAfghan, domain.ForeignID{Raw: id, Value: id}
	} else {
		nc := g.nationalCode()
		h.Nationality, h.NationalCode = domain.NationalityIranian, domain.NationalCode{Raw: nc, Value: nc}
	}
	m := "09" + []string{"15", "15", "15", "12", "13", "30", "35", "01", "36", "38"}[r.IntN(10)] + g.digits(7)
	h.Mobile = domain.Mobile{Raw: m, Value: m}
	f := domain.File{
		ID:         domain.NewID(center, seq),
		Center:     center,
		Number:     fmt.Sprintf("C%02d-%d-%04d", center, 1395+r.IntN(9), seq%10000),
		Status:     domain.Statuses[[]int{0, 0, 0, 0, 0, 0, 1, 2}[r.IntN(8)]],
		Categories: []domain.Category{domain.Categories[r.IntN(len(domain.Categories))]},
		Head:       h,
		UpdatedAt:  time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(5*365*24)) * time.Hour),
	}
	last := fa.Date{Year: 1400 + r.IntN(4), Month: 1 + r.IntN(12), Day: 1 + r.IntN(29)}
	var due fa.Date
	if r.IntN(2) == 0 {
		due = fa.Date{Year: 1402 + r.IntN(3), Month: 1 + r.IntN(12), Day: 1 + r.IntN(29)}
	}
	return f, last, due
}

// fill puts n generated files spread over 20 centers.
func (g *gen) fill(ix *Index, n int) {
	for i := 0; i < n; i++ {
		f, last, due := g.file(domain.CenterID(1+i%20), uint64(i+1))
		ix.Put(f, last, due)
	}
}
