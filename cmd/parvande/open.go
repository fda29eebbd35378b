package main

import (
	"fmt"
	"os"

	"github.com/parvande/parvande/store"
)

// requireFile says plainly that a database does not exist, instead of
// creating an empty one where the user expected their data.
func requireFile(path string) error {
	if _, err := os.Stat(path); err != nil {
		if os.IsNotExist(err) {
			return fmt.Errorf("no database at %s; give the right --db, or create one with 'parvande demo' or 'parvande import'", path)
		}
		return err
	}
	return nil
}

// openExisting opens a database that must already exist.
func openExisting(path string, readOnly bool) (*store.Store, error) {
	if err := requireFile(path); err != nil {
		return nil, err
	}
	return store.Open(path, store.Options{ReadOnly: readOnly})
}
