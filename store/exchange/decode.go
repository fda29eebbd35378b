package exchange

import (
	"bufio"
	"bytes"
	"io"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// textReader turns the raw bytes of a CSV file into UTF-8, whatever the
// clerk's Excel saved it as.
func textReader(raw io.Reader, enc encoding) io.Reader {
	switch enc {
	case encUTF16LE:
		return transform.NewReader(raw, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder())
	case encUTF16BE:
		return transform.NewReader(raw, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder())
	case encWindows1256:
		return transform.NewReader(raw, charmap.Windows1256.NewDecoder())
	case encUTF8Fix:
		// Keeps invalid bytes out of the database.
		return transform.NewReader(raw, unicode.UTF8.NewDecoder())
	}
	return raw
}

// crToLF rewrites carriage returns as line feeds. It is used only for files
// whose lines end in a bare CR (old Mac Excel); a stray CRLF there only adds
// an empty row, which is skipped.
type crToLF struct{ r io.Reader }

func (c crToLF) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// onlyCR reports whether the sample uses bare CR as its line end.
func onlyCR(sample []byte) bool {
	return bytes.IndexByte(sample, '\n') < 0 && bytes.IndexByte(sample, '\r') >= 0
}

// openText returns a buffered UTF-8 reader over a CSV file's text, with the
// BOM removed.
func openText(r io.ReaderAt, size int64, enc encoding, skip int) *bufio.Reader {
	var rd io.Reader = io.NewSectionReader(r, int64(skip), size-int64(skip))
	rd = textReader(rd, enc)
	// Small files get small buffers: the fuzzer imports millions of them.
	n := int(min(256<<10, 2*size+64))
	br := bufio.NewReaderSize(rd, n)
	if sample, _ := br.Peek(min(4096, n)); onlyCR(sample) {
		br = bufio.NewReaderSize(crToLF{r: br}, n)
	}
	return br
}
