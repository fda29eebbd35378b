package exchange

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func importBytes(t testing.TB, data []byte, st Sink, opt Options) (*Report, error) {
	t.Helper()
	return Import(bytes.NewReader(data), int64(len(data)), st, store.SystemActor(), opt)
}

func mustImport(t testing.TB, data []byte, st Sink, opt Options) *Report {
	t.Helper()
	rep, err := importBytes(t, data, st, opt)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func formatCode(err error) string {
	var fe *FormatError
	if errors.As(err, &fe) {
		return fe.Code
	}
	return ""
}

const persianSheet = "ردیف,مرکز,نام,نام خانوادگی,نام پدر,جنسیت,تاریخ تولد,ملیت,کد ملی,شماره اتباع,تلفن همراه,وضعیت,تاریخ تشکیل پرونده\r\n" +
	"1,خیریه امام رضا,سیده زهرا,کشاورزی,هادی,زن,۱۳۵۴/۳/۷,ایرانی,2873658053,,9391223693,زن سرپرست خانوار,1395/1/1\r\n" +
	"2,خيريه امام رضا,علی,زینلی,حسین,مرد,1328,ایرانی,937422101,,,سالمند، بیکار,1395/1/3\r\n" +
	"3,مرکز دوم,محمد,حسینی,,مرد,حدود ۶۰ سال,افغانستانی,,123456789012,,مختومه,1396/2/3\r\n"

// file finds the imported file with a reference.
func (m *memSink) file(t testing.TB, ref string) domain.File {
	t.Helper()
	for _, f := range m.files {
		if f.ExternalRef == ref {
			return f
		}
	}
	t.Fatalf("no file with ref %q", ref)
	return domain.File{}
}

func TestImportPersianSheet(t *testing.T) {
	st := newMemSink()
	rep := mustImport(t, []byte(persianSheet), st, Options{CreateCenters: true})
	if rep.Created != 3 || rep.RejectedRows != 0 || len(rep.CentersCreated) != 2 {
		t.Fatalf("report:\n%s", rep.Summary())
	}
	f1 := st.file(t, "1")
	if f1.Head.FirstName != "سیده زهرا" || f1.Head.Gender != domain.GenderFemale ||
		f1.Head.BirthDate != (fa.Date{Year: 1354, Month: 3, Day: 7}) ||
		f1.Head.NationalCode.Flag != domain.FlagOK || f1.Head.Mobile.Value != "09391223693" ||
		!f1.HasCategory(domain.CategoryFemaleHeaded) || f1.Status != domain.StatusActive ||
		f1.OpenedOn != (fa.Date{Year: 1395, Month: 1, Day: 1}) {
		t.Errorf("file 1: %+v", f1)
	}
	f2 := st.file(t, "2")
	if f2.Center != f1.Center {
		t.Errorf("Arabic yeh in the center name made another center")
	}
	if f2.Head.BirthDate != (fa.Date{Year: 1328}) || f2.Head.NationalCode.Value != "0937422101" ||
		len(f2.Categories) != 2 {
		t.Errorf("file 2: %+v", f2)
	}
	f3 := st.file(t, "3")
	if f3.Head.BirthRaw != "حدود ۶۰ سال" || f3.Head.Nationality != domain.NationalityAfghan ||
		f3.Head.ForeignID.Flag != domain.FlagOK || f3.Status != domain.StatusClosed || len(f3.Categories) != 0 {
		t.Errorf("file 3: %+v", f3)
	}
	if rep.Flags["birth_date/format"] != 1 {
		t.Errorf("flags: %v", rep.Flags)
	}
}

func TestImportEncodings(t *testing.T) {
	// Windows-1256 has Arabic yeh and no Persian digits; so did the PCs.
	arabic := strings.NewReplacer("ی", "ي", "۱", "1", "۳", "3", "۵", "5", "۴", "4", "۷", "7", "۶", "6", "۰", "0").Replace(persianSheet)
	w1256, err := charmap.Windows1256.NewEncoder().String(arabic)
	if err != nil {
		t.Fatal(err)
	}
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(persianSheet)
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(persianSheet)
	u16raw, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(persianSheet)
	cases := map[string]string{
		"utf-8":        persianSheet,
		"utf-8 bom":    "\ufeff" + persianSheet,
		"windows-1256": w1256,
		"utf-16le bom": u16le,
		"utf-16be bom": u16be,
		"utf-16le":     u16raw,
		"semicolon":    strings.ReplaceAll(strings.ReplaceAll(persianSheet, ",", ";"), "سالمند، بیکار", "سالمند| بیکار"),
		"tab":          strings.ReplaceAll(persianSheet, ",", "\t"),
		"bare CR":      strings.ReplaceAll(persianSheet, "\r\n", "\r"),
		"excel sep=":   "sep=;\r\n" + strings.ReplaceAll(persianSheet, ",", ";"),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			st := newMemSink()
			rep := mustImport(t, []byte(data), st, Options{CreateCenters: true})
			if rep.Created != 3 || rep.RejectedRows != 0 {
				t.Fatalf("%s\n%s", rep.Encoding, rep.Summary())
			}
			if f := st.file(t, "2"); fa.Fold(f.Head.LastName) != "زینلی" || len(f.Categories) != 2 {
				t.Errorf("file 2 read as %+v", f.Head)
			}
		})
	}
}

