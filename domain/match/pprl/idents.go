package pprl

import (
	"slices"

	"github.com/parvande/parvande/domain/match"
)

// nationalNeighbours lists the valid national codes one typo away from
// code: one digit changed, or two different neighbours swapped. Their tags
// serve twice. A code failing its check is blocked under them, as the
// engine blocks it (its original is among them). And two codes are "one
// typo apart" when one's tag is among the other's neighbours; for two
// valid codes that is exact, for a valid and a failing one too; two
// failing codes are taken as a typo when they share a valid neighbour,
// which also takes in some pairs two typos apart (both copies mistyped).
// Most valid codes have no valid neighbour at all: the check digit sees
// every single change but one that turns a remainder of 1 into 10.
func nationalNeighbours(code string) []string {
	var out []string
	match.NationalNeighbours(code, func(d []byte) { out = append(out, string(d)) })
	return out
}

// foreignParts are the tags that let a foreign number be blocked and
// compared for one typo without being shown: [0] and [1] the number
// without its last six digits and the last six (the engine's half keys:
// one typo leaves a half intact), then for each position the number with
// that digit masked (equal at position i: the numbers differ at most
// there), then for each pair of neighbours the number with the pair
// replaced by its digits in sorted order (equal: differ at most by that
// swap; 0 where the two digits are the same).
func foreignParts(m *mac, s string) []uint32 {
	n := len(s)
	cut := max(n-6, 0)
	out := make([]uint32, 0, 2*n+1)
	out = append(out, m.tag32('h', "1", s[:cut]), m.tag32('h', "2", s[cut:]))
	b := []byte(s)
	for i := 0; i < n; i++ {
		c := b[i]
		b[i] = 'x'
		out = append(out, m.tag32('m', string(b)))
		b[i] = c
	}
	for i := 0; i+1 < n; i++ {
		if b[i] == b[i+1] {
			out = append(out, 0)
			continue
		}
		x, y := min(b[i], b[i+1]), max(b[i], b[i+1])
		out = append(out, m.tag32('w', s[:i]+"<"+string([]byte{x, y})+">"+s[i+2:]))
	}
	return out
}

// foreignTypo reports whether two different foreign numbers are one typo
// apart, from their parts.
func foreignTypo(a, b []uint32) bool {
	if len(a) != len(b) || len(a) < 3 {
		return false
	}
	for i := 2; i < len(a); i++ {
		if a[i] != 0 && a[i] == b[i] {
			return true
		}
	}
	return false
}

func sortUnique64(s *[]uint64) {
	slices.Sort(*s)
	*s = slices.Compact(*s)
}

func sortUnique32(s *[]uint32) {
	slices.Sort(*s)
	*s = slices.Compact(*s)
}

// intersects reports whether two sorted lists share a value.
func intersects(a, b []uint64) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case b[j] < a[i]:
			j++
		default:
			return true
		}
	}
	return false
}

func contains64(s []uint64, v uint64) bool {
	_, ok := slices.BinarySearch(s, v)
	return ok
}
