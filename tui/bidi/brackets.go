package bidi

import "sort"

// maxBracketDepth is BD16's stack limit: deeper nesting stops pairing.
const maxBracketDepth = 63

// canonBracket folds the two bracket pairs that have canonical
// equivalents (BD16 compares brackets by canonical equivalence).
func canonBracket(r rune) rune {
	switch r {
	case 0x2329:
		return 0x3008
	case 0x232A:
		return 0x3009
	}
	return r
}

type pair struct{ open, close int } // positions in the run sequence

// bracketPairs finds the bracket pairs of the run sequence (BD16). Only
// brackets whose current type is ON take part.
func bracketPairs(t []class, idx []int, rs []rune) []pair {
	type opener struct {
		close rune
		pos   int
	}
	var stack []opener
	var pairs []pair
	for k, i := range idx {
		if t[k] != cON {
			continue
		}
		r := rs[i]
		if c, ok := pairedOpen[r]; ok {
			if len(stack) == maxBracketDepth {
				break
			}
			stack = append(stack, opener{canonBracket(c), k})
			continue
		}
		if !closing[r] {
			continue
		}
		cr := canonBracket(r)
		for s := len(stack) - 1; s >= 0; s-- {
			if stack[s].close == cr {
				pairs = append(pairs, pair{stack[s].pos, k})
				stack = stack[:s]
				break
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a].open < pairs[b].open })
	return pairs
}

// resolveBrackets applies N0: a bracket pair takes the embedding
// direction if it holds a strong character of it, else the opposite
// direction if it holds that and the context before it agrees.
func resolveBrackets(t []class, idx []int, rs []rune, orig []class, e class) {
	for _, p := range bracketPairs(t, idx, rs) {
		var inE, inOpp bool
		for k := p.open + 1; k < p.close; k++ {
			switch s := strongOf(t[k]); {
			case s == e:
				inE = true
			case s != cON:
				inOpp = true
			}
		}
		var dir class
		switch {
		case inE:
			dir = e
		case inOpp:
			ctx := e // sos
			for k := p.open - 1; k >= 0; k-- {
				if s := strongOf(t[k]); s != cON {
					ctx = s
					break
				}
			}
			dir = e
			if ctx != e {
				dir = ctx
			}
		default:
			continue
		}
		for _, k := range []int{p.open, p.close} {
			t[k] = dir
			// NSMs after a bracket (W1 made them ON) follow it.
			for m := k + 1; m < len(t) && orig[idx[m]] == cNSM; m++ {
				t[m] = dir
			}
		}
	}
}
