package main

import (
	"crypto/ed25519"
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	psync "github.com/parvande/parvande/store/sync"
	"github.com/parvande/parvande/tui/i18n"
)

// cmdSync runs the hub and spoke steps: init-hub, add-spoke, join,
// export, import, status, conflicts. The work is in store/sync.
func cmdSync(e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(e.stderr, e.tr.T(i18n.CLIUsageSync))
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	steps := map[string]func(*env, []string) error{
		"init-hub": syncInitHub, "add-spoke": syncAddSpoke, "join": syncJoin,
		"export": syncExport, "import": syncImport, "status": syncStatus, "conflicts": syncConflicts,
		"online": syncOnline,
	}
	run, ok := steps[args[0]]
	if !ok {
		return e.fail(i18n.CLISyncUnknownSub, args[0])
	}
	return run(e, args[1:])
}

// syncErrKeys says the sync package's refusals in the operator's language.
var syncErrKeys = []struct {
	err error
	key i18n.Key
}{
	{psync.ErrBadSign, i18n.ErrSyncBadSign},
	{psync.ErrWrongKey, i18n.ErrSyncWrongKey},
	{psync.ErrNotForUs, i18n.ErrSyncNotForUs},
	{psync.ErrUnknownPeer, i18n.ErrSyncUnknownPeer},
	{psync.ErrNotJoin, i18n.ErrSyncNotJoin},
	{psync.ErrNewer, i18n.ErrSyncNewer},
	{psync.ErrDamaged, i18n.ErrSyncDamaged},
	{store.ErrSyncBatch, i18n.ErrSyncDamaged},
	{psync.ErrNotBundle, i18n.ErrSyncNotBundle},
	{store.ErrSyncPeer, i18n.ErrSyncUnknownPeer},
	{store.ErrSyncRole, i18n.ErrSyncRole},
}

func (e *env) syncMessage(err error) string {
	for _, s := range syncErrKeys {
		if errors.Is(err, s.err) {
			return e.tr.T(s.key)
		}
	}
	return e.message(err)
}

func (e *env) syncFail(err error) error {
	if err == nil {
		return nil
	}
	return &userError{e.syncMessage(err)}
}

// syncFlags parses a step's flags; want is how many positional
// arguments it takes (-1: one or more), named for the message.
func syncFlags(e *env, step string, args []string, want int, names string, more func(fs *flag.FlagSet)) (string, []string, error) {
	fs := flags(e, "sync "+step, i18n.CLIUsageSync)
	db := dbFlag(fs, e)
	if more != nil {
		more(fs)
	}
	if err := parse(fs, interleaved(fs, args)); err != nil {
		return "", nil, err
	}
	n := fs.NArg()
	if want >= 0 && n > want {
		return "", nil, e.fail(i18n.CLIUnknownCommand, fs.Arg(want))
	}
	if want < 0 && n == 0 || want > 0 && n < want {
		return "", nil, e.fail(i18n.CLISyncNeedArgs, names)
	}
	return *db, fs.Args(), nil
}

// findCenterArg finds a center by number, code or name.
func (e *env) findCenterArg(st *store.Store, q string) (domain.Center, error) {
	if n, err := strconv.ParseUint(strings.TrimSpace(q), 10, 32); err == nil {
		if c, err := st.Center(domain.CenterID(n)); err == nil {
			return c, nil
		}
	}
	return e.findCenter(st, q)
}

// peerName names a peer for the operator: the hub, or a center's code.
func (e *env) peerName(st *store.Store, c domain.CenterID) string {
	if c == store.HubCenter {
		return e.tr.T(i18n.CLISyncHubName)
	}
	if x, err := st.Center(c); err == nil {
		return x.Code + " (" + x.Name + ")"
	}
	return e.tr.Num(int(c))
}

