package domain

import "time"

// Verdict is a reviewer's answer about a candidate duplicate pair.
type Verdict uint8

const (
	VerdictSame      Verdict = iota + 1 // same person: the files are linked
	VerdictDifferent                    // not the same: never shown again
)

// Decision records a reviewer's verdict on a pair of files. A and B are kept
// with A < B so a pair has one key.
type Decision struct {
	A, B    ID
	Verdict Verdict
	Score   float64 // the engine's score when decided, for later study
	Note    string
	By      ID
	At      time.Time
}

// Link joins two files of the same person at different centers. Nothing is
// merged: an unlinked link stays, with who unlinked it and when.
type Link struct {
	ID         ID
	A, B       ID // A < B
	By         ID
	At         time.Time
	Note       string
	UnlinkedBy ID
	UnlinkedAt time.Time
}

// Active reports whether the link still joins its files.
func (l Link) Active() bool { return l.UnlinkedAt.IsZero() }

// OrderPair returns a and b with the smaller first.
func OrderPair(a, b ID) (ID, ID) {
	if b < a {
		return b, a
	}
	return a, b
}
