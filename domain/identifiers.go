package domain

// IDFlag says what is wrong with an identifier as typed. A flagged value is
// kept as typed and saved; it is never silently dropped or "fixed".
type IDFlag uint8

const (
	FlagOK       IDFlag = iota // well-formed (and check digit right, where there is one)
	FlagEmpty                  // nothing typed
	FlagSuspect                // well-formed but unlikely (all one digit): never a match key
	FlagChecksum               // right length, wrong check digit
	FlagFormat                 // wrong length or not digits
)

// NationalCode is an Iranian national code (کد ملی).
// Raw is what was typed; Value is the canonical 10 Latin digits when the
// typed text could be read as digits of a plausible length, else "".
type NationalCode struct {
	Raw   string
	Value string
	Flag  IDFlag
}

// ForeignID is a foreign-national number (کد فراگیر اتباع): 12 digits, no
// known check digit.
type ForeignID struct {
	Raw   string
	Value string
	Flag  IDFlag
}

// Mobile is an Iranian mobile number; Value is canonical 09XXXXXXXXX.
type Mobile struct {
	Raw   string
	Value string
	Flag  IDFlag
}

var idFlagNames = [...]string{
	FlagOK: "ok", FlagEmpty: "empty", FlagSuspect: "suspect", FlagChecksum: "checksum", FlagFormat: "format",
}

// String is the stable English name, used in storage, reports and logs.
func (f IDFlag) String() string {
	if int(f) < len(idFlagNames) {
		return idFlagNames[f]
	}
	return "unknown"
}

// String is the canonical value when there is one, else what was typed.
func (n NationalCode) String() string { return idString(n.Value, n.Raw) }

// IsEmpty reports whether nothing was typed.
func (n NationalCode) IsEmpty() bool { return n.Flag == FlagEmpty }

// Usable reports whether the code may serve as an index or match key:
// well-formed, check digit right, not all one digit.
func (n NationalCode) Usable() bool { return n.Value != "" && n.Flag == FlagOK }

// String is the canonical value when there is one, else what was typed.
func (f ForeignID) String() string { return idString(f.Value, f.Raw) }

// IsEmpty reports whether nothing was typed.
func (f ForeignID) IsEmpty() bool { return f.Flag == FlagEmpty }

// Usable reports whether the number may serve as an index or match key.
func (f ForeignID) Usable() bool { return f.Value != "" && f.Flag == FlagOK }

// String is the canonical value when there is one, else what was typed.
func (m Mobile) String() string { return idString(m.Value, m.Raw) }

// IsEmpty reports whether nothing was typed.
func (m Mobile) IsEmpty() bool { return m.Flag == FlagEmpty }

// Usable reports whether the number may serve as an index or match key.
// Households share phones, so a match on it is evidence, not proof.
func (m Mobile) Usable() bool { return m.Value != "" && m.Flag == FlagOK }

func idString(value, raw string) string {
	if value != "" {
		return value
	}
	return raw
}
