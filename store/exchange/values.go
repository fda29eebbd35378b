package exchange

import "github.com/parvande/parvande/domain"

// Lang is the language of exported headers and values.
type Lang string

const (
	LangFA Lang = "fa"
	LangEN Lang = "en"
)

// label is a value's Persian and English spelling in exports; the
// importer also reads the extra spellings in words.
type label struct{ fa, en string }

func (l label) in(lang Lang) string {
	if lang == LangEN {
		return l.en
	}
	return l.fa
}

var (
	genderLabels = map[domain.Gender]label{
		domain.GenderMale:   {"مرد", "male"},
		domain.GenderFemale: {"زن", "female"},
	}
	nationalityLabels = map[domain.Nationality]label{
		domain.NationalityIranian: {"ایرانی", "iranian"},
		domain.NationalityAfghan:  {"افغانستانی", "afghan"},
		domain.NationalityOther:   {"سایر", "other"},
	}
	statusLabels = map[domain.Status]label{
		domain.StatusActive:    {"فعال", "active"},
		domain.StatusSuspended: {"معلق", "suspended"},
		domain.StatusClosed:    {"مختومه", "closed"},
	}
	categoryLabels = map[domain.Category]label{
		domain.CategoryFemaleHeaded:   {"زن سرپرست خانوار", "female-headed"},
		domain.CategoryElderly:        {"سالمند", "elderly"},
		domain.CategoryDisability:     {"معلولیت", "disability"},
		domain.CategoryChronicIllness: {"بیماری خاص", "chronic illness"},
		domain.CategoryOrphans:        {"ایتام", "orphans"},
		domain.CategoryUnemployed:     {"بیکار", "unemployed"},
		domain.CategoryPrisonerFamily: {"زندانی", "prisoner's family"},
		domain.CategoryOther:          {"سایر", "other"},
	}
	housingLabels = map[domain.Housing]label{
		domain.HousingOwned:  {"ملکی", "owned"},
		domain.HousingRented: {"استیجاری", "rented"},
		domain.HousingOther:  {"سایر", "other"},
	}
	relationLabels = map[domain.Relation]label{
		domain.RelationSpouse:     {"همسر", "spouse"},
		domain.RelationChild:      {"فرزند", "child"},
		domain.RelationParent:     {"والد", "parent"},
		domain.RelationSibling:    {"خواهر یا برادر", "sibling"},
		domain.RelationGrandchild: {"نوه", "grandchild"},
		domain.RelationInLaw:      {"خویشاوند سببی", "in-law"},
		domain.RelationOther:      {"سایر", "other"},
	}
)

// Extra spellings the importer accepts besides the labels.
var (
	genderWords = map[domain.Gender][]string{
		domain.GenderMale:   {"m", "man", "آقا", "مذکر", "ذکور"},
		domain.GenderFemale: {"f", "woman", "خانم", "مونث", "مؤنث", "اناث"},
	}
	nationalityWords = map[domain.Nationality][]string{
		domain.NationalityIranian: {"ایران", "iran", "ir", "iranian"},
		domain.NationalityAfghan:  {"افغان", "افغانی", "افغانستان", "afghan", "afghani", "afghanistan", "af"},
		domain.NationalityOther:   {"others", "غیره", "دیگر", "other"},
	}
	statusWords = map[domain.Status][]string{
		domain.StatusActive:    {"جاری", "open", "فعال"},
		domain.StatusSuspended: {"تعلیق", "تعلیق شده", "معلق شده", "on hold"},
		domain.StatusClosed:    {"بسته", "بسته شده", "مختومه شده", "بایگانی", "archived", "closed"},
	}
	categoryWords = map[domain.Category][]string{
		domain.CategoryFemaleHeaded:   {"زن سرپرست", "زنان سرپرست خانوار", "سرپرست خانوار زن", "female headed", "female head", "woman headed"},
		domain.CategoryElderly:        {"سالمندان", "aged", "senior", "elderly"},
		domain.CategoryDisability:     {"معلول", "معلولین", "معلولان", "disabled"},
		domain.CategoryChronicIllness: {"بیماران خاص", "بیمار خاص", "chronic", "special illness", "chronically ill"},
		domain.CategoryOrphans:        {"یتیم", "ایتام", "orphan"},
		domain.CategoryUnemployed:     {"بیکاری", "unemployment", "jobless"},
		domain.CategoryPrisonerFamily: {"خانواده زندانی", "خانواده زندانیان", "زندانیان", "prisoner", "prisoner family", "prisoners family", "prisoners"},
		domain.CategoryOther:          {"others", "دیگر", "غیره"},
	}
	housingWords = map[domain.Housing][]string{
		domain.HousingOwned:  {"مالک", "شخصی", "own", "owner", "owned home"},
		domain.HousingRented: {"اجاره", "اجاره ای", "مستاجر", "رهن", "رهن و اجاره", "rent", "renter", "tenant", "rental"},
		domain.HousingOther:  {"منزل اقوام", "با اقوام", "relatives", "خیریه", "charity", "رایگان", "free", "others"},
	}
	relationWords = map[domain.Relation][]string{
		domain.RelationSpouse:     {"زوجه", "زوج", "شوهر", "زن", "wife", "husband"},
		domain.RelationChild:      {"پسر", "دختر", "son", "daughter"},
		domain.RelationParent:     {"پدر", "مادر", "father", "mother"},
		domain.RelationSibling:    {"خواهر", "برادر", "brother", "sister"},
		domain.RelationGrandchild: {"نوه پسری", "نوه دختری"},
		domain.RelationInLaw:      {"عروس", "داماد", "daughter-in-law", "son-in-law"},
		domain.RelationOther:      {"others", "دیگر"},
	}
)

// lexicon maps folded spellings to values; built once, read-only.
type lexicon[T comparable] map[string]T

func newLexicon[T comparable](labels map[T]label, words map[T][]string) lexicon[T] {
	lx := make(lexicon[T])
	for v, l := range labels {
		lx[headerKey(l.fa)] = v
		lx[headerKey(l.en)] = v
	}
	for v, ws := range words {
		for _, w := range ws {
			lx[headerKey(w)] = v
		}
	}
	return lx
}

func (lx lexicon[T]) lookup(s string) (T, bool) {
	v, ok := lx[headerKey(s)]
	return v, ok
}

// vocabulary is every lexicon the importer needs.
type vocabulary struct {
	gender      lexicon[domain.Gender]
	nationality lexicon[domain.Nationality]
	status      lexicon[domain.Status]
	category    lexicon[domain.Category]
	housing     lexicon[domain.Housing]
	relation    lexicon[domain.Relation]
}

func newVocabulary() *vocabulary {
	return &vocabulary{
		gender:      newLexicon(genderLabels, genderWords),
		nationality: newLexicon(nationalityLabels, nationalityWords),
		status:      newLexicon(statusLabels, statusWords),
		category:    newLexicon(categoryLabels, categoryWords),
		housing:     newLexicon(housingLabels, housingWords),
		relation:    newLexicon(relationLabels, relationWords),
	}
}
