// Package sshd is parvande's SSH server: one store, one search index and
// one duplicate service for the process, and one Bubble Tea program per
// SSH session, each with its own renderer, size, language and user. Users
// log in with their SSH key only (keys belong to users in the store).
package sshd

import (
	"context"
	"errors"
	"net"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/store/search"
	"github.com/parvande/parvande/tui"
)

// Config is what a server shares among its sessions and how it treats
// them.
type Config struct {
	Store *store.Store
	Index *search.Index // loaded by the caller
	Dupes *dupes.Service
	// HostKey is the server's key (LoadHostKey).
	HostKey HostKey
	// Idle ends a session after this long without input; 0 never does.
	Idle time.Duration
	// MaxSessions refuses sessions beyond this many at once; 0: no limit.
	MaxSessions int
	// Limits rate-limit failed logins per address; zero: DefaultLimits.
	Limits Limits
	// Log receives connection, auth and error lines, never a
	// beneficiary's data. nil: a logger to stderr.
	Log *log.Logger
	// Now is the clock (tests); nil: time.Now.
	Now func() time.Time
	// Screens overrides screens (tests); empty: the real ones.
	Screens tui.Screens
}

// Server serves parvande over SSH. Create it with New, run it with Serve,
// stop it with Shutdown.
type Server struct {
	cfg   Config
	ssh   *ssh.Server
	fan   *tui.Fanout
	limit *limiter
	reg   *registry
	log   *log.Logger
}

// New builds a server; it does not listen yet.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil || cfg.Index == nil || len(cfg.HostKey.PEM) == 0 {
		return nil, errors.New("sshd: a store, an index and a host key are needed")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Limits.Failures <= 0 {
		cfg.Limits = DefaultLimits
	}
	if cfg.Log == nil {
		cfg.Log = log.Default()
	}
	s := &Server{
		cfg:   cfg,
		limit: newLimiter(cfg.Limits, cfg.Now),
		reg:   newRegistry(cfg.MaxSessions),
		log:   cfg.Log,
	}
	var more []func(store.Change) error
	if cfg.Dupes != nil {
		more = append(more, cfg.Dupes.Refresh)
	}
	srv, err := wish.NewServer(
		wish.WithHostKeyPEM(cfg.HostKey.PEM),
		// Public keys only: no password or keyboard-interactive handler,
		// so OpenSSH offers nothing else.
		wish.WithPublicKeyAuth(s.publicKey),
		wish.WithMiddleware(s.recoverer),
		wish.WithVersion("parvande"),
	)
	if err != nil {
		return nil, err
	}
	srv.ServerConfigCallback = s.serverConfig
	srv.ConnCallback = s.connCallback
	s.ssh = srv
	s.fan = tui.NewFanout(cfg.Store, cfg.Index, more...)
	s.fan.Add(s.watchUsers)
	return s, nil
}

// watchUsers ends the live sessions of a user who was disabled, or whose
// key was taken away, since they connected: the next connection would be
// refused, and so is this one now.
func (s *Server) watchUsers(msg tea.Msg) {
	c, ok := msg.(tui.ChangedMsg)
	if !ok || c.Change.Kind != "user" {
		return
	}
	for _, id := range c.Change.IDs {
		live := s.reg.ofUser(id)
		if len(live) == 0 {
			continue
		}
		u, err := s.cfg.Store.User(id)
		for _, e := range live {
			if err == nil && !u.Disabled && hasKey(u, e.key) {
				continue
			}
			s.log.Warn("session ended: access revoked", "user", u.Login, "disabled", u.Disabled)
			e.end(endRevoked)
		}
	}
}

func hasKey(u domain.User, fp string) bool {
	for _, k := range store.KeysOf(u) {
		if k.Fingerprint == fp {
			return true
		}
	}
	return false
}

// Serve accepts connections on ln until Shutdown; it returns nil after a
// shutdown.
func (s *Server) Serve(ln net.Listener) error {
	err := s.ssh.Serve(ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Sessions is the number of live sessions.
func (s *Server) Sessions() int { return s.reg.count() }

// Shutdown stops accepting connections, tells every session the server is
// shutting down (in its language) and waits for them to end, or for ctx.
// The caller closes the store afterwards: bbolt's Close waits for
// transactions still running.
func (s *Server) Shutdown(ctx context.Context) error {
	stopped := make(chan error, 1)
	go func() { stopped <- s.ssh.Shutdown(ctx) }() // closes the listener at once
	s.reg.closeAll(endShutdown)
	err := s.reg.wait(ctx)
	// Sessions have ended; drop connections that have none (clients that
	// keep the connection open, or never authenticated).
	s.ssh.Close()
	if serr := <-stopped; err == nil && serr != nil && !errors.Is(serr, ssh.ErrServerClosed) {
		err = serr
	}
	s.fan.Close()
	return err
}

// recoverer keeps one session's panic from taking the server down.
func (s *Server) recoverer(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		defer func() {
			if r := recover(); r != nil {
				s.log.Error("session panicked", "session", shortID(sess), "panic", r)
				_ = sess.Exit(1)
			}
		}()
		s.handle(sess)
		next(sess)
	}
}

// shortID is enough of the session id to follow one session in the log.
func shortID(sess ssh.Session) string {
	id := sess.Context().SessionID()
	if len(id) > 12 {
		id = id[:12]
	}
	return id
}
