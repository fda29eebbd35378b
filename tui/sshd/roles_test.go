package sshd

import (
	"strings"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// The role matrix over real sessions: each demo role, logged in by its
// key, is offered exactly the screens its role allows (the store refuses
// the rest again; store/roles_test.go walks that matrix), and a look at
// another center's file is audited with the session's login and address.
func TestRoleMatrixOverSessions(t *testing.T) {
	st := demoStore(t, 40)
	ts := startServer(t, st, nil)
	screens := []struct {
		key, title, help string
		act              domain.Action
	}{
		{"p", "Parallel aid", "parallel aid", domain.ActReportView},
		{"a", "Audit trail", "audit", domain.ActAuditView},
		{"u", "Users", "users", domain.ActUserManage},
	}
	other := fileOf(t, st, "caseworker2") // a family at a center none of the others works at
	for _, who := range []string{"caseworker", "supervisor", "coordinator", "admin"} {
		t.Run(who, func(t *testing.T) {
			u, err := st.UserByLogin(who)
			if err != nil {
				t.Fatal(err)
			}
			tm := login(t, ts, who)
			tm.typeText(keyTab) // leave the search input: letters are keys now
			tm.markNow()
			tm.typeText("?")
			tm.waitFor(5*time.Second, "Help — Search files")
			help := tm.text()
			back := func(k string) { // close help or a screen; wait for the list's header
				tm.markNow()
				tm.typeText(k)
				tm.waitFor(5*time.Second, "National ID")
			}
			back("x") // any key closes the help
			for _, sc := range screens {
				may := domain.Can(u, sc.act, domain.Target{Center: u.Center}) ||
					domain.Can(u, sc.act, domain.Target{Center: u.Center + 1})
				if got := strings.Contains(help, sc.help); got != may {
					t.Errorf("%s: help offers %q: %v, role allows it: %v", who, sc.help, got, may)
				}
				tm.markNow()
				tm.typeText(sc.key)
				if may {
					tm.waitFor(5*time.Second, sc.title)
					back(keyEsc)
					continue
				}
				// Not offered: the key does nothing, the list stays on top.
				// (A pause, or the two keys arrive as one read and are
				// taken for typed text.)
				time.Sleep(150 * time.Millisecond)
				tm.typeText("?")
				tm.waitFor(5*time.Second, "Help — Search files")
				if strings.Contains(tm.text(), sc.title) {
					t.Errorf("%s: %q opened %s", who, sc.key, sc.title)
				}
				back("x")
			}

			// Another center's family: those who may view it open the
			// whole file, and the look is audited with login and address.
			if !domain.Can(u, domain.ActFileView, domain.Target{Center: other.Center}) {
				return
			}
			tm.typeText("/")
			time.Sleep(150 * time.Millisecond)
			openFile(tm, other)
			deadline := time.Now().Add(5 * time.Second)
			for {
				evs, err := st.Audit(store.SystemActor(), store.AuditFilter{})
				if err != nil {
					t.Fatal(err)
				}
				seen := false
				for _, ev := range evs {
					seen = seen || ev.Action == domain.ActFileView && ev.Target == other.ID &&
						ev.Login == who && strings.HasPrefix(ev.Source, "127.0.0.1")
				}
				if seen {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("%s opened %s of another center: no audited view with the session's address", who, other.Number)
				}
				time.Sleep(50 * time.Millisecond)
			}
		})
	}
}
