package main

import (
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui"
	"github.com/parvande/parvande/tui/i18n"
)

func cmdRun(e *env, args []string) error {
	fs := flags(e, "", i18n.CLIUsageRun)
	db := dbFlag(fs, e)
	lang := fs.String("lang", "", e.tr.T(i18n.CLIFlagLang))
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return e.fail(i18n.CLIUnknownCommand, fs.Arg(0))
	}
	st, err := store.Open(*db, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	ix, err := search.Build(st)
	if err != nil {
		return err
	}
	return tui.Run(st, ix, tui.Options{Lang: *lang, EnvLang: e.getenv("LANG"), In: e.stdin, Out: e.stdout})
}
