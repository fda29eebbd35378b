package exchange

import "strconv"

// FormatError is a fault of the whole file, found before anything is
// written: not a spreadsheet, damaged, undecodable, no header. Code is
// stable for translation; Msg is English.
type FormatError struct {
	Code string // empty, not_spreadsheet, xlsx_broken, undecodable, unterminated_quote, runaway_quote, no_header, no_name_column, no_sheet, read
	Line int    // line (CSV) or row (XLSX) where it was found; 0 when none
	Msg  string
}

func (e *FormatError) Error() string {
	if e.Line > 0 {
		return "line " + strconv.Itoa(e.Line) + ": " + e.Msg
	}
	return e.Msg
}
