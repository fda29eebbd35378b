package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// runCLI runs parvande with args against a test environment.
func runCLI(t *testing.T, vars map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	if vars == nil {
		vars = map[string]string{}
	}
	if _, ok := vars["LANG"]; !ok {
		vars["LANG"] = "en_US.UTF-8"
	}
	e := &fakeEnv{vars}
	code = run(args, &env{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: e.get, isTerminal: func(io.Writer) bool { return false },
	})
	return code, out.String(), errb.String()
}

type fakeEnv struct{ m map[string]string }

func (e *fakeEnv) get(k string) string { return e.m[k] }

func TestHelpAndUnknown(t *testing.T) {
	code, out, _ := runCLI(t, nil, "help")
	if code != 0 || !strings.Contains(out, "import") || !strings.Contains(out, "backup") {
		t.Fatalf("help: code %d, out %q", code, out)
	}
	code, _, errs := runCLI(t, nil, "frobnicate")
	if code != 2 || !strings.Contains(errs, "unknown command") {
		t.Fatalf("unknown: code %d, err %q", code, errs)
	}
	for _, c := range []string{"import", "export", "backup", "restore", "check", "demo"} {
		code, _, errs := runCLI(t, nil, c, "--help")
		if code != 0 || !strings.Contains(errs, "example") {
			t.Errorf("%s --help: code %d, no examples in %q", c, code, errs)
		}
	}
}

func TestPersianCommandLine(t *testing.T) {
	fa := map[string]string{"LANG": "fa_IR.UTF-8"}
	code, out, _ := runCLI(t, fa, "help")
	if code != 0 || !strings.Contains(out, "فرمان‌ها") {
		t.Fatalf("Persian help: %d %q", code, out)
	}
	code, _, errs := runCLI(t, fa, "check", "--db", filepath.Join(t.TempDir(), "none.db"))
	if code != 1 || !strings.Contains(errs, "پایگاه داده‌ای") {
		t.Fatalf("Persian error: %d %q", code, errs)
	}
	// PARVANDE_LANG beats LANG.
	code, out, _ = runCLI(t, map[string]string{"LANG": "fa_IR.UTF-8", "PARVANDE_LANG": "en"}, "help")
	if code != 0 || !strings.Contains(out, "commands:") {
		t.Fatalf("PARVANDE_LANG=en: %q", out)
	}
}

func TestDefaultDBPath(t *testing.T) {
	get := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	if p := defaultDBPath(get(map[string]string{"PARVANDE_DB": "/x/y.db"})); p != "/x/y.db" {
		t.Errorf("PARVANDE_DB ignored: %s", p)
	}
	if p := defaultDBPath(get(map[string]string{"XDG_DATA_HOME": "/data", "LOCALAPPDATA": "C:\\x"})); !strings.HasSuffix(p, filepath.Join("parvande", "parvande.db")) {
		t.Errorf("default path %s", p)
	}
}

func TestInterleavedFlags(t *testing.T) {
	fs := flags(&env{stderr: io.Discard}, "x", "")
	fs.Bool("dry-run", false, "")
	fs.String("center", "", "")
	got := strings.Join(interleaved(fs, []string{"a.csv", "--dry-run", "--center", "GLS", "b"}), " ")
	if got != "--dry-run --center GLS a.csv b" {
		t.Errorf("got %q", got)
	}
}

const sheet = "\ufeffردیف,مرکز,نام,نام خانوادگی,نام پدر,کد ملی,تلفن همراه,تاریخ تولد\r\n" +
	"1,خیریه الف,زهرا,كاظمي,علی,0084575948,9151234567,1365/4/9\r\n" +
	"2,خیریه الف,علی,رضایی,حسن,1234567890,,1350\r\n" +
	"3,خیریه ب,,,,,,\r\n" +
	"4,خیریه ب,,,محمد,,,\r\n"

func TestImportExportBackupCheckRestore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	src := filepath.Join(dir, "sheet.csv")
	if err := os.WriteFile(src, []byte(sheet), 0o600); err != nil {
		t.Fatal(err)
	}
	// Without --create-centers the unknown centers' rows are rejected.
	code, out, errs := runCLI(t, nil, "import", "--db", db, "--dry-run", src)
	if code != 0 {
		t.Fatalf("dry run: %d %s %s", code, out, errs)
	}
	code, out, errs = runCLI(t, nil, "import", "--db", db, src, "--create-centers")
	if code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	if !strings.Contains(out, "rejected") {
		t.Errorf("summary does not mention the rejected row: %s", out)
	}
	rej, err := os.ReadFile(src + ".rejected.csv")
	if err != nil || !strings.Contains(string(rej), "5") {
		t.Errorf("reject report: %v %q", err, rej)
	}
	// Twice: nothing new.
	if code, out, _ = runCLI(t, nil, "import", "--db", db, "--create-centers", src); code != 0 {
		t.Fatalf("second import: %s", out)
	}
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	_ = st.EachFile(func(domain.File) error { n++; return nil })
	st.Close()
	if n != 2 {
		t.Fatalf("files after importing twice: %d, want 2", n)
	}

	xlsx := filepath.Join(dir, "out.xlsx")
	if code, out, errs = runCLI(t, nil, "export", "--db", db, "--to", xlsx); code != 0 {
		t.Fatalf("export: %s %s", out, errs)
	}
	db2 := filepath.Join(dir, "q.db")
	if code, out, errs = runCLI(t, nil, "import", "--db", db2, "--create-centers", xlsx); code != 0 {
		t.Fatalf("reimport: %s %s", out, errs)
	}

	bak := filepath.Join(dir, "bak.db")
	if code, out, errs = runCLI(t, nil, "backup", "--db", db, "--to", bak); code != 0 {
		t.Fatalf("backup: %s %s", out, errs)
	}
	if code, out, errs = runCLI(t, nil, "check", "--db", bak); code != 0 || !strings.Contains(out, "no problems") {
		t.Fatalf("check: %d %s %s", code, out, errs)
	}
	if code, out, errs = runCLI(t, nil, "restore", "--db", db2, "--from", bak); code != 0 {
		t.Fatalf("restore: %s %s", out, errs)
	}
	// A damaged backup is refused and the database is left alone.
	bad := filepath.Join(dir, "bad.db")
	raw, _ := os.ReadFile(bak)
	for i := 2 * 4096; i < len(raw); i += 97 { // every data page, not the metas
		raw[i] ^= 0xff
	}
	_ = os.WriteFile(bad, raw, 0o600)
	if code, _, errs = runCLI(t, nil, "restore", "--db", db2, "--from", bad); code == 0 {
		t.Fatalf("restore of a damaged backup succeeded: %s", errs)
	}
	if code, _, errs = runCLI(t, nil, "check", "--db", filepath.Join(dir, "none.db")); code != 1 || !strings.Contains(errs, "no database") {
		t.Fatalf("check of a missing file: %d %s", code, errs)
	}
}

func TestDemoOnce(t *testing.T) {
	db := filepath.Join(t.TempDir(), "d.db")
	if code, out, errs := runCLI(t, nil, "demo", "--db", db, "--files", "30"); code != 0 {
		t.Fatalf("demo: %s %s", out, errs)
	}
	if code, _, errs := runCLI(t, nil, "demo", "--db", db); code != 1 || !strings.Contains(errs, "empty database") {
		t.Fatalf("second demo: %d %s", code, errs)
	}
	if code, out, _ := runCLI(t, map[string]string{"PARVANDE_DB": db}, "version"); code != 0 || !strings.HasPrefix(out, "parvande ") {
		t.Fatalf("version: %s", out)
	}
}