func TestImportEnglishHeadersAnyOrderExtraColumns(t *testing.T) {
	sheet := "Shoe size,Mobile,Surname,First Name,Centre,No.,Income (Toman),DOB,Status,Favourite colour\n" +
		"42,0915 123 4567,Ahmadi,Reza,North Center,7,\"1,500,000\",1360/05/12,suspended,blue\n" +
		",,,,,,,,,\n" +
		"41,,Karimi,,North Center,8,,1350,elderly;orphans,\n"
	st := newMemSink()
	rep := mustImport(t, []byte(sheet), st, Options{CreateCenters: true})
	if rep.Created != 2 || rep.Skipped != 1 || rep.DataRows != 3 {
		t.Fatalf("%s", rep.Summary())
	}
	if strings.Join(rep.UnknownColumns, "|") != "Shoe size|Favourite colour" {
		t.Errorf("unknown columns %q", rep.UnknownColumns)
	}
	f := st.file(t, "7")
	if f.Head.FirstName != "Reza" || f.Head.Mobile.Value != "09151234567" || f.Income != 15000000 ||
		f.Status != domain.StatusSuspended || f.Notes != "Shoe size: 42\nFavourite colour: blue" {
		t.Errorf("file 7: %+v", f)
	}
	if g := st.file(t, "8"); !g.HasCategory(domain.CategoryElderly) || !g.HasCategory(domain.CategoryOrphans) {
		t.Errorf("file 8 categories %v", g.Categories)
	}
}

func TestImportRejectsAndCenters(t *testing.T) {
	sheet := "ردیف,مرکز,نام,نام خانوادگی\n1,الف,علی,\n2,الف,,\n3,,رضا,\n4,ب,مریم,\n"
	st := newMemSink()
	st.CreateCenter(store.SystemActor(), domain.Center{Name: "الف"})
	rep := mustImport(t, []byte(sheet), st, Options{})
	if rep.Created != 1 || rep.RejectedRows != 3 || rep.Accepted != 1 {
		t.Fatalf("%s", rep.Summary())
	}
	codes := []string{}
	for _, r := range rep.Rejects {
		codes = append(codes, r.Code)
	}
	if strings.Join(codes, ",") != "no_name,no_center,unknown_center" || rep.Rejects[2].Line != 5 ||
		!strings.Contains(rep.Rejects[2].Reason, "unknown center ب; use --create-centers or --center") {
		t.Errorf("rejects %+v", rep.Rejects)
	}
	if len(rep.CentersUnknown) != 1 || rep.CentersUnknown[0] != "ب" {
		t.Errorf("unknown centers %v", rep.CentersUnknown)
	}
	var buf bytes.Buffer
	if err := rep.WriteRejectsCSV(&buf); err != nil {
		t.Fatal(err)
	}
	want := "\ufeffline,code,reason,ردیف,مرکز,نام,نام خانوادگی\r\n3,no_name,the row has neither a first nor a last name,2,الف,,\r\n"
	if !strings.HasPrefix(buf.String(), want) {
		t.Errorf("rejects csv:\n%q", buf.String())
	}
	// Fixed by hand, the rejects file imports; its first columns are not kept.
	fixed := strings.Replace(buf.String(), ",2,الف,,", ",2,الف,حسن,", 1)
	rep2 := mustImport(t, []byte(fixed), st, Options{CreateCenters: true})
	if rep2.Created != 2 || rep2.RejectedRows != 1 || len(rep2.UnknownColumns) != 0 || st.file(t, "2").Notes != "" {
		t.Errorf("re-import of rejects: %s %q", rep2.Summary(), st.file(t, "2").Notes)
	}

	// --center puts every row in one center, whatever the column says.
	st2 := newMemSink()
	st2.CreateCenter(store.SystemActor(), domain.Center{Name: "Main", Code: "MN"})
	rep = mustImport(t, []byte(sheet), st2, Options{Center: "mn"})
	if rep.Created != 3 || rep.RejectedRows != 1 {
		t.Fatalf("%s", rep.Summary())
	}
	if _, err := importBytes(t, []byte(sheet), st2, Options{Center: "nowhere"}); formatCode(err) != "unknown_center" {
		t.Errorf("unknown --center: %v", err)
	}
}

func TestImportDryRunWritesNothing(t *testing.T) {
	st := newMemSink()
	rep := mustImport(t, []byte(persianSheet), st, Options{CreateCenters: true, DryRun: true})
	if rep.Accepted != 3 || len(rep.CentersCreated) != 2 || st.calls != 0 || len(st.centers) != 0 {
		t.Fatalf("dry run wrote: %d calls, %d centers\n%s", st.calls, len(st.centers), rep.Summary())
	}
}

