package i18n

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/exchange"
)

var verbRE = regexp.MustCompile(`%[-+# 0]*[0-9]*(\.[0-9]+)?[a-zA-Z%]`)

func verbs(s string) []string {
	var out []string
	for _, v := range verbRE.FindAllString(s, -1) {
		if v != "%%" {
			out = append(out, v)
		}
	}
	return out
}

// TestCatalogComplete: every key has fa and en text, the same verbs in the
// same order, and appears in one table only.
func TestCatalogComplete(t *testing.T) {
	seen := map[Key]int{}
	for i, tab := range tables {
		for k, m := range tab {
			if j, dup := seen[k]; dup {
				t.Errorf("%s in tables %d and %d", k, j, i)
			}
			seen[k] = i
			if strings.TrimSpace(m.fa) == "" || strings.TrimSpace(m.en) == "" {
				t.Errorf("%s: missing text: fa=%q en=%q", k, m.fa, m.en)
			}
			if vf, ve := verbs(m.fa), verbs(m.en); !slices.Equal(vf, ve) {
				t.Errorf("%s: verbs differ: fa %v, en %v", k, vf, ve)
			}
		}
	}
	if len(seen) < 100 {
		t.Errorf("only %d keys: a table is missing from tables", len(seen))
	}
}

func TestUnknownKeyVisible(t *testing.T) {
	if got := New(En).T("no.such.key"); got != "[no.such.key]" {
		t.Errorf("got %q", got)
	}
}

func TestPersianDigitsInArgs(t *testing.T) {
	fa, en := New(Fa), New(En)
	if got := fa.T(ListRange, 1, 25, 1200); got != "۱–۲۵ از ۱۲۰۰" {
		t.Errorf("fa: %q", got)
	}
	if got := en.T(ListRange, 1, 25, 1200); got != "1–25 of 1200" {
		t.Errorf("en: %q", got)
	}
	if got := fa.T(ErrDateTwoDigitYear, 5, 5); !strings.Contains(got, "۰۵") {
		t.Errorf("fa padded: %q", got)
	}
}

