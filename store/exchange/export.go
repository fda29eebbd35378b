package exchange

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/xuri/excelize/v2"
)

// FileSource hands files to Export one at a time, in the order they are to
// be written, and stops at the first error yield returns. A store's
// file iteration fits it with a small closure.
type FileSource func(yield func(domain.File) error) error

// exportColumn is one column of an export, with its header in each language;
// every header is one the importer recognises.
type exportColumn struct {
	f      field
	fa, en string
}

var exportColumns = []exportColumn{
	{fRef, "ردیف", "ref"},
	{fCenter, "مرکز", "center"},
	{fNumber, "شماره پرونده", "file number"},
	{fStatus, "وضعیت", "status"},
	{fStatusReason, "علت وضعیت", "status reason"},
	{fCategory, "نوع", "categories"},
	{fFirst, "نام", "first name"},
	{fLast, "نام خانوادگی", "last name"},
	{fFather, "نام پدر", "father's name"},
	{fGender, "جنسیت", "gender"},
	{fBirth, "تاریخ تولد", "birth date"},
	{fNationality, "ملیت", "nationality"},
	{fNationalCode, "کد ملی", "national code"},
	{fForeignID, "شماره اتباع", "foreign id"},
	{fMobile, "تلفن همراه", "mobile"},
	{fHousehold, "تعداد اعضای خانوار", "household size"},
	{fAddress, "نشانی", "address"},
	{fNeighborhood, "محله", "neighborhood"},
	{fPhone, "تلفن", "phones"},
	{fHousing, "مسکن", "housing"},
	{fRent, "اجاره (ریال)", "rent (rial)"},
	{fIncome, "درآمد (ریال)", "income (rial)"},
	{fNeeds, "نیازها", "needs"},
	{fNotes, "توضیحات", "notes"},
	{fOpened, "تاریخ تشکیل پرونده", "opened"},
	{fMembers, "اعضا", "members"}, // CSV only; XLSX has a members sheet
}

// memberColumns head the XLSX members sheet: the file's ref and center,
// then the member's fields in memberKey order.
var memberColumns = [numMemberKeys]label{
	{"نسبت", "relation"}, {"نام", "first name"}, {"نام خانوادگی", "last name"},
	{"نام پدر", "father's name"}, {"جنسیت", "gender"}, {"تاریخ تولد", "birth date"},
	{"ملیت", "nationality"}, {"کد ملی", "national code"}, {"شماره اتباع", "foreign id"},
	{"تلفن همراه", "mobile"}, {"توضیحات", "notes"},
}

const (
	sheetFilesFA   = "پرونده\u200cها"
	sheetFilesEN   = "Files"
	sheetMembersFA = "اعضا"
	sheetMembersEN = "Members"
)

// Export writes files as CSV (UTF-8 with BOM and CRLF, as Excel expects) or
// XLSX (streamed, with members on a second sheet), with headers in lang.
// centers name the owning centers; a file whose center is not among them is
// written with the center's number. Whatever Export writes, Import reads
// back to the same files.
func Export(w io.Writer, format Format, lang Lang, files FileSource, centers []domain.Center) error {
	if lang != LangEN {
		lang = LangFA
	}
	names := make(map[domain.CenterID]string, len(centers))
	for _, c := range centers {
		names[c.ID] = c.Name
	}
	switch format {
	case FormatCSV:
		return exportCSV(w, lang, files, names)
	case FormatXLSX:
		return exportXLSX(w, lang, files, names)
	}
	return fmt.Errorf("export: unknown format %d", format)
}