func TestImportBrokenFilesWriteNothing(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2}, 100)...)
	xlsx := sampleXLSX(t)
	cases := []struct {
		name string
		data []byte
		code string
	}{
		{"png renamed .csv", png, "not_spreadsheet"},
		{"truncated xlsx", xlsx[:len(xlsx)/2], "xlsx_broken"},
		{"xlsx cut at 100 bytes", xlsx[:100], "xlsx_broken"},
		{"empty", nil, "empty"},
		{"binary", bytes.Repeat([]byte{0, 0xff, 7, 3}, 500), "not_spreadsheet"},
		{"unterminated quote", []byte(persianSheet + "4,مرکز دوم,\"ناتمام,x\n5,a,b,c\n"), "unterminated_quote"},
		{"no name column", []byte("ردیف,مرکز,کد ملی\n1,الف,123\n"), "no_name_column"},
		{"no header", []byte("foo,bar\n1,2\n"), "no_header"},
		{"no center column", []byte("نام,نام خانوادگی\nعلی,رضایی\n"), "no_center_column"},
		{"old xls", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 600)...), "not_spreadsheet"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			st := newMemSink()
			rep, err := importBytes(t, tt.data, st, Options{CreateCenters: true})
			if formatCode(err) != tt.code || rep != nil {
				t.Fatalf("err = %v (%q), want code %q", err, formatCode(err), tt.code)
			}
			if st.calls != 0 || len(st.centers) != 0 {
				t.Fatalf("a broken file wrote to the store")
			}
		})
	}
}

func TestImportFilePathAndSheet(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "sheet.csv") // XLSX under a .csv name: content decides
	if err := os.WriteFile(p, sampleXLSX(t), 0o600); err != nil {
		t.Fatal(err)
	}
	st := newMemSink()
	rep, err := ImportFile(p, st, store.SystemActor(), Options{CreateCenters: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != FormatXLSX || rep.Created != 2 {
		t.Fatalf("%s", rep.Summary())
	}
	if _, err := ImportFile(p, st, store.SystemActor(), Options{Sheet: "nope"}); formatCode(err) != "no_sheet" {
		t.Errorf("missing sheet: %v", err)
	}
	rep, err = ImportFile(p, newMemSink(), store.SystemActor(), Options{Sheet: "2", CreateCenters: true})
	if err != nil || rep.Created != 1 {
		t.Fatalf("sheet 2: %v", err)
	}
}

func TestImportDamagedUTF8AndGregorianDates(t *testing.T) {
	sheet := "ردیف,مرکز,نام,نام خانوادگی,تاریخ تشکیل پرونده\n1,الف,عل\xffی,رضایی,2024-03-20\n"
	st := newMemSink()
	rep := mustImport(t, []byte(sheet), st, Options{CreateCenters: true})
	if rep.Encoding != encUTF8Fix.String() || rep.Created != 1 {
		t.Fatalf("%s: %s", rep.Encoding, rep.Summary())
	}
	f := st.file(t, "1")
	if f.Head.FirstName != "عل\ufffdی" || f.OpenedOn != (fa.Date{Year: 1403, Month: 1, Day: 1}) {
		t.Errorf("%q %v", f.Head.FirstName, f.OpenedOn)
	}
}

func TestImportReaderAndRenamedPNG(t *testing.T) {
	st := newMemSink()
	rep, err := ImportReader(strings.NewReader(persianSheet), st, store.SystemActor(), Options{CreateCenters: true})
	if err != nil || rep.Created != 3 {
		t.Fatalf("%v", err)
	}
	p := filepath.Join(t.TempDir(), "beneficiaries.csv")
	os.WriteFile(p, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o600)
	_, err = ImportFile(p, st, store.SystemActor(), Options{})
	if formatCode(err) != "not_spreadsheet" || !strings.Contains(err.Error(), "PNG") {
		t.Errorf("png: %v", err)
	}
}

func TestImportSupervisorOnlyOwnCenter(t *testing.T) {
	st := openStore(t)
	admin := store.SystemActor()
	own, _ := st.CreateCenter(admin, domain.Center{Name: "الف"})
	if _, err := st.CreateCenter(admin, domain.Center{Name: "ب"}); err != nil {
		t.Fatal(err)
	}
	cw := store.Actor{User: domain.User{Login: "sv", Role: domain.RoleSupervisor, Center: own.ID}, Source: "test"}
	sheet := "ردیف,مرکز,نام\n1,الف,علی\n2,ب,رضا\n"
	rep, err := Import(strings.NewReader(sheet), int64(len(sheet)), st, cw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Created != 1 || rep.RejectedRows != 1 || rep.Rejects[0].Code != "denied" {
		t.Fatalf("%s", rep.Summary())
	}
}
