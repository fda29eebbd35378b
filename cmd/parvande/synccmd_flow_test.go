package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
	psync "github.com/parvande/parvande/store/sync"
)

const flowHeader = "\ufeffردیف,مرکز,نام,نام خانوادگی,نام پدر,کد ملی,تلفن همراه,تاریخ تولد,نشانی\r\n"

// TestSyncDrivenByCommands: a hub and three offline centers set up and
// fed with sheets by the commands alone. A woman served at center الف is
// registered offline at center ب: after the exchange the hub's duplicate
// report pairs the two files, and ب's match index (no names in it) finds
// her at الف.
func TestSyncDrivenByCommands(t *testing.T) {
	dir := t.TempDir()
	hub := filepath.Join(dir, "hub.db")
	write := func(name, rows string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(flowHeader+rows), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	first := write("hub.csv", "1,هماهنگی,رقیه,طاهری,کاظم,,09121110000,1340/1/1,کوچه ۱\r\n"+
		"2,خیریه الف,زهرا,کاظمی,حسین,0084575948,09151234567,1365/4/9,بولوار توس، توس ۷۲، پلاک ۱۴\r\n"+
		"3,خیریه ب,سارا,محمدی,علی,,09131112222,1350/2/2,کوچه ۲\r\n"+
		"4,خیریه ج,نرگس,حسینی,رضا,,09141113333,1355/3/3,کوچه ۳\r\n")
	syncRun(t, nil, "import", "--db", hub, "--create-centers", first)
	syncRun(t, nil, "sync", "init-hub", "--db", hub)
	spokes := map[string]string{}
	for _, name := range []string{"خیریه الف", "خیریه ب", "خیریه ج"} {
		join := filepath.Join(dir, "join.pvsync")
		syncRun(t, nil, "sync", "add-spoke", "--db", hub, "--center", name, "--out", join)
		spokes[name] = filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".db")
		syncRun(t, nil, "sync", "join", "--db", spokes[name], join)
	}
	// offline, center ب registers the woman again (Arabic letters, a new
	// mobile), and center ج a family of its own
	syncRun(t, nil, "import", "--db", spokes["خیریه ب"], write("b.csv", "1,خیریه ب,زهرا,كاظمي,حسین,0084575948,09359876543,1365/04/09,بلوار توس 72 پ 14\r\n"))
	syncRun(t, nil, "import", "--db", spokes["خیریه ج"], write("c.csv", "1,خیریه ج,لیلا,جعفری,محمود,,09171114444,1360/5/5,کوچه ۵\r\n"))
	var bundles []string
	for _, name := range []string{"خیریه الف", "خیریه ب", "خیریه ج"} {
		b := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".pvsync")
		syncRun(t, nil, "sync", "export", "--db", spokes[name], "--to", b)
		bundles = append(bundles, b)
	}
	syncRun(t, nil, append([]string{"sync", "import", "--db", hub}, bundles...)...)

	out := syncRun(t, nil, "dupes", "--db", hub, "--format", "csv")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 {
		t.Fatalf("the hub's duplicate report after the exchange:\n%s", out)
	}

	b := filepath.Join(dir, "hub-b.pvsync")
	syncRun(t, nil, "sync", "export", "--db", hub, "--for", "خیریه ب", "--to", b, "--index")
	syncRun(t, nil, "sync", "import", "--db", spokes["خیریه ب"], b)
	data, err := os.ReadFile(psync.IndexPath(spokes["خیریه ب"]))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "کاظمی") || strings.Contains(string(data), "0084575948") {
		t.Fatal("the spoke's index carries a name or a code in clear")
	}
	withStore(t, spokes["خیریه ب"], func(st *store.Store) {
		x, err := psync.ReadIndex(st, data)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := psync.Encoder(st)
		if err != nil {
			t.Fatal(err)
		}
		p := domain.Person{FirstName: "زهرا", LastName: "کاظمی", FatherName: "حسین", NationalCode: domain.ParseNationalCode("0084575948")}
		got := x.Lookup(enc.Encode(match.FromPerson(p, "")), 3)
		var alef domain.CenterID
		cs, _ := st.Centers()
		for _, c := range cs {
			if c.Name == "خیریه الف" {
				alef = c.ID
			}
		}
		if len(got) == 0 || got[0].Center != alef {
			t.Errorf("offline lookup at ب: %+v", got)
		}
	})
}
