package exchange

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Report says what an import did, or with DryRun would do.
type Report struct {
	Source     string
	Format     Format
	Encoding   string // CSV text encoding as detected
	Separator  string // CSV separator as detected
	Sheet      string // XLSX sheet read
	HeaderLine int
	DryRun     bool

	// DataRows are the rows below the header. Every one ends up in exactly
	// one of Accepted, Rejected and Skipped; Accepted ones (when not a dry
	// run) in exactly one of Created, Updated and Unchanged.
	DataRows  int
	Accepted  int
	Created   int
	Updated   int
	Unchanged int
	// RejectedRows counts every rejected row; Rejects keeps the first
	// MaxRejectsKept of them with their cells.
	RejectedRows int
	Rejects      []Reject
	Skipped      int // completely empty rows

	// Flags counts flagged values by kind, e.g. "national_code/checksum".
	Flags map[string]int
	// Warnings count rows imported with something odd, by code
	// (lazy_quote, extra_cells, unread_value, members,
	// orphan_members, no_ref: no row number, so importing the sheet again
	// creates the file again);
	// WarningLines keeps the first few lines of each.
	Warnings     map[string]int
	WarningLines map[string][]int

	CentersCreated []string
	CentersUnknown []string // named in the sheet, not in the database and not created
	UnknownColumns []string // headers kept in Notes as "header: value"
	Columns        map[string]string

	Duration time.Duration

	lastLine int      // last data line read, for error messages
	header   []string // the sheet's header, for the rejects file
}

// Reject is a row that could not become a file.
type Reject struct {
	Line   int    // line (CSV) or row (XLSX) in the source
	Code   string // stable, for translation: no_name, no_center, unknown_center, denied, quote_span, invalid
	Reason string // English
	Cells  []string
}

// Limits on what a report keeps, so a million bad rows do not exhaust memory.
const (
	MaxRejectsKept      = 100000
	maxWarningLinesKept = 20
)

func newReport(opt Options) *Report {
	return &Report{
		Source: opt.Source, DryRun: opt.DryRun,
		Flags: map[string]int{}, Warnings: map[string]int{}, WarningLines: map[string][]int{},
	}
}

func (r *Report) reject(line int, code, reason string, cells []string) {
	r.RejectedRows++
	if len(r.Rejects) < MaxRejectsKept {
		r.Rejects = append(r.Rejects, Reject{Line: line, Code: code, Reason: reason, Cells: append([]string(nil), cells...)})
	}
}

func (r *Report) warn(code string, line int) {
	r.Warnings[code]++
	if l := r.WarningLines[code]; len(l) < maxWarningLinesKept {
		r.WarningLines[code] = append(l, line)
	}
}

// WriteRejectsCSV writes the rejected rows as a CSV a clerk can open in
// Excel, fix and import again: UTF-8 with BOM, CRLF, columns line, code,
// reason, then the row's original cells under the sheet's own header (the
// importer skips the first three columns of such a file).
func (r *Report) WriteRejectsCSV(w io.Writer) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(append([]string{"line", "code", "reason"}, r.header...)); err != nil {
		return err
	}
	rec := make([]string, 0, 32)
	for _, rj := range r.Rejects {
		rec = append(rec[:0], strconv.Itoa(rj.Line), rj.Code, rj.Reason)
		rec = append(rec, rj.Cells...)
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Summary is a short English account of the import; the command line
// translates from the fields instead when it speaks Persian.
func (r *Report) Summary() string {
	var b strings.Builder
	verb := "imported"
	if r.DryRun {
		verb = "checked (dry run, nothing written)"
	}
	fmt.Fprintf(&b, "%s: %s %d data rows in %s\n", orDash(r.Source), verb, r.DataRows, r.Duration.Round(time.Millisecond))
	if r.DryRun {
		fmt.Fprintf(&b, "  would import %d files\n", r.Accepted)
	} else {
		fmt.Fprintf(&b, "  created %d, updated %d, unchanged %d\n", r.Created, r.Updated, r.Unchanged)
	}
	fmt.Fprintf(&b, "  rejected %d, empty rows skipped %d\n", r.RejectedRows, r.Skipped)
	if len(r.CentersCreated) > 0 {
		what := "centers created"
		if r.DryRun {
			what = "centers to create"
		}
		fmt.Fprintf(&b, "  %s (%d): %s\n", what, len(r.CentersCreated), someOf(r.CentersCreated))
	}
	if len(r.CentersUnknown) > 0 {
		fmt.Fprintf(&b, "  unknown centers (%d): %s\n", len(r.CentersUnknown), someOf(r.CentersUnknown))
	}
	if len(r.UnknownColumns) > 0 {
		fmt.Fprintf(&b, "  columns kept in notes: %s\n", strings.Join(r.UnknownColumns, ", "))
	}
	if line := countLine(r.Flags); line != "" {
		fmt.Fprintf(&b, "  flagged values (kept as typed): %s\n", line)
	}
	if line := countLine(r.Warnings); line != "" {
		fmt.Fprintf(&b, "  warnings: %s\n", line)
	}
	if n := r.RejectedRows; n > 0 {
		codes := map[string]int{}
		for _, rj := range r.Rejects {
			codes[rj.Code]++
		}
		fmt.Fprintf(&b, "  rejections by reason: %s\n", countLine(codes))
		if n > len(r.Rejects) {
			fmt.Fprintf(&b, "  (only the first %d rejected rows are kept)\n", len(r.Rejects))
		}
	}
	return b.String()
}

// countLine renders counts as "a: 3, b: 1", largest first.
func countLine(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k, v := range m {
		if v > 0 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + strconv.Itoa(m[k])
	}
	return strings.Join(parts, ", ")
}

// someOf lists the first few names; the report's fields hold them all.
func someOf(names []string) string {
	const n = 10
	if len(names) <= n {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:n], ", ") + fmt.Sprintf(", … (%d more)", len(names)-n)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
