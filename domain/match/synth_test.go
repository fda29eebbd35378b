package match

import (
	"math"
	"strconv"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// A small synthetic population for tests and benchmarks, so that they need
// nothing outside the repository: Zipf-distributed Persian names, families
// (siblings at one address with one father), duplicates at other centers
// with the slips clerks make. It is not the benchmark set; it only has to
// be shaped like one (common names, shared phones, typos) so that block
// sizes and costs are realistic.

var (
	synthMale = strings.Fields(`محمد علی حسین رضا حسن مهدی احمد عباس محمدرضا علیرضا امیر
		جواد مصطفی مجید سعید محسن ابوالفضل غلامرضا اکبر حمید محمدحسین قاسم کریم یوسف
		ابراهیم اسماعیل رحیم مرتضی ناصر هادی داوود منصور جعفر صادق کاظم باقر تقی نبی
		عبدالله حبیب‌الله نورمحمد محمدعلی غلامحسین سجاد امیرحسین میلاد وحید یعقوب`)
	synthFemale = strings.Fields(`فاطمه زهرا معصومه مریم زینب سکینه طاهره رقیه کبری صغری
		خدیجه اعظم اشرف لیلا سمیه نرگس فرشته مرضیه منیژه پروین شهناز ربابه گلثوم
		حلیمه بتول ملیحه عذرا زهره سمانه مهری`)
	synthRoots = strings.Fields(`محمد حسین رضا احمد کریم رحیم قاسم جعفر اکبر نبی تقی ولی حسن
		عباس یوسف موسی کاظم هاشم نوری صالح امین شریف جلال کمال باقر صادق طاهر ناصر منصور
		فتح شکور غفور رحمان سلطان شاه میر خان بیگ زمان عسکر نظر قربان رمضان شعبان حیدر
		اسد شیر گل باغ کوه دشت آب نور مهر امید سرور جمال عزیز لطیف حکیم رشید مجید`)
	synthSuffix = []string{"ی", "ی", "ی", "زاده", "پور", "نژاد", "نیا", "فر", "یان", "آبادی", ""}
	synthStreet = strings.Fields(`توس طبرسی عسکریه نوده قاسم‌آباد وکیل‌آباد سجاد هاشمیه
		پنج‌تن رسالت شهید رجایی گلشهر التیمور ابوذر امام رضا خواجه ربیع سیدی طلاب`)
)

type synthRand struct{ splitmix }

// zipf draws 0..n-1 with weight 1/(i+1)^s.
func (r *synthRand) zipf(n int, s float64) int {
	// Inverse of the continuous approximation; good enough for shapes.
	u := r.float()
	if s == 1 {
		return min(n-1, int(math.Exp(u*math.Log(float64(n+1))))-1)
	}
	a := 1 - s
	x := math.Pow(u*(math.Pow(float64(n+1), a)-1)+1, 1/a) - 1
	return min(n-1, max(0, int(x)))
}

func (r *synthRand) pick(list []string, s float64) string { return list[r.zipf(len(list), s)] }

type synthPerson struct {
	p    domain.Person
	addr string
}

// synthNationalCode returns a valid code.
func synthNationalCode(r *synthRand) string {
	var d [10]byte
	prefixes := []string{"092", "093", "094", "095", "106", "107", "074", "075", "081", "082"}
	copy(d[:], prefixes[r.intn(len(prefixes))])
	for i := 3; i < 9; i++ {
		d[i] = byte('0' + r.intn(10))
	}
	for c := byte('0'); c <= '9'; c++ {
		d[9] = c
		if nationalCodeValid(d[:]) {
			break
		}
	}
	return string(d[:])
}

func synthDigits(r *synthRand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.intn(10))
	}
	return string(b)
}

func (r *synthRand) surname() string {
	root := r.pick(synthRoots, 0.9)
	return root + synthSuffix[r.intn(len(synthSuffix))]
}

func (r *synthRand) address() string {
	st := r.pick(synthStreet, 0.7)
	return "بولوار " + st + "، " + st + " " + strconv.Itoa(1+r.intn(90)) + "، پلاک " + strconv.Itoa(1+r.intn(150))
}

