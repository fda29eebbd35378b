package exchange

import (
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
)

func FuzzImportCSV(f *testing.F) {
	f.Add([]byte(persianSheet))
	f.Add([]byte("\ufeffname;surname;center\r\nA;B;C\r\n;;\r\n\"x\"y;\"z\nq\";c\r\n"))
	f.Add([]byte("first name,center,members\nA,C,\"rel=spouse; first=B\\;c\"\nB,C,3\n"))
	f.Add([]byte("نام,مرکز\n\"باز,الف\n"))
	f.Add([]byte("\xff\xfen\x00a\x00m\x00e\x00,\x00c\x00e\x00n\x00t\x00e\x00r\x00\n\x00a\x00,\x00b\x00"))
	f.Add([]byte("\xe4\xd3\xe3,\xe3\xd1\xdf\xd2\n\xd9\xe1\xed,\xc7\xe1\xdd\n")) // Windows-1256
	f.Fuzz(func(t *testing.T, data []byte) {
		st := newMemSink()
		rep, err := importBytes(t, data, st, Options{CreateCenters: true, BatchSize: 3})
		if err != nil {
			if rep != nil {
				t.Fatalf("error %v came with a report", err)
			}
			if st.calls != 0 {
				t.Fatalf("error %v after writing", err)
			}
			return
		}
		if rep.Accepted+rep.RejectedRows+rep.Skipped != rep.DataRows {
			t.Fatalf("accepted %d + rejected %d + skipped %d != %d data rows",
				rep.Accepted, rep.RejectedRows, rep.Skipped, rep.DataRows)
		}
		if rep.Created+rep.Updated+rep.Unchanged != rep.Accepted {
			t.Fatalf("created %d + updated %d + unchanged %d != accepted %d",
				rep.Created, rep.Updated, rep.Unchanged, rep.Accepted)
		}
		if len(st.files) != rep.Created {
			t.Fatalf("%d files stored, %d reported created", len(st.files), rep.Created)
		}
		for _, fl := range st.files {
			if err := fl.Validate(); err != nil {
				t.Fatalf("stored an invalid file: %v", err)
			}
		}
		_ = rep.Summary()
		if err := rep.WriteRejectsCSV(&strings.Builder{}); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzRowToFile converts one row under one header; cells are separated by
// "|" in both.
func FuzzRowToFile(f *testing.F) {
	f.Add("ردیف|مرکز|نام|نام خانوادگی|کد ملی|تلفن همراه|وضعیت|تاریخ تولد|درآمد (تومان)|رنگ",
		"۱|الف|علی|رضایی|۰۰۱۲۳۴۵۶۷۸|0915 123 4567|سالمند، فعال|۱۳۶۰/۵/۱۲|۱٫۵ میلیون|آبی|اضافه")
	f.Add("first name|members|household size|status|housing|opened", "A|rel=child; first=B\\nC|x|closed;odd|rent|13990101")
	f.Add("full name|gender|nationality|dob", "  محمد رضا  احمدی |?|عراقی|45000")
	ix, mk, vocab := newAliasIndex(), newMemberKeyIndex(), newVocabulary()
	f.Fuzz(func(t *testing.T, header, row string) {
		cols := mapHeader(ix, strings.Split(header, "|"))
		cells := strings.Split(row, "|")
		cv := newConverter(cols, vocab, mk)
		var fl domain.File
		code, reason, _ := cv.convert(cells, &fl)
		if code != "" {
			if reason == "" || code != codeNoName {
				t.Fatalf("reject %q without reason %q", code, reason)
			}
			return
		}
		if !fl.Head.HasName() {
			t.Fatalf("accepted a row without a name")
		}
		// Identifiers are kept as typed.
		if v := cols.get(cells, fNationalCode); v != fl.Head.NationalCode.Raw {
			t.Fatalf("national code %q stored as %q", v, fl.Head.NationalCode.Raw)
		}
		if v := cols.get(cells, fMobile); v != fl.Head.Mobile.Raw {
			t.Fatalf("mobile %q stored as %q", v, fl.Head.Mobile.Raw)
		}
		// Nothing typed in an unknown column is lost.
		for _, i := range cols.unknown {
			if i < len(cells) {
				if v := clean(cells[i]); v != "" && !strings.Contains(fl.Notes, v) {
					t.Fatalf("unknown column %q value %q not in notes %q", cols.names[i], v, fl.Notes)
				}
			}
		}
		// A birth date is either read or kept as typed.
		if v := cols.get(cells, fBirth); v != "" && fl.Head.BirthDate.IsZero() && fl.Head.BirthRaw != v {
			t.Fatalf("birth date %q lost", v)
		}
		if fl.Rent < 0 || fl.Income < 0 || fl.HouseholdSize < 0 {
			t.Fatalf("negative amounts: %+v", fl)
		}
	})
}

// FuzzMembersCell checks that whatever a members cell holds, encoding the
// members read from it and reading again gives the same members.
func FuzzMembersCell(f *testing.F) {
	f.Add("rel=همسر; first=فاطمه; note=a\\;b\\nc\\\\d\nrel=child; birth=1385")
	f.Add("نسبت=فرزند؛ نام=علی")
	keys := newMemberKeyIndex()
	ix, vocab := newAliasIndex(), newVocabulary()
	cv := newConverter(mapHeader(ix, []string{"name"}), vocab, keys)
	f.Fuzz(func(t *testing.T, cell string) {
		vals, err := decodeMembers(cell, keys)
		if err != nil {
			return
		}
		ms := make([]domain.Member, len(vals))
		for i := range vals {
			ms[i] = cv.member(&vals[i])
		}
		enc := encodeMembers(ms, LangFA)
		vals2, err := decodeMembers(enc, keys)
		if err != nil {
			t.Fatalf("own encoding %q unreadable: %v", enc, err)
		}
		if len(vals2) != len(ms) {
			t.Fatalf("%d members became %d via %q", len(ms), len(vals2), enc)
		}
	})
}
