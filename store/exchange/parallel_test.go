package exchange

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/parvande/parvande/domain/fa"
)

func parallelSample() []ParallelFamily {
	d := func(m, day int) fa.Date { return fa.Date{Year: 1403, Month: m, Day: day} }
	return []ParallelFamily{
		{Name: "زهرا احمدی", Files: []string{"توس: 12", "طلاب: 7"}, Linked: true, Total: 70_000_005,
			Centers: []ParallelCenter{
				{Center: "توس", Count: 2, Amount: 50_000_000, First: d(7, 1), Last: d(9, 12)},
				{Center: "طلاب", Count: 1, Amount: 20_000_005, First: d(8, 3), Last: d(8, 3)},
			}},
		{Name: "Ali, \"Karimi\"", Files: []string{"A"}, Total: 3_000_000,
			Centers: []ParallelCenter{
				{Center: "A", Count: 1, Amount: 1_000_000, First: d(9, 1), Last: d(9, 1)},
				{Center: "B", Count: 1, Amount: 2_000_000, First: d(9, 2), Last: d(9, 2)},
			}},
	}
}

// parallelWant is what each language's sheet must hold, header first.
var parallelWant = map[Lang][][]string{
	LangFA: {
		{"خانواده", "نام", "پرونده\u200cها", "مبنا", "مرکز", "دفعات", "نخستین", "آخرین", "مبلغ (ریال)", "مبلغ (تومان)", "جمع خانواده (ریال)", "جمع خانواده (تومان)"},
		{"1", "زهرا احمدی", "توس: 12، طلاب: 7", "پیوند بازبین", "توس", "2", "1403/07/01", "1403/09/12", "50000000", "5000000", "70000005", "7000000.5"},
		{"1", "زهرا احمدی", "توس: 12، طلاب: 7", "پیوند بازبین", "طلاب", "1", "1403/08/03", "1403/08/03", "20000005", "2000000.5", "70000005", "7000000.5"},
		{"2", "Ali, \"Karimi\"", "A", "همانندی محتمل", "A", "1", "1403/09/01", "1403/09/01", "1000000", "100000", "3000000", "300000"},
		{"2", "Ali, \"Karimi\"", "A", "همانندی محتمل", "B", "1", "1403/09/02", "1403/09/02", "2000000", "200000", "3000000", "300000"},
	},
	LangEN: {
		{"family", "name", "files", "basis", "center", "times", "first", "last", "amount (rial)", "amount (toman)", "family total (rial)", "family total (toman)"},
		{"1", "زهرا احمدی", "توس: 12, طلاب: 7", "linked by a reviewer", "توس", "2", "2024-09-22", "2024-12-02", "50000000", "5000000", "70000005", "7000000.5"},
		{"1", "زهرا احمدی", "توس: 12, طلاب: 7", "linked by a reviewer", "طلاب", "1", "2024-10-24", "2024-10-24", "20000005", "2000000.5", "70000005", "7000000.5"},
		{"2", "Ali, \"Karimi\"", "A", "likely match", "A", "1", "2024-11-21", "2024-11-21", "1000000", "100000", "3000000", "300000"},
		{"2", "Ali, \"Karimi\"", "A", "likely match", "B", "1", "2024-11-22", "2024-11-22", "2000000", "200000", "3000000", "300000"},
	},
}

func TestWriteParallel(t *testing.T) {
	for _, lang := range []Lang{LangFA, LangEN} {
		for _, format := range []Format{FormatCSV, FormatXLSX} {
			t.Run(string(lang)+"-"+format.String(), func(t *testing.T) {
				var buf bytes.Buffer
				if err := WriteParallel(&buf, format, lang, parallelSample()); err != nil {
					t.Fatal(err)
				}
				var got [][]string
				if format == FormatCSV {
					if !bytes.HasPrefix(buf.Bytes(), []byte("\ufeff")) || !bytes.Contains(buf.Bytes(), []byte("\r\n")) {
						t.Error("csv without BOM or CRLF")
					}
					var err error
					got, err = csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff"))).ReadAll()
					if err != nil {
						t.Fatal(err)
					}
				} else {
					x, err := excelize.OpenReader(&buf)
					if err != nil {
						t.Fatal(err)
					}
					defer x.Close()
					sheet := x.GetSheetName(0)
					if got, err = x.GetRows(sheet); err != nil {
						t.Fatal(err)
					}
					typ, err := x.GetCellType(sheet, "I2")
					if err != nil || typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
						t.Errorf("amount cell I2 is %v (%v), want a number Excel can sum", typ, err)
					}
					opts, err := x.GetSheetView(sheet, -1)
					if err != nil || (opts.RightToLeft != nil && *opts.RightToLeft) != (lang == LangFA) {
						t.Errorf("sheet right-to-left %v in %s (%v)", opts.RightToLeft, lang, err)
					}
				}
				want := parallelWant[lang]
				if len(got) != len(want) {
					t.Fatalf("%d rows, want %d: %q", len(got), len(want), got)
				}
				for i := range want {
					if strings.Join(got[i], "|") != strings.Join(want[i], "|") {
						t.Errorf("row %d:\n got %q\nwant %q", i, got[i], want[i])
					}
				}
			})
		}
	}
}

func TestWriteParallelEmptyAndBadFormat(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteParallel(&buf, FormatCSV, LangEN, nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(buf.String(), "\r\n"); got != 1 {
		t.Errorf("empty report: %d lines, want the header alone", got)
	}
	if err := WriteParallel(&buf, Format(9), LangEN, nil); err == nil {
		t.Error("unknown format accepted")
	}
}
