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

	"github.com/parvande/parvande/tui/i18n"
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
	tr             *i18n.T // the operator's language: $PARVANDE_LANG, else LANG
}

func newEnv() *env {
	return &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, isTerminal: isTerminal}
}

type command struct {
	name    string
	summary i18n.Key
	run     func(e *env, args []string) error
}

func commands() []command {
	return []command{
		{"", i18n.CLISumRun, cmdRun},
		{"import", i18n.CLISumImport, cmdImport},
		{"export", i18n.CLISumExport, cmdExport},
		{"dupes", i18n.CLISumDupes, cmdDupes},
		{"report", i18n.CLISumReport, cmdReport},
		{"backup", i18n.CLISumBackup, cmdBackup},
		{"restore", i18n.CLISumRestore, cmdRestore},
		{"check", i18n.CLISumCheck, cmdCheck},
		{"demo", i18n.CLISumDemo, cmdDemo},
		{"serve", i18n.CLISumServe, cmdServe},
		{"user", i18n.CLISumUser, cmdUser},
		{"audit", i18n.CLISumAudit, cmdAudit},
		{"sync", i18n.CLISumSync, cmdSync},
		{"version", i18n.CLISumVersion, cmdVersion},
	}
}

// errUsage marks an error already explained by the flag package's usage.
var errUsage = errors.New("usage")

// userError is a message already in the operator's language.
type userError struct{ msg string }

func (u *userError) Error() string { return u.msg }

// fail makes an error from a catalog message.
func (e *env) fail(k i18n.Key, args ...any) error { return &userError{e.tr.T(k, args...)} }

// say prints a catalog message and a newline.
func (e *env) say(k i18n.Key, args ...any) { fmt.Fprintln(e.stdout, e.tr.T(k, args...)) }

func run(args []string, e *env) int {
	if e.tr == nil {
		e.tr = i18n.New(i18n.Detect(e.getenv("PARVANDE_LANG"), "", e.getenv("LANG")))
	}
	name := ""
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		name, args = args[0], args[1:]
	}
	if name == "help" {
		printHelp(e)
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
		fmt.Fprintln(e.stderr, e.tr.T(i18n.CLIFailed, c.name, e.explain(c.name, err)))
		return 1
	}
	fmt.Fprintln(e.stderr, e.tr.T(i18n.CLIUnknownCommand, name))
	return 2
}

// message says err in the operator's language.
func (e *env) message(err error) string {
	var u *userError
	if errors.As(err, &u) {
		return u.msg
	}
	return e.tr.Err(err)
}

func printHelp(e *env) {
	w, tr := e.stdout, e.tr
	fmt.Fprintf(w, "%s\n\n%s\n\n%s\n", tr.T(i18n.CLITitle), tr.T(i18n.CLIUsageLine), tr.T(i18n.CLICommands))
	for _, c := range commands() {
		n := c.name
		if n == "" {
			n = tr.T(i18n.CLINone)
		}
		fmt.Fprintf(w, "  %-9s %s\n", n, tr.T(c.summary))
	}
	fmt.Fprintf(w, "\n%s\n%s\n", tr.T(i18n.CLIFooterDB), tr.T(i18n.CLIFooterHelp))
}

// flags makes a FlagSet whose --help prints the command's usage text.
func flags(e *env, name string, usage i18n.Key, args ...any) *flag.FlagSet {
	fs := flag.NewFlagSet("parvande "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(e.stderr, e.tr.T(usage, args...))
		fmt.Fprintln(e.stderr, "\n"+e.tr.T(i18n.CLIFlags))
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
	return fs.String("db", defaultDBPath(e.getenv), e.tr.T(i18n.CLIFlagDB))
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
