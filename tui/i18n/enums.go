package i18n

import "github.com/parvande/parvande/domain"

// Each map names every value of a domain enum; TestEnumsNamed walks the
// domain's lists so a new value cannot ship without a name.
var (
	statusKeys = map[domain.Status]Key{
		domain.StatusActive: StatusActive, domain.StatusSuspended: StatusSuspended, domain.StatusClosed: StatusClosed,
	}
	categoryKeys = map[domain.Category]Key{
		domain.CategoryFemaleHeaded: CatFemaleHeaded, domain.CategoryElderly: CatElderly,
		domain.CategoryDisability: CatDisability, domain.CategoryChronicIllness: CatChronicIllness,
		domain.CategoryOrphans: CatOrphans, domain.CategoryUnemployed: CatUnemployed,
		domain.CategoryPrisonerFamily: CatPrisonerFamily, domain.CategoryOther: CatOther,
	}
	aidKeys = map[domain.AidKind]Key{
		domain.AidCash: AidCash, domain.AidFoodBasket: AidFoodBasket, domain.AidClothing: AidClothing,
		domain.AidRent: AidRent, domain.AidMedical: AidMedical, domain.AidEducation: AidEducation,
		domain.AidDowry: AidDowry, domain.AidFuel: AidFuel, domain.AidEmployment: AidEmployment,
		domain.AidOther: AidOther,
	}
	visitKeys = map[domain.VisitKind]Key{
		domain.VisitHome: VisitHome, domain.VisitOffice: VisitOffice, domain.VisitPhone: VisitPhone,
	}
	genderKeys = map[domain.Gender]Key{
		domain.GenderUnknown: GenderUnknown, domain.GenderMale: GenderMale, domain.GenderFemale: GenderFemale,
	}
	nationalityKeys = map[domain.Nationality]Key{
		domain.NationalityUnknown: NatUnknown, domain.NationalityIranian: NatIranian,
		domain.NationalityAfghan: NatAfghan, domain.NationalityOther: NatOther,
	}
	relationKeys = map[domain.Relation]Key{
		domain.RelationOther: RelOther, domain.RelationSpouse: RelSpouse, domain.RelationChild: RelChild,
		domain.RelationParent: RelParent, domain.RelationSibling: RelSibling,
		domain.RelationGrandchild: RelGrandchild, domain.RelationInLaw: RelInLaw,
	}
	housingKeys = map[domain.Housing]Key{
		domain.HousingUnknown: HousingUnknown, domain.HousingOwned: HousingOwned,
		domain.HousingRented: HousingRented, domain.HousingOther: HousingOther,
	}
	roleKeys = map[domain.Role]Key{
		domain.RoleCaseworker: RoleCaseworker, domain.RoleSupervisor: RoleSupervisor,
		domain.RoleCoordinator: RoleCoordinator, domain.RoleAdmin: RoleAdmin,
	}
)

// Every domain list the enum maps must cover, for tests; the domain has no
// lists for genders, nationalities, relations and housing, so they are
// spelled out here.
var (
	allGenders       = []domain.Gender{domain.GenderUnknown, domain.GenderMale, domain.GenderFemale}
	allNationalities = []domain.Nationality{domain.NationalityUnknown, domain.NationalityIranian, domain.NationalityAfghan, domain.NationalityOther}
	allRelations     = []domain.Relation{domain.RelationOther, domain.RelationSpouse, domain.RelationChild, domain.RelationParent, domain.RelationSibling, domain.RelationGrandchild, domain.RelationInLaw}
	allHousing       = []domain.Housing{domain.HousingUnknown, domain.HousingOwned, domain.HousingRented, domain.HousingOther}
)

func (tr *T) enum(k Key, ok bool) string {
	if !ok {
		return tr.T(UnknownValue)
	}
	return tr.T(k)
}

// Status names a file status.
func (tr *T) Status(s domain.Status) string { k, ok := statusKeys[s]; return tr.enum(k, ok) }

// Category names a category of need.
func (tr *T) Category(c domain.Category) string { k, ok := categoryKeys[c]; return tr.enum(k, ok) }

// AidKind names a kind of aid.
func (tr *T) AidKind(a domain.AidKind) string { k, ok := aidKeys[a]; return tr.enum(k, ok) }

// VisitKind names a kind of visit.
func (tr *T) VisitKind(v domain.VisitKind) string { k, ok := visitKeys[v]; return tr.enum(k, ok) }

// Gender names a gender.
func (tr *T) Gender(g domain.Gender) string { k, ok := genderKeys[g]; return tr.enum(k, ok) }

// Nationality names a nationality.
func (tr *T) Nationality(n domain.Nationality) string {
	k, ok := nationalityKeys[n]
	return tr.enum(k, ok)
}

// Relation names a member's relation to the head.
func (tr *T) Relation(r domain.Relation) string { k, ok := relationKeys[r]; return tr.enum(k, ok) }

// Housing names a housing tenure.
func (tr *T) Housing(h domain.Housing) string { k, ok := housingKeys[h]; return tr.enum(k, ok) }

// Role names a user role.
func (tr *T) Role(r domain.Role) string { k, ok := roleKeys[r]; return tr.enum(k, ok) }

// IDKind says which identifier a flag is about.
type IDKind uint8

const (
	NationalCode IDKind = iota
	ForeignID
	Mobile
)

var flagKeys = map[IDKind][5]Key{
	NationalCode: {"", FlagNCEmpty, FlagNCSuspect, FlagNCChecksum, FlagNCFormat},
	ForeignID:    {"", FlagFIDEmpty, FlagFIDSuspect, FlagFIDChecksum, FlagFIDFormat},
	Mobile:       {"", FlagMobEmpty, FlagMobSuspect, FlagMobChecksum, FlagMobFormat},
}

// IDFlag says why an identifier was flagged and what to do; "" for FlagOK.
func (tr *T) IDFlag(kind IDKind, f domain.IDFlag) string {
	ks, ok := flagKeys[kind]
	if !ok || int(f) >= len(ks) || ks[f] == "" {
		return ""
	}
	return tr.T(ks[f])
}

// FlagNote says what is wrong with one flagged value of a file
// (domain.File.Flags) and what to do about it.
func (tr *T) FlagNote(n domain.FlagNote) string {
	switch n.Field {
	case domain.FieldNationalCode:
		return tr.IDFlag(NationalCode, n.Flag)
	case domain.FieldForeignID:
		return tr.IDFlag(ForeignID, n.Flag)
	case domain.FieldMobile:
		return tr.IDFlag(Mobile, n.Flag)
	case domain.FieldBirthDate:
		return tr.T(FlagBirthFormat)
	}
	return tr.T(UnknownValue)
}
