package i18n

// Names of domain enums; enums.go maps each value to its key.
const (
	StatusActive    Key = "status.active"
	StatusSuspended Key = "status.suspended"
	StatusClosed    Key = "status.closed"

	CatFemaleHeaded   Key = "category.female_headed"
	CatElderly        Key = "category.elderly"
	CatDisability     Key = "category.disability"
	CatChronicIllness Key = "category.chronic_illness"
	CatOrphans        Key = "category.orphans"
	CatUnemployed     Key = "category.unemployed"
	CatPrisonerFamily Key = "category.prisoner_family"
	CatOther          Key = "category.other"

	AidCash       Key = "aid.cash"
	AidFoodBasket Key = "aid.food_basket"
	AidClothing   Key = "aid.clothing"
	AidRent       Key = "aid.rent"
	AidMedical    Key = "aid.medical"
	AidEducation  Key = "aid.education"
	AidDowry      Key = "aid.dowry"
	AidFuel       Key = "aid.fuel"
	AidEmployment Key = "aid.employment"
	AidOther      Key = "aid.other"

	VisitHome   Key = "visit.home"
	VisitOffice Key = "visit.office"
	VisitPhone  Key = "visit.phone"

	GenderUnknown Key = "gender.unknown"
	GenderMale    Key = "gender.male"
	GenderFemale  Key = "gender.female"

	NatUnknown Key = "nationality.unknown"
	NatIranian Key = "nationality.iranian"
	NatAfghan  Key = "nationality.afghan"
	NatOther   Key = "nationality.other"

	RelOther      Key = "relation.other"
	RelSpouse     Key = "relation.spouse"
	RelChild      Key = "relation.child"
	RelParent     Key = "relation.parent"
	RelSibling    Key = "relation.sibling"
	RelGrandchild Key = "relation.grandchild"
	RelInLaw      Key = "relation.in_law"

	HousingUnknown Key = "housing.unknown"
	HousingOwned   Key = "housing.owned"
	HousingRented  Key = "housing.rented"
	HousingOther   Key = "housing.other"

	RoleCaseworker  Key = "role.caseworker"
	RoleSupervisor  Key = "role.supervisor"
	RoleCoordinator Key = "role.coordinator"
	RoleAdmin       Key = "role.admin"

	UnknownValue Key = "enum.unknown"
)

var enumMsgs = map[Key]text{
	StatusActive:    {"فعال", "active"},
	StatusSuspended: {"معلق", "suspended"},
	StatusClosed:    {"بسته", "closed"},

	CatFemaleHeaded:   {"زن سرپرست خانوار", "female-headed"},
	CatElderly:        {"سالمند", "elderly"},
	CatDisability:     {"معلولیت", "disability"},
	CatChronicIllness: {"بیماری خاص", "chronic illness"},
	CatOrphans:        {"ایتام", "orphans"},
	CatUnemployed:     {"بیکار", "unemployed"},
	CatPrisonerFamily: {"خانواده زندانی", "prisoner's family"},
	CatOther:          {"سایر", "other"},

	AidCash:       {"نقدی", "cash"},
	AidFoodBasket: {"سبد غذایی", "food basket"},
	AidClothing:   {"پوشاک", "clothing"},
	AidRent:       {"کمک اجاره", "rent"},
	AidMedical:    {"درمان", "medical"},
	AidEducation:  {"تحصیل", "education"},
	AidDowry:      {"جهیزیه", "dowry"},
	AidFuel:       {"سوخت", "fuel"},
	AidEmployment: {"اشتغال و توانمندسازی", "employment"},
	AidOther:      {"سایر", "other"},

	VisitHome:   {"بازدید منزل", "home visit"},
	VisitOffice: {"مراجعه حضوری", "office visit"},
	VisitPhone:  {"تماس تلفنی", "phone call"},

	GenderUnknown: {"نامشخص", "unknown"},
	GenderMale:    {"مرد", "male"},
	GenderFemale:  {"زن", "female"},

	NatUnknown: {"نامشخص", "unknown"},
	NatIranian: {"ایرانی", "Iranian"},
	NatAfghan:  {"افغانستانی", "Afghan"},
	NatOther:   {"سایر", "other"},

	RelOther:      {"سایر", "other"},
	RelSpouse:     {"همسر", "spouse"},
	RelChild:      {"فرزند", "child"},
	RelParent:     {"پدر/مادر", "parent"},
	RelSibling:    {"خواهر/برادر", "sibling"},
	RelGrandchild: {"نوه", "grandchild"},
	RelInLaw:      {"خویشاوند سببی", "in-law"},

	HousingUnknown: {"نامشخص", "unknown"},
	HousingOwned:   {"ملکی", "owned"},
	HousingRented:  {"استیجاری", "rented"},
	HousingOther:   {"سایر (نزد بستگان، خیریه…)", "other (relatives, charity…)"},

	RoleCaseworker:  {"مددکار", "caseworker"},
	RoleSupervisor:  {"سرپرست", "supervisor"},
	RoleCoordinator: {"هماهنگ‌کننده", "coordinator"},
	RoleAdmin:       {"مدیر سیستم", "administrator"},

	UnknownValue: {"نامشخص", "unknown"},
}
