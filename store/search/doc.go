// Package search is the in-memory index behind the caseworker's home screen:
// search as you type over every file a user may see, by name, father's name,
// identifiers and file number.
//
// One Index serves every session of a process (Build at start, Refresh on
// each store.Change). Readers share a RWMutex; writers are rare and short.
//
// How a query runs:
//   - It is folded like the data (fa.Fold a letter at a time, so every folded
//     rune knows the typed rune it came from) and split into words and
//     digits. Spacing never matters: matching is on compact forms.
//   - Postings narrow the candidates: trigrams, bigrams and first letters of
//     name and father's name, frequent 4-grams, and digit trigrams per
//     identifier. Lists are sorted []uint32 positions, intersected per range
//     of positions on every CPU.
//   - Each candidate is counted (Page.Total is exact) and, if it could still
//     make the page, scored exactly as sahilm/fuzzy scores it, by an
//     allocation-free copy of its algorithm; bounds from compact per-entry
//     data skip most candidates without reading their text.
//   - The page's rows go through fuzzy itself for their highlights, which are
//     mapped back to rune indexes of the name as typed.
package search
