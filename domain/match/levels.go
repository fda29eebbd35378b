package match

// Field is one compared attribute of a record.
type Field uint8

const (
	FieldFirst Field = iota
	FieldLast
	FieldFather
	FieldBirth
	FieldGender
	FieldNationality
	FieldNationalCode
	FieldForeignID
	FieldMobile
	FieldAddress
	FieldTitles
	NumFields
)

var fieldNames = [NumFields]string{
	"first_name", "last_name", "father_name", "birth_date", "gender", "nationality",
	"national_code", "foreign_id", "mobile", "address", "titles",
}

// String is the stable name used in JSON and reasons.
func (f Field) String() string {
	if f < NumFields {
		return fieldNames[f]
	}
	return "unknown"
}

// Level is how well one field of two records agrees. Each field uses a few
// of them (see Field.Levels); every field has LevelMissing, which weighs
// nothing: absence is not evidence.
type Level uint8

const (
	LevelMissing   Level = iota // one side or both have nothing
	LevelExact                  // equal after folding
	LevelClose                  // names: same sound or ≥ 0.92 alike; address: most tokens shared
	LevelSimilar                // names: ≥ 0.84 alike or one compound part shared
	LevelTypo                   // identifiers: one digit wrong or two swapped
	LevelSwap                   // birth: day and month swapped
	LevelPartial                // birth: same year, the rest unknown on one side
	LevelNear                   // birth: a year apart, the rest compatible
	LevelSameYear               // birth: same year, month or day differ
	LevelDifferent              // disagree
	LevelConflict               // identifiers: both well-formed and valid, and different
	NumLevels
)

var levelNames = [NumLevels]string{
	"missing", "exact", "close", "similar", "typo", "swap", "partial", "near",
	"same_year", "different", "conflict",
}

// String is the stable name used in JSON and reasons.
func (l Level) String() string {
	if l < NumLevels {
		return levelNames[l]
	}
	return "unknown"
}

// fieldLevels lists the levels each field can take, strongest first.
var fieldLevels = [NumFields][]Level{
	FieldFirst:        {LevelExact, LevelClose, LevelSimilar, LevelDifferent},
	FieldLast:         {LevelExact, LevelClose, LevelSimilar, LevelDifferent},
	FieldFather:       {LevelExact, LevelClose, LevelSimilar, LevelDifferent},
	FieldBirth:        {LevelExact, LevelSwap, LevelPartial, LevelNear, LevelSameYear, LevelDifferent},
	FieldGender:       {LevelExact, LevelDifferent},
	FieldNationality:  {LevelExact, LevelDifferent},
	FieldNationalCode: {LevelExact, LevelTypo, LevelDifferent, LevelConflict},
	FieldForeignID:    {LevelExact, LevelTypo, LevelDifferent},
	FieldMobile:       {LevelExact, LevelDifferent},
	FieldAddress:      {LevelExact, LevelClose, LevelDifferent},
	FieldTitles:       {LevelExact, LevelDifferent},
}

// Levels lists the levels f can take besides LevelMissing, strongest first.
func (f Field) Levels() []Level {
	if f < NumFields {
		return fieldLevels[f]
	}
	return nil
}

// Vector is the level of every field for one pair.
type Vector [NumFields]Level

// parseField and parseLevel read the names written by String.
func parseField(s string) (Field, bool) {
	for i, n := range fieldNames {
		if n == s {
			return Field(i), true
		}
	}
	return 0, false
}

func parseLevel(s string) (Level, bool) {
	for i, n := range levelNames {
		if n == s {
			return Level(i), true
		}
	}
	return 0, false
}
