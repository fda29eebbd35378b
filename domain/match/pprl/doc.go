// Package pprl is the match index an offline center receives about the
// files of other centers: keyed encodings of what the duplicate engine
// compares, never the names, numbers or addresses themselves. Privacy
// notes are filled in below.
package pprl
