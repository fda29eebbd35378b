package exchange

import (
	"bytes"
	"io"
	"unicode/utf8"
)

// Format is a spreadsheet file format.
type Format uint8

const (
	FormatCSV Format = iota + 1
	FormatXLSX
)

// String is the lower-case name used on the command line.
func (f Format) String() string {
	switch f {
	case FormatCSV:
		return "csv"
	case FormatXLSX:
		return "xlsx"
	}
	return "unknown"
}

// encoding is the text encoding of a CSV file.
type encoding uint8

const (
	encUTF8 encoding = iota
	encUTF8BOM
	encUTF16LE
	encUTF16BE
	encWindows1256
	encUTF8Fix // UTF-8 with some damaged bytes, read as U+FFFD
)

func (e encoding) String() string {
	return [...]string{"utf-8", "utf-8 (bom)", "utf-16le", "utf-16be", "windows-1256", "utf-8 (damaged bytes replaced)"}[e]
}

// headSize is how much of a file the sniffers look at.
const headSize = 64 << 10

// magics are file types people pick by mistake instead of a spreadsheet, so
// the error can name what the file really is.
var magics = []struct {
	prefix, name string
}{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF8", "a GIF image"},
	{"%PDF", "a PDF document"},
	{"\x1f\x8b", "a gzip archive"},
	{"Rar!", "a RAR archive"},
	{"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Excel .xls (or other Office 97) file; save it as .xlsx or CSV"},
	{"SQLite format 3\x00", "an SQLite database"},
}

// sniffFormat decides from the content, not the extension, what a file is.
func sniffFormat(head []byte) (Format, error) {
	if len(head) == 0 {
		return 0, &FormatError{Code: "empty", Msg: "the file is empty"}
	}
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		return FormatXLSX, nil
	}
	if bytes.HasPrefix(head, []byte("PK")) {
		return 0, &FormatError{Code: "xlsx_broken", Msg: "the file looks like a damaged zip/XLSX file"}
	}
	for _, m := range magics {
		if bytes.HasPrefix(head, []byte(m.prefix)) {
			return 0, &FormatError{Code: "not_spreadsheet", Msg: "the file is " + m.name + ", not a spreadsheet"}
		}
	}
	return FormatCSV, nil
}

// sniffEncoding finds the text encoding of a CSV file. A BOM decides at
// once; otherwise the whole file is scanned, because an English header can
// hide Windows-1256 text far below it.
func sniffEncoding(r io.ReaderAt, size int64, head []byte) (encoding, int, error) {
	binary := &FormatError{Code: "not_spreadsheet", Msg: "the file holds binary data, not spreadsheet text"}
	utf16 := encUTF8
	switch {
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")):
		// A UTF-8 BOM is settled, but the rest may still be binary.
		if bytes.IndexByte(head, 0) >= 0 || controlShare(head) > 0.05 {
			return 0, 0, binary
		}
		if _, invalid, err := utf8Census(r, size); err != nil || invalid > 0 {
			return encUTF8Fix, 3, err
		}
		return encUTF8BOM, 3, nil
	case bytes.HasPrefix(head, []byte("\xff\xfe")):
		utf16 = encUTF16LE
	case bytes.HasPrefix(head, []byte("\xfe\xff")):
		utf16 = encUTF16BE
	default:
		if e, ok := sniffUTF16NoBOM(head); ok {
			utf16 = e
		}
	}
	if utf16 != encUTF8 {
		// Judge UTF-16 by what it decodes to.
		text, _ := io.ReadAll(io.LimitReader(textReader(bytes.NewReader(head), utf16), headSize))
		if bytes.IndexByte(text, 0) >= 0 || controlShare(text) > 0.05 {
			return 0, 0, binary
		}
		return utf16, 0, nil
	}
	if bytes.IndexByte(head, 0) >= 0 || controlShare(head) > 0.05 {
		return 0, 0, binary
	}
	valid, invalid, err := utf8Census(r, size)
	if err != nil {
		return 0, 0, err
	}
	// Windows-1256 Persian is almost never valid UTF-8, while a UTF-8 file
	// with a few damaged bytes still has many good multi-byte letters.
	switch {
	case invalid > 0 && valid < invalid:
		return encWindows1256, 0, nil
	case invalid > 0:
		return encUTF8Fix, 0, nil
	}
	return encUTF8, 0, nil
}

// sniffUTF16NoBOM recognises UTF-16 written without a BOM: commas, digits
// and Latin letters leave a zero beside a printable ASCII byte, always on
// the same side.
func sniffUTF16NoBOM(head []byte) (encoding, bool) {
	n := len(head) &^ 1
	if n < 8 {
		return 0, false
	}
	var le, be int
	for i := 0; i < n; i += 2 {
		a, b := head[i], head[i+1]
		switch {
		case b == 0 && asciiText(a):
			le++
		case a == 0 && asciiText(b):
			be++
		}
	}
	pairs := n / 2
	switch {
	case le*5 > pairs && be*50 < pairs:
		return encUTF16LE, true
	case be*5 > pairs && le*50 < pairs:
		return encUTF16BE, true
	}
	return 0, false
}

func asciiText(c byte) bool { return c >= 0x20 && c < 0x7f || c == '\t' || c == '\n' || c == '\r' }

// controlShare is the share of bytes that never occur in a text sheet.
func controlShare(b []byte) float64 {
	if len(b) == 0 {
		return 0
	}
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0c || c == 0x7f {
			n++
		}
	}
	return float64(n) / float64(len(b))
}

// utf8Census counts valid multi-byte sequences and invalid bytes in the
// whole file, chunk by chunk.
func utf8Census(r io.ReaderAt, size int64) (valid, invalid int, err error) {
	buf := make([]byte, min(1<<20, size+utf8.UTFMax))
	carry := 0
	for off := int64(0); off < size; {
		n, err := r.ReadAt(buf[carry:], off)
		if err != nil && err != io.EOF {
			return 0, 0, err
		}
		if n == 0 {
			break
		}
		off += int64(n)
		chunk := buf[:carry+n]
		last := off >= size
		i := 0
		if utf8.Valid(chunk) {
			// Fast path: count lead bytes of multi-byte letters only.
			for _, c := range chunk {
				if c >= 0xc0 {
					valid++
				}
			}
			i = len(chunk)
		}
		for i < len(chunk) {
			c := chunk[i]
			if c < utf8.RuneSelf {
				i++
				continue
			}
			if !last && len(chunk)-i < utf8.UTFMax && !utf8.FullRune(chunk[i:]) {
				break // sequence split across chunks
			}
			r, w := utf8.DecodeRune(chunk[i:])
			if r == utf8.RuneError && w == 1 {
				invalid++
			} else {
				valid++
			}
			i += w
		}
		carry = copy(buf, chunk[i:])
	}
	return valid, invalid, nil
}
