package main

import (
	"fmt"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

func cmdBackup(e *env, args []string) error {
	fs := flags(e, "backup", i18n.CLIUsageBackup)
	db := dbFlag(fs, e)
	to := fs.String("to", "", e.tr.T(i18n.CLIFlagBackupTo))
	if err := parse(fs, args); err != nil {
		return err
	}
	if *to == "" {
		return e.fail(i18n.CLINeedTo)
	}
	st, err := e.openExisting(*db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Backup(*to); err != nil {
		return err
	}
	e.say(i18n.CLIBackupDone, *to)
	return nil
}

func cmdRestore(e *env, args []string) error {
	fs := flags(e, "restore", i18n.CLIUsageRestore)
	db := dbFlag(fs, e)
	from := fs.String("from", "", e.tr.T(i18n.CLIFlagFrom))
	if err := parse(fs, args); err != nil {
		return err
	}
	if *from == "" {
		return e.fail(i18n.CLINeedFrom)
	}
	if err := store.Restore(*from, *db); err != nil {
		return err
	}
	e.say(i18n.CLIRestored, *db, *from)
	return nil
}

func cmdCheck(e *env, args []string) error {
	fs := flags(e, "check", i18n.CLIUsageCheck)
	db := dbFlag(fs, e)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := e.requireFile(*db); err != nil {
		return err
	}
	problems, err := store.CheckFile(*db)
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintln(e.stdout, p)
	}
	if len(problems) > 0 {
		return e.fail(i18n.CLIProblems, len(problems))
	}
	e.say(i18n.CLINoProblems, *db)
	return nil
}
