package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui"
	"github.com/parvande/parvande/tui/i18n"
)

// auditHeader is the csv header: stable names whatever the operator's
// language, so scripts can read the output.
var auditHeader = []string{"at", "login", "source", "action", "kind", "file", "center", "changes", "note"}

// cmdAudit prints the audit trail, newest first. The operator at the
// machine holds the database file, so it runs as the system actor and
// sees every center; the database is opened read-only.
func cmdAudit(e *env, args []string) error {
	fs := flags(e, "audit", i18n.CLIUsageAudit)
	db := dbFlag(fs, e)
	since := fs.String("since", "", e.tr.T(i18n.CLIFlagSince))
	until := fs.String("until", "", e.tr.T(i18n.CLIFlagUntil))
	user := fs.String("user", "", e.tr.T(i18n.CLIFlagAuditUser))
	center := fs.String("center", "", e.tr.T(i18n.CLIFlagAuditCenter))
	action := fs.String("action", "", e.tr.T(i18n.CLIFlagAuditAction))
	file := fs.String("file", "", e.tr.T(i18n.CLIFlagAuditFile))
	format := fs.String("format", "table", e.tr.T(i18n.CLIFlagAuditFormat))
	limit := fs.String("limit", "1000", e.tr.T(i18n.CLIFlagAuditLimit))
	if err := parse(fs, interleaved(fs, args)); err != nil {
		return err
	}
	// Everything typed is checked before the database is opened.
	if *format != "table" && *format != "csv" {
		return e.fail(i18n.CLIAuditUnknownFormat, *format)
	}
	n, err := strconv.Atoi(strings.TrimSpace(*limit))
	if err != nil || n <= 0 {
		return e.fail(i18n.CLIAuditBadLimit, *limit)
	}
	q := store.AuditFilter{Login: *user, Limit: n + 1}
	if *action != "" {
		a, ok := domain.ParseAction(*action)
		if !ok {
			names := make([]string, len(domain.Actions))
			for i, a := range domain.Actions {
				names[i] = a.String()
			}
			return e.fail(i18n.CLIAuditUnknownAction, *action, strings.Join(names, ", "))
		}
		q.Action = a
	}
	from, err := tui.ParseAuditDay(*since, false)
	if err != nil {
		return e.fail(i18n.CLIAuditBadDate, "since", e.tr.Err(err))
	}
	to, err := tui.ParseAuditDay(*until, true)
	if err != nil {
		return e.fail(i18n.CLIAuditBadDate, "until", e.tr.Err(err))
	}
	q.SetDays(from, to, time.Local)

	st, err := e.openExisting(*db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	cs, err := st.Centers()
	if err != nil {
		return err
	}
	if q.Center, err = e.centerFlag(cs, *center); err != nil {
		return err
	}
	if *file != "" {
		if q.File, err = st.FileIDByNumber(*file); errors.Is(err, store.ErrNotFound) {
			return e.fail(i18n.CLIAuditNoFile, *file)
		} else if err != nil {
			return err
		}
	}
	evs, err := st.Audit(store.SystemActor(), q)
	if err != nil {
		return err
	}
	more := len(evs) > n
	evs = evs[:min(len(evs), n)]
	ids := make([]domain.ID, 0, len(evs))
	for _, ev := range evs {
		ids = append(ids, auditFile(ev))
	}
	nums, err := st.FileNumbers(ids)
	if err != nil {
		return err
	}
	centers := map[domain.CenterID]domain.Center{}
	for _, c := range cs {
		centers[c.ID] = c
	}
	if *format == "csv" {
		err = writeAuditCSV(e.stdout, evs, nums, centers)
	} else {
		err = writeAuditTable(e, evs, nums, centers)
	}
	if more {
		fmt.Fprintln(e.stderr, e.tr.T(i18n.CLIAuditMore, n))
	}
	return err
}

// auditFile is the file an event is about: a change's file, a view's target.
func auditFile(ev domain.AuditEvent) domain.ID {
	if ev.Kind == store.ViewKind {
		return ev.Target
	}
	return ev.File
}

func centerName(centers map[domain.CenterID]domain.Center, id domain.CenterID) string {
	if c, ok := centers[id]; ok {
		return c.Name
	}
	if id == 0 {
		return ""
	}
	return strconv.Itoa(int(id))
}

// writeAuditCSV writes the stored values as they are: stable action
// names and field paths, RFC 3339 times, so the file can be processed.
func writeAuditCSV(w io.Writer, evs []domain.AuditEvent, nums map[domain.ID]string, centers map[domain.CenterID]domain.Center) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(auditHeader); err != nil {
		return err
	}
	for _, ev := range evs {
		changes := make([]string, 0, len(ev.Changes))
		for _, c := range ev.Changes {
			changes = append(changes, c.Field+": "+c.Before+" -> "+c.After)
		}
		rec := []string{ev.At.UTC().Format(time.RFC3339), ev.Login, ev.Source, ev.Action.String(), ev.Kind,
			nums[auditFile(ev)], centerName(centers, ev.Center), strings.Join(changes, " | "), ev.Note}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeAuditTable prints a line per event for a person, in their
// language, with each change spelled out on the lines under it.
func writeAuditTable(e *env, evs []domain.AuditEvent, nums map[domain.ID]string, centers map[domain.CenterID]domain.Center) error {
	tr := e.tr
	if len(evs) == 0 {
		e.say(i18n.CLIAuditNone)
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	head := []i18n.Key{i18n.AuditColTime, i18n.AuditColUser, i18n.AuditColSource, i18n.AuditColAction, i18n.AuditColFile, i18n.AuditColCenter}
	cols := make([]string, len(head))
	for i, k := range head {
		cols[i] = tr.T(k)
	}
	fmt.Fprintln(tw, strings.Join(cols, "\t"))
	for _, ev := range evs {
		fmt.Fprintln(tw, strings.Join([]string{tr.Time(ev.At.In(time.Local)), ev.Login, tui.AuditSource(tr, ev.Source),
			tui.AuditWhat(tr, ev), tr.Digits(nums[auditFile(ev)]), centerName(centers, ev.Center)}, "\t"))
		for _, c := range tui.AuditChanges(tr, centers, ev) {
			fmt.Fprintln(tw, "\t    "+c)
		}
	}
	return tw.Flush()
}
