// Package i18n is parvande's message catalog (fa and en) and the
// translator screens use to say anything: messages, numbers, dates, money,
// enum names and errors. Every visible string comes from here.
//
// Messages live in msg_*.go as Key constants next to their fa and en text,
// one line each, so a missing translation shows in review and in
// TestCatalogComplete.
package i18n

import (
	"fmt"
	"strings"
)

// Lang is a user-interface language.
type Lang uint8

const (
	Fa Lang = iota // Persian: the main language
	En
)

// Code is the language's code as stored in a user's setting: "fa" or "en".
func (l Lang) Code() string {
	if l == En {
		return "en"
	}
	return "fa"
}

// RTL reports whether the language is written right to left.
func (l Lang) RTL() bool { return l == Fa }

// Other is the language the switch key flips to.
func (l Lang) Other() Lang {
	if l == En {
		return Fa
	}
	return En
}

// ParseLang reads "fa", "en", "fa_IR.UTF-8", "en-US" and the like.
func ParseLang(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(s, "fa"), strings.HasPrefix(s, "per"):
		return Fa, true
	case strings.HasPrefix(s, "en"):
		return En, true
	}
	return Fa, false
}

// Detect picks the language: the --lang flag, else the user's setting, else
// LANG. A LANG of another language gets English (more likely read than
// Persian); no LANG, C or POSIX gets Persian, the field's language.
func Detect(flag, userSetting, envLANG string) Lang {
	for _, s := range []string{flag, userSetting} {
		if l, ok := ParseLang(s); ok {
			return l
		}
	}
	if l, ok := ParseLang(envLANG); ok {
		return l
	}
	switch strings.ToUpper(strings.TrimSpace(envLANG)) {
	case "", "C", "POSIX", "C.UTF-8", "C.UTF8":
		return Fa
	}
	return En
}

// Key names a message in the catalog.
type Key string

// text is one message in both languages.
type text struct{ fa, en string }

// tables are the catalog's parts, one per msg_*.go file. Read-only.
var tables = []map[Key]text{appMsgs, startMsgs, listMsgs, fileMsgs, formMsgs, enumMsgs, errMsgs, fileScreenMsgs, formScreenMsgs, cliMsgs, sheetMsgs, dupesMsgs, reviewMsgs,
	matchPanelMsgs, linksMsgs, parallelMsgs, sshMsgs, adminMsgs, auditMsgs, rtlMsgs, syncMsgs}

func lookup(k Key) (text, bool) {
	for _, t := range tables {
		if m, ok := t[k]; ok {
			return m, true
		}
	}
	return text{}, false
}

// T is a translator for one language. It is immutable: switching language
// means making a new one.
type T struct{ lang Lang }

// New returns the translator for l.
func New(l Lang) *T { return &T{lang: l} }

// Lang is the translator's language.
func (tr *T) Lang() Lang { return tr.lang }

// T returns the message k, formatted with args as by fmt.Sprintf. In fa,
// integer arguments print with Persian digits. An unknown key shows itself
// in brackets, visible in tests and in review, never a crash.
func (tr *T) T(k Key, args ...any) string {
	m, ok := lookup(k)
	if !ok {
		return "[" + string(k) + "]"
	}
	s := m.en
	if tr.lang == Fa {
		s = m.fa
	}
	if len(args) == 0 {
		return s
	}
	if tr.lang == Fa {
		args = persianArgs(args)
	}
	return fmt.Sprintf(s, args...)
}

// Has reports whether k is in the catalog.
func Has(k Key) bool { _, ok := lookup(k); return ok }
