package exchange

import (
	"bufio"
	"bytes"
	"io"
	"strconv"
	"unsafe"
)

// quirk marks something odd about how a row was written, for the report.
type quirk uint8

const (
	quirkLazyQuote quirk = 1 << iota // a quote where RFC 4180 allows none; kept as typed
	quirkMultiLine                   // a quoted cell spans lines
)

// rawRow is one row as read. Cells are valid until the next read.
type rawRow struct {
	cells   []string
	line    int // first line (CSV) or row number (XLSX) in the source
	endLine int // last line; differs from line when a cell spans lines
	quirks  quirk
}

// rowReader yields the rows of one sheet in order; io.EOF at the end.
type rowReader interface {
	next(*rawRow) error
	Close() error
}

// Limits past which a quoted cell is a stray quote, not a long note.
const (
	maxCellLines = 200
	maxCellBytes = 1 << 20
)

// csvReader reads RFC 4180 CSV, tolerating what Excel and clerks write:
// bare quotes inside unquoted cells, text after a closing quote, missing or
// extra cells. It is ours rather than encoding/csv because LazyQuotes there
// silently swallows the rest of the file after a stray quote, and the
// report needs the line each row starts on. Like encoding/csv with
// ReuseRecord it makes one string per record and reuses the cell slice.
type csvReader struct {
	br    *bufio.Reader
	sep   byte
	line  int    // physical lines consumed
	buf   []byte // unescaped bytes of the current record
	ends  []int  // end offset of each cell in buf
	cells []string
	long  []byte // a line longer than the bufio buffer
	// borrow makes cells point into buf instead of a fresh string, valid
	// only until the next read: pass 1 looks at each row once and keeps
	// nothing, so it need not allocate per row.
	borrow bool
}

func newCSVReader(br *bufio.Reader, sep byte) *csvReader {
	return &csvReader{br: br, sep: sep}
}

func (r *csvReader) Close() error { return nil }

// readLine returns the next physical line without its line end, or io.EOF.
func (r *csvReader) readLine() ([]byte, error) {
	line, err := r.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.long = append(r.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.br.ReadSlice('\n')
			r.long = append(r.long, line...)
		}
		line = r.long
	}
	if len(line) == 0 {
		if err == nil || err == io.EOF {
			return nil, io.EOF
		}
		return nil, err
	}
	if err != nil && err != io.EOF {
		return nil, err
	}
	r.line++
	if n := len(line); line[n-1] == '\n' {
		line = line[:n-1]
	}
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	return line, nil
}

func (r *csvReader) next(row *rawRow) error {
	l, err := r.readLine()
	if err != nil {
		return err
	}
	row.line, row.quirks = r.line, 0
	r.buf, r.ends = r.buf[:0], r.ends[:0]
	pos := 0
	for {
		if pos < len(l) && l[pos] == '"' {
			openLine := r.line
			pos++
			for {
				i := bytes.IndexByte(l[pos:], '"')
				if i < 0 {
					r.buf = append(r.buf, l[pos:]...)
					r.buf = append(r.buf, '\n')
					if l, err = r.readLine(); err != nil {
						if err == io.EOF {
							return &FormatError{Code: "unterminated_quote", Line: openLine,
								Msg: "a quoted cell opened here never closes; the file is cut short or has a stray \" character"}
						}
						return err
					}
					row.quirks |= quirkMultiLine
					if r.line-openLine > maxCellLines || len(r.buf) > maxCellBytes {
						return &FormatError{Code: "runaway_quote", Line: openLine,
							Msg: "a quoted cell opened here runs on for more than " + strconv.Itoa(maxCellLines) +
								" lines; there is probably a stray \" character"}
					}
					pos = 0
					continue
				}
				r.buf = append(r.buf, l[pos:pos+i]...)
				pos += i + 1
				if pos < len(l) && l[pos] == '"' {
					r.buf = append(r.buf, '"')
					pos++
					continue
				}
				break
			}
			// Text after the closing quote joins the cell, as in Excel.
			if pos < len(l) && l[pos] != r.sep {
				row.quirks |= quirkLazyQuote
				j := bytes.IndexByte(l[pos:], r.sep)
				if j < 0 {
					j = len(l) - pos
				}
				r.buf = append(r.buf, l[pos:pos+j]...)
				pos += j
			}
		} else {
			j := bytes.IndexByte(l[pos:], r.sep)
			if j < 0 {
				j = len(l) - pos
			}
			f := l[pos : pos+j]
			if bytes.IndexByte(f, '"') >= 0 {
				row.quirks |= quirkLazyQuote
			}
			r.buf = append(r.buf, f...)
			pos += j
		}
		r.ends = append(r.ends, len(r.buf))
		if pos >= len(l) {
			break
		}
		pos++ // the separator
		if pos == len(l) {
			r.ends = append(r.ends, len(r.buf))
			break
		}
	}
	var s string
	if r.borrow {
		s = unsafe.String(unsafe.SliceData(r.buf), len(r.buf))
	} else {
		s = string(r.buf)
	}
	cells := r.cells[:0]
	prev := 0
	for _, e := range r.ends {
		cells = append(cells, s[prev:e])
		prev = e
	}
	r.cells = cells
	row.cells = cells
	row.endLine = r.line
	return nil
}

// sniffSeparator picks comma, semicolon or tab: whichever one line among
// the first few has most of outside quotes (the header, usually; a title
// row above it has none). Excel's "sep=;" first line wins outright; it
// reports whether that line must be skipped.
func sniffSeparator(br *bufio.Reader) (sep byte, skipLine bool) {
	sample, _ := br.Peek(64 << 10)
	first := sample
	if i := bytes.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	first = bytes.TrimRight(first, "\r")
	if len(first) == 5 && bytes.EqualFold(first[:4], []byte("sep=")) && bytes.IndexByte([]byte(",;\t|"), first[4]) >= 0 {
		return first[4], true
	}
	var best [3]int // comma, semicolon, tab
	for n := 0; n < 10 && len(sample) > 0; n++ {
		line := sample
		if i := bytes.IndexByte(sample, '\n'); i >= 0 {
			line, sample = sample[:i], sample[i+1:]
		} else {
			sample = nil
		}
		var cnt [3]int
		quoted := false
		for _, c := range line {
			switch {
			case c == '"':
				quoted = !quoted
			case quoted:
			case c == ',':
				cnt[0]++
			case c == ';':
				cnt[1]++
			case c == '\t':
				cnt[2]++
			}
		}
		for i := range cnt {
			best[i] = max(best[i], cnt[i])
		}
	}
	switch {
	case best[2] > best[0] && best[2] >= best[1]:
		return '\t', false
	case best[1] > best[0]:
		return ';', false
	}
	return ',', false
}
