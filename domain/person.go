package domain

import "github.com/parvande/parvande/domain/fa"

// Gender of a person as recorded.
type Gender uint8

const (
	GenderUnknown Gender = iota
	GenderMale
	GenderFemale
)

// Nationality as recorded; most beneficiaries are Iranian or Afghan.
type Nationality uint8

const (
	NationalityUnknown Nationality = iota
	NationalityIranian
	NationalityAfghan
	NationalityOther
)

// Person is an individual: a head of household or a member.
type Person struct {
	FirstName  string
	LastName   string
	FatherName string
	Gender     Gender
	BirthDate  fa.Date // partial: year only, year+month, or full
	// BirthRaw keeps a birth date as typed when it could not be read as a
	// date, so nothing the clerk had is lost; it is flagged.
	BirthRaw     string
	Nationality  Nationality
	NationalCode NationalCode
	ForeignID    ForeignID
	Mobile       Mobile
}

// Relation of a member to the head of household.
type Relation uint8

const (
	RelationOther Relation = iota
	RelationSpouse
	RelationChild
	RelationParent
	RelationSibling
	RelationGrandchild
	RelationInLaw
)

// Member is a person in a household other than its head.
type Member struct {
	Person
	Relation Relation
	Note     string
}

// FullName is first and last name joined for display.
func (p Person) FullName() string {
	switch {
	case p.FirstName == "":
		return p.LastName
	case p.LastName == "":
		return p.FirstName
	}
	return p.FirstName + " " + p.LastName
}

// HasName reports whether the person can be told apart by name at all.
func (p Person) HasName() bool { return trimmed(p.FirstName) != "" || trimmed(p.LastName) != "" }