func exportCSV(w io.Writer, lang Lang, files FileSource, names map[domain.CenterID]string) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	rec := make([]string, len(exportColumns))
	for i, c := range exportColumns {
		rec[i] = label{c.fa, c.en}.in(lang)
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	err := files(func(f domain.File) error {
		for i, c := range exportColumns {
			rec[i] = fileCell(&f, c.f, lang, names)
		}
		return cw.Write(rec)
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func exportXLSX(w io.Writer, lang Lang, files FileSource, names map[domain.CenterID]string) error {
	x := excelize.NewFile()
	defer x.Close()
	main, msheet := sheetFilesFA, sheetMembersFA
	if lang == LangEN {
		main, msheet = sheetFilesEN, sheetMembersEN
	}
	if err := x.SetSheetName(x.GetSheetName(0), main); err != nil {
		return err
	}
	if _, err := x.NewSheet(msheet); err != nil {
		return err
	}
	if lang == LangFA {
		rtl := true
		for _, s := range []string{main, msheet} {
			if err := x.SetSheetView(s, -1, &excelize.ViewOptions{RightToLeft: &rtl}); err != nil {
				return err
			}
		}
	}
	fw, err := x.NewStreamWriter(main)
	if err != nil {
		return err
	}
	mw, err := x.NewStreamWriter(msheet)
	if err != nil {
		return err
	}
	cols := exportColumns[:len(exportColumns)-1] // members go to their own sheet
	row := make([]any, len(cols))
	for i, c := range cols {
		row[i] = label{c.fa, c.en}.in(lang)
	}
	if err := fw.SetRow("A1", row); err != nil {
		return err
	}
	mrow := make([]any, 2+numMemberKeys)
	mrow[0], mrow[1] = label{"ردیف", "ref"}.in(lang), label{"مرکز", "center"}.in(lang)
	for k, l := range memberColumns {
		mrow[2+k] = l.in(lang)
	}
	if err := mw.SetRow("A1", mrow); err != nil {
		return err
	}
	n, m := 1, 1
	err = files(func(f domain.File) error {
		for i, c := range cols {
			row[i] = xlsxValue(&f, c.f, lang, names)
		}
		n++
		if err := fw.SetRow(cellName(n), row); err != nil {
			return err
		}
		for _, mem := range f.Members {
			mrow[0], mrow[1] = fileCell(&f, fRef, lang, names), fileCell(&f, fCenter, lang, names)
			for k, s := range memberText(mem, lang) {
				mrow[2+k] = s
				if s == "" {
					mrow[2+k] = nil
				}
			}
			m++
			if err := mw.SetRow(cellName(m), mrow); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := fw.Flush(); err != nil {
		return err
	}
	if err := mw.Flush(); err != nil {
		return err
	}
	return x.Write(w)
}

func cellName(row int) string { return "A" + strconv.Itoa(row) }

// xlsxValue is a cell value for XLSX: counts and amounts as numbers so
// Excel can sum them, everything else (identifiers above all) as text.
func xlsxValue(f *domain.File, fl field, lang Lang, names map[domain.CenterID]string) any {
	switch fl {
	case fHousehold:
		if f.HouseholdSize > 0 {
			return f.HouseholdSize
		}
		return nil
	case fRent:
		if f.Rent != 0 {
			return f.Rent
		}
		return nil
	case fIncome:
		if f.Income != 0 {
			return f.Income
		}
		return nil
	}
	if s := fileCell(f, fl, lang, names); s != "" {
		return s
	}
	return nil // no cell at all: a smaller file
}

// fileCell is a file's value for one export column, as text.
func fileCell(f *domain.File, fl field, lang Lang, names map[domain.CenterID]string) string {
	h := &f.Head
	sep := "، "
	if lang == LangEN {
		sep = ", "
	}
	switch fl {
	case fRef:
		if f.ExternalRef != "" {
			return f.ExternalRef
		}
		return f.ID.String()
	case fCenter:
		if n, ok := names[f.Center]; ok {
			return n
		}
		return strconv.FormatUint(uint64(f.Center), 10)
	case fNumber:
		return f.Number
	case fStatus:
		return statusLabels[f.Status].in(lang)
	case fStatusReason:
		return f.StatusReason
	case fCategory:
		parts := make([]string, len(f.Categories))
		for i, c := range f.Categories {
			parts[i] = categoryLabels[c].in(lang)
		}
		return strings.Join(parts, sep)
	case fFirst:
		return h.FirstName
	case fLast:
		return h.LastName
	case fFather:
		return h.FatherName
	case fGender:
		return genderLabels[h.Gender].in(lang)
	case fBirth:
		return birthText(*h)
	case fNationality:
		return nationalityLabels[h.Nationality].in(lang)
	case fNationalCode:
		return typed(h.NationalCode.Raw, h.NationalCode.Value)
	case fForeignID:
		return typed(h.ForeignID.Raw, h.ForeignID.Value)
	case fMobile:
		return typed(h.Mobile.Raw, h.Mobile.Value)
	case fHousehold:
		return positive(int64(f.HouseholdSize))
	case fAddress:
		return f.Address
	case fNeighborhood:
		return f.Neighborhood
	case fPhone:
		return strings.Join(f.Phones, sep)
	case fHousing:
		return housingLabels[f.Housing].in(lang)
	case fRent:
		return positive(f.Rent)
	case fIncome:
		return positive(f.Income)
	case fNeeds:
		return f.Needs
	case fNotes:
		return f.Notes
	case fOpened:
		return f.OpenedOn.String()
	case fMembers:
		return encodeMembers(f.Members, lang)
	}
	return ""
}

func positive(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}

// birthText is a birth date as exported: canonical Jalali, or the text
// typed when it could not be read.
func birthText(p domain.Person) string {
	if !p.BirthDate.IsZero() {
		return p.BirthDate.String()
	}
	return p.BirthRaw
}

// typed is an identifier as the clerk typed it, or its canonical form for a
// record made without the typed text.
func typed(raw, value string) string {
	if raw != "" {
		return raw
	}
	return value
}
