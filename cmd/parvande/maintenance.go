package main

import (
	"errors"
	"fmt"

	"github.com/parvande/parvande/store"
)

const usageBackup = `usage: parvande backup [--db PATH] --to FILE

Copies the database to FILE while it may be in use, then opens the copy and
checks it; FILE appears only when the check passed.

examples:
  parvande backup --to /media/usb/parvande-1403-09-12.db
  PARVANDE_DB=/srv/parvande.db parvande backup --to backup.db
`

func cmdBackup(e *env, args []string) error {
	fs := flags(e, "backup", usageBackup)
	db := dbFlag(fs, e)
	to := fs.String("to", "", "backup file to write (required)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *to == "" {
		return errors.New("say where the backup goes: --to FILE")
	}
	st, err := openExisting(*db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Backup(*to); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "backup written and checked: %s\n", *to)
	return nil
}

const usageRestore = `usage: parvande restore [--db PATH] --from FILE

Replaces the database with a backup. The backup is checked first and refused
if damaged; the database it replaces is kept as PATH.before-restore.

example:
  parvande restore --from /media/usb/parvande-1403-09-12.db
`

func cmdRestore(e *env, args []string) error {
	fs := flags(e, "restore", usageRestore)
	db := dbFlag(fs, e)
	from := fs.String("from", "", "backup file to restore (required)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *from == "" {
		return errors.New("say which backup to restore: --from FILE")
	}
	if err := store.Restore(*from, *db); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "restored %s from %s\n", *db, *from)
	return nil
}

const usageCheck = `usage: parvande check [--db PATH]

Checks the database file's structure and parvande's own indexes. Exits 1 and
lists the problems when any are found.

example:
  parvande check --db /srv/parvande.db
`

func cmdCheck(e *env, args []string) error {
	fs := flags(e, "check", usageCheck)
	db := dbFlag(fs, e)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := requireFile(*db); err != nil {
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
		return fmt.Errorf("%d problems found; restore the last good backup with 'parvande restore'", len(problems))
	}
	fmt.Fprintf(e.stdout, "%s: no problems found\n", *db)
	return nil
}
