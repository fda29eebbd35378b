package main

import (
	"fmt"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/demo"
)

const usageDemo = `usage: parvande demo [--db PATH] [--files N]

Creates demo centers, staff, households, visits and aid in an empty database
(all invented). Every demo user's password is ` + demo.Password + `.

examples:
  parvande demo --db /tmp/try.db && parvande --db /tmp/try.db
  parvande demo --files 5000
`

func cmdDemo(e *env, args []string) error {
	fs := flags(e, "demo", usageDemo)
	db := dbFlag(fs, e)
	n := fs.Int("files", 240, "number of households")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := store.Open(*db, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	if err := demo.LoadWith(st, demo.Options{Files: *n}); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "demo data written to %s\nusers: %v, password %s\n", *db, demo.Logins, demo.Password)
	return nil
}
