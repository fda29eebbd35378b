package domain

// Field names used in FlagNote; stable, so import reports and the i18n
// catalog can key on them.
const (
	FieldNationalCode = "national_code"
	FieldForeignID    = "foreign_id"
	FieldMobile       = "mobile"
	FieldBirthDate    = "birth_date"
)

// FlagNote is one value of a file that needs a person's eye: kept as typed,
// but not trusted (an identifier with a bad form, check digit or
// placeholder look, or a birth date that could not be read).
type FlagNote struct {
	Field  string // one of the Field* names
	Flag   IDFlag
	Member int // whose value: 0 for the head, i for f.Members[i-1]
}

// Flags lists every flagged value of the file, head first, then members in
// order. Empty fields are not flagged.
func (f File) Flags() []FlagNote {
	var out []FlagNote
	out = personFlags(out, f.Head, 0)
	for i, m := range f.Members {
		out = personFlags(out, m.Person, i+1)
	}
	return out
}

func personFlags(out []FlagNote, p Person, who int) []FlagNote {
	add := func(field string, flag IDFlag) {
		switch flag {
		case FlagSuspect, FlagChecksum, FlagFormat:
			out = append(out, FlagNote{Field: field, Flag: flag, Member: who})
		}
	}
	add(FieldNationalCode, p.NationalCode.Flag)
	add(FieldForeignID, p.ForeignID.Flag)
	add(FieldMobile, p.Mobile.Flag)
	// A birth date kept only as typed, or one that cannot exist (a record
	// written before validation, or edited by hand), is a format problem.
	if p.BirthRaw != "" || !p.BirthDate.Valid() {
		add(FieldBirthDate, FlagFormat)
	}
	return out
}
