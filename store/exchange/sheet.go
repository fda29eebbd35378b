package exchange

import (
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// sheet is the table to import, which the two passes each read from the
// top.
type sheet struct {
	format  Format
	open    func() (rowReader, error)
	members func() (rowReader, error) // XLSX members sheet; nil when none
	close   func() error
	// decoded marks text that went through a decoder, whose damage shows
	// as U+FFFD rather than as an error.
	decoded bool
}

// source is the file being imported.
type source struct {
	ra   io.ReaderAt
	size int64
	path string // "" when not a file on disk
}

// openSheet sniffs the file and prepares to read its table.
func openSheet(src source, opt Options, rep *Report) (*sheet, error) {
	head := make([]byte, min(int64(headSize), src.size))
	if _, err := src.ra.ReadAt(head, 0); err != nil && err != io.EOF {
		return nil, err
	}
	format, err := sniffFormat(head)
	if err != nil {
		return nil, err
	}
	rep.Format = format
	if format == FormatXLSX {
		return openXLSXSheet(src, opt, rep)
	}
	enc, skip, err := sniffEncoding(src.ra, src.size, head)
	if err != nil {
		return nil, err
	}
	rep.Encoding = enc.String()
	br := openText(src.ra, src.size, enc, skip)
	sep, _ := sniffSeparator(br)
	rep.Separator = separatorName(sep)
	open := func() (rowReader, error) {
		br := openText(src.ra, src.size, enc, skip)
		_, sepLine := sniffSeparator(br)
		rd := newCSVReader(br, sep)
		if sepLine {
			if _, err := rd.readLine(); err != nil && err != io.EOF {
				return nil, err
			}
		}
		return rd, nil
	}
	return &sheet{
		format: FormatCSV, open: open, close: func() error { return nil },
		decoded: enc == encUTF16LE || enc == encUTF16BE,
	}, nil
}

func openXLSXSheet(src source, opt Options, rep *Report) (*sheet, error) {
	var book *xlsxBook
	var err error
	if src.path != "" {
		book, err = openXLSX(src.path)
	} else {
		var f *excelize.File
		if f, err = excelize.OpenReader(io.NewSectionReader(src.ra, 0, src.size)); err != nil {
			err = &FormatError{Code: "xlsx_broken", Msg: "the XLSX file cannot be opened (damaged or cut short?): " + err.Error()}
		} else {
			book = &xlsxBook{f: f}
		}
	}
	if err != nil {
		return nil, err
	}
	name, err := book.pick(opt.Sheet)
	if err != nil {
		book.Close()
		return nil, err
	}
	rep.Sheet = name
	sh := &sheet{
		format: FormatXLSX,
		open:   func() (rowReader, error) { return book.rows(name) },
		close:  book.Close,
	}
	if ms := book.membersSheet(name); ms != "" {
		sh.members = func() (rowReader, error) { return book.rows(ms) }
	}
	return sh, nil
}

func separatorName(sep byte) string {
	switch sep {
	case '\t':
		return "tab"
	case ';':
		return "semicolon"
	case '|':
		return "pipe"
	}
	return "comma"
}

// headerScan is how many non-empty rows may stand above the header (titles,
// a printed date) before we give up looking for it.
const headerScan = 20

// findHeader reads down to the header row: the first row, among the first
// few non-empty ones, with a column a name can come from.
func findHeader(rd rowReader, ix *aliasIndex, sh *sheet) (*columns, int, error) {
	var row rawRow
	var best *columns
	seen := 0
	for seen < headerScan {
		err := rd.next(&row)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, err
		}
		if blank(row.cells) {
			continue
		}
		seen++
		if sh.decoded && strings.ContainsAny(strings.Join(row.cells, ""), "\x00\ufffd") {
			return nil, 0, &FormatError{Code: "undecodable", Line: row.line,
				Msg: "the text cannot be decoded; save the sheet again as CSV UTF-8"}
		}
		cols := mapHeader(ix, row.cells)
		if cols.hasName() {
			return cols, row.line, nil
		}
		if best == nil || cols.recognised() > best.recognised() {
			best = cols
		}
	}
	switch {
	case seen == 0:
		return nil, 0, &FormatError{Code: "empty", Msg: "the sheet has no rows"}
	case best != nil && best.recognised() >= 2:
		return nil, 0, &FormatError{Code: "no_name_column",
			Msg: "the header has no name column; add one headed «نام» or «نام خانوادگی» (first name / last name). Recognised: " +
				strings.Join(best.recognisedNames(), ", ")}
	}
	return nil, 0, &FormatError{Code: "no_header",
		Msg: "no header row found: the first rows name none of the expected columns (نام، نام خانوادگی، کد ملی … / first name, last name, national code …)"}
}

// recognisedNames lists the header texts that were understood.
func (c *columns) recognisedNames() []string {
	var out []string
	for _, i := range c.idx[1:] {
		if i >= 0 {
			out = append(out, c.names[i])
		}
	}
	return out
}

// looksBinary is a last check on CSV cells: a NUL means the sniffers were
// fooled.
func looksBinary(cells []string) bool {
	for _, c := range cells {
		if strings.IndexByte(c, 0) >= 0 {
			return true
		}
	}
	return false
}
