package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/charmbracelet/log"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/sshd"
)

// defaultListen is localhost only: serving the network is a choice the
// operator makes with --listen.
const defaultListen = "127.0.0.1:2222"

// shutdownGrace is how long SIGTERM waits for sessions to end before
// closing their connections.
const shutdownGrace = 20 * time.Second

func cmdServe(e *env, args []string) error {
	fs := flags(e, "serve", i18n.CLIUsageServe)
	db := dbFlag(fs, e)
	listen := fs.String("listen", defaultListen, e.tr.T(i18n.CLIFlagListen))
	hostKey := fs.String("host-key", "", e.tr.T(i18n.CLIFlagHostKey))
	idle := fs.Duration("idle", 30*time.Minute, e.tr.T(i18n.CLIFlagIdle))
	maxSessions := fs.Int("max-sessions", 200, e.tr.T(i18n.CLIFlagMaxSessions))
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return e.fail(i18n.CLIUnknownCommand, fs.Arg(0))
	}
	if *maxSessions <= 0 {
		return e.fail(i18n.CLIServeBadNumber)
	}
	st, err := e.openExisting(*db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	if *hostKey == "" {
		*hostKey = *db + ".hostkey"
	}
	hk, err := sshd.LoadHostKey(*hostKey)
	if err != nil {
		return err
	}
	ix := search.New()
	if err := indexLoader(e, st, ix, false)(); err != nil {
		return err
	}
	dd := dupes.New(st)
	useSpokeIndex(st, dd, *db)
	logger := log.NewWithOptions(e.stderr, log.Options{ReportTimestamp: true, Prefix: "parvande"})
	srv, err := sshd.New(sshd.Config{
		Store: st, Index: ix, Dupes: dd, HostKey: hk,
		Idle: *idle, MaxSessions: *maxSessions, Log: logger,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		return e.fail(i18n.CLIServeListen, *listen, err)
	}
	h, port := connectHost(ln.Addr(), *listen)
	remove, err := store.WriteServing(*db, store.Serving{Host: h, Port: port, Fingerprint: hk.Fingerprint, PID: os.Getpid()})
	if err != nil {
		ln.Close()
		return err
	}
	defer remove()
	e.say(i18n.CLIServeStarted, ln.Addr(), *db, hk.Fingerprint, port, h)
	if !anyKeys(st) {
		fmt.Fprintln(e.stderr, e.tr.T(i18n.CLIServeNoUsers))
	}
	logger.Info("serving", "addr", ln.Addr().String(), "hostkey", hk.Fingerprint, "idle", *idle, "max_sessions", *maxSessions)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	stop() // a second ctrl+c now kills at once
	e.say(i18n.CLIServeStopping)
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		logger.Error("shutdown", "err", err)
	}
	<-served
	// The deferred st.Close waits for transactions still running.
	logger.Info("stopped")
	e.say(i18n.CLIServeStopped)
	return nil
}

// connectHost is what users should type to reach ln: the listen host, or
// this machine's name when listening on every interface.
func connectHost(addr net.Addr, listen string) (h, port string) {
	h, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return addr.String(), ""
	}
	if lh, _, err := net.SplitHostPort(listen); err == nil && lh != "" {
		h = lh
	}
	if ip := net.ParseIP(h); h == "" || (ip != nil && ip.IsUnspecified()) {
		if name, err := os.Hostname(); err == nil && name != "" {
			h = name
		}
	}
	return h, port
}

// anyKeys reports whether some user could log in over SSH.
func anyKeys(st *store.Store) bool {
	users, err := st.Users()
	if err != nil {
		return true // say nothing rather than guess
	}
	for _, u := range users {
		if !u.Disabled && len(store.KeysOf(u)) > 0 {
			return true
		}
	}
	return false
}
