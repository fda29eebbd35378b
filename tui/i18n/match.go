package i18n

import (
	"github.com/parvande/parvande/domain/match"
)

// The engine explains a pair with reason codes; the words are here. A
// code's message takes the similarity (Pct) when it has a %d, or the
// field's name (common_name) when it has a %s.

var bandKeys = map[match.Band]Key{
	match.BandNone: BandNone, match.BandPossible: BandPossible,
	match.BandLikely: BandLikely, match.BandCertain: BandCertain,
}

var matchFieldKeys = map[match.Field]Key{
	match.FieldFirst: MatchFieldFirst, match.FieldLast: MatchFieldLast, match.FieldFather: MatchFieldFather,
	match.FieldBirth: MatchFieldBirth, match.FieldGender: MatchFieldGender,
	match.FieldNationality: MatchFieldNationality, match.FieldNationalCode: MatchFieldNationalCode,
	match.FieldForeignID: MatchFieldForeignID, match.FieldMobile: MatchFieldMobile,
	match.FieldAddress: MatchFieldAddress, match.FieldTitles: MatchFieldTitles,
}

// Band names a match band.
func (tr *T) Band(b match.Band) string { k, ok := bandKeys[b]; return tr.enum(k, ok) }

// MatchField names a compared field.
func (tr *T) MatchField(f match.Field) string { k, ok := matchFieldKeys[f]; return tr.enum(k, ok) }

// MatchLevel names how well a field agrees ("exact", "one typo").
func (tr *T) MatchLevel(l match.Level) string {
	k := Key("match.level." + l.String())
	_, ok := lookup(k)
	return tr.enum(k, ok)
}

// Reason says one piece of the engine's evidence in words ("names 94%
// alike", "same mobile"). A code the catalog does not know yet shows as
// itself, never as nothing.
func (tr *T) Reason(r match.Reason) string {
	k := Key("match.reason." + r.Code)
	m, ok := lookup(k)
	if !ok {
		return tr.T(ReasonUnknown, r.Code)
	}
	switch v := verbOf(m.en); v {
	case 'd':
		return tr.T(k, r.Pct)
	case 's':
		return tr.T(k, tr.MatchField(r.Field))
	}
	return tr.T(k)
}

// Reasons says a pair's reasons in order, joined the language's way.
func (tr *T) Reasons(rs []match.Reason) string {
	sep := "; "
	if tr.lang == Fa {
		sep = "؛ "
	}
	out := ""
	for i, r := range rs {
		if i > 0 {
			out += sep
		}
		out += tr.Reason(r)
	}
	return out
}

// verbOf is the verb of a message's one argument, or 0 when it takes
// none.
func verbOf(s string) byte {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		if s[i+1] == '%' {
			i++
			continue
		}
		return s[i+1]
	}
	return 0
}
