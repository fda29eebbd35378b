package exchange

import "strconv"

// FormatError is a fault of the whole file, found before anything is
// written: not a spreadsheet, damaged, undecodable, no header. Code is
// stable for translation; Msg is English.
type FormatError struct {
	Code string // empty, not_spreadsheet, xlsx_broken, undecodable, unterminated_quote, runaway_quote, no_header, no_name_column, no_sheet, read
	Line int    // line (CSV) or row (XLSX) where it was found; 0 when none
	Msg  string
	// Value is the offending value where there is one (the unknown
	// center's name), so a translation can name it.
	Value string
}

func (e *FormatError) Error() string {
	if e.Line > 0 {
		return "line " + strconv.Itoa(e.Line) + ": " + e.Msg
	}
	return e.Msg
}

// WriteError is a store failure during pass 2. Batches before the one that
// failed are saved; the report counts them.
type WriteError struct {
	Line int // last source line of the batch that failed
	Err  error
}

func (e *WriteError) Error() string {
	return "import: saving the rows up to line " + strconv.Itoa(e.Line) + " failed (earlier rows are saved): " + e.Err.Error()
}

func (e *WriteError) Unwrap() error { return e.Err }
