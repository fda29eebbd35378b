package match

import (
	"slices"

	"github.com/parvande/parvande/domain"
)

// slotTable finds a file's slot by its ID. A load reads files in ID order
// (the store's files bucket is keyed by ID), so IDs are kept in an array
// while they come ascending, and found by binary search; an ID that comes
// out of order goes to a map. A million-file load then costs an append per
// file, where a hash map cost a cache miss per file twice over (once to
// ask whether the file was there, once more when a rebuild renumbered it).
type slotTable struct {
	ids   []domain.ID // ascending
	slots []uint32    // slot of ids[i], or noSlot once removed
	other map[domain.ID]uint32
}

const noSlot = ^uint32(0)

// get returns id's slot.
func (t *slotTable) get(id domain.ID) (uint32, bool) {
	if len(t.other) > 0 {
		if s, ok := t.other[id]; ok {
			return s, true
		}
	}
	if i, ok := t.find(id); ok && t.slots[i] != noSlot {
		return t.slots[i], true
	}
	return 0, false
}

// find is id's place in ids.
func (t *slotTable) find(id domain.ID) (int, bool) {
	n := len(t.ids)
	if n == 0 || id > t.ids[n-1] {
		return n, false
	}
	return slices.BinarySearch(t.ids, id)
}

// set gives id a slot. An ID is in ids or in other, never both: one is
// put in other only when it is below the last of ids, which never falls.
func (t *slotTable) set(id domain.ID, slot uint32) {
	i, ok := t.find(id)
	switch {
	case ok:
		t.slots[i] = slot
	case i == len(t.ids):
		t.ids, t.slots = append(t.ids, id), append(t.slots, slot)
	default:
		if t.other == nil {
			t.other = make(map[domain.ID]uint32)
		}
		t.other[id] = slot
	}
}

// remove forgets id.
func (t *slotTable) remove(id domain.ID) {
	if _, ok := t.other[id]; ok {
		delete(t.other, id)
		return
	}
	if i, ok := t.find(id); ok {
		t.slots[i] = noSlot
	}
}

// each calls fn with every ID and its slot, in no set order.
func (t *slotTable) each(fn func(id domain.ID, slot uint32)) {
	for i, s := range t.slots {
		if s != noSlot {
			fn(t.ids[i], s)
		}
	}
	for id, s := range t.other {
		fn(id, s)
	}
}

// renumber moves every slot s to perm[s] (noSlot: gone) after a rebuild,
// and folds the out-of-order IDs into the array: one sequential pass, and a
// sort of the few that came out of order.
func (t *slotTable) renumber(perm []uint32) {
	w := 0
	for i, s := range t.slots {
		if s == noSlot || perm[s] == noSlot {
			continue
		}
		t.ids[w], t.slots[w] = t.ids[i], perm[s]
		w++
	}
	t.ids, t.slots = t.ids[:w], t.slots[:w]
	if len(t.other) == 0 {
		return
	}
	extra := make([]domain.ID, 0, len(t.other))
	for id, s := range t.other {
		if perm[s] != noSlot {
			extra = append(extra, id)
		}
	}
	slices.Sort(extra)
	ids := make([]domain.ID, 0, w+len(extra))
	slots := make([]uint32, 0, cap(ids))
	i := 0
	for _, id := range extra {
		for ; i < w && t.ids[i] < id; i++ {
			ids, slots = append(ids, t.ids[i]), append(slots, t.slots[i])
		}
		ids, slots = append(ids, id), append(slots, perm[t.other[id]])
	}
	ids, slots = append(ids, t.ids[i:w]...), append(slots, t.slots[i:w]...)
	t.ids, t.slots, t.other = ids, slots, nil
}

// grow makes room for n more IDs.
func (t *slotTable) grow(n int) {
	t.ids, t.slots = slices.Grow(t.ids, n), slices.Grow(t.slots, n)
}
