package exchange

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/parvande/parvande/domain/fa"
)

// ParallelFamily is one family of the parallel-aid report as the sheet
// writes it: names and file references already resolved by the caller
// (as far as the reader may see them), amounts in Rial. The report itself
// is made by the duplicate service; exchange only writes it.
type ParallelFamily struct {
	Name    string           // the head's name, from the first file
	Files   []string         // "center: number" of each file, or the center alone
	Linked  bool             // joined by reviewers' links, not only by the engine
	Centers []ParallelCenter // what each center gave
	Total   int64            // Rial
}

// ParallelCenter is what one center gave a family in the period.
type ParallelCenter struct {
	Center      string
	Count       int
	Amount      int64 // Rial
	First, Last fa.Date
}

// parallelColumns: one row per family and giving center, so a sheet
// filter on the center column works, and the family's total repeats on
// each of its rows.
var parallelColumns = []label{
	{"خانواده", "family"},
	{"نام", "name"},
	{"پرونده\u200cها", "files"},
	{"مبنا", "basis"},
	{"مرکز", "center"},
	{"دفعات", "times"},
	{"نخستین", "first"},
	{"آخرین", "last"},
	{"مبلغ (ریال)", "amount (rial)"},
	{"مبلغ (تومان)", "amount (toman)"},
	{"جمع خانواده (ریال)", "family total (rial)"},
	{"جمع خانواده (تومان)", "family total (toman)"},
}

var (
	basisLinked = label{"پیوند بازبین", "linked by a reviewer"}
	basisEngine = label{"همانندی محتمل", "likely match"}
)

const (
	sheetParallelFA = "کمک موازی"
	sheetParallelEN = "Parallel aid"
)

// WriteParallel writes the parallel-aid report as CSV (UTF-8 with BOM and
// CRLF, as Excel expects) or XLSX, headers and dates in lang: Jalali in
// fa, ISO (Gregorian) in en.
func WriteParallel(w io.Writer, format Format, lang Lang, fams []ParallelFamily) error {
	if lang != LangEN {
		lang = LangFA
	}
	switch format {
	case FormatCSV:
		return parallelCSV(w, lang, fams)
	case FormatXLSX:
		return parallelXLSX(w, lang, fams)
	}
	return fmt.Errorf("parallel report: unknown format %d", format)
}

// parallelRows calls fn with each row's cells: text, or int64/float64
// amounts, or nil for an empty cell.
func parallelRows(lang Lang, fams []ParallelFamily, fn func([]any) error) error {
	sep := "، "
	if lang == LangEN {
		sep = ", "
	}
	row := make([]any, len(parallelColumns))
	for i, f := range fams {
		basis := basisEngine
		if f.Linked {
			basis = basisLinked
		}
		for _, c := range f.Centers {
			row[0], row[1], row[2], row[3] = int64(i+1), f.Name, strings.Join(f.Files, sep), basis.in(lang)
			row[4], row[5] = c.Center, int64(c.Count)
			row[6], row[7] = reportDate(c.First, lang), reportDate(c.Last, lang)
			row[8], row[9], row[10], row[11] = c.Amount, toman(c.Amount), f.Total, toman(f.Total)
			if err := fn(row); err != nil {
				return err
			}
		}
	}
	return nil
}

// reportDate is Jalali (1403/09/12) in fa and ISO (2024-12-02) in en;
// a date with no Gregorian day is written as Jalali in both.
func reportDate(d fa.Date, lang Lang) string {
	if lang == LangEN {
		if s, ok := d.ISO(); ok {
			return s
		}
	}
	return d.String()
}

// toman is an amount in Toman: a whole number unless the Rial amount is
// not a multiple of ten.
func toman(rial int64) any {
	if rial%10 == 0 {
		return rial / 10
	}
	return float64(rial) / 10
}

func parallelCSV(w io.Writer, lang Lang, fams []ParallelFamily) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	rec := make([]string, len(parallelColumns))
	for i, c := range parallelColumns {
		rec[i] = c.in(lang)
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	err := parallelRows(lang, fams, func(row []any) error {
		for i, v := range row {
			switch v := v.(type) {
			case int64:
				rec[i] = strconv.FormatInt(v, 10)
			case float64:
				rec[i] = strconv.FormatFloat(v, 'f', -1, 64)
			case string:
				rec[i] = v
			}
		}
		return cw.Write(rec)
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func parallelXLSX(w io.Writer, lang Lang, fams []ParallelFamily) error {
	x := excelize.NewFile()
	defer x.Close()
	name := sheetParallelFA
	if lang == LangEN {
		name = sheetParallelEN
	}
	if err := x.SetSheetName(x.GetSheetName(0), name); err != nil {
		return err
	}
	if lang == LangFA {
		rtl := true
		if err := x.SetSheetView(name, -1, &excelize.ViewOptions{RightToLeft: &rtl}); err != nil {
			return err
		}
	}
	sw, err := x.NewStreamWriter(name)
	if err != nil {
		return err
	}
	head := make([]any, len(parallelColumns))
	for i, c := range parallelColumns {
		head[i] = c.in(lang)
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	n := 1
	err = parallelRows(lang, fams, func(row []any) error {
		n++
		return sw.SetRow(cellName(n), row)
	})
	if err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return x.Write(w)
}
