package main

import (
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store/exchange"
	"github.com/parvande/parvande/tui/i18n"
)

// Flag values several commands read the same way.

// centerFlag finds the center a --center flag names (its code, name or
// number, as exchange.FindCenter reads them); "" means every center (0).
func (e *env) centerFlag(centers []domain.Center, name string) (domain.CenterID, error) {
	if name == "" {
		return 0, nil
	}
	id, ok := exchange.FindCenter(centers, name)
	if !ok {
		return 0, e.fail(i18n.CLIUnknownCenter, name)
	}
	return id, nil
}

// sheetLang reads a --lang flag naming a sheet's header language.
func (e *env) sheetLang(s string) (exchange.Lang, error) {
	l := exchange.Lang(strings.ToLower(s))
	if l != exchange.LangFA && l != exchange.LangEN {
		return "", e.fail(i18n.CLIBadHeaderLang, s)
	}
	return l, nil
}
