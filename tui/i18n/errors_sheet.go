package i18n

import (
	"errors"

	"github.com/parvande/parvande/store/exchange"
)

var sheetCodes = map[string]Key{
	"empty": SheetErrEmpty, "no_center_column": SheetErrNoCenterColumn, "no_header": SheetErrNoHeader,
	"no_name_column": SheetErrNoNameColumn, "no_sheet": SheetErrNoSheet, "not_spreadsheet": SheetErrNotSheet,
	"too_many_centers": SheetErrTooManyCenters, "undecodable": SheetErrUndecodable,
	"xlsx_broken": SheetErrXLSXBroken,
}

// sheetErr says a spreadsheet's fault in the user's language.
func (tr *T) sheetErr(err error) (string, bool) {
	var we *exchange.WriteError
	if errors.As(err, &we) {
		return tr.T(SheetErrWrite, we.Line, tr.Err(we.Err)), true
	}
	var fe *exchange.FormatError
	if !errors.As(err, &fe) {
		return "", false
	}
	switch fe.Code {
	case "runaway_quote":
		return tr.T(SheetErrRunawayQuote, fe.Line), true
	case "unterminated_quote":
		return tr.T(SheetErrUnterminated, fe.Line), true
	case "read":
		return tr.T(SheetErrRead, fe.Msg), true
	case "unknown_center":
		return tr.T(SheetErrUnknownCenter, fe.Value), true
	}
	if k, ok := sheetCodes[fe.Code]; ok {
		if fe.Line > 0 {
			return tr.T(SheetErrPrefixLine, fe.Line, tr.T(k)), true
		}
		return tr.T(k), true
	}
	return tr.T(Unexpected, fe.Error()), true
}
