package tui

import (
	"math"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

// Drawing the panel: beside the form when the window is wide enough
// (panelWide), else one summary line under the form that ctrl+t opens
// into a short list.

// panelWide is the width from which the panel sits beside the form: at
// 100 columns the form keeps 60, enough for its longest labels and an ID.
const panelWide = 100

// panelGap is the rule between form and panel.
const panelGap = " │ "

// panelWidth is the side panel's width in a window w wide.
func panelWidth(w int) int { return clampInt(w*38/100, 36, 56) }

// message is what the panel says instead of a list, ok false when it has
// matches to list.
func (p *matchPanel) message() (text string, st lipgloss.Style, ok bool) {
	th, tr := p.s.Theme, p.s.Tr
	switch {
	case p.loadErr != nil:
		return tr.T(i18n.PanelFailed, tr.Err(p.loadErr)), th.S.Error, true
	case !p.ready:
		return tr.T(i18n.PanelLoading), th.S.Muted, true
	case p.err != nil:
		return tr.T(i18n.PanelFailed, tr.Err(p.err)), th.S.Error, true
	case p.query == "":
		return tr.T(i18n.PanelIdle), th.S.Muted, true
	case len(p.matches) == 0 && (p.pending || !p.answered):
		return tr.T(i18n.PanelChecking), th.S.Muted, true
	case len(p.matches) == 0:
		return tr.T(i18n.PanelNone), th.S.Success, true
	}
	return "", th.S.Value, false
}

// side draws the panel w wide and exactly h lines high.
func (p *matchPanel) side(w, h int) []string {
	th, tr := p.s.Theme, p.s.Tr
	title := tr.T(i18n.PanelTitle)
	if len(p.matches) > 0 {
		title = tr.T(i18n.PanelTitleCount, len(p.matches))
	}
	out := []string{th.Line(title, w, th.S.Title), ""}
	if text, st, ok := p.message(); ok {
		out = append(out, th.Wrap(text, w, st)...)
	} else {
		for i := range p.matches {
			if i > 0 {
				out = append(out, "")
			}
			out = append(out, p.matchLines(i, w, 2, false)...)
		}
	}
	if text, st, ok := p.spokeNote(); ok {
		out = append(out, "")
		out = append(out, th.Wrap(text, w, st)...)
	}
	if len(out) > h-1 {
		out = out[:max(0, h-1)]
	}
	for len(out) < h-1 {
		out = append(out, "")
	}
	if h > 0 {
		hint := ""
		if len(p.matches) > 0 {
			hint = tr.T(i18n.PanelHintWide)
		}
		out = append(out, th.Line(hint, w, th.S.Muted))
	}
	for i := range out {
		out[i] = th.Block(out[i], w)
	}
	return out
}

// below draws the narrow layout's lines under the form: a rule, then one
// summary line, or the list when opened, at most h lines in all.
func (p *matchPanel) below(w, h int) []string {
	th := p.s.Theme
	rule := th.Line(strings.Repeat("─", w), w, th.S.Muted)
	if text, st, ok := p.message(); ok {
		ls := th.Wrap(text, w, st)
		out := append([]string{rule}, ls[:min(len(ls), 2)]...)
		if note, st, ok := p.spokeNote(); ok && h > len(out) {
			ns := th.Wrap(note, w, st)
			out = append(out, ns[:min(len(ns), h-len(out), 2)]...)
		}
		return out
	}
	out := []string{rule, p.summary(w)}
	if !p.open || h < 4 {
		return out
	}
	// Three lines a match; scrolled so that the selected one shows.
	fit := max(1, (h-len(out))/3)
	first := max(0, p.sel-fit+1)
	for i := first; i < min(len(p.matches), first+fit); i++ {
		out = append(out, p.matchLines(i, w, 1, true)...)
	}
	return out
}

// summary is one line: how many, and the best match with its band and
// center, then the keys.
func (p *matchPanel) summary(w int) string {
	th, tr := p.s.Theme, p.s.Tr
	m := p.matches[0]
	best := matchName(tr, m) + " · " + tr.Band(m.Band) + " · " + p.s.CenterName(m.card.Center)
	if m.far {
		best = tr.T(i18n.SpokeFarShort, p.s.CenterName(m.Center)) + " · " + tr.Band(m.Band) // the center first: it is all there is
	}
	text := tr.T(i18n.PanelSummary, len(p.matches), best)
	if len(p.matches) == 1 {
		text = tr.T(i18n.PanelSummaryOne, best)
	}
	hint := tr.T(i18n.PanelHintNarrow) + " · " + tr.T(i18n.PanelHintOpen)
	hw := min(theme.Width(hint), w/2)
	st := th.S.Value
	if m.Band == match.BandCertain {
		st = th.S.Warn
	}
	return th.Row(w, th.Cell(text, w-hw-1, theme.Start, st), " ", th.Cell(hint, hw, theme.End, th.S.Muted))
}

// matchLines draws match i: name and band; father, birth year; center
// and last aid (on one line when compact); then the reasons in at most
// reasonLines lines.
func (p *matchPanel) matchLines(i, w, reasonLines int, compact bool) []string {
	th, tr := p.s.Theme, p.s.Tr
	m := p.matches[i]
	sel := i == p.sel
	nameSt, bandSt := th.S.Label, th.S.Value
	switch m.Band {
	case match.BandCertain:
		bandSt = th.S.Warn
	case match.BandPossible:
		bandSt = th.S.Muted
	}
	if sel {
		nameSt = th.S.Selected
	}
	band := tr.Band(m.Band) + " " + pctOf(tr, m.Score, m.Prob)
	bw := min(theme.Width(band), w/2)
	inner := w - theme.MarkerWidth
	nw := max(1, inner-bw-1)
	out := []string{th.Row(w, th.Marker(sel, th.S.Focused),
		th.Cell(matchName(tr, m), nw, theme.Start, nameSt), " ", th.Cell(band, bw, theme.End, bandSt))}
	pad := th.Cell("", theme.MarkerWidth, theme.Start, th.S.Value)
	line := func(s string, st lipgloss.Style) string {
		return th.Row(w, pad, th.Cell(s, inner, theme.Start, st))
	}
	var who []string
	if m.card.FatherName != "" {
		who = append(who, tr.T(i18n.PanelFather, m.card.FatherName))
	}
	if m.card.BirthYear > 0 {
		who = append(who, tr.T(i18n.PanelBorn, tr.Date(fa.Date{Year: m.card.BirthYear})))
	}
	where := p.s.CenterName(m.card.Center)
	if m.card.Center == p.s.User.Center {
		where += " " + tr.T(i18n.PanelOwnCenter)
	}
	aid := tr.T(i18n.PanelNoAid)
	if !m.card.LastAid.IsZero() {
		aid = tr.T(i18n.PanelLastAid, tr.Date(m.card.LastAid))
	}
	if m.far {
		aid = tr.T(i18n.SpokeContact) // the index knows nothing of aid
	}
	if compact {
		out = append(out, line(joinDot(append(append([]string{where}, who...), aid)), th.S.Value))
	} else {
		if len(who) > 0 {
			out = append(out, line(joinDot(who), th.S.Value))
		}
		out = append(out, line(where+" · "+aid, th.S.Value))
	}
	rs := th.Wrap(tr.Reasons(m.Reasons), inner, th.S.Muted)
	if len(rs) > reasonLines {
		rs = rs[:reasonLines]
	}
	for _, r := range rs {
		out = append(out, th.Row(w, pad, r))
	}
	return out
}

// cardName is the head's name as the card gives it.
func cardName(m panelMatch) string {
	return domain.Person{FirstName: m.card.FirstName, LastName: m.card.LastName}.FullName()
}

// pctOf is the chance that the pair is one person, in whole percent
// rounded down, so "certain" reads 99%, never a promise of 100%.
func pctOf(tr *i18n.T, score, prob float64) string {
	if math.IsNaN(score) || math.IsInf(score, 0) {
		return ""
	}
	if prob == 0 {
		prob = 1 / (1 + math.Exp2(-score))
	}
	return tr.T(i18n.ReviewPct, int(math.Floor(prob*100)))
}

// joinDot joins short pieces with a middle dot.
func joinDot(xs []string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += " · "
		}
		out += x
	}
	return out
}