func TestFormat(t *testing.T) {
	f, e := New(Fa), New(En)
	full := fa.Date{Year: 1403, Month: 9, Day: 12}
	part := fa.Date{Year: 1365}
	cases := []struct{ got, want string }{
		{f.Num(1403), "۱۴۰۳"},
		{e.Num(1403), "1403"},
		{f.Date(full), "۱۴۰۳/۰۹/۱۲"},
		{e.Date(full), "2024-12-02"},
		{f.Date(part), "۱۳۶۵"},
		{e.Date(part), "1365 SH"},
		{e.Date(fa.Date{}), ""},
		{f.Money(1_200_000), "۱۲۰٬۰۰۰ تومان"},
		{e.Money(1_200_000), "120,000 toman"},
		{f.Digits("0912-345"), "۰۹۱۲-۳۴۵"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("%d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestEnumsNamed(t *testing.T) {
	for _, tr := range []*T{New(Fa), New(En)} {
		var names []string
		for _, s := range domain.Statuses {
			names = append(names, tr.Status(s))
		}
		for _, c := range domain.Categories {
			names = append(names, tr.Category(c))
		}
		for _, k := range domain.AidKinds {
			names = append(names, tr.AidKind(k))
		}
		for _, k := range domain.VisitKinds {
			names = append(names, tr.VisitKind(k))
		}
		for _, r := range domain.Roles {
			names = append(names, tr.Role(r))
		}
		for _, g := range allGenders {
			names = append(names, tr.Gender(g))
		}
		for _, n := range allNationalities {
			names = append(names, tr.Nationality(n))
		}
		for _, r := range allRelations {
			names = append(names, tr.Relation(r))
		}
		for _, h := range allHousing {
			names = append(names, tr.Housing(h))
		}
		for _, n := range names {
			if n == "" || strings.HasPrefix(n, "[") {
				t.Errorf("%v: bad enum name %q", tr.Lang(), n)
			}
		}
		for _, k := range []IDKind{NationalCode, ForeignID, Mobile} {
			if tr.IDFlag(k, domain.FlagOK) != "" {
				t.Errorf("FlagOK has a message")
			}
			for _, f := range []domain.IDFlag{domain.FlagEmpty, domain.FlagSuspect, domain.FlagChecksum, domain.FlagFormat} {
				if tr.IDFlag(k, f) == "" {
					t.Errorf("no message for kind %d flag %d", k, f)
				}
			}
		}
	}
	for _, fld := range []string{domain.FieldNationalCode, domain.FieldForeignID, domain.FieldMobile, domain.FieldBirthDate} {
		if got := New(Fa).FlagNote(domain.FlagNote{Field: fld, Flag: domain.FlagFormat}); got == "" || got == New(Fa).T(UnknownValue) {
			t.Errorf("no note for %s", fld)
		}
	}
	if got := New(En).Status(domain.Status(99)); got != "unknown" {
		t.Errorf("unknown status: %q", got)
	}
}

func TestErr(t *testing.T) {
	f, e := New(Fa), New(En)
	cases := []struct {
		err  error
		want string // a piece of the English message
	}{
		{store.ErrBadLogin, "Wrong user name"},
		{fmt.Errorf("open: %w", store.ErrDenied), "Your role"},
		{store.ErrConflict, "Reopen it"},
		{store.ErrNotFound, "Not found"},
		{&store.LockedError{Path: "/x/db"}, "/x/db"},
		{domain.ErrVisitDate, "full date"},
		{&fa.DateError{Kind: fa.DateDayRange, Year: 1403, Month: 12, Day: 30}, "1403/12"},
		{&fa.DateError{Kind: fa.DateSyntax, Gregorian: true}, "2024-12-02"},
		{errors.New("disk on fire"), "disk on fire"},
		{func() error { _, err := fa.ParseAmount("abc", fa.Toman); return err }(), "Amount not understood"},
	}
	for _, c := range cases {
		if got := e.Err(c.err); !strings.Contains(got, c.want) {
			t.Errorf("%v: got %q, want it to contain %q", c.err, got, c.want)
		}
		if got := f.Err(c.err); got == "" || got == e.Err(c.err) {
			t.Errorf("%v: fa message %q", c.err, got)
		}
	}
	if got := f.Err(&fa.DateError{Kind: fa.DateDayRange, Year: 1403, Month: 12, Day: 30}); !strings.Contains(got, "۱۴۰۳/۱۲") || !strings.Contains(got, "۲۹") && !strings.Contains(got, "۳۰ روز") {
		t.Errorf("fa day range: %q", got)
	}
	if e.Err(nil) != "" {
		t.Error("nil error has a message")
	}
}

func TestDetect(t *testing.T) {
	cases := []struct {
		flag, user, env string
		want            Lang
	}{
		{"en", "fa", "fa_IR.UTF-8", En},
		{"", "en", "fa_IR.UTF-8", En},
		{"", "", "fa_IR.UTF-8", Fa},
		{"", "", "en_US.UTF-8", En},
		{"", "", "", Fa},
		{"", "", "C.UTF-8", Fa},
		{"", "", "de_DE.UTF-8", En},
		{"xx", "", "", Fa},
	}
	for _, c := range cases {
		if got := Detect(c.flag, c.user, c.env); got != c.want {
			t.Errorf("Detect(%q,%q,%q) = %v, want %v", c.flag, c.user, c.env, got, c.want)
		}
	}
}

func TestSheetErrorsTranslated(t *testing.T) {
	for code := range sheetCodes {
		for _, l := range []Lang{Fa, En} {
			got := New(l).Err(&exchange.FormatError{Code: code, Msg: "english"})
			if strings.Contains(got, "english") || strings.HasPrefix(got, "[") {
				t.Errorf("%s/%s untranslated: %q", code, l.Code(), got)
			}
		}
	}
	got := New(En).Err(&exchange.FormatError{Code: "unterminated_quote", Line: 42})
	if !strings.Contains(got, "42") {
		t.Errorf("line lost: %q", got)
	}
}
