// Package search is the in-memory index behind the caseworker's home screen:
// search as you type over every file a user may see, by name, father's name,
// identifiers and file number.
//
// One Index serves every session of a process. Readers share a RWMutex;
// writers (Put, Remove, Refresh) are rare and short. Text is compared in
// folded form (letters unified, digits Latin, half-spaces and spaces ignored)
// and candidates are narrowed with n-gram postings before sahilm/fuzzy ranks
// the few that can reach the page being shown.
package search