func (r *synthRand) person(last, father, addr string) synthPerson {
	var p domain.Person
	female := r.float() < 0.3
	if female {
		p.FirstName, p.Gender = r.pick(synthFemale, 1.0), domain.GenderFemale
	} else {
		p.FirstName, p.Gender = r.pick(synthMale, 1.0), domain.GenderMale
	}
	p.LastName, p.FatherName = last, father
	y := 1320 + r.intn(66)
	p.BirthDate = fa.Date{Year: y, Month: 1 + r.intn(12), Day: 1 + r.intn(29)}
	if r.float() < 0.05 {
		p.BirthDate.Month, p.BirthDate.Day = 0, 0
	}
	if r.float() < 0.25 {
		p.Nationality = domain.NationalityAfghan
		if r.float() < 0.88 {
			p.ForeignID = domain.ParseForeignID(synthDigits(r, 12))
		}
	} else {
		p.Nationality = domain.NationalityIranian
		p.NationalCode = domain.ParseNationalCode(synthNationalCode(r))
	}
	if r.float() < 0.97 {
		p.Mobile = domain.ParseMobile("09" + synthDigits(r, 9))
	}
	return synthPerson{p: p, addr: addr}
}

// copyOf re-types a person the way another clerk would.
func (r *synthRand) copyOf(sp synthPerson) synthPerson {
	p := sp.p
	if r.float() < 0.05 {
		p.FirstName = synthTypo(r, p.FirstName)
	}
	if r.float() < 0.05 {
		p.LastName = synthTypo(r, p.LastName)
	}
	if r.float() < 0.2 {
		p.LastName = strings.TrimSuffix(p.LastName, "ی")
	}
	if r.float() < 0.05 {
		p.BirthDate.Month, p.BirthDate.Day = 0, 0
	}
	if r.float() < 0.03 {
		p.BirthDate.Year++
	}
	if r.float() < 0.05 {
		p.NationalCode, p.ForeignID = domain.NationalCode{}, domain.ForeignID{}
	} else if v := p.NationalCode.Value; v != "" && r.float() < 0.03 {
		i := r.intn(9)
		b := []byte(v)
		b[i], b[i+1] = b[i+1], b[i]
		p.NationalCode = domain.ParseNationalCode(string(b))
	}
	if r.float() < 0.1 {
		p.Mobile = domain.ParseMobile("09" + synthDigits(r, 9))
	}
	addr := sp.addr
	if r.float() < 0.07 {
		addr = r.address()
	}
	return synthPerson{p: p, addr: addr}
}

func synthTypo(r *synthRand, s string) string {
	rs := []rune(s)
	if len(rs) < 3 {
		return s
	}
	i := 1 + r.intn(len(rs)-1)
	switch r.intn(3) {
	case 0:
		return string(append(rs[:i:i], rs[i+1:]...))
	case 1:
		rs[i] = []rune("سشیبلاتنمک")[r.intn(10)]
	default:
		rs[i-1], rs[i] = rs[i], rs[i-1]
	}
	return string(rs)
}

// synthRecords returns about n records and, for each, the person it is.
func synthRecords(n int, seed uint64) ([]Record, []int) {
	files, who := synthFiles(n, seed)
	recs := make([]Record, len(files), n+8)
	for i := range files {
		recs[i] = FromFile(files[i])
	}
	return recs, who
}

// synthFiles returns about n files and, for each, the person it is.
func synthFiles(n int, seed uint64) ([]domain.File, []int) {
	r := &synthRand{splitmix{seed}}
	recs := make([]domain.File, 0, n+8)
	who := make([]int, 0, n+8)
	person := 0
	add := func(sp synthPerson) {
		center := domain.CenterID(1 + r.intn(400))
		f := domain.File{ID: domain.NewID(center, uint64(len(recs)+1)), Center: center, Head: sp.p, Address: sp.addr}
		recs = append(recs, f)
		who = append(who, person)
	}
	for len(recs) < n {
		last, addr := r.surname(), r.address()
		father := r.pick(synthMale, 1.0)
		members := 1
		if r.float() < 0.15 {
			members = 2 + r.intn(2) // siblings: one surname, father and address
		}
		for k := 0; k < members && len(recs) < n; k++ {
			sp := r.person(last, father, addr)
			person++
			add(sp)
			for c := 0; c < 3 && r.float() < 0.22 && len(recs) < n; c++ {
				add(r.copyOf(sp))
			}
		}
	}
	return recs, who
}
