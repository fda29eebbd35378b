package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"golang.org/x/term"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// cmdUser manages users and their SSH keys as the machine's operator
// (store.SystemActor): the way to let the first caseworkers onto a server.
func cmdUser(e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(e.stderr, e.tr.T(i18n.CLIUsageUser))
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	sub, rest := args[0], args[1:]
	if sub == "key" {
		if len(rest) == 0 {
			return e.fail(i18n.CLIUserNeedArgs, "add|remove|list")
		}
		sub, rest = "key "+rest[0], rest[1:]
	}
	run, ok := map[string]func(*env, *store.Store, []string) error{
		"add": nil, "list": userList, "disable": userDisable, "enable": userEnable,
		"key add": keyAdd, "key remove": keyRemove, "key list": keyList,
	}[sub]
	if !ok {
		return e.fail(i18n.CLIUserUnknownSub, sub)
	}
	return e.withUserFlags(sub, rest, run)
}

// userFlags are the flags of "user add"; the other sub-commands take only
// --db, and refuse these.
type userFlags struct {
	login, role, center, name, key *string
	password                       *bool
}

var userArgs = map[string]int{"add": 0, "list": 0, "disable": 1, "enable": 1, "key add": 2, "key remove": 2, "key list": 1}

var userArgNames = map[string]string{"disable": "LOGIN", "enable": "LOGIN", "key add": "LOGIN FILE|-", "key remove": "LOGIN FINGERPRINT", "key list": "LOGIN"}

func (e *env) withUserFlags(sub string, args []string, run func(*env, *store.Store, []string) error) error {
	fs := flags(e, "user "+sub, i18n.CLIUsageUser)
	db := dbFlag(fs, e)
	var uf userFlags
	if sub == "add" {
		uf.login = fs.String("login", "", e.tr.T(i18n.CLIFlagLogin))
		uf.role = fs.String("role", "", e.tr.T(i18n.CLIFlagRole))
		uf.center = fs.String("center", "", e.tr.T(i18n.CLIFlagUserCenter))
		uf.name = fs.String("name", "", e.tr.T(i18n.CLIFlagUserName))
		uf.key = fs.String("key", "", e.tr.T(i18n.CLIFlagKey))
		uf.password = fs.Bool("password", false, e.tr.T(i18n.CLIFlagPassword))
	}
	if err := parse(fs, interleaved(fs, args)); err != nil {
		return err
	}
	if fs.NArg() != userArgs[sub] {
		if fs.NArg() > userArgs[sub] {
			return e.fail(i18n.CLIUnknownCommand, fs.Arg(userArgs[sub]))
		}
		return e.fail(i18n.CLIUserNeedArgs, userArgNames[sub])
	}
	st, err := e.openExisting(*db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	if run == nil { // add: its flags are here
		return e.userAdd(st, uf)
	}
	return run(e, st, fs.Args())
}

func (e *env) userAdd(st *store.Store, uf userFlags) error {
	if strings.TrimSpace(*uf.login) == "" {
		return e.fail(i18n.CLIUserNeedLogin)
	}
	role, ok := parseRole(*uf.role)
	if !ok {
		return e.fail(i18n.CLIUserBadRole, *uf.role)
	}
	u := domain.User{Login: *uf.login, Name: strings.TrimSpace(*uf.name), Role: role}
	if u.Name == "" {
		u.Name = strings.TrimSpace(*uf.login)
	}
	if *uf.center != "" {
		c, err := e.findCenter(st, *uf.center)
		if err != nil {
			return err
		}
		u.Center = c.ID
	}
	in := bufio.NewReader(e.stdin)
	if *uf.key != "" {
		line, err := e.readKey(in, *uf.key)
		if err != nil {
			return err
		}
		u.Keys = []string{line}
	}
	pass := ""
	if *uf.password {
		var err error
		if pass, err = e.askPassword(in, u.Login); err != nil {
			return err
		}
	}
	made, err := st.CreateUser(store.SystemActor(), u, pass)
	if errors.Is(err, store.ErrUserCenter) {
		return e.fail(i18n.CLIUserCenterRequire, centerList(st))
	}
	if err != nil {
		return e.userErr(err, u.Login, "")
	}
	e.say(i18n.CLIUserAdded, made.Login, e.tr.Role(made.Role))
	if pass == "" && len(made.Keys) == 0 {
		e.say(i18n.CLIUserNoWayIn, made.Login, made.Login)
	}
	return nil
}

func parseRole(s string) (domain.Role, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, r := range []domain.Role{domain.RoleCaseworker, domain.RoleSupervisor, domain.RoleCoordinator, domain.RoleAdmin} {
		if s != "" && s == r.String() {
			return r, true
		}
	}
	return 0, false
}

// findCenter finds a center by name or code.
func (e *env) findCenter(st *store.Store, q string) (domain.Center, error) {
	cs, err := st.Centers()
	if err != nil {
		return domain.Center{}, err
	}
	q = strings.TrimSpace(q)
	for _, c := range cs {
		if c.Name == q || strings.EqualFold(c.Code, q) {
			return c, nil
		}
	}
	return domain.Center{}, e.fail(i18n.CLIUserNoCenter, q, centerList(st))
}

func centerList(st *store.Store) string {
	cs, _ := st.Centers()
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, c.Code+" ("+c.Name+")")
	}
	return strings.Join(out, ", ")
}

