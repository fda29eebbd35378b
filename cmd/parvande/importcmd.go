package main

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/exchange"
	"github.com/parvande/parvande/tui/i18n"
)

func cmdImport(e *env, args []string) error {
	fs := flags(e, "import", i18n.CLIUsageImport)
	db := dbFlag(fs, e)
	create := fs.Bool("create-centers", false, e.tr.T(i18n.CLIFlagCreateCenters))
	center := fs.String("center", "", e.tr.T(i18n.CLIFlagCenter))
	dry := fs.Bool("dry-run", false, e.tr.T(i18n.CLIFlagDryRun))
	sheet := fs.String("sheet", "", e.tr.T(i18n.CLIFlagSheet))
	reportPath := fs.String("report", "", e.tr.T(i18n.CLIFlagReport))
	if err := parse(fs, interleaved(fs, args)); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return e.fail(i18n.CLINeedOneSheet)
	}
	if *create && *center != "" {
		return e.fail(i18n.CLIBothCenters)
	}
	src := fs.Arg(0)
	if _, err := os.Stat(src); err != nil {
		return e.fail(i18n.CLICannotRead, src, errors.Unwrap(err))
	}
	st, err := store.Open(*db, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()

	bar := newProgress(e, e.tr.T(i18n.CLIProgressImport))
	opt := exchange.Options{
		Center: *center, CreateCenters: *create, DryRun: *dry, Sheet: *sheet,
		Source: filepath.Base(src), Progress: bar.update,
	}
	rep, err := exchange.ImportFile(src, st, store.SystemActor(), opt)
	bar.done()
	if err != nil {
		return err
	}
	printSummary(e, rep)
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
	e.say(i18n.CLIRejectsWritten, out)
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
