// Package benchsheet reads the benchmark sheet of ../shared/bench
// (gen_beneficiaries.py's CSV) into files, for the duplicate engine's and
// the encoded index's quality tests and benchmarks. It is test support:
// the product imports sheets through store/exchange.
package benchsheet

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// Read reads the sheet at path into files whose ID sequence is the row
// id (so predicted pairs map back to score_pairs.py's rows) and whose
// center numbers follow the order centers first appear.
func Read(path string) ([]domain.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cr := csv.NewReader(bufio.NewReaderSize(f, 1<<20))
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(strings.TrimSpace(h), "\ufeff")] = i
	}
	var missing string
	need := func(h string) int {
		i, ok := col[h]
		if !ok && missing == "" {
			missing = h
		}
		return i
	}
	cRow, cCenter, cFirst, cLast, cFather := need("ردیف"), need("مرکز"), need("نام"), need("نام خانوادگی"), need("نام پدر")
	cGender, cBirth, cNat, cNC := need("جنسیت"), need("تاریخ تولد"), need("ملیت"), need("کد ملی")
	cFID, cMob, cAddr := need("شماره اتباع"), need("تلفن همراه"), need("نشانی")
	if missing != "" {
		return nil, fmt.Errorf("column %q missing from %s", missing, path)
	}
	centers := map[string]domain.CenterID{}
	var files []domain.File
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		row, err := strconv.ParseUint(strings.TrimSpace(rec[cRow]), 10, 40)
		if err != nil {
			return nil, fmt.Errorf("%s: row id %q: %w", path, rec[cRow], err)
		}
		c, ok := centers[rec[cCenter]]
		if !ok {
			c = domain.CenterID(len(centers) + 1)
			centers[rec[cCenter]] = c
		}
		files = append(files, domain.File{ID: domain.NewID(c, row), Center: c, Head: person(rec, cFirst, cLast, cFather, cGender, cBirth, cNat, cNC, cFID, cMob), Address: rec[cAddr]})
	}
}

func person(rec []string, cFirst, cLast, cFather, cGender, cBirth, cNat, cNC, cFID, cMob int) domain.Person {
	var p domain.Person
	p.FirstName, p.LastName, p.FatherName = rec[cFirst], rec[cLast], rec[cFather]
	switch fa.Fold(rec[cGender]) {
	case "مرد":
		p.Gender = domain.GenderMale
	case "زن":
		p.Gender = domain.GenderFemale
	}
	switch fa.Fold(rec[cNat]) {
	case "ایرانی":
		p.Nationality = domain.NationalityIranian
	case "افغانستانی", "افغان":
		p.Nationality = domain.NationalityAfghan
	case "":
	default:
		p.Nationality = domain.NationalityOther
	}
	if d, err := fa.ParseDate(rec[cBirth]); err == nil {
		p.BirthDate = d
	}
	p.NationalCode = domain.ParseNationalCode(rec[cNC])
	p.ForeignID = domain.ParseForeignID(rec[cFID])
	p.Mobile = domain.ParseMobile(rec[cMob])
	return p
}
