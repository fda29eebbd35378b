package main

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"flag"
	"net"
	"os"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/store"
	psync "github.com/parvande/parvande/store/sync"
	"github.com/parvande/parvande/tui/i18n"
)

// syncOnline is an offline center's sync with the hub's SSH server, both
// directions in one run, authenticated with the center's sync key.
func syncOnline(e *env, args []string) error {
	var hub, login *string
	db, _, err := syncFlags(e, "online", args, 0, "", func(fs *flag.FlagSet) {
		hub = fs.String("hub", "", e.tr.T(i18n.CLIFlagSyncHub))
		login = fs.String("login", "", e.tr.T(i18n.CLIFlagSyncLogin))
	})
	if err != nil {
		return err
	}
	if *hub == "" {
		return e.fail(i18n.CLISyncNeedArgs, "--hub HOST:PORT")
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
	if info.Role != store.SyncSpoke || len(info.Seed) != ed25519.SeedSize {
		return e.syncFail(store.ErrSyncRole)
	}
	if *login == "" {
		*login = psync.SpokeLogin(info.Center)
	}
	signer, err := gossh.NewSignerFromKey(ed25519.NewKeyFromSeed(info.Seed))
	if err != nil {
		return err
	}
	hostFile := db + ".hubhost"
	var changed error
	cfg := &gossh.ClientConfig{
		User: *login, Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)}, Timeout: 20 * time.Second,
		HostKeyCallback: e.pinHostKey(hostFile, &changed),
	}
	client, err := gossh.Dial("tcp", *hub, cfg)
	if err != nil {
		if changed != nil {
			return &userError{changed.Error()}
		}
		return e.fail(i18n.CLISyncNoHub, *hub, err)
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		return e.fail(i18n.CLISyncNoHub, *hub, err)
	}
	defer sess.Close()
	stdin, err := sess.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		return err
	}
	if err := sess.Start("sync"); err != nil {
		return e.fail(i18n.CLISyncNoHub, *hub, err)
	}
	sent, status, got, err := psync.Exchange(st, store.SystemActor(), stdout, stdin)
	stdin.Close()
	sess.Wait()
	switch {
	case errors.Is(err, psync.ErrRefusedByHub):
		return e.fail(i18n.CLISyncHubRefused, status)
	case err != nil:
		return e.syncFail(err)
	}
	e.say(i18n.CLISyncOnlineDone, *hub, sent.Changes, got.Applied, got.Unchanged, got.Conflicts)
	if got.Conflicts > 0 {
		e.say(i18n.CLISyncHasConflicts, got.Conflicts)
	}
	return nil
}

// pinHostKey trusts the hub's host key the first time and then only that
// key: the bundles are signed, so a stranger in between could only
// withhold them, but an operator should still hear of a changed server.
func (e *env) pinHostKey(path string, changed *error) gossh.HostKeyCallback {
	return func(hostname string, remote net.Addr, key gossh.PublicKey) error {
		fp := gossh.FingerprintSHA256(key)
		old, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) {
			return psync.WriteFile(path, []byte(fp+"\n"))
		}
		if err != nil {
			return err
		}
		if was := string(bytes.TrimSpace(old)); was != fp {
			*changed = errors.New(e.tr.T(i18n.CLISyncHostChanged, hostname, fp, was, path))
			return *changed
		}
		return nil
	}
}
