package exchange

import (
	"bufio"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

func readAllCSV(t *testing.T, text string, sep byte) ([][]string, []rawRow, error) {
	t.Helper()
	rd := newCSVReader(bufio.NewReaderSize(strings.NewReader(text), 16), sep)
	var rows [][]string
	var meta []rawRow
	for {
		var row rawRow
		err := rd.next(&row)
		if err == io.EOF {
			return rows, meta, nil
		}
		if err != nil {
			return rows, meta, err
		}
		rows = append(rows, append([]string(nil), row.cells...))
		meta = append(meta, row)
	}
}

func TestCSVReader(t *testing.T) {
	tests := []struct {
		name, in string
		want     [][]string
		quirks   []quirk
		lines    []int
	}{
		{"plain LF", "a,b\n1,2\n", [][]string{{"a", "b"}, {"1", "2"}}, []quirk{0, 0}, []int{1, 2}},
		{"CRLF no final newline", "a,b\r\n1,2", [][]string{{"a", "b"}, {"1", "2"}}, nil, []int{1, 2}},
		{"quoted comma and doubled quote", `"a,b","say ""hi"""` + "\n", [][]string{{"a,b", `say "hi"`}}, []quirk{0}, nil},
		{"empty cells", ",,\n", [][]string{{"", "", ""}}, nil, nil},
		{"empty line", "a\n\nb\n", [][]string{{"a"}, {""}, {"b"}}, nil, []int{1, 2, 3}},
		{"multi-line cell", "\"x\r\ny\",z\nq,r\n", [][]string{{"x\ny", "z"}, {"q", "r"}}, []quirk{quirkMultiLine, 0}, []int{1, 3}},
		{"bare quote kept", `ab"c,d` + "\n", [][]string{{`ab"c`, "d"}}, []quirk{quirkLazyQuote}, nil},
		{"text after closing quote", `"ab"c,d` + "\n", [][]string{{"abc", "d"}}, []quirk{quirkLazyQuote}, nil},
		{"long line beyond buffer", strings.Repeat("x", 100) + ",y\n", [][]string{{strings.Repeat("x", 100), "y"}}, nil, nil},
		{"persian", "نام,نام خانوادگی\nعلی,رضایی\n", [][]string{{"نام", "نام خانوادگی"}, {"علی", "رضایی"}}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, meta, err := readAllCSV(t, tt.in, ',')
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i, q := range tt.quirks {
				if meta[i].quirks != q {
					t.Errorf("row %d quirks %b, want %b", i, meta[i].quirks, q)
				}
			}
			for i, l := range tt.lines {
				if meta[i].line != l {
					t.Errorf("row %d line %d, want %d", i, meta[i].line, l)
				}
			}
		})
	}
}

func TestCSVReaderUnterminatedQuote(t *testing.T) {
	_, _, err := readAllCSV(t, "a,b\n1,\"open\n2,3\n", ',')
	var fe *FormatError
	if !errors.As(err, &fe) || fe.Code != "unterminated_quote" || fe.Line != 2 {
		t.Fatalf("err = %v, want unterminated_quote at line 2", err)
	}
}

func TestCSVReaderRunawayQuote(t *testing.T) {
	text := "a,b\n1,\"open\n" + strings.Repeat("x,y\n", maxCellLines+5) + "\"\n"
	_, _, err := readAllCSV(t, text, ',')
	var fe *FormatError
	if !errors.As(err, &fe) || fe.Code != "runaway_quote" {
		t.Fatalf("err = %v, want runaway_quote", err)
	}
}

func TestSniffSeparator(t *testing.T) {
	tests := []struct {
		in   string
		sep  byte
		skip bool
	}{
		{"a,b,c\n", ',', false},
		{"a;b;c\n1,5;2\n", ';', false},
		{"a\tb\tc\n", '\t', false},
		{`"a;b",c` + "\n", ',', false},
		{"sep=;\na;b\n", ';', true},
		{"name\n", ',', false},
	}
	for _, tt := range tests {
		sep, skip := sniffSeparator(bufio.NewReader(strings.NewReader(tt.in)))
		if sep != tt.sep || skip != tt.skip {
			t.Errorf("%q: got %q %v, want %q %v", tt.in, sep, skip, tt.sep, tt.skip)
		}
	}
}

func TestHeaderKeyAndMapping(t *testing.T) {
	ix := newAliasIndex()
	cols := mapHeader(ix, []string{"Surname", " First Name ", "Father's name", "#", "National ID",
		"Income (Toman)", "درآمد", "شماره اتباع", "Shoe size", "تلفن همراه", "نام", "اجاره (ریال)"})
	want := map[field]int{fLast: 0, fFirst: 1, fFather: 2, fRef: 3, fNationalCode: 4, fIncome: 5,
		fForeignID: 7, fMobile: 9, fRent: 11}
	for f, i := range want {
		if cols.idx[f] != i {
			t.Errorf("%s at %d, want %d", f, cols.idx[f], i)
		}
	}
	if !cols.toman[fIncome] || cols.toman[fRent] {
		t.Errorf("toman flags: income %v rent %v", cols.toman[fIncome], cols.toman[fRent])
	}
	// «درآمد» is a second income column and «نام» a second first name.
	if !reflect.DeepEqual(cols.unknown, []int{6, 8, 10}) {
		t.Errorf("unknown = %v", cols.unknown)
	}
}

func TestSniffSeparatorBelowTitle(t *testing.T) {
	sep, _ := sniffSeparator(bufio.NewReader(strings.NewReader("فهرست مددجویان\n\nنام;نام خانوادگی;مرکز\nعلی;رضایی, جونیور;الف\n")))
	if sep != ';' {
		t.Errorf("sep %q", sep)
	}
}
