package exchange

import (
	"bytes"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/xuri/excelize/v2"
)

// sampleXLSX is a small workbook as a clerk might make it: a title row above
// the header, identifiers in number cells, a real date cell, and a second
// sheet.
func sampleXLSX(t testing.TB) []byte {
	t.Helper()
	x := excelize.NewFile()
	defer x.Close()
	s := x.GetSheetName(0)
	rows := [][]any{
		{"فهرست مددجویان ۱۴۰۳"},
		{"ردیف", "مرکز", "نام", "نام خانوادگی", "کد ملی", "شماره اتباع", "تاریخ تولد", "تعداد اعضای خانوار", "درآمد (تومان)"},
		{1, "خیریه نور", "علی", "رضایی", 937422101, nil, 1360, 4, 1500000},
		{2, "خیریه نور", "زهرا", "احمدی", nil, 123456789012, nil, 3, nil},
	}
	for i, r := range rows {
		if err := x.SetSheetRow(s, cellName(i+1), &r); err != nil {
			t.Fatal(err)
		}
	}
	// A birth date typed into a date cell holds a serial day number.
	if err := x.SetCellValue(s, "G4", time.Date(1985, 3, 21, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if _, err := x.NewSheet("دوم"); err != nil {
		t.Fatal(err)
	}
	for i, r := range [][]any{{"name", "surname", "center"}, {"Sara", "Karimi", "B"}} {
		if err := x.SetSheetRow("دوم", cellName(i+1), &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestImportXLSX(t *testing.T) {
	st := newMemSink()
	rep := mustImport(t, sampleXLSX(t), st, Options{CreateCenters: true})
	if rep.Format != FormatXLSX || rep.HeaderLine != 2 || rep.Created != 2 || rep.RejectedRows != 0 {
		t.Fatalf("%s", rep.Summary())
	}
	f1 := st.file(t, "1")
	if f1.Head.NationalCode.Value != "0937422101" || f1.Head.BirthDate != (fa.Date{Year: 1360}) ||
		f1.HouseholdSize != 4 || f1.Income != 15000000 {
		t.Errorf("row 1: %+v", f1)
	}
	f2 := st.file(t, "2")
	if f2.Head.ForeignID.Value != "123456789012" || f2.Head.BirthDate != (fa.Date{Year: 1364, Month: 1, Day: 1}) {
		t.Errorf("row 2: %+v", f2.Head)
	}
	if f2.Head.ForeignID.Flag != domain.FlagOK {
		t.Errorf("foreign id flag %v", f2.Head.ForeignID.Flag)
	}
}

// TestXLSXMembersSheetOutOfOrder: a members sheet sorted by hand no longer
// follows the files; the importer falls back to joining through a map.
func TestXLSXMembersSheetOutOfOrder(t *testing.T) {
	x := excelize.NewFile()
	defer x.Close()
	main := x.GetSheetName(0)
	for i, r := range [][]any{{"ref", "center", "first name"}, {1, "C", "A"}, {2, "C", "B"}, {3, "C", "D"}} {
		x.SetSheetRow(main, cellName(i+1), &r)
	}
	x.NewSheet("Members")
	for i, r := range [][]any{{"ref", "center", "relation", "first name", "birth date"},
		{3, "C", "child", "d1", "1390"}, {1, "C", "spouse", "a1", ""}, {3, "C", "child", "d2", "۱۳۹۲/۲"}, {9, "C", "child", "orphan", ""}} {
		x.SetSheetRow("Members", cellName(i+1), &r)
	}
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	st := newMemSink()
	rep := mustImport(t, buf.Bytes(), st, Options{CreateCenters: true})
	if rep.Created != 3 || rep.Warnings["orphan_members"] != 1 {
		t.Fatalf("%s %v", rep.Summary(), rep.Warnings)
	}
	if m := st.file(t, "1").Members; len(m) != 1 || m[0].FirstName != "a1" || m[0].Relation != domain.RelationSpouse {
		t.Errorf("file 1 members %+v", m)
	}
	if m := st.file(t, "3").Members; len(m) != 2 || m[1].BirthDate != (fa.Date{Year: 1392, Month: 2}) {
		t.Errorf("file 3 members %+v", m)
	}
	if m := st.file(t, "2").Members; len(m) != 0 {
		t.Errorf("file 2 members %+v", m)
	}
}
