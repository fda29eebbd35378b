package sshd

import (
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// liveWithin is how soon another session must show a write.
const liveWithin = time.Second

// Two caseworkers of one center work on the same family: what one records
// through the screens appears in the other's open file within a second,
// a third user's open search list picks up a new family, and a form the
// second is typing into keeps what was typed.
func TestLiveRefreshAcrossSessions(t *testing.T) {
	st := demoStore(t, 40)
	ts := startServer(t, st, nil)
	f := fileOf(t, st, "caseworker")
	a := login(t, ts, "caseworker")
	b := login(t, ts, "supervisor") // same center as caseworker
	c := login(t, ts, "coordinator")

	for _, tm := range []*term{a, b} {
		openFile(tm, f)
	}
	b.typeText("3") // the aid tab
	c.typeText("تازه‌وارد")
	time.Sleep(200 * time.Millisecond)

	// A records aid through the form.
	funding := "LRF1"
	a.markNow()
	a.typeText("a")
	a.waitFor(5*time.Second, "Funding source")
	a.typeText(keyTab + "500000" + keyTab + keyTab + keyTab + funding)
	b.markNow()
	a.typeText(keyCtrlS)
	saved := time.Now()
	b.waitFor(liveWithin+time.Second, funding)
	took := time.Since(saved)
	t.Logf("aid saved in one session, shown in the other after %v", took)
	if took > liveWithin {
		t.Errorf("the other session showed the aid after %v, want within %v", took, liveWithin)
	}

	// B starts a visit and is typing when A records more aid.
	b.markNow()
	b.typeText("v")
	b.waitFor(5*time.Second, "Findings")
	typed := "typing while others write"
	b.typeText(keyTab + typed)
	b.waitFor(2*time.Second, typed)
	a.markNow()
	a.typeText("a")
	a.waitFor(5*time.Second, "Funding source")
	a.typeText(keyTab + "7000" + keyCtrlS) // the form keeps the last funding source
	time.Sleep(500 * time.Millisecond)     // B has heard of the change by now
	b.typeText(keyTab + "+30" + keyCtrlS)
	deadline := time.Now().Add(5 * time.Second)
	for {
		vs, err := st.Visits(store.SystemActor(), f.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(vs) > 0 && vs[0].Findings == typed {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("B's visit was not saved as typed: %+v\n%s", vs, tail(b.all(), 2000))
		}
		time.Sleep(50 * time.Millisecond)
	}

	// A new family registered elsewhere shows in C's open search list.
	c.markNow()
	sys := store.SystemActor()
	if _, err := st.CreateFile(sys, domain.File{Center: f.Center, Head: domain.Person{FirstName: "نرگس", LastName: "تازه‌وارد", FatherName: "حسین"}}); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	c.waitFor(liveWithin+time.Second, "حسین")
	t.Logf("new family shown in an open list after %v", time.Since(start))
	if d := time.Since(start); d > liveWithin {
		t.Errorf("the list showed the new family after %v", d)
	}

	as, err := st.Aids(store.SystemActor(), f.ID)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, x := range as {
		if x.Funding == funding && (x.Amount == 5_000_000 || x.Amount == 70_000) {
			found++
		}
	}
	if found != 2 {
		t.Errorf("%d of the 2 aid records stored: %+v", found, as)
	}
}

// login opens an English session for login with a fresh key and waits for
// the home screen.
func login(t *testing.T, ts *testServer, who string) *term {
	t.Helper()
	c, _, err := dial(ts.addr, who, newKey(t, ts.st, who))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	tm := open(t, c, true, "en_US.UTF-8", "")
	u, _ := ts.st.UserByLogin(who)
	tm.waitFor(5*time.Second, u.Name)
	return tm
}

// openFile searches for f by its head's name and opens it.
func openFile(tm *term, f domain.File) {
	tm.t.Helper()
	tm.markNow()
	tm.typeText(f.Head.FirstName + " " + f.Head.LastName)
	tm.waitFor(5*time.Second, f.Number)
	tm.markNow()
	tm.typeText(keyEnter)
	tm.waitFor(5*time.Second, f.Head.FatherName)
}
