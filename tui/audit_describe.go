package tui

import (
	"strconv"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// Saying an audit event in the reader's language: what was done and,
// per field, before → after. File fields are named as the file's history
// tab names them (one table of names, in file_history.go); the fields of
// users, centers and duplicate decisions are named here.

var auditActionKeys = map[domain.Action]i18n.Key{
	domain.ActFileView: i18n.AuditActView, domain.ActFileMatchCard: i18n.AuditActCard,
	domain.ActFileCreate: i18n.AuditActCreate, domain.ActFileEdit: i18n.AuditActEdit,
	domain.ActFileClose: i18n.AuditActClose, domain.ActFileTransfer: i18n.AuditActTransfer,
	domain.ActVisitRecord: i18n.AuditActVisit, domain.ActAidRecord: i18n.AuditActAid,
	domain.ActDuplicateView: i18n.AuditActDupView, domain.ActDuplicateDecide: i18n.AuditActDecide,
	domain.ActUserManage: i18n.AuditActUser, domain.ActCenterManage: i18n.AuditActCenter,
	domain.ActImport: i18n.AuditActImport, domain.ActExport: i18n.AuditActExport,
	domain.ActBackup: i18n.AuditActBackup, domain.ActAuditView: i18n.AuditActAudit,
	domain.ActReportView: i18n.AuditActReport,
}

// AuditActionName names an action in tr's language (the filter's choices).
func AuditActionName(tr *i18n.T, a domain.Action) string {
	if k, ok := auditActionKeys[a]; ok {
		return tr.T(k)
	}
	return tr.T(i18n.AuditActUnknown)
}

// AuditWhat says what an event did: a view says whose look it was, other
// events name their action.
func AuditWhat(tr *i18n.T, ev domain.AuditEvent) string {
	if ev.Kind == store.ViewKind {
		if ev.Action == domain.ActFileMatchCard {
			return tr.T(i18n.AuditActCardShown)
		}
		return tr.T(i18n.AuditActOpened)
	}
	return AuditActionName(tr, ev.Action)
}

// AuditSource names where an event came from: an SSH client's address as
// it is, the workstation and the command line in words.
func AuditSource(tr *i18n.T, src string) string {
	switch src {
	case "local":
		return tr.T(i18n.AuditSourceLocal)
	case "cli":
		return tr.T(i18n.AuditSourceCLI)
	}
	return src
}

var auditFields = map[string]i18n.Key{
	"login": i18n.AuditFieldLogin, "role": i18n.AuditFieldRole, "lang": i18n.AuditFieldLang,
	"disabled": i18n.AuditFieldDisabled, "keys": i18n.AuditFieldKeys, "password": i18n.AuditFieldPassword,
	"pair": i18n.AuditFieldPair, "verdict": i18n.AuditFieldVerdict, "score": i18n.AuditFieldScore,
	"link": i18n.AuditFieldLink, "matched": i18n.AuditFieldMatched, "code": i18n.AuditFieldCode,
	"report": i18n.AuditFieldReport, "families": i18n.AuditFieldFamilies,
}

// AuditChanges is one line per field an event changed ("role: caseworker
// → supervisor"), then its note. centers names centers in values.
func AuditChanges(tr *i18n.T, centers map[domain.CenterID]domain.Center, ev domain.AuditEvent) []string {
	if ev.Kind == store.ViewKind {
		return nil // a view changes nothing; its file is in its own column
	}
	// the history tab's field names and value formats, without a screen
	fs := &fileScreen{s: &Session{Tr: tr, Centers: centers}}
	out := make([]string, 0, len(ev.Changes)+1)
	for _, c := range ev.Changes {
		var label, before, after string
		k, ok := auditFields[c.Field]
		switch {
		case c.Field == "name" && (ev.Kind == "user" || ev.Kind == "center"):
			k, ok = i18n.AuditFieldName, true
		case c.Field == "file" && ev.Kind == "backup":
			k, ok = i18n.AuditFieldCopy, true
		case c.Field == "file" && ev.Kind == "report":
			k, ok = i18n.AuditFieldWritten, true
		}
		if ok {
			label, before, after = tr.T(k), auditValue(tr, c.Field, c.Before), auditValue(tr, c.Field, c.After)
		} else {
			var base string
			label, base = fs.histField(ev, c.Field)
			before, after = fs.histValue(ev, base, c.Before), fs.histValue(ev, base, c.After)
		}
		switch {
		case c.Before == "":
			out = append(out, tr.T(i18n.AuditSet, label, after))
		case c.After == "":
			out = append(out, tr.T(i18n.AuditCleared, label, before))
		default:
			out = append(out, tr.T(i18n.AuditChange, label, before, after))
		}
	}
	if ev.Note != "" {
		out = append(out, tr.T(i18n.AuditNote, ev.Note))
	}
	return out
}

// auditValue shows a stored value of a user, center or decision field.
func auditValue(tr *i18n.T, field, v string) string {
	if v == "" {
		return ""
	}
	switch field {
	case "role":
		if r, ok := domain.ParseRole(v); ok {
			return tr.Role(r)
		}
	case "disabled":
		if b, err := strconv.ParseBool(v); err == nil {
			if b {
				return tr.T(i18n.Yes)
			}
			return tr.T(i18n.No)
		}
	case "keys":
		return tr.T(i18n.AuditKeysCount, len(strings.Split(v, "\n")))
	case "password":
		switch v {
		case "set":
			return tr.T(i18n.AuditPassSet)
		case "removed":
			return tr.T(i18n.AuditPassRemoved)
		}
	case "report":
		if v == store.ReportParallel {
			return tr.T(i18n.TitleParallel)
		}
	case "verdict":
		switch v {
		case "same":
			return tr.T(i18n.AuditVerdictSame)
		case "different":
			return tr.T(i18n.AuditVerdictDiff)
		}
	}
	return tr.Digits(v)
}
