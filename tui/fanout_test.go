package tui

import (
	"sync/atomic"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// One change refreshes the shared indexes once, however many sessions
// listen, and every session hears of it; a removed session does not, and
// a receiver that never takes its messages delays nobody.
func TestFanoutRefreshesOnceAndReachesEveryone(t *testing.T) {
	e := seed(t)
	var refreshes atomic.Int32
	f := NewFanout(e.st, e.ix, func(store.Change) error { refreshes.Add(1); return nil })
	defer f.Close()

	stuck := make(chan struct{})
	defer close(stuck)
	f.Add(func(tea.Msg) { <-stuck }) // a program that is not running yet
	const n = 5
	got := make([]chan tea.Msg, n)
	removes := make([]func(), n)
	for i := range got {
		ch := make(chan tea.Msg, 8)
		got[i] = ch
		removes[i] = f.Add(func(m tea.Msg) { ch <- m })
	}
	removes[n-1]()
	removes[n-1]() // twice is harmless
	if f.Len() != n {
		t.Fatalf("Len = %d, want %d", f.Len(), n)
	}

	file := domain.File{Center: e.c1.ID, Head: domain.Person{FirstName: "نرگس", LastName: "تازه"}}
	if _, err := e.st.CreateFile(store.Actor{User: e.admin}, file); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n-1; i++ {
		select {
		case m := <-got[i]:
			if c, ok := m.(ChangedMsg); !ok || c.Change.Kind != "file" {
				t.Errorf("receiver %d got %#v", i, m)
			}
		case <-time.After(2 * time.Second):
			t.Fatalf("receiver %d heard nothing", i)
		}
	}
	select {
	case m := <-got[n-1]:
		t.Errorf("removed receiver got %#v", m)
	case <-time.After(100 * time.Millisecond):
	}
	if r := refreshes.Load(); r != 1 {
		t.Errorf("refreshed %d times for one change, want 1", r)
	}
}

// A session whose user the SSH server already identified starts on the
// home screen, in the user's language, without the login screen.
func TestPresetUserSkipsLogin(t *testing.T) {
	e := seed(t)
	u := e.admin // Lang "en"
	d := startWith(t, e.st, e.ix, Options{User: &u, EnvLang: "fa_IR.UTF-8"})
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("top is %T, want the list\n%s", d.top(), d.view())
	}
	if s := d.app.Session(); s.User.ID != u.ID || s.Lang.Code() != "en" {
		t.Errorf("session user %v lang %s", s.User.ID, s.Lang.Code())
	}
}
