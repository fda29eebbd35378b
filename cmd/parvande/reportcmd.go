package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/store/exchange"
	"github.com/parvande/parvande/tui"
	"github.com/parvande/parvande/tui/i18n"
)

// cmdReport runs a cross-center report. There is one so far: parallel,
// the families aided by more than one center in a period.
func cmdReport(e *env, args []string) error {
	if len(args) == 0 || args[0] != "parallel" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			fmt.Fprint(e.stderr, e.tr.T(i18n.CLIUsageReport))
			return nil
		}
		what := ""
		if len(args) > 0 {
			what = args[0]
		}
		return e.fail(i18n.CLIReportUnknown, what)
	}
	return reportParallel(e, args[1:])
}

func reportParallel(e *env, args []string) error {
	fs := flags(e, "report parallel", i18n.CLIUsageReport)
	db := dbFlag(fs, e)
	fromFlag := fs.String("from", "", e.tr.T(i18n.CLIFlagReportFrom))
	toFlag := fs.String("to", "", e.tr.T(i18n.CLIFlagReportTo))
	center := fs.String("center", "", e.tr.T(i18n.CLIFlagReportCenter))
	format := fs.String("format", "", e.tr.T(i18n.CLIFlagReportFormat))
	outPath := fs.String("out", "", e.tr.T(i18n.CLIFlagOut))
	lang := fs.String("lang", e.tr.Lang().Code(), e.tr.T(i18n.CLIFlagHeaderLang))
	if err := parse(fs, interleaved(fs, args)); err != nil {
		return err
	}
	from, to := tui.ParallelPeriod(fa.FromTime(time.Now()))
	for _, d := range []struct {
		name string
		s    string
		into *fa.Date
	}{{"from", *fromFlag, &from}, {"to", *toFlag, &to}} {
		if d.s == "" {
			continue
		}
		v, err := parseReportDate(d.s)
		if errors.Is(err, errPartialDate) {
			return e.fail(i18n.CLIReportFullDate, d.name, d.s)
		}
		if err != nil {
			return e.fail(i18n.CLIReportBadDate, d.name, d.s, e.tr.Err(err))
		}
		*d.into = v
	}
	if to.Before(from) {
		return e.fail(i18n.CLIReportOrder, from.String(), to.String())
	}
	form := strings.ToLower(*format)
	if form == "" {
		form = "table"
		if *outPath != "" {
			form = strings.TrimPrefix(strings.ToLower(filepath.Ext(*outPath)), ".")
		}
	}
	if form != "csv" && form != "xlsx" && form != "table" {
		return e.fail(i18n.CLIReportUnknownFormat, form)
	}
	if form == "xlsx" && *outPath == "" {
		return e.fail(i18n.CLIReportXLSXOut)
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
	svc := dupes.New(st)
	bar := newProgress(e, e.tr.T(i18n.CLIProgressDupesLoad))
	err = svc.LoadWith(dupes.LoadOptions{Progress: bar.update})
	bar.done()
	if err != nil {
		return err
	}
	fams, err := tui.ParallelSheet(svc, st, store.SystemActor(), from, to, only, centers)
	if err != nil {
		return err
	}

	w, closeOut, err := e.output(*outPath)
	if err != nil {
		return err
	}
	switch form {
	case "csv":
		err = exchange.WriteParallel(w, exchange.FormatCSV, l, fams)
	case "xlsx":
		err = exchange.WriteParallel(w, exchange.FormatXLSX, l, fams)
	default:
		err = writeParallelTable(w, i18n.New(langOf(l)), fams)
	}
	if err = closeOut(err); err != nil {
		return err
	}
	var total int64
	for _, f := range fams {
		total += f.Total
	}
	e.sayErr(i18n.CLIReportSummary, len(fams), e.tr.Date(from), e.tr.Date(to), e.tr.Money(total))
	if *outPath != "" {
		e.sayErr(i18n.CLIReportWritten, *outPath)
	}
	return nil
}

func langOf(l exchange.Lang) i18n.Lang {
	if l == exchange.LangEN {
		return i18n.En
	}
	return i18n.Fa
}

// errPartialDate: a report period is whole days; "1403" or "1403/07" is
// refused rather than guessed.
var errPartialDate = errors.New("partial date")

// parseReportDate reads a full date typed as Jalali (1403/07/01, in any
// digits) or ISO (2024-09-22); when both refuse, the Jalali complaint is
// the one given, unless the text looks ISO.
func parseReportDate(s string) (fa.Date, error) {
	s = strings.TrimSpace(fa.ToLatinDigits(s))
	d, err := fa.ParseDate(s)
	if err != nil {
		d2, err2 := fa.ParseISODate(s)
		if err2 != nil {
			if strings.Contains(s, "-") {
				return fa.Date{}, err2
			}
			return fa.Date{}, err
		}
		d = d2
	}
	if !d.Full() {
		return fa.Date{}, errPartialDate
	}
	return d, nil
}

// writeParallelTable prints the report for a terminal: a line per family
// and center, the family's total on its first line.
func writeParallelTable(w io.Writer, tr *i18n.T, fams []exchange.ParallelFamily) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join([]string{tr.T(i18n.ParColFamily), tr.T(i18n.ParColName), tr.T(i18n.ParColCenter),
		tr.T(i18n.ParColTimes), tr.T(i18n.ParColLast), tr.T(i18n.ParColAmount), tr.T(i18n.ParColTotal)}, "\t"))
	for i, f := range fams {
		for j, c := range f.Centers {
			num, name, total := "", "", ""
			if j == 0 {
				num, name, total = tr.Num(i+1), f.Name, tr.Money(f.Total)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", num, name, c.Center, tr.Num(c.Count), tr.Date(c.Last), tr.Money(c.Amount), total)
		}
	}
	return tw.Flush()
}
