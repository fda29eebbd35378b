// Package pprl is the match index an offline center (a spoke) receives
// about the files of other centers: keyed encodings of what the duplicate
// engine (domain/match) compares, never the names, numbers or addresses.
// The live warning at registration ("a family like this is served by
// center X") runs on it offline; full details stay at the hub.
//
// # Encoding (encode.go, bloom.go, idents.go)
//
// An Encoder holds the federation's 32-byte Secret; every kind of value
// has its own key derived from it (HMAC-SHA256 of a purpose label), so a
// tag of one kind never meets a tag of another. Of a match.Record:
//
//   - national code, foreign number, mobile: HMAC-SHA256 truncated to 8
//     bytes. A national code also carries the tags of every valid code one
//     typo (a digit, a swap of neighbours) away: a code failing its check
//     is blocked under them as the engine blocks it, and "one typo apart"
//     is one tag being among the other's neighbours. A foreign number
//     carries 4-byte tags of its halves (blocking) and of itself with each
//     digit masked and each pair of neighbours sorted (typo = one of them
//     equal).
//   - first, last and father's name: 8-byte tag of the folded name, 4-byte
//     tags of its sound, its stem's sound and its consonant skeleton (what
//     the engine's name levels test for equality), and a Bloom filter of
//     its letter bigrams, padded (Schnell et al. 2009, cryptographic
//     long-term key style as in clkhash): 256 bits, 15 positions per bigram
//     by double hashing (h1 + i·h2 mod 256) from one keyed HMAC, one filter
//     per field under one key (the engine compares first with last name
//     when they are typed in each other's columns). Each distinct name also
//     carries 4-byte tags of its keyboard slips (letters swapped, a key
//     replaced by its neighbour, a letter left out), the engine's rule for
//     short names that filters cannot see («علی»/«علز»).
//   - address: 4-byte tags of the tokens (abbreviations already expanded),
//     the top bit saying whether the token carries a number.
//   - in clear: the ID and owning center of the file, birth year, gender,
//     nationality and the seyyed title; birth month and day under a keyed
//     permutation of 1..31, and whether the date is 1/1.
//
// # Comparing and scoring (compare.go, index.go)
//
// Each field gets the engine's level from the encodings: equal tags are
// exact; names are close when their sounds (surnames: stems' sounds) are
// equal or their filters' Dice coefficient is ≥ DiceClose and they differ
// in more than a vowel letter, similar at ≥ DiceSimilar; birth, gender,
// nationality, identifiers, address and titles as the engine does. The
// levels, with term frequencies counted over the index (records sharing a
// name tag, date, mobile or token), are weighed by match.EvidenceScorer
// with the engine's Weights, so bands mean what they mean in the engine.
// Reasons are the engine's codes; a name's percentage is the filters'
// Dice, not Jaro–Winkler, and Dice and Jaro–Winkler part ways at the
// edges (TestCalibrateFilters: the name levels agree in 98% of candidate
// pairs). For two national codes that both fail their check, "one typo
// apart" becomes "share a valid neighbour".
//
// Blocking keys are derived on the spoke from the encoded fields, as the
// engine's (match.Keys) with tags in place of values; Lookup visits the
// smallest blocks first and compares at most LookupBudget records.
//
// # Wire format (wire.go)
//
// Versioned, with the key id of the secret (an index under another key is
// refused), every count bounded, and a CRC-32C trailer. Distinct names
// travel once and records refer to them.
//
// # What a spoke learns, and the attacks
//
// From the index alone: which files share a national code, foreign
// number, mobile, folded name, name sound or address token (equality of
// keyed tags, hence how many files share each value); which codes or
// numbers are one typo apart and where; which names are one keyboard slip
// apart; how alike two names are (Bloom filter similarity); and in clear each file's center, birth year, gender,
// nationality and seyyed title. Month and day are only permuted: their
// frequencies (1/1 is marked, months stop at 12) give most of the
// permutation away, so treat them as nearly clear.
//
// Frequency attacks: without the key, tags can be matched to values by
// frequency: the most common first-name tag is almost surely «محمد», the
// most common address tokens are the city's main streets. Field-level
// Bloom filters of common names can be re-identified the same way, and
// pattern-mining attacks recover bigrams from many filters (Kuzu et al.
// 2011; Niedermeyer et al. 2014; Christen et al. 2017). The rare names and
// the numbers, which identify people, resist frequency attacks.
//
// Dictionary attacks: a spoke must encode its own registrations, so it
// holds the secret. Whoever holds it can encode guesses: every valid
// national code (10^9) or mobile (10^9) is a few minutes of HMAC on one
// core, and any name list runs faster still. Against someone who controls
// a spoke's machine and its key, this index protects little beyond what
// the program shows; what it does give: the spoke's screens and files
// never hold other centers' names, a copy of the index without the key
// (a lost USB stick, a backup) reveals only frequencies and clear fields,
// and matching needs no network.
//
// Mitigations: applied — one key per purpose, no raw value anywhere in the
// index (TestEncodeKeepsNothingInClear), key id checked on load, truncated
// tags. Recommended, not implemented here: one secret per federation,
// stored apart from the index (in the spoke's database under the center's
// own key, never in a sync bundle) and rotated when a spoke's machine is
// lost or a center leaves (the hub re-encodes: see the benchmarks for the
// cost); send only active files; where the hub is reachable, prefer
// looking up at the hub; hardened filters (XOR-folding, balanced filters,
// random bit flips in the BLIP style) at a cost in F1 to be measured with
// TestEncodedQualityPublic before adopting them.
//
// # Figures (November 2026, a shared two-core VM, GOMAXPROCS=1)
//
// Public set (25,562 files), every file looked up against all others at
// "possible" and above: F1 0.9997 encoded and plaintext alike (7,151 of
// 7,153 pairs, 3 false). 1,024,557 files (--people 800000 --centers 400
// --seed 11), every file looked up: F1 0.9989 encoded and plaintext
// alike (P 0.9985 and 0.9986, R 0.9993 and 0.9992); wire 92.6 MB (90 bytes a file); hub encode 8–12 µs of CPU a
// file, build 4–8 s of CPU; spoke load 3.7–4.4 s of CPU, 340 MB of heap;
// encode and look up one registration 0.19–0.28 ms of CPU at the median,
// 1.6–3.3 ms at p99, over runs (the engine's plaintext lookup 0.13–0.17
// and 1.2–1.7 ms).
//
// # Measuring
//
// TestEncodedQualityPublic: F1 of the warning on encoded data against the
// engine's plaintext lookups on ../shared/bench/public (leave-one-out).
// TestCalibrateFilters (PPRL_CALIBRATE=1) chose the filter shape and Dice
// cut-offs. TestBigIndex (PPRL_BIG=dir) and the benchmarks give size,
// build, load and lookup figures.
package pprl
