// Package exchange reads and writes spreadsheets of case files: CSV and
// XLSX in (with header mapping and a report of every rejected row) and out.
//
// An import runs in two passes. Pass 1 streams the whole file to find its
// header, count its rows and the centers it names, and to catch whatever
// breaks the file as a whole; only then does pass 2 stream the rows again
// into the store in batches. So a damaged file writes nothing, and memory
// stays flat however long the sheet is.
package exchange

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// Sink is what an import needs from the store; *store.Store satisfies it.
type Sink interface {
	Centers() ([]domain.Center, error)
	CreateCenter(a store.Actor, c domain.Center) (domain.Center, error)
	// ImportFiles stores a batch in one transaction; source names the
	// import in the audit trail. The slice is reused after it returns.
	ImportFiles(a store.Actor, files []domain.File, source string) (store.ImportResult, error)
}

// Options steer an import.
type Options struct {
	// Center puts every row into this center (name, code or number),
	// whatever the sheet's center column says.
	Center string
	// CreateCenters creates the centers the sheet names that the database
	// does not know; without it their rows are rejected.
	CreateCenters bool
	// DryRun reads and converts everything and writes nothing.
	DryRun bool
	// Sheet names the XLSX sheet to read (name or 1-based number); the first
	// by default.
	Sheet     string
	BatchSize int // files per store transaction; DefaultBatchSize when 0
	// Progress, when set, is told how many data rows are done of how many,
	// after each batch is saved. It is called from the goroutine that
	// writes to the store, never twice at once.
	Progress func(done, total int)
	// Source names the input in the report (the file name).
	Source string
}

// DefaultBatchSize is the number of files saved per store transaction.
// Measured on 1,024,557 rows (2 cores): 5,000 took 62 s, 10,000 43 s,
// 20,000 28 s, 50,000 33 s: each commit costs more than its rows.
const DefaultBatchSize = 20000

// ImportFile imports the CSV or XLSX file at path.
func ImportFile(path string, st Sink, a store.Actor, opt Options) (*Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if opt.Source == "" {
		opt.Source = path
	}
	return run(source{ra: f, size: fi.Size(), path: path}, st, a, opt)
}

// Import imports a CSV or XLSX file read from r, size bytes long.
func Import(r io.ReaderAt, size int64, st Sink, a store.Actor, opt Options) (*Report, error) {
	return run(source{ra: r, size: size}, st, a, opt)
}

// ImportReader imports from a stream that cannot be read twice (standard
// input) by first copying it to a temporary file.
func ImportReader(r io.Reader, st Sink, a store.Actor, opt Options) (*Report, error) {
	tmp, err := os.CreateTemp("", "parvande-import-*")
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	n, err := io.Copy(tmp, r)
	if err != nil {
		return nil, err
	}
	return run(source{ra: tmp, size: n, path: tmp.Name()}, st, a, opt)
}

// run does both passes. A *FormatError, or any error before pass 2, comes
// with a nil report and an untouched database; an error while writing comes
// with the report so far.
func run(src source, st Sink, a store.Actor, opt Options) (*Report, error) {
	start := time.Now()
	if opt.BatchSize <= 0 {
		opt.BatchSize = DefaultBatchSize
	}
	rep := newReport(opt)
	sh, err := openSheet(src, opt, rep)
	if err != nil {
		return nil, err
	}
	defer sh.close()
	ix, mkeys, vocab := newAliasIndex(), newMemberKeyIndex(), newVocabulary()
	p, err := scan(sh, ix, mkeys, opt)
	if err != nil {
		return nil, err
	}
	rep.HeaderLine, rep.DataRows, rep.header = p.headerLine, p.dataRows, p.cols.names
	rep.Columns = map[string]string{}
	for f, i := range p.cols.idx {
		if i >= 0 {
			rep.Columns[p.cols.names[i]] = field(f).String()
		}
	}
	for _, i := range p.cols.unknown {
		rep.UnknownColumns = append(rep.UnknownColumns, p.cols.names[i])
	}
	cr, err := resolveCenters(st, a, opt, p, rep)
	if err != nil {
		return nil, err
	}
	err = load(sh, p, newConverter(p.cols, vocab, mkeys), cr, st, a, opt, rep)
	rep.Duration = time.Since(start)
	return rep, err
}

