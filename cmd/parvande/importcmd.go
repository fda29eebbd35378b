package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/exchange"
)

const usageImport = `usage: parvande import [--db PATH] [--create-centers | --center NAME] [--dry-run] [--report FILE] SHEET

Imports households from a CSV or XLSX sheet. Headers may be Persian or English,
in any order; extra columns are kept in the file's notes. CSV may be UTF-8
(with or without BOM), UTF-16 or Windows-1256. The row-number column (ردیف)
becomes each file's external reference, so importing the same sheet again
creates nothing twice. A broken sheet is refused before anything is written;
a row is rejected only when it cannot form a file (no name, unknown center),
and every rejected row is listed in the report.

examples:
  parvande import --create-centers beneficiaries.csv
  parvande import --center "کانون نیکوکاری گلشهر" --dry-run list.xlsx
  parvande import --create-centers --report rejected.csv sheet.csv
`

func cmdImport(e *env, args []string) error {
	fs := flags(e, "import", usageImport)
	db := dbFlag(fs, e)
	create := fs.Bool("create-centers", false, "create centers the sheet names that the database does not know")
	center := fs.String("center", "", "put every row into this center (name, code or number)")
	dry := fs.Bool("dry-run", false, "read and check everything, write nothing")
	sheet := fs.String("sheet", "", "XLSX sheet to read (name or number; the first by default)")
	reportPath := fs.String("report", "", "write rejected rows to this CSV (default: SHEET.rejected.csv when any)")
	if err := parse(fs, interleaved(fs, args)); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	if *create && *center != "" {
		return errors.New("give either --create-centers or --center, not both")
	}
	src := fs.Arg(0)
	if _, err := os.Stat(src); err != nil {
		return fmt.Errorf("cannot read %s: %w", src, errors.Unwrap(err))
	}
	st, err := store.Open(*db, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()

	bar := newProgress(e, "importing")
	opt := exchange.Options{
		Center: *center, CreateCenters: *create, DryRun: *dry, Sheet: *sheet,
		Source: filepath.Base(src), Progress: bar.update,
	}
	rep, err := exchange.ImportFile(src, st, store.SystemActor(), opt)
	bar.done()
	if err != nil {
		return err
	}
	fmt.Fprint(e.stdout, rep.Summary())
	if rep.RejectedRows == 0 {
		return nil
	}
	out := *reportPath
	if out == "" {
		out = src + ".rejected.csv"
	}
	if err := writeRejects(out, rep); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "rejected rows with line numbers and reasons: %s\n", out)
	return nil
}

func writeRejects(path string, rep *exchange.Report) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := rep.WriteRejectsCSV(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
