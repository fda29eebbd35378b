package match

// Band is how sure the engine is that two files are one person.
type Band uint8

const (
	BandNone     Band = iota // below every threshold: not shown
	BandPossible             // worth a look
	BandLikely               // probably the same person
	BandCertain              // the same person unless a reviewer knows otherwise
)

// DefaultBand is the lowest band the review queue and `parvande dupes`
// show unless told otherwise: on the benchmark sets it gives the best F1,
// at a precision above 0.998.
const DefaultBand = BandPossible

var bandNames = [...]string{"none", "possible", "likely", "certain"}

// String is the stable English name, for storage, CSV and translation keys.
func (b Band) String() string {
	if int(b) < len(bandNames) {
		return bandNames[b]
	}
	return "unknown"
}

// ParseBand reads a name written by String.
func ParseBand(s string) (Band, bool) {
	for i, n := range bandNames {
		if n == s {
			return Band(i), true
		}
	}
	return BandNone, false
}
