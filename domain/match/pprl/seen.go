package pprl

// slotSet is the set of slots one lookup has compared: open addressing
// over a table twice the lookup budget, so it never fills. A map cost a
// good part of a lookup on a million records, where every lookup compares
// thousands.
type slotSet struct {
	t    []uint32 // slot+1; 0 empty
	mask uint32
	n    int
}

func newSlotSet(n int) slotSet {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return slotSet{t: make([]uint32, size), mask: uint32(size - 1)}
}

// add reports whether s was new, adding it. A full table (only an index
// holding thousands of records under one ID could fill it) takes nothing
// more: what is not added is not compared.
func (ss *slotSet) add(s uint32) bool {
	if ss.n >= len(ss.t)-1 {
		return false
	}
	v := s + 1
	for i := (s * 0x9e3779b1) & ss.mask; ; i = (i + 1) & ss.mask {
		switch ss.t[i] {
		case v:
			return false
		case 0:
			ss.t[i] = v
			ss.n++
			return true
		}
	}
}
