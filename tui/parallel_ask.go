package tui

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/exchange"
	"github.com/parvande/parvande/tui/i18n"
)

// The report's two questions: the period (two dates) and where to export.
// What the user typed stays in the fields when it is refused.

const (
	askPeriod = iota
	askExport
)

type parAsk struct {
	kind int
	ring FocusRing
	err  string
}

type parExportedMsg struct {
	n    int
	path string
	err  error
}

// dateInput shows a date to edit again: Jalali in Persian digits in fa,
// ISO in en.
func (m *parallelScreen) dateText(d fa.Date) string {
	if m.s.Lang == i18n.En {
		if iso, ok := d.ISO(); ok {
			return iso
		}
	}
	return m.s.Tr.Digits(d.String())
}

func (m *parallelScreen) askPeriod() tea.Cmd {
	from, to := NewField(m.s, i18n.ParFieldFrom, ""), NewField(m.s, i18n.ParFieldTo, "")
	from.Input.SetValue(m.dateText(m.from))
	to.Input.SetValue(m.dateText(m.to))
	from.Hint, to.Hint = m.s.Tr.T(i18n.ParDateHint), m.s.Tr.T(i18n.ParDateHint)
	m.ask = &parAsk{kind: askPeriod, ring: FocusRing{Fields: []Field{from, to}}}
	return m.ask.ring.Focus(0)
}

// exportName is the default file: in the working directory, named for
// the report and today's date in Latin digits (file names travel).
func (m *parallelScreen) exportName() string {
	today := fa.FromTime(m.s.Now())
	day := strings.ReplaceAll(today.String(), "/", "-")
	if m.s.Lang == i18n.En {
		if iso, ok := today.ISO(); ok {
			day = iso
		}
	}
	return "parallel-aid-" + day + ".xlsx"
}

func (m *parallelScreen) askExport() tea.Cmd {
	path := NewField(m.s, i18n.ParFieldPath, "")
	path.Input.SetValue(m.exportName())
	path.Hint = m.s.Tr.T(i18n.ParPathHint)
	m.ask = &parAsk{kind: askExport, ring: FocusRing{Fields: []Field{path}}}
	return m.ask.ring.Focus(0)
}

func (m *parallelScreen) askKey(k tea.KeyMsg) tea.Cmd {
	a, ks := m.ask, m.keys
	switch {
	case key.Matches(k, ks.Cancel):
		m.ask = nil
		return nil
	case key.Matches(k, ks.Submit):
		if a.kind == askPeriod {
			return m.submitPeriod()
		}
		return m.submitExport()
	case key.Matches(k, ks.Next) && len(a.ring.Fields) > 1:
		return a.ring.Next()
	}
	a.err = ""
	return a.ring.Update(k)
}

func (m *parallelScreen) submitPeriod() tea.Cmd {
	a, tr := m.ask, m.s.Tr
	a.err = ""
	today := fa.FromTime(m.s.Now())
	var ds [2]fa.Date
	for i := range ds {
		d, err := parseDate(m.s.Lang, a.ring.Fields[i].Value(), today, false)
		switch {
		case err != nil:
			a.err = tr.Err(err)
		case !d.Full():
			a.err = tr.T(i18n.ParNeedFullDate)
		}
		if a.err != "" {
			return a.ring.Focus(i)
		}
		ds[i] = d
	}
	if ds[1].Before(ds[0]) {
		a.err = tr.T(i18n.ParOrder)
		return nil
	}
	m.from, m.to, m.ask = ds[0], ds[1], nil
	m.cursor, m.offset = 0, 0
	return m.load()
}

func (m *parallelScreen) submitExport() tea.Cmd {
	a := m.ask
	path := strings.TrimSpace(a.ring.Fields[0].Value())
	var format exchange.Format
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		format = exchange.FormatCSV
	case ".xlsx":
		format = exchange.FormatXLSX
	default:
		a.err = m.s.Tr.T(i18n.ParPathFormat)
		return nil
	}
	if len(m.rows) == 0 {
		a.err = m.s.Tr.T(i18n.ParExportEmpty)
		return nil
	}
	lang := exchange.LangFA
	if m.s.Lang == i18n.En {
		lang = exchange.LangEN
	}
	fams := sheetOf(m.rows, m.s.CenterName)
	st, actor := m.s.Store, m.s.Actor()
	return func() tea.Msg {
		err := writeAside(path, func(f *os.File) error { return exchange.WriteParallel(f, format, lang, fams) },
			func() error { return st.NoteReportExport(actor, store.ReportParallel, len(fams), path) })
		return parExportedMsg{n: len(fams), path: path, err: err}
	}
}

// writeAside writes a file next to path and renames it into place, so a
// failed export never leaves half a sheet where a good one was. before
// runs between the two (the audit record): when it fails, no file appears.
func writeAside(path string, write func(*os.File) error, before func() error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".parvande-*")
	if err != nil {
		return err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = before()
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
