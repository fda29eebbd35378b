package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store/exchange"
	"github.com/parvande/parvande/tui/i18n"
)

func cmdExport(e *env, args []string) error {
	fs := flags(e, "export", i18n.CLIUsageExport)
	db := dbFlag(fs, e)
	to := fs.String("to", "", e.tr.T(i18n.CLIFlagTo))
	format := fs.String("format", "", e.tr.T(i18n.CLIFlagFormat))
	lang := fs.String("lang", "fa", e.tr.T(i18n.CLIFlagHeaderLang))
	center := fs.String("center", "", e.tr.T(i18n.CLIFlagExportCenter))
	if err := parse(fs, interleaved(fs, args)); err != nil {
		return err
	}
	if *to == "" {
		return e.fail(i18n.CLINeedTo)
	}
	f, ok := exportFormat(*format, *to)
	if !ok {
		return e.fail(i18n.CLIUnknownFormat, *to)
	}
	l, err := e.sheetLang(*lang)
	if err != nil {
		return err
	}
	st, err := e.openExisting(*db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	centers, err := st.Centers()
	if err != nil {
		return err
	}
	only, err := e.centerFlag(centers, *center)
	if err != nil {
		return err
	}
	out, err := os.CreateTemp(filepath.Dir(*to), ".export-*")
	if err != nil {
		return err
	}
	defer os.Remove(out.Name())
	n := 0
	files := func(yield func(domain.File) error) error {
		return st.EachFile(func(fl domain.File) error {
			if only != 0 && fl.Center != only {
				return nil
			}
			n++
			return yield(fl)
		})
	}
	if err := exchange.Export(out, f, l, files, centers); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	// Written aside and renamed, so a failed export never leaves half a sheet
	// where a good one was.
	if err := os.Rename(out.Name(), *to); err != nil {
		return err
	}
	e.say(i18n.CLIExported, n, *to)
	return nil
}

func exportFormat(flagValue, path string) (exchange.Format, bool) {
	v := strings.ToLower(flagValue)
	if v == "" {
		v = strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	}
	switch v {
	case "csv":
		return exchange.FormatCSV, true
	case "xlsx":
		return exchange.FormatXLSX, true
	}
	return 0, false
}
