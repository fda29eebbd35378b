package main

import (
	"os"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// requireFile says plainly that a database does not exist, instead of
// creating an empty one where the user expected their data.
func (e *env) requireFile(path string) error {
	if _, err := os.Stat(path); err != nil {
		if os.IsNotExist(err) {
			return e.fail(i18n.CLINoDatabase, path)
		}
		return err
	}
	return nil
}

// openExisting opens a database that must already exist.
func (e *env) openExisting(path string, readOnly bool) (*store.Store, error) {
	if err := e.requireFile(path); err != nil {
		return nil, err
	}
	return store.Open(path, store.Options{ReadOnly: readOnly})
}
