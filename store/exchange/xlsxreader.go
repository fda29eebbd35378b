package exchange

import (
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// xlsxBook is an open workbook. Sheets are read through excelize's
// streaming Rows iterator; excelize keeps sheets above its XML size limit in
// temporary files, so a million-row sheet does not sit in memory.
type xlsxBook struct {
	f *excelize.File
}

func openXLSX(path string) (*xlsxBook, error) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return nil, &FormatError{Code: "xlsx_broken",
			Msg: "the XLSX file cannot be opened (damaged or cut short?): " + err.Error()}
	}
	return &xlsxBook{f: f}, nil
}

func (b *xlsxBook) Close() error { return b.f.Close() }

// pick finds the sheet to import: the named one (by name, folded name or
// 1-based number) or else the first.
func (b *xlsxBook) pick(name string) (string, error) {
	list := b.f.GetSheetList()
	if len(list) == 0 {
		return "", &FormatError{Code: "no_sheet", Msg: "the workbook has no sheets"}
	}
	if name == "" {
		return list[0], nil
	}
	for _, s := range list {
		if s == name {
			return s, nil
		}
	}
	want := headerKey(name)
	for _, s := range list {
		if headerKey(s) == want {
			return s, nil
		}
	}
	if n, err := strconv.Atoi(strings.TrimSpace(name)); err == nil && n >= 1 && n <= len(list) {
		return list[n-1], nil
	}
	return "", &FormatError{Code: "no_sheet",
		Msg: "the workbook has no sheet " + strconv.Quote(name) + "; it has: " + strings.Join(list, ", ")}
}

// membersSheet finds a sheet of household members written by Export,
// other than the one being imported.
func (b *xlsxBook) membersSheet(main string) string {
	for _, s := range b.f.GetSheetList() {
		if s == main {
			continue
		}
		if k := headerKey(s); k == headerKey(sheetMembersFA) || k == headerKey(sheetMembersEN) {
			return s
		}
	}
	return ""
}

func (b *xlsxBook) rows(sheet string) (*xlsxReader, error) {
	rows, err := b.f.Rows(sheet)
	if err != nil {
		return nil, &FormatError{Code: "xlsx_broken", Msg: "sheet " + strconv.Quote(sheet) + " cannot be read: " + err.Error()}
	}
	return &xlsxReader{rows: rows}, nil
}

// xlsxReader yields a sheet's rows. Raw cell values are used so national
// codes and amounts in number cells come out exactly as stored, not as
// "9.15E+09".
type xlsxReader struct {
	rows *excelize.Rows
	n    int
}

func (x *xlsxReader) next(row *rawRow) error {
	if !x.rows.Next() {
		if err := x.rows.Error(); err != nil {
			return &FormatError{Code: "xlsx_broken", Line: x.n + 1, Msg: "the sheet cannot be read: " + err.Error()}
		}
		return io.EOF
	}
	x.n++
	cells, err := x.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		var se excelize.ErrSheetNotExist
		if errors.As(err, &se) {
			return &FormatError{Code: "no_sheet", Msg: err.Error()}
		}
		return &FormatError{Code: "xlsx_broken", Line: x.n, Msg: "the row cannot be read: " + err.Error()}
	}
	row.cells, row.line, row.endLine, row.quirks = cells, x.n, x.n, 0
	return nil
}

func (x *xlsxReader) Close() error { return x.rows.Close() }
