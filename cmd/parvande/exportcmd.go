package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store/exchange"
)

const usageExport = `usage: parvande export [--db PATH] --to FILE [--format csv|xlsx] [--lang fa|en] [--center NAME]

Writes households to a CSV (UTF-8 with BOM, as Excel expects) or XLSX sheet,
with Persian or English headers. The format follows the file's extension
unless --format says otherwise. What is exported imports back unchanged.

examples:
  parvande export --to households.xlsx
  parvande export --to households.csv --lang en --center GLS
`

func cmdExport(e *env, args []string) error {
	fs := flags(e, "export", usageExport)
	db := dbFlag(fs, e)
	to := fs.String("to", "", "file to write (required)")
	format := fs.String("format", "", "csv or xlsx (default: from the file's extension)")
	lang := fs.String("lang", "fa", "header language: fa or en")
	center := fs.String("center", "", "only this center's files (name, code or number)")
	if err := parse(fs, interleaved(fs, args)); err != nil {
		return err
	}
	if *to == "" {
		return errors.New("say where to write: --to FILE")
	}
	f, err := exportFormat(*format, *to)
	if err != nil {
		return err
	}
	l := exchange.Lang(strings.ToLower(*lang))
	if l != exchange.LangFA && l != exchange.LangEN {
		return fmt.Errorf("--lang must be fa or en, not %q", *lang)
	}
	st, err := openExisting(*db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	centers, err := st.Centers()
	if err != nil {
		return err
	}
	only := domain.CenterID(0)
	if *center != "" {
		id, ok := exchange.FindCenter(centers, *center)
		if !ok {
			return fmt.Errorf("no center %q; give its name, code or number as the database knows it", *center)
		}
		only = id
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
	fmt.Fprintf(e.stdout, "%d files exported to %s\n", n, *to)
	return nil
}

func exportFormat(flagValue, path string) (exchange.Format, error) {
	v := strings.ToLower(flagValue)
	if v == "" {
		v = strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	}
	switch v {
	case "csv":
		return exchange.FormatCSV, nil
	case "xlsx":
		return exchange.FormatXLSX, nil
	}
	return 0, fmt.Errorf("cannot tell the format of %s; give --format csv or --format xlsx", path)
}