// load is pass 2: convert every row and send the files to the store.
func load(sh *sheet, p *plan, cv *converter, cr *centerResolver, st Sink, a store.Actor, opt Options, rep *Report) error {
	rd, err := sh.open()
	if err != nil {
		return err
	}
	defer rd.Close()
	join, err := p.openJoin(sh)
	if err != nil {
		return err
	}
	if join != nil {
		defer join.rd.Close()
	}
	flags := map[domain.FlagNote]int{}
	var bw *batchWriter
	var batch []domain.File
	if opt.DryRun {
		batch = make([]domain.File, 0, opt.BatchSize)
	} else {
		bw = newBatchWriter(st, a, opt, rep.DataRows)
		defer func() {
			if bw != nil {
				bw.finish()
			}
		}()
		batch = bw.buffer()
	}
	done := 0
	flush := func(endLine int) {
		if bw == nil {
			batch = batch[:0]
			if opt.Progress != nil {
				opt.Progress(done, rep.DataRows)
			}
			return
		}
		bw.send(batch, done, endLine)
		batch = bw.buffer()
	}
	var row rawRow
	ncols := len(p.cols.names)
	for {
		err := rd.next(&row)
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if row.line <= p.headerLine {
			continue
		}
		done++
		rep.lastLine = row.endLine
		if blank(row.cells) {
			rep.Skipped++
			continue
		}
		var members []memberValues
		if join != nil {
			// Every row takes its members, rejected or not, to keep the
			// two sheets in step.
			if members, err = join.take(p.cols.get(row.cells, fCenter), p.ref(row.cells)); err != nil {
				return err
			}
		}
		if row.quirks&quirkMultiLine != 0 && len(row.cells) != ncols {
			rep.reject(row.line, codeQuoteSpan, fmt.Sprintf(
				"a quoted cell runs from line %d to line %d and the row has %d cells, not %d; look for a stray \" character",
				row.line, row.endLine, len(row.cells), ncols), row.cells)
			continue
		}
		batch = append(batch, domain.File{})
		f := &batch[len(batch)-1]
		code, reason, w := cv.convert(row.cells, f)
		if code == "" {
			code, reason = cr.assign(f, p.cols.get(row.cells, fCenter))
		}
		if code == "" {
			for i := range members {
				f.Members = append(f.Members, cv.member(&members[i]))
			}
		}
		if code == "" {
			if err := f.Validate(); err != nil {
				code, reason = codeInvalid, err.Error()
			}
		}
		if code != "" {
			batch = batch[:len(batch)-1]
			rep.reject(row.line, code, reason, row.cells)
			continue
		}
		rep.Accepted++
		if f.ExternalRef == "" {
			rep.warn("no_ref", row.line)
		}
		for _, fl := range f.Flags() {
			fl.Member = 0
			flags[fl]++
		}
		for _, wc := range warningCodes {
			if w&wc.w != 0 {
				rep.warn(wc.code, row.line)
			}
		}
		if row.quirks&quirkLazyQuote != 0 {
			rep.warn("lazy_quote", row.line)
		}
		if len(batch) == opt.BatchSize {
			if bw != nil && bw.failed.Load() {
				break // the store refused a batch: stop reading
			}
			flush(row.line)
		}
	}
	flush(rep.lastLine)
	if bw != nil {
		err := bw.finish()
		rep.Created, rep.Updated, rep.Unchanged = bw.created, bw.updated, bw.unchanged
		bw = nil
		if err != nil {
			return err
		}
	}
	for fl, n := range flags {
		rep.Flags[fl.Field+"/"+fl.Flag.String()] += n
	}
	if join != nil {
		if n := join.left(); n > 0 {
			rep.Warnings["orphan_members"] += n
		}
	}
	return nil
}
