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
