package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/parvande/parvande/store/exchange"
	"github.com/parvande/parvande/tui/i18n"
)

// printSummary tells the operator what an import did, in their language.
func printSummary(e *env, r *exchange.Report) {
	tr := e.tr
	dur := tr.Digits(r.Duration.Round(1e6).String())
	if r.DryRun {
		e.say(i18n.CLIImportDry, r.Source, r.DataRows, dur)
		e.say(i18n.CLIImportWould, r.Accepted)
	} else {
		e.say(i18n.CLIImportDone, r.Source, r.DataRows, dur)
		e.say(i18n.CLIImportCounts, r.Created, r.Updated, r.Unchanged)
	}
	e.say(i18n.CLIImportRejected, r.RejectedRows, r.Skipped)
	if n := len(r.CentersCreated); n > 0 {
		k := i18n.CLICentersCreated
		if r.DryRun {
			k = i18n.CLICentersToCreate
		}
		e.say(k, n, someOf(r.CentersCreated))
	}
	if n := len(r.CentersUnknown); n > 0 {
		e.say(i18n.CLICentersUnknown, n, someOf(r.CentersUnknown))
	}
	if len(r.UnknownColumns) > 0 {
		e.say(i18n.CLIColumnsKept, strings.Join(r.UnknownColumns, "، "))
	}
	if len(r.Flags) > 0 {
		e.say(i18n.CLIFlagged, counts(tr, r.Flags))
	}
	if len(r.Warnings) > 0 {
		e.say(i18n.CLIWarnings, counts(tr, r.Warnings))
	}
	if r.RejectedRows > 0 {
		codes := map[string]int{}
		for _, rj := range r.Rejects {
			codes[rj.Code]++
		}
		e.say(i18n.CLIRejectReasons, counts(tr, codes))
		if r.RejectedRows > len(r.Rejects) {
			e.say(i18n.CLIRejectsKeptOnly, len(r.Rejects))
		}
	}
}

// someOf lists the first few names and how many more there are.
func someOf(names []string) string {
	const show = 10
	if len(names) <= show {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:show], ", ") + fmt.Sprintf(", … (+%d)", len(names)-show)
}

// counts renders "kind: n" pairs in a stable order; kinds are the stable
// machine codes the report and the reject CSV use.
func counts(tr *i18n.T, m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + tr.Num(m[k])
	}
	return strings.Join(parts, ", ")
}
