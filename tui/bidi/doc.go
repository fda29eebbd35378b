// Package bidi turns one line of logical text (as typed and stored) into
// the visual order a terminal without bidi support must be sent: the
// Unicode Bidirectional Algorithm (UAX #9) for a single line, mirroring,
// and Arabic-script shaping into presentation forms.
//
// What a terminal line needs, and no more, is implemented:
//
//   - P2–P3 (paragraph level from the first strong character) when the
//     direction is Auto; LTR or RTL when the caller knows it.
//   - Explicit embeddings and overrides (LRE RLE LRO RLO PDF) are ignored
//     as X9 removes them; isolates (LRI RLI FSI PDI) are treated as
//     neutrals. A line is therefore one isolating run sequence at the
//     paragraph level. Stored Persian text never holds these controls.
//   - W1–W7, N0 (bracket pairs by BD16), N1–N2, I1–I2, L1 (trailing and
//     pre-separator whitespace), L2 (reordering), L3 (combining marks are
//     kept after their base, as a terminal needs) and L4 (mirroring).
//
// The classes come from golang.org/x/text/unicode/bidi; the brackets,
// mirrors and shaping tables are generated (gen.go) from the UCD version
// in UnicodeVersion, and checked against BidiCharacterTest.txt of the same
// version (testdata).
package bidi
