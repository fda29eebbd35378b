// Command parvande is the case-management workstation for neighborhood
// charity centers. Plain `parvande` opens the workstation; sub-commands do
// the operator's work (import, export, backup...). This file only parses and
// dispatches: the work lives in tui, store and store/exchange.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], newEnv()))
}

// env is what a command may touch of the outside world, so tests can give
// it buffers and a fake environment.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	isTerminal     func(w io.Writer) bool
}

func newEnv() *env {
	return &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, isTerminal: isTerminal}
}

type command struct {
	name, summary, usage string
	run                  func(e *env, args []string) error
}

func commands() []command {
	return []command{
		{"", "open the workstation (the default)", usageRun, cmdRun},
		{"import", "import a CSV or XLSX sheet of households", usageImport, cmdImport},
		{"export", "export households to CSV or XLSX", usageExport, cmdExport},
		{"backup", "copy the database safely while it is in use", usageBackup, cmdBackup},
		{"restore", "replace the database with a checked backup", usageRestore, cmdRestore},
		{"check", "check a database for damage", usageCheck, cmdCheck},
		{"demo", "fill an empty database with demo data", usageDemo, cmdDemo},
		{"version", "print the version", "usage: parvande version\n", cmdVersion},
	}
}

// errUsage marks an error already explained by the flag package's usage.
var errUsage = errors.New("usage")

func run(args []string, e *env) int {
	name := ""
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		name, args = args[0], args[1:]
	}
	if name == "help" {
		printHelp(e.stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		err := c.run(e, args)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		}
		fmt.Fprintf(e.stderr, "parvande %s: %v\n", c.name, err)
		return 1
	}
	fmt.Fprintf(e.stderr, "parvande: unknown command %q; run 'parvande help'\n", name)
	return 2
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "parvande — case files for neighborhood charity centers")
	fmt.Fprintln(w, "\nusage: parvande [command] [flags]\n\ncommands:")
	for _, c := range commands() {
		n := c.name
		if n == "" {
			n = "(none)"
		}
		fmt.Fprintf(w, "  %-9s %s\n", n, c.summary)
	}
	fmt.Fprintln(w, "\nEvery command takes --db PATH (default $PARVANDE_DB, else the per-user data directory).")
	fmt.Fprintln(w, "Run 'parvande COMMAND --help' for a command's flags and examples.")
}

// flags makes a FlagSet whose --help prints the command's usage text.
func flags(e *env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet("parvande "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(e.stderr, usage)
		fmt.Fprintln(e.stderr, "\nflags:")
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags and maps a bad flag to errUsage (already printed).
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

func dbFlag(fs *flag.FlagSet, e *env) *string {
	return fs.String("db", defaultDBPath(e.getenv), "database file")
}

// interleaved moves flags in front of positional arguments, so that
// "import sheet.csv --dry-run" works as people type it; the flag package
// alone stops at the first positional argument.
func interleaved(fs *flag.FlagSet, args []string) []string {
	var flagArgs, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		flagArgs = append(flagArgs, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flagArgs = append(flagArgs, args[i])
		}
	}
	return append(flagArgs, pos...)
}
