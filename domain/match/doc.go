// Package match finds the same person registered at several centers.
//
// # Pipeline
//
// Fold (record.go, folder.go, address.go): FromFile folds a file's head of
// household once into a Record (a Folder does it for a bulk load,
// remembering how each name folds): names folded and joined (fa.FoldCompact), titles set
// aside (fa.StripTitles), the surname's stem (fa.StripSurnameSuffix),
// phonetic keys (fa.Phonetic), identifiers canonical (national codes that
// fail their check digit are kept: they are what typos look like; suspect
// one-digit codes and placeholder numbers are dropped), address tokens with
// abbreviations expanded and place words bound to their numbers.
//
// Keys (keys.go): about fourteen blocking keys per record, so that one
// corrupted field never hides a duplicate: the national code (a code that
// fails its check also under each valid code one substitution or swap away,
// ~9 keys, instead of ten deletion keys on every code), the foreign id and
// its halves, the mobile, the door (numbered address tokens), first or last
// name with the birth date, and pairs of name sounds (first+last in either
// order, first+father, father+last, last+year) each with a birth-year
// sub-block. A key shared by more records than its cap (16 for a bare pair
// of names, 100 otherwise) is not compared within and is counted in the
// Report; the sub-blocks and the other keys still bring those records'
// duplicates together.
//
// Compare (compare_*.go): each field gives a Level. Names: exact after
// folding; close when they sound alike, are ≥ 0.92 Jaro–Winkler alike, or
// (surnames) share a stem; similar ≥ 0.84; names differing only in a vowel
// letter (محمد/محمود) are at most similar; first and last typed in each
// other's columns are detected. Birth: exact, day/month swapped, same year
// with the rest unknown (1/1 counts as unknown), a year apart, same year
// with another day, different. Identifiers: exact, one typo, conflict (both
// valid national codes, different: strong evidence against).
//
// Score (score.go, weights.go, tf.go): Fellegi–Sunter log-likelihood bits
// with term-frequency adjustment of exact agreement (two «محمد محمدی» agree
// less than two rare names), plus a relatives class: non-matches are a
// mixture of unrelated people and relatives, whose surname, father, address,
// phone and (twins) birth date agree together. The score is
// log2 λP(γ|M) − log2(P(γ|U) + ρP(γ|R)); without the relatives term, twins
// and siblings at one address outscored their different first names and
// national codes. The prior λ is DupRate/(N−1): the same evidence counts
// for less in a bigger database. Bands are probabilities (0.5, 0.9, 0.99);
// reasons are values (Reason) for the UI to translate.
//
// Monotone (monotone.go): improving one field's agreement never lowers the
// score, and a record scores at least as high against itself as against
// anything. The relatives class broke this (relatives share an exact
// surname more often than a close one, so a near-copy outscored the
// original); the scorer caps, along each field's levels, log2(m/r) of a
// weaker level by that of the stronger (a weaker level is also a slip of
// the stronger one, among relatives as among copies), and the same for
// log2(m/u); a term-frequency adjustment never takes exact agreement below
// the next level; crossed first and last names never add more than either
// record's own names. Whatever weights come in, stored or estimated.
//
// Estimate (estimate.go, em.go): u from random pairs; m of every field but
// the identifiers from anchor pairs (equal valid national codes or foreign
// ids); the identifiers' m, the duplicate rate and a look-alike class by EM
// over sampled candidate pairs. Plain two-class EM on candidates drifted to
// namesakes on a million records.
//
// Index (index.go, postings.go, rebuild.go, lookup.go, scan.go, slots.go):
// keys in compressed sparse rows, built by scattering (key, slot) pairs
// into directory buckets and sorting each small bucket (Reserve makes room
// for a chunked bulk load at once); 64-byte records, records of one surname
// and first name in neighbouring slots after Build (locality took a
// million-record scan from ~11 s to ~4 s of CPU); file IDs in an ascending
// array, as loads bring them; records added later kept pending until a
// merge. Lookup compares at most LookupBudget records, smallest blocks
// first. Scan is one goroutine, deterministic, sorted by file ID; for each
// record it gathers its candidates, reads their records in one loop of
// independent loads (memory latency is most of a pair's cost), and compares
// each pair once, stopping as soon as it cannot reach "possible".
// Households (household.go): pairs that share a phone or a door and a
// surname or phone without scoring as one person are a separate finding.
//
// # Measuring
//
// The quality harness (harness_test.go) runs only when PARVANDE_BENCH names
// a directory with gen_beneficiaries.py's beneficiaries.csv and pairs.csv;
// benchmarks (bench_test.go) run on synthetic records made in the test.
package match
