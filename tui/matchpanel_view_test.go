package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

func TestPanelGoldens(t *testing.T) {
	for _, size := range [][2]int{{100, 30}, {80, 24}} {
		for _, lang := range []string{"fa", "en"} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				e := seedReview(t)
				d, m := registerAs(t, e, "worker", lang)
				d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				typeZahra(d)
				d.settle(m)
				if size[0] < panelWide {
					d.press(tea.KeyCtrlT)
				}
				golden(t, fmt.Sprintf("register_panel_%s_%dx%d", lang, size[0], size[1]), d.view())
			})
		}
	}
}

func TestPanelNarrowKeepsSelectionInSight(t *testing.T) {
	s := &Session{
		User: domain.User{ID: 1, Role: domain.RoleCaseworker, Center: 1}, Lang: i18n.En, Tr: i18n.New(i18n.En),
		Theme: theme.New(asciiRenderer(), theme.LTR), Width: 80, Height: 24,
	}
	p := &matchPanel{s: s, ready: true, answered: true, query: "x", open: true, keys: newPanelKeys(s.Tr)}
	names := []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo"}
	for i, n := range names {
		p.matches = append(p.matches, panelMatch{
			Candidate: dupes.Candidate{File: domain.ID(i + 1), Result: match.Result{Band: match.BandLikely, Score: 5}},
			card:      store.Card{FirstName: n, Center: 2},
		})
	}
	for sel := range names {
		p.sel = sel
		lines := p.below(80, 10)
		if len(lines) > 10 {
			t.Errorf("sel %d: %d lines, want at most 10", sel, len(lines))
		}
		v := strings.Join(lines, "\n")
		if !strings.Contains(v, "› "+names[sel]) {
			t.Errorf("sel %d: the selected match is not shown:\n%s", sel, v)
		}
	}
	p.open = false
	if got := p.below(80, 10); len(got) != 2 || !strings.Contains(got[1], "5 similar files · Alpha") {
		t.Errorf("closed: %q, want the rule and the summary", got)
	}
}
