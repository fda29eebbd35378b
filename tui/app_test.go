package tui

import (
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/demo"
	"github.com/parvande/parvande/store/search"
)

// recorder is a screen that remembers the messages it was given.
type recorder struct {
	stubScreen
	got []tea.Msg
}

func (r *recorder) Update(msg tea.Msg) (Screen, tea.Cmd) {
	r.got = append(r.got, msg)
	return r, nil
}

func (r *recorder) KeyMap() help.KeyMap { return KeyList{} }

func TestStackHelpAndBack(t *testing.T) {
	e := seed(t)
	households(t, e)
	rec := &recorder{stubScreen: stubScreen{title: "file screen"}}
	d := loggedIn(t, e, "en", Screens{File: func(*Session, domain.ID) Screen { return rec }})
	d.press(tea.KeyEnter) // open the first file
	if d.top() != Screen(rec) {
		t.Fatalf("top is %T", d.top())
	}
	if _, ok := rec.got[0].(tea.WindowSizeMsg); !ok {
		t.Errorf("a pushed screen first gets %T, want its size", rec.got[0])
	}
	d.wantView("esc back", "? help")

	d.typeText("?")
	d.wantView("Help — file screen")
	d.typeText("x") // any key closes help, and only closes it
	if len(rec.got) != 1 {
		t.Errorf("a key meant to close help reached the screen: %v", rec.got)
	}

	// Changes and sizes reach every screen on the stack, not only the top.
	list := d.app.stack[0].(*listScreen)
	seq := list.seq
	d.send(ChangedMsg{Change: store.Change{Kind: "file"}})
	if list.seq == seq {
		t.Error("the list under the file did not re-query on a change")
	}
	changed := false
	for _, m := range rec.got {
		_, ok := m.(ChangedMsg)
		changed = changed || ok
	}
	if !changed {
		t.Errorf("the top screen did not get the change")
	}

	d.press(tea.KeyEsc)
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("esc: top is %T", d.top())
	}
	d.press(tea.KeyEsc) // the home screen: esc leaves the search input only
	d.press(tea.KeyEsc)
	if _, ok := d.top().(*listScreen); !ok || d.quit {
		t.Fatal("esc left the home screen")
	}
	d.typeText("q")
	if !d.quit {
		t.Error("q outside a text field did not quit")
	}
}

func TestErrorsShowTranslated(t *testing.T) {
	e := seed(t)
	d := loggedIn(t, e, "fa", Screens{})
	d.send(ErrMsg{Err: store.ErrDenied})
	d.wantView("نقش شما اجازه این کار را نمی‌دهد")
	d.press(tea.KeyDown) // the next key clears the line
	if d.app.line != "" {
		t.Errorf("message line not cleared: %q", d.app.line)
	}
}

func TestSetupLoadsDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("demo data takes a while")
	}
	st := openStore(t)
	d := start(t, st, nil, "en")
	d.press(tea.KeyDown)
	d.press(tea.KeyEnter)
	lg, ok := d.top().(*loginScreen)
	if !ok {
		t.Fatalf("after demo: top is %T\n%s", d.top(), d.view())
	}
	d.wantView("Demo data loaded", demo.Password)
	if lg.ring.Fields[0].Value() != "caseworker" {
		t.Errorf("login prefilled with %q", lg.ring.Fields[0].Value())
	}
	d.typeText(demo.Password)
	d.press(tea.KeyEnter)
	if _, ok := d.top().(*listScreen); !ok {
		t.Fatalf("demo login: top is %T\n%s", d.top(), d.view())
	}
}

func TestForwardSendsChanges(t *testing.T) {
	e := seed(t)
	got := make(chan tea.Msg, 4)
	stop := Forward(e.st, e.ix, func(m tea.Msg) { got <- m })
	defer stop()
	f := domain.File{Center: e.c1.ID, Head: domain.Person{FirstName: "نرگس", LastName: "تازه"}}
	f, err := e.st.CreateFile(store.Actor{User: e.admin}, f)
	if err != nil {
		t.Fatal(err)
	}
	select {
	case m := <-got:
		if c, ok := m.(ChangedMsg); !ok || c.Change.Kind != "file" {
			t.Errorf("got %#v", m)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("no ChangedMsg after a write")
	}
	// The index was refreshed before the message was sent.
	if p := e.ix.Search("نرگس", search.Filter{}, search.Relevance, 0, 5); p.Total != 1 || p.Results[0].ID != f.ID {
		t.Errorf("index not refreshed: %+v", p)
	}
}

// A reflexive q on a screen opened over a form with unsaved input brings
// the form back instead of quitting and losing it; ctrl+c still quits.
func TestQuitKeepsUnsavedForm(t *testing.T) {
	e := seed(t)
	households(t, e)
	rec := &recorder{stubScreen: stubScreen{title: "file screen"}}
	d := loggedIn(t, e, "en", Screens{File: func(*Session, domain.ID) Screen { return rec }})
	d.press(tea.KeyEsc) // leave the search input, so n opens the form
	d.typeText("n")
	form, ok := d.top().(*registerForm)
	if !ok {
		t.Fatalf("n opened %T", d.top())
	}
	d.typeText("Reza")
	if d, ok := Screen(form).(Dirtier); !ok || !d.Dirty() {
		t.Fatal("typing did not make the form dirty")
	}
	d.send(OpenFileMsg{ID: 1})
	if d.top() != Screen(rec) {
		t.Fatalf("top is %T", d.top())
	}
	d.typeText("q")
	if d.quit {
		t.Fatal("q quit with an unsaved form on the stack")
	}
	if d.top() != Screen(form) {
		t.Fatalf("q left %T on top, want the unsaved form", d.top())
	}
	d.wantView("This form is not saved")
	d.press(tea.KeyCtrlC)
	if !d.quit {
		t.Error("ctrl+c did not quit")
	}
}
