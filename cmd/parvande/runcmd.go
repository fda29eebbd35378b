package main

import (
	"fmt"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui"
)

const usageRun = `usage: parvande [--db PATH] [--lang fa|en]

Opens the workstation. On an empty database it offers demo data or a short
setup (the first center and an administrator); then it asks you to log in.

examples:
  parvande
  parvande --db /srv/parvande.db --lang en
`

func cmdRun(e *env, args []string) error {
	fs := flags(e, "", usageRun)
	db := dbFlag(fs, e)
	lang := fs.String("lang", "", "language of the screens: fa or en (default: your setting, else LANG)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unknown command %q; run 'parvande help'", fs.Arg(0))
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
