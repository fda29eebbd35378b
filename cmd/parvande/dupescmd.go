package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/tui/i18n"
)

// dupesHeader is the csv header: stable column names whatever the
// operator's language, so scripts can read the output.
var dupesHeader = []string{"ref_a", "ref_b", "file_a", "file_b", "score", "band", "reasons"}

func cmdDupes(e *env, args []string) error {
	fs := flags(e, "dupes", i18n.CLIUsageDupes)
	db := dbFlag(fs, e)
	bandName := fs.String("band", "possible", e.tr.T(i18n.CLIFlagBand))
	center := fs.String("center", "", e.tr.T(i18n.CLIFlagDupesCenter))
	format := fs.String("format", "csv", e.tr.T(i18n.CLIFlagDupesFormat))
	train := fs.Bool("train", false, e.tr.T(i18n.CLIFlagTrain))
	outPath := fs.String("out", "", e.tr.T(i18n.CLIFlagOut))
	if err := parse(fs, interleaved(fs, args)); err != nil {
		return err
	}
	band, ok := match.ParseBand(strings.ToLower(*bandName))
	if !ok || band == match.BandNone {
		return e.fail(i18n.CLIUnknownBand, *bandName)
	}
	if *format != "csv" && *format != "table" {
		return e.fail(i18n.CLIDupesUnknownFormat, *format)
	}
	st, err := e.openExisting(*db, !*train)
	if err != nil {
		return err
	}
	defer st.Close()
	if *train {
		return trainWeights(e, st)
	}
	q := dupes.QueueFilter{MinBand: band, Linked: true}
	if *center != "" {
		centers, err := st.Centers()
		if err != nil {
			return err
		}
		if q.Center, err = e.centerFlag(centers, *center); err != nil {
			return err
		}
	}

	svc := dupes.New(st)
	refs := map[domain.ID]string{}
	bar := newProgress(e, e.tr.T(i18n.CLIProgressDupesLoad))
	err = svc.LoadWith(dupes.LoadOptions{Progress: bar.update, Each: func(h *store.Head) {
		if h.ExternalRef != "" {
			// A clone: the head's strings share one copy of the whole record.
			refs[h.ID] = strings.Clone(h.ExternalRef)
		}
	}})
	bar.done()
	if err != nil {
		return err
	}
	bar = newProgress(e, e.tr.T(i18n.CLIProgressDupesScan))
	q.Progress = bar.update
	pairs, err := svc.Queue(store.SystemActor(), q)
	bar.done()
	if err != nil {
		return err
	}
	w, closeOut, err := e.output(*outPath)
	if err != nil {
		return err
	}
	if *format == "csv" {
		err = writePairsCSV(w, pairs, refs)
	} else {
		err = writePairsTable(w, e.tr, pairs, refs)
	}
	if err = closeOut(err); err != nil {
		return err
	}
	printDupesSummary(e, svc, len(pairs))
	if *outPath != "" {
		e.sayErr(i18n.CLIDupesWritten, len(pairs), *outPath)
	}
	return nil
}

// output is stdout, or a file written aside and renamed when done, so a
// failed run never leaves half a list where a good one was.
func (e *env) output(path string) (io.Writer, func(error) error, error) {
	if path == "" {
		bw := bufio.NewWriterSize(e.stdout, 1<<16)
		return bw, func(err error) error {
			if err != nil {
				return err
			}
			return bw.Flush()
		}, nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".dupes-*")
	if err != nil {
		return nil, nil, err
	}
	bw := bufio.NewWriterSize(f, 1<<16)
	return bw, func(err error) error {
		if err == nil {
			err = bw.Flush()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(f.Name(), path)
		}
		if err != nil {
			os.Remove(f.Name())
		}
		return err
	}, nil
}

// sayErr prints a catalog message on stderr, beside output on stdout.
func (e *env) sayErr(k i18n.Key, args ...any) { fmt.Fprintln(e.stderr, e.tr.T(k, args...)) }

func reasonCodes(rs []match.Reason) string {
	codes := make([]string, len(rs))
	for i, r := range rs {
		codes[i] = r.Code
	}
	return strings.Join(codes, ";")
}

func writePairsCSV(w io.Writer, pairs []dupes.Pair, refs map[domain.ID]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(dupesHeader); err != nil {
		return err
	}
	for _, p := range pairs {
		rec := []string{refs[p.A], refs[p.B], p.A.String(), p.B.String(),
			strconv.FormatFloat(p.Score, 'f', 2, 64), p.Band.String(), reasonCodes(p.Reasons)}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func writePairsTable(w io.Writer, tr *i18n.T, pairs []dupes.Pair, refs map[domain.ID]string) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, tr.T(i18n.CLIDupesTableHead))
	for _, p := range pairs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", tr.Digits(refs[p.A]), tr.Digits(refs[p.B]),
			tr.Digits(p.A.String()), tr.Digits(p.B.String()),
			tr.Digits(strconv.FormatFloat(p.Score, 'f', 1, 64)), tr.Band(p.Band), tr.Reasons(p.Reasons))
	}
	return tw.Flush()
}

func printDupesSummary(e *env, svc *dupes.Service, n int) {
	ls, rep := svc.Stats(), svc.Report()
	d := func(t time.Duration) string { return e.tr.Digits(t.Round(time.Millisecond).String()) }
	e.sayErr(i18n.CLIDupesSummary, n, ls.Files, d(ls.Read), d(ls.Build), d(rep.Scan))
	for _, k := range rep.Dropped {
		fmt.Fprintln(e.stderr, e.tr.DroppedKeys(k))
	}
}

// trainWeights re-estimates, stores and prints the weights.
func trainWeights(e *env, st *store.Store) error {
	stats, err := st.Stats()
	if err != nil {
		return err
	}
	w, err := dupes.New(st).Train(store.SystemActor())
	if err != nil {
		return err
	}
	tr := e.tr
	num := func(x float64, prec int) string { return tr.Digits(strconv.FormatFloat(x, 'f', prec, 64)) }
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, tr.T(i18n.CLIDupesWeightsHead))
	for f := match.Field(0); f < match.NumFields; f++ {
		for _, l := range f.Levels() {
			p := w.Levels[f][l]
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", tr.MatchField(f), tr.MatchLevel(l), num(p.M, 4), num(p.U, 6), num(p.Weight(), 2))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	e.say(i18n.CLIDupesRates, num(w.DupRate, 3), num(w.RelRate, 3))
	e.say(i18n.CLIDupesTrained, stats.Files)
	return nil
}