// readKey reads one public key from a file, or from standard input for
// "-": the first line that is not blank or a comment.
func (e *env) readKey(in *bufio.Reader, from string) (string, error) {
	var r io.Reader = in
	if from != "-" {
		f, err := os.Open(from)
		if err != nil {
			return "", e.fail(i18n.CLIUserKeyFile, from, err)
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			if _, _, err := store.ParseKey(line); err != nil {
				return "", e.fail(i18n.CLIUserBadKey)
			}
			return line, nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", e.fail(i18n.CLIUserKeyFile, from, err)
	}
	return "", e.fail(i18n.CLIUserBadKey)
}

// askPassword asks twice on a terminal (without echo), or reads one line
// from a pipe.
func (e *env) askPassword(in *bufio.Reader, login string) (string, error) {
	if f, ok := e.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(e.stderr, e.tr.T(i18n.CLIUserPassPrompt, login))
		a, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(e.stderr)
		if err != nil {
			return "", err
		}
		fmt.Fprint(e.stderr, e.tr.T(i18n.CLIUserPassAgain))
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(e.stderr)
		if err != nil {
			return "", err
		}
		if string(a) != string(b) {
			return "", e.fail(i18n.CLIUserPassMismatch)
		}
		return string(a), nil
	}
	line, err := in.ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// userErr says a store error of the user commands in the operator's
// language.
func (e *env) userErr(err error, login, fp string) error {
	switch {
	case errors.Is(err, store.ErrBadKey):
		return e.fail(i18n.CLIUserBadKey)
	case errors.Is(err, store.ErrKeyTaken):
		return e.fail(i18n.CLIUserKeyTaken)
	case errors.Is(err, store.ErrNoSuchKey):
		return e.fail(i18n.CLIUserNoSuchKey, login, fp, login)
	case errors.Is(err, store.ErrExists) && fp != "":
		return e.fail(i18n.CLIUserKeyHere)
	case errors.Is(err, store.ErrExists):
		return e.fail(i18n.CLIUserLoginTaken, login)
	}
	return err
}

// lookup finds a user by login, or says there is none.
func (e *env) lookup(st *store.Store, login string) (domain.User, error) {
	u, err := st.UserByLogin(login)
	if errors.Is(err, store.ErrNotFound) {
		return u, e.fail(i18n.CLIUserNoSuchUser, login)
	}
	return u, err
}

func userList(e *env, st *store.Store, _ []string) error {
	users, err := st.Users()
	if err != nil {
		return err
	}
	if len(users) == 0 {
		e.say(i18n.CLIUserNone)
		return nil
	}
	cs, err := st.Centers()
	if err != nil {
		return err
	}
	names := map[domain.CenterID]string{}
	for _, c := range cs {
		names[c.ID] = c.Name
	}
	w := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(w, e.tr.T(i18n.CLIUserListHead))
	for _, u := range users {
		center := names[u.Center]
		if u.Center == 0 {
			center = e.tr.T(i18n.CLIUserAllCenters)
		}
		state := e.tr.T(i18n.CLIUserActive)
		if u.Disabled {
			state = e.tr.T(i18n.CLIUserInactive)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", u.Login, u.Name, e.tr.Role(u.Role), center, e.tr.Num(len(store.KeysOf(u))), state)
	}
	return w.Flush()
}

func userDisable(e *env, st *store.Store, args []string) error {
	return e.setDisabled(st, args[0], true)
}
func userEnable(e *env, st *store.Store, args []string) error {
	return e.setDisabled(st, args[0], false)
}

func (e *env) setDisabled(st *store.Store, login string, off bool) error {
	u, err := e.lookup(st, login)
	if err != nil {
		return err
	}
	u.Disabled = off
	if _, err := st.UpdateUser(store.SystemActor(), u); err != nil {
		return err
	}
	if off {
		e.say(i18n.CLIUserDisabled, u.Login)
	} else {
		e.say(i18n.CLIUserEnabled, u.Login)
	}
	return nil
}

func keyAdd(e *env, st *store.Store, args []string) error {
	u, err := e.lookup(st, args[0])
	if err != nil {
		return err
	}
	line, err := e.readKey(bufio.NewReader(e.stdin), args[1])
	if err != nil {
		return err
	}
	k, err := st.AddKey(store.SystemActor(), u.ID, line)
	if err != nil {
		return e.userErr(err, u.Login, "-")
	}
	e.say(i18n.CLIUserKeyAdded, k.Fingerprint, u.Login)
	return nil
}

func keyRemove(e *env, st *store.Store, args []string) error {
	u, err := e.lookup(st, args[0])
	if err != nil {
		return err
	}
	if err := st.RemoveKey(store.SystemActor(), u.ID, args[1]); err != nil {
		return e.userErr(err, u.Login, args[1])
	}
	e.say(i18n.CLIUserKeyRemoved, args[1], u.Login)
	return nil
}

func keyList(e *env, st *store.Store, args []string) error {
	u, err := e.lookup(st, args[0])
	if err != nil {
		return err
	}
	keys := store.KeysOf(u)
	if len(keys) == 0 {
		e.say(i18n.CLIUserNoKeys, u.Login)
		return nil
	}
	for _, k := range keys {
		fmt.Fprintf(e.stdout, "%s %s %s\n", k.Type, k.Fingerprint, k.Comment)
	}
	return nil
}
