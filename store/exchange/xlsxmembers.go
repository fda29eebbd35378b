package exchange

import (
	"io"

	"github.com/parvande/parvande/domain/fa"
)

// memberCols maps the header of an XLSX members sheet.
type memberCols struct {
	ref, center int
	keys        [numMemberKeys]int
}

func mapMemberHeader(ix *aliasIndex, mkeys map[string]memberKey, cells []string) (memberCols, bool) {
	mc := memberCols{ref: -1, center: -1}
	for i := range mc.keys {
		mc.keys[i] = -1
	}
	for i, h := range cells {
		k := headerKey(h)
		switch f := ix.exact[k]; {
		case f == fRef && mc.ref < 0:
			mc.ref = i
			continue
		case f == fCenter && mc.center < 0:
			mc.center = i
			continue
		}
		if mk, ok := mkeys[k]; ok && mc.keys[mk] < 0 {
			mc.keys[mk] = i
		}
	}
	return mc, mc.ref >= 0
}

// memberJoin attaches the rows of a members sheet to their files. Export
// writes members in file order, so the two sheets are read in step and
// memory stays flat; a sheet edited out of order is loaded into a map
// instead (byKey), which pass 1 decides.
type memberJoin struct {
	rd        rowReader
	cols      memberCols
	useCenter bool
	row       rawRow
	have      bool // a row has been read ahead
	center    string
	ref       string
	vals      memberValues
	byKey     map[string][]memberValues
}

// openMemberJoin reads the members sheet's header; ok is false when the
// sheet has no ref column to join on.
func openMemberJoin(rd rowReader, ix *aliasIndex, mkeys map[string]memberKey, mainHasCenter bool) (*memberJoin, bool, error) {
	j := &memberJoin{rd: rd}
	for {
		err := rd.next(&j.row)
		if err == io.EOF {
			return nil, false, nil
		}
		if err != nil {
			return nil, false, err
		}
		if !blank(j.row.cells) {
			break
		}
	}
	cols, ok := mapMemberHeader(ix, mkeys, j.row.cells)
	if !ok {
		return nil, false, nil
	}
	j.cols, j.useCenter = cols, mainHasCenter && cols.center >= 0
	return j, true, j.advance()
}

// advance reads the next non-empty members row.
func (j *memberJoin) advance() error {
	for {
		err := j.rd.next(&j.row)
		if err == io.EOF {
			j.have = false
			return nil
		}
		if err != nil {
			return err
		}
		if blank(j.row.cells) {
			continue
		}
		c := j.row.cells
		j.ref = fa.ToLatinDigits(cell(c, j.cols.ref))
		j.center = ""
		if j.useCenter {
			j.center = cell(c, j.cols.center)
		}
		for k, i := range j.cols.keys {
			j.vals[k] = cell(c, i)
		}
		j.have = true
		return nil
	}
}

// take returns the members of the file with this center and ref.
func (j *memberJoin) take(center, ref string) ([]memberValues, error) {
	if !j.useCenter {
		center = ""
	}
	if j.byKey != nil {
		k := joinKey(center, ref)
		v := j.byKey[k]
		delete(j.byKey, k)
		return v, nil
	}
	var out []memberValues
	for j.have && j.ref == ref && j.center == center {
		out = append(out, j.vals)
		if err := j.advance(); err != nil {
			return out, err
		}
	}
	return out, nil
}

// loadAll switches to map mode, reading the whole sheet.
func (j *memberJoin) loadAll() error {
	j.byKey = map[string][]memberValues{}
	for j.have {
		k := joinKey(j.center, j.ref)
		j.byKey[k] = append(j.byKey[k], j.vals)
		if err := j.advance(); err != nil {
			return err
		}
	}
	return nil
}

// left counts member rows no file took.
func (j *memberJoin) left() int {
	n := 0
	if j.have {
		n++
		for {
			if err := j.advance(); err != nil || !j.have {
				break
			}
			n++
		}
	}
	for _, v := range j.byKey {
		n += len(v)
	}
	return n
}

func joinKey(center, ref string) string { return headerKey(center) + "\x00" + ref }

func cell(cells []string, i int) string {
	if i < 0 || i >= len(cells) {
		return ""
	}
	return clean(cells[i])
}

// blank reports whether a row has nothing but spaces.
func blank(cells []string) bool {
	for _, c := range cells {
		if clean(c) != "" {
			return false
		}
	}
	return true
}
