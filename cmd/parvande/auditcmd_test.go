package main

import (
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// auditDB: two centers, a household at the second, opened by a
// coordinator of the first from 203.0.113.9, and an edit by the operator.
func auditDB(t *testing.T) (db string, f domain.File) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "p.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sys := store.SystemActor()
	c1, err := st.CreateCenter(sys, domain.Center{Name: "مرکز امام رضا", Code: "IMR"})
	if err != nil {
		t.Fatal(err)
	}
	c2, err := st.CreateCenter(sys, domain.Center{Name: "کانون طلاب", Code: "TLB"})
	if err != nil {
		t.Fatal(err)
	}
	coord, err := st.CreateUser(sys, domain.User{Login: "coord", Role: domain.RoleCoordinator, Center: c1.ID}, "")
	if err != nil {
		t.Fatal(err)
	}
	f, err = st.CreateFile(sys, domain.File{Center: c2.ID, Head: domain.Person{FirstName: "مریم", LastName: "کاظمی"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.File(store.Actor{User: coord, Source: "203.0.113.9:51000"}, f.ID); err != nil {
		t.Fatal(err)
	}
	f.Address = "بولوار توس ۷۲"
	if f, err = st.UpdateFile(sys, f); err != nil {
		t.Fatal(err)
	}
	return db, f
}

func TestAuditCommand(t *testing.T) {
	db, f := auditDB(t)
	today := fa.FromTime(time.Now()).String()
	iso, _ := fa.FromTime(time.Now()).AddDays(-1).ISO()
	fav := map[string]string{"LANG": "fa_IR.UTF-8"}
	for _, tc := range []struct {
		name     string
		vars     map[string]string
		args     []string
		code     int
		out, err []string // substrings of stdout and stderr
		not      []string // not in stdout
	}{
		{"table", nil, nil, 0, []string{"opened the file", "203.0.113.9:51000", f.Number, "coord", "file edited", "Address: بولوار توس ۷۲", "کانون طلاب"}, nil, nil},
		{"by user", nil, []string{"--user", "coord"}, 0, []string{"opened the file"}, nil, []string{"file edited"}},
		{"by file and action", nil, []string{"--file", strings.ToLower(f.Number), "--action", "file.edit"}, 0, []string{"file edited"}, nil, []string{"opened the file"}},
		{"today, Jalali", nil, []string{"--since", today, "--until", today}, 0, []string{"opened the file"}, nil, nil},
		{"until yesterday, ISO", nil, []string{"--until", iso}, 0, []string{"no events match"}, nil, nil},
		{"center", nil, []string{"--center", "TLB", "--action", "file.view"}, 0, []string{"opened the file"}, nil, []string{"file edited"}},
		{"limit", nil, []string{"--limit", "1"}, 0, []string{"file edited"}, []string{"more than 1 events"}, []string{"opened the file"}},
		{"unknown action", nil, []string{"--action", "peek"}, 1, nil, []string{`no action "peek"`, "file.view"}, nil},
		{"bad date", nil, []string{"--since", "1403/13/01"}, 1, nil, []string{"--since"}, nil},
		{"bad limit", nil, []string{"--limit", "0"}, 1, nil, []string{"--limit"}, nil},
		{"unknown file", nil, []string{"--file", "TLB-1403-9999"}, 1, nil, []string{`no file has the number "TLB-1403-9999"`}, nil},
		{"unknown center", nil, []string{"--center", "nowhere"}, 1, nil, []string{`no center "nowhere"`}, nil},
		{"unknown format", nil, []string{"--format", "xml"}, 1, nil, []string{`unknown format "xml"`}, nil},
		{"Persian", fav, nil, 0, []string{"پرونده را باز کرد", "نشانی: بولوار توس ۷۲"}, nil, nil},
		{"Persian error", fav, []string{"--format", "xml"}, 1, nil, []string{"قالب ناشناخته"}, nil},
		{"no database", nil, []string{"--db", filepath.Join(t.TempDir(), "none.db")}, 1, nil, []string{"none.db"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"audit", "--db", db}, tc.args...)
			code, out, errs := runCLI(t, tc.vars, args...)
			if code != tc.code {
				t.Fatalf("code %d, want %d\n%s\n%s", code, tc.code, out, errs)
			}
			for _, s := range tc.out {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tc.err {
				if !strings.Contains(errs, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errs)
				}
			}
			for _, s := range tc.not {
				if strings.Contains(out, s) {
					t.Errorf("stdout has %q:\n%s", s, out)
				}
			}
		})
	}
}

func TestAuditCommandCSV(t *testing.T) {
	db, f := auditDB(t)
	code, out, errs := runCLI(t, nil, "audit", "--db", db, "--format", "csv", "--user", "coord")
	if code != 0 {
		t.Fatalf("%d %s", code, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || strings.Join(recs[0], ",") != strings.Join(auditHeader, ",") {
		t.Fatalf("csv %q", recs)
	}
	r := recs[1]
	if r[1] != "coord" || r[2] != "203.0.113.9:51000" || r[3] != "file.view" || r[4] != "view" || r[5] != f.Number || r[6] != "کانون طلاب" {
		t.Errorf("row %q", r)
	}
	if _, err := time.Parse(time.RFC3339, r[0]); err != nil {
		t.Errorf("time %q: %v", r[0], err)
	}
}
