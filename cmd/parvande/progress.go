package main

import (
	"fmt"
	"io"
	"time"

	"github.com/charmbracelet/bubbles/progress"
)

// progressBar draws a bar on a terminal's stderr for long work, at most a
// few times a second; off a terminal it stays silent and the command prints
// its plain summary at the end.
type progressBar struct {
	w     io.Writer
	label string
	bar   progress.Model
	on    bool
	last  time.Time
	drawn bool
}

func newProgress(e *env, label string) *progressBar {
	return &progressBar{w: e.stderr, label: label, bar: progress.New(progress.WithWidth(40), progress.WithoutPercentage()), on: e.isTerminal(e.stderr)}
}

func (p *progressBar) update(done, total int) {
	if !p.on || total <= 0 {
		return
	}
	now := time.Now()
	if done < total && now.Sub(p.last) < 150*time.Millisecond {
		return
	}
	p.last = now
	frac := float64(done) / float64(total)
	fmt.Fprintf(p.w, "\r%s %s %3.0f%%  %d/%d", p.label, p.bar.ViewAs(frac), frac*100, done, total)
	p.drawn = true
}

func (p *progressBar) done() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}
