package main

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/parvande/parvande/store"
	psync "github.com/parvande/parvande/store/sync"
	"github.com/parvande/parvande/tui/i18n"
)

// syncImport imports bundles in the order given; each is its own
// transaction, so one refused bundle leaves the others applied. Refusals
// are listed at the end and make the exit status 1.
func syncImport(e *env, args []string) error {
	db, files, err := syncFlags(e, "import", args, -1, "FILE...", nil)
	if err != nil {
		return err
	}
	st, err := e.openExisting(db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	bar := newProgress(e, e.tr.T(i18n.CLISyncProgress))
	var refused []string
	conflicts := 0
	for i, path := range files {
		res, err := psync.ImportFile(st, store.SystemActor(), path)
		bar.update(i+1, len(files))
		from := e.peerName(st, res.From)
		switch {
		case errors.Is(err, psync.ErrReplayed):
			refused = append(refused, e.tr.T(i18n.CLISyncReplayed, path, res.Number, from))
		case err != nil:
			refused = append(refused, e.tr.T(i18n.CLISyncRefused, path, e.syncMessage(err)))
		case res.Waiting:
			e.say(i18n.CLISyncWaiting, path, res.Number, from, res.MissingFrom, res.MissingTo, from)
		default:
			e.say(i18n.CLISyncImported, path, res.Number, from, res.Applied, res.Unchanged, res.Conflicts)
			if res.Released > 0 {
				e.say(i18n.CLISyncReleased, res.Released)
			}
			conflicts += res.Conflicts
		}
		if err == nil && len(res.Attach) > 0 {
			e.saveIndex(st, db, res.Attach)
		}
	}
	bar.done()
	if conflicts > 0 {
		e.say(i18n.CLISyncHasConflicts, conflicts)
	}
	if len(refused) > 0 {
		return &userError{strings.Join(refused, "\n")}
	}
	return nil
}

// saveIndex keeps the match index a bundle carried beside the database,
// after checking it reads under this federation's secret.
func (e *env) saveIndex(st *store.Store, db string, data []byte) {
	x, err := psync.ReadIndex(st, data)
	if err == nil {
		err = psync.WriteFile(psync.IndexPath(db), data)
	}
	if err != nil {
		e.say(i18n.CLISyncIndexBad, e.syncMessage(err))
		return
	}
	e.say(i18n.CLISyncIndexSaved, x.Len(), psync.IndexPath(db))
}

func (e *env) when(t time.Time, number uint64) string {
	if t.IsZero() {
		return e.tr.T(i18n.CLISyncNever)
	}
	return "#" + e.tr.Num(int(number)) + " " + e.tr.Time(t)
}

// syncStatus shows the role and, per peer, the last bundles in and out,
// what the peer has not acknowledged, and what is kept or missing.
func syncStatus(e *env, args []string) error {
	db, _, err := syncFlags(e, "status", args, 0, "", nil)
	if err != nil {
		return err
	}
	st, err := e.openExisting(db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	info, err := st.SyncInfo()
	if err != nil {
		return err
	}
	switch info.Role {
	case store.SyncHub:
		e.say(i18n.CLISyncRoleHub)
	case store.SyncSpoke:
		e.say(i18n.CLISyncRoleSpoke, e.peerName(st, info.Center))
	default:
		e.say(i18n.CLISyncRoleNone)
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, e.tr.T(i18n.CLISyncStatusHead))
	for _, p := range info.Peers {
		kept := 0
		for _, b := range info.Pending {
			if b.From == p.Center {
				kept++
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", e.peerName(st, p.Center), e.when(p.LastIn, p.InNumber),
			e.when(p.LastOut, p.OutNumber), e.tr.Num(p.Unacked), e.tr.Num(kept))
	}
	tw.Flush()
	for _, p := range info.Peers {
		var numbers []uint64
		for _, b := range info.Pending {
			if b.From == p.Center {
				numbers = append(numbers, b.Number)
			}
		}
		if len(numbers) > 0 {
			if first := slices.Min(numbers); first > p.InNumber+1 {
				e.say(i18n.CLISyncMissing, p.InNumber+1, first-1, e.peerName(st, p.Center))
			}
		}
	}
	e.say(i18n.CLISyncStatusLog, info.LogLen, info.Conflicts)
	return nil
}

var whyKeys = map[string]i18n.Key{
	store.ConflictNotOwner: i18n.SyncWhyNotOwner, store.ConflictSameVer: i18n.SyncWhySameVersion,
	store.ConflictCollision: i18n.SyncWhyCollision, store.ConflictNoFile: i18n.SyncWhyNoFile,
	store.ConflictDamaged: i18n.SyncWhyDamaged,
}

// syncConflicts lists the changes that were not applied, or dismisses
// one (what is here stays; the dismissal is audited).
func syncConflicts(e *env, args []string) error {
	var dismiss *uint64
	var note *string
	db, _, err := syncFlags(e, "conflicts", args, 0, "", func(fs *flag.FlagSet) {
		dismiss = fs.Uint64("dismiss", 0, e.tr.T(i18n.CLIFlagSyncDismiss))
		note = fs.String("note", "", e.tr.T(i18n.CLIFlagSyncNote))
	})
	if err != nil {
		return err
	}
	st, err := e.openExisting(db, *dismiss == 0)
	if err != nil {
		return err
	}
	defer st.Close()
	if *dismiss != 0 {
		if err := st.DismissSyncConflict(store.SystemActor(), *dismiss, *note); err != nil {
			return err
		}
		e.say(i18n.CLISyncDismissed, *dismiss)
		return nil
	}
	cs, err := st.SyncConflicts(store.SystemActor())
	if err != nil {
		return err
	}
	if len(cs) == 0 {
		e.say(i18n.CLISyncNoConflicts)
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, e.tr.T(i18n.CLISyncConflictHead))
	for _, c := range cs {
		x, y := c.Record()
		rec := string(c.Bucket) + " " + x.String()
		if y != 0 {
			rec += " " + y.String()
		}
		why := c.Why
		if k, ok := whyKeys[c.Why]; ok {
			why = e.tr.T(k)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", strconv.FormatUint(c.ID, 10), e.peerName(st, c.From), rec, why)
		for _, ch := range c.Changes() { // here → incoming
			fmt.Fprintf(tw, "\t\t  %s: %q → %q\t\n", ch.Field, ch.Before, ch.After)
		}
	}
	return tw.Flush()
}