func syncInitHub(e *env, args []string) error {
	db, _, err := syncFlags(e, "init-hub", args, 0, "", nil)
	if err != nil {
		return err
	}
	st, err := e.openExisting(db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	pub, err := psync.InitHub(st)
	if err != nil {
		return e.syncFail(err)
	}
	e.say(i18n.CLISyncHubReady, psync.Fingerprint(pub))
	return nil
}

func syncAddSpoke(e *env, args []string) error {
	var center, out *string
	var again *bool
	db, _, err := syncFlags(e, "add-spoke", args, 0, "", func(fs *flag.FlagSet) {
		center = fs.String("center", "", e.tr.T(i18n.CLIFlagSyncCenter))
		out = fs.String("out", "", e.tr.T(i18n.CLIFlagSyncOut))
		again = fs.Bool("again", false, e.tr.T(i18n.CLIFlagSyncAgain))
	})
	if err != nil {
		return err
	}
	if *center == "" || *out == "" {
		return e.fail(i18n.CLISyncNeedArgs, "--center CENTER --out JOIN_FILE")
	}
	st, err := e.openExisting(db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	c, err := e.findCenterArg(st, *center)
	if err != nil {
		return err
	}
	data, files, err := psync.AddSpoke(st, c.ID, *again)
	if err != nil {
		return e.syncFail(err)
	}
	if err := psync.WriteFile(*out, data); err != nil {
		return err
	}
	info, err := st.SyncInfo()
	if err != nil {
		return err
	}
	e.say(i18n.CLISyncSpokeAdded, c.Code+" ("+c.Name+")", *out, files, fingerprintOf(info.Seed))
	if login, err := psync.RegisterSpokeLogin(st, c.ID); err != nil {
		e.say(i18n.CLISyncLoginFailed, e.message(err))
	} else {
		e.say(i18n.CLISyncLogin, login)
	}
	return nil
}

func syncJoin(e *env, args []string) error {
	db, pos, err := syncFlags(e, "join", args, 1, "JOIN_FILE", nil)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(pos[0])
	if err != nil {
		return err
	}
	if _, err := os.Stat(db); err == nil {
		return e.fail(i18n.CLISyncJoinExists, db)
	}
	if _, err := psync.ReadHeader(data); err != nil {
		return e.syncFail(err)
	}
	st, err := store.Open(db, store.Options{})
	if err != nil {
		return err
	}
	in, err := psync.Join(st, data)
	if err != nil {
		st.Close()
		os.Remove(db) // nothing half-made is left to confuse a retry
		return e.syncFail(err)
	}
	defer st.Close()
	e.say(i18n.CLISyncJoined, e.peerName(st, in.Center), in.Files, in.Hub)
	return nil
}

func syncExport(e *env, args []string) error {
	var to, forC *string
	var resend, index *bool
	db, _, err := syncFlags(e, "export", args, 0, "", func(fs *flag.FlagSet) {
		to = fs.String("to", "", e.tr.T(i18n.CLIFlagSyncTo))
		forC = fs.String("for", "", e.tr.T(i18n.CLIFlagSyncFor))
		resend = fs.Bool("resend", false, e.tr.T(i18n.CLIFlagSyncResend))
		index = fs.Bool("index", false, e.tr.T(i18n.CLIFlagSyncIndex))
	})
	if err != nil {
		return err
	}
	if *to == "" {
		return e.fail(i18n.CLISyncNeedArgs, "--to FILE")
	}
	st, err := e.openExisting(db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	info, err := st.SyncInfo()
	if err != nil {
		return err
	}
	peer := store.HubCenter
	if info.Role == store.SyncHub {
		if *forC == "" {
			return e.fail(i18n.CLISyncNeedFor, e.spokeList(st, &info))
		}
		c, err := e.findCenterArg(st, *forC)
		if err != nil {
			return err
		}
		peer = c.ID
	}
	var attach []byte
	indexed := 0
	if *index && info.Role == store.SyncHub {
		if attach, indexed, err = psync.BuildIndex(st, peer); err != nil {
			return e.syncFail(err)
		}
	}
	m, err := psync.ExportFile(st, peer, *to, *resend, attach)
	if err != nil {
		return e.syncFail(err)
	}
	e.say(i18n.CLISyncExported, m.Batch.Number, e.peerName(st, peer), *to, m.Changes, m.Records)
	if attach != nil {
		e.say(i18n.CLISyncIndexSent, indexed)
	}
	return nil
}

func (e *env) spokeList(st *store.Store, info *store.SyncInfo) string {
	var out []string
	for _, p := range info.Peers {
		out = append(out, e.peerName(st, p.Center))
	}
	return strings.Join(out, ", ")
}

func fingerprintOf(seed []byte) string {
	if len(seed) != 32 {
		return "?"
	}
	return psync.Fingerprint(ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey))
}
