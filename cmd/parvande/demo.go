package main

import (
	"errors"
	"strings"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/demo"
	"github.com/parvande/parvande/tui/i18n"
)

func cmdDemo(e *env, args []string) error {
	fs := flags(e, "demo", i18n.CLIUsageDemo, demo.Password)
	db := dbFlag(fs, e)
	n := fs.Int("files", 240, e.tr.T(i18n.CLIFlagFiles))
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := store.Open(*db, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	if err := demo.LoadWith(st, demo.Options{Files: *n}); err != nil {
		if errors.Is(err, demo.ErrNotEmpty) {
			return e.fail(i18n.CLIDemoNotEmpty)
		}
		return err
	}
	e.say(i18n.CLIDemoDone, *db, strings.Join(demo.Logins, ", "), demo.Password)
	return nil
}
