package exchange

import (
	"io"
	"strconv"
	"strings"

	"github.com/parvande/parvande/domain/fa"
)

// plan is what pass 1 learned about the file.
type plan struct {
	cols       *columns
	headerLine int
	dataRows   int
	centers    []string // center names in the sheet, first spelling of each, in order
	membersOK  bool     // an XLSX members sheet can be joined
	membersMap bool     // ... but only through a map: it is not in file order
	ix         *aliasIndex
	mkeys      map[string]memberKey
}

// maxCenters guards against a wrong column taken for the center: creating
// a center for every row is never what anyone wants.
const maxCenters = 5000

// scan is pass 1: it reads the whole file once, writing nothing, and fails
// on anything that breaks the file as a whole.
func scan(sh *sheet, ix *aliasIndex, mkeys map[string]memberKey, opt Options) (*plan, error) {
	rd, err := sh.open()
	if err != nil {
		return nil, readErr(err)
	}
	defer rd.Close()
	cols, hl, err := findHeader(rd, ix, sh)
	if err != nil {
		return nil, readErr(err)
	}
	p := &plan{cols: cols, headerLine: hl, ix: ix, mkeys: mkeys}
	if cr, ok := rd.(*csvReader); ok {
		cr.borrow = true // nothing below keeps a cell without copying it
	}
	hasCenter := cols.idx[fCenter] >= 0
	if opt.Center == "" && !hasCenter {
		return nil, &FormatError{Code: "no_center_column",
			Msg: "the sheet has no center column (مرکز / center); name the center for all rows with --center"}
	}
	var join *memberJoin
	if sh.members != nil {
		if join, err = p.openJoin(sh); err != nil {
			return nil, readErr(err)
		}
		if join != nil {
			defer join.rd.Close()
		}
	}
	seen := map[string]bool{}
	last := "\x00"
	var row rawRow
	for {
		err := rd.next(&row)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, readErr(err)
		}
		p.dataRows++
		if looksBinary(row.cells) {
			return nil, &FormatError{Code: "not_spreadsheet", Line: row.line, Msg: "binary data in the middle of the text; the file is damaged or not a spreadsheet"}
		}
		if blank(row.cells) {
			continue
		}
		center := cols.get(row.cells, fCenter)
		if opt.Center == "" && center != "" && center != last {
			last = strings.Clone(center)
			if k := headerKey(center); !seen[k] {
				seen[k] = true
				p.centers = append(p.centers, last)
				if len(p.centers) > maxCenters {
					return nil, &FormatError{Code: "too_many_centers", Line: row.line,
						Msg: "the center column names more than " + strconv.Itoa(maxCenters) +
							" different centers; is it really the center column?"}
				}
			}
		}
		if join != nil {
			if _, err := join.take(center, p.ref(row.cells)); err != nil {
				return nil, readErr(err)
			}
		}
	}
	if join != nil && join.left() > 0 {
		p.membersMap = true
	}
	return p, nil
}

// ref is a row's external reference as stored.
func (p *plan) ref(cells []string) string { return fa.ToLatinDigits(p.cols.get(cells, fRef)) }

// openJoin opens the members sheet for joining, loading it whole when pass
// 1 found it out of order. It returns nil when there is nothing to join.
func (p *plan) openJoin(sh *sheet) (*memberJoin, error) {
	if sh.members == nil {
		return nil, nil
	}
	mr, err := sh.members()
	if err != nil {
		return nil, err
	}
	j, ok, err := openMemberJoin(mr, p.ix, p.mkeys, p.cols.idx[fCenter] >= 0)
	if err != nil || !ok {
		mr.Close()
		return nil, err
	}
	p.membersOK = true
	if p.membersMap {
		if err := j.loadAll(); err != nil {
			mr.Close()
			return nil, err
		}
	}
	return j, nil
}

// readErr gives read failures of pass 1 a FormatError's shape.
func readErr(err error) error {
	if _, ok := err.(*FormatError); ok {
		return err
	}
	return &FormatError{Code: "read", Msg: "the file cannot be read: " + err.Error()}
}
