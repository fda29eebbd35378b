package sshd

import (
	"net"
	"strings"
	"sync"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
)

// Context keys this package keeps on a connection.
type ctxKey int

const (
	keyPreAuth ctxKey = iota // gossh.ServerPreAuthConn, to send banners
	keyTried                 // *connState
)

// permFingerprint is the permissions extension holding the approved key's
// fingerprint; the session handler checks it against the key the
// connection really authenticated with (as soft-serve does).
const permFingerprint = "parvande-key-fp"

// connState is what auth learned about one connection.
type connState struct {
	mu       sync.Mutex
	tried    bool // offered at least one key
	bannered bool // the refusal banner was sent
}

func stateOf(ctx ssh.Context) *connState {
	if s, ok := ctx.Value(keyTried).(*connState); ok {
		return s
	}
	return nil
}

// host is the address without the port: failures are counted per host.
func host(a net.Addr) string {
	if a == nil {
		return ""
	}
	h, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return h
}

// serverConfig keeps the pre-auth connection so a refusal can carry a
// message (an SSH banner: OpenSSH and PuTTY show it before "Permission
// denied"). The server adds the public-key callback itself.
func (s *Server) serverConfig(ctx ssh.Context) *gossh.ServerConfig {
	return &gossh.ServerConfig{
		PreAuthConnCallback: func(c gossh.ServerPreAuthConn) { ctx.SetValue(keyPreAuth, c) },
	}
}

// connCallback refuses addresses that failed too often, and counts a
// connection that offered keys but never got in as one failure.
func (s *Server) connCallback(ctx ssh.Context, c net.Conn) net.Conn {
	h := host(c.RemoteAddr())
	if until, blocked := s.limit.blocked(h); blocked {
		s.log.Warn("refused: too many failed logins", "source", h, "until", until.Format("15:04:05"))
		return nil
	}
	st := &connState{}
	ctx.SetValue(keyTried, st)
	return &watchedConn{Conn: c, onClose: func() {
		st.mu.Lock()
		tried := st.tried
		st.mu.Unlock()
		if tried && ctx.Value(ssh.ContextKeyConn) == nil { // never authenticated
			s.failed(h)
		}
	}}
}

// failed counts a failure from h and logs when it blocks the address.
func (s *Server) failed(h string) {
	if s.limit.fail(h) {
		s.log.Warn("rate limit: address blocked after repeated failed logins", "source", h, "for", s.cfg.Limits.Block)
	}
}

type watchedConn struct {
	net.Conn
	once    sync.Once
	onClose func()
}

func (c *watchedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.onClose)
	return err
}

// publicKey decides a key: it must belong to a user whose login is the
// SSH user name. A disabled user's key is let through so that the session
// can tell them so in their language once they proved they hold the
// private key; the session handler refuses them. Anything else is
// refused with the same two-language banner, which says nothing about
// whether the key or the name was wrong.
func (s *Server) publicKey(ctx ssh.Context, key ssh.PublicKey) bool {
	fp := gossh.FingerprintSHA256(key)
	st := stateOf(ctx)
	if st != nil {
		st.mu.Lock()
		st.tried = true
		st.mu.Unlock()
	}
	u, err := s.cfg.Store.UserByKey(key)
	if err == nil && sameLogin(u.Login, ctx.User()) {
		perms := ctx.Permissions()
		if perms.Extensions == nil {
			perms.Extensions = map[string]string{}
		}
		perms.Extensions[permFingerprint] = fp
		return true
	}
	reason := "unknown key"
	if err == nil {
		reason = "key of another login"
	}
	s.log.Warn("auth refused", "source", host(ctx.RemoteAddr()), "user", ctx.User(), "key", fp, "reason", reason)
	s.refusalBanner(ctx, st)
	return false
}

func sameLogin(login, sshUser string) bool {
	return login != "" && login == strings.ToLower(strings.TrimSpace(sshUser))
}

// refusalBanner sends the unknown-key message once per connection, in
// both languages: the server does not know who is asking.
func (s *Server) refusalBanner(ctx ssh.Context, st *connState) {
	if st != nil {
		st.mu.Lock()
		done := st.bannered
		st.bannered = true
		st.mu.Unlock()
		if done {
			return
		}
	}
	if c, ok := ctx.Value(keyPreAuth).(gossh.ServerPreAuthConn); ok {
		_ = c.SendAuthBanner(bothLangs(i18n.SSHUnknownKey) + "\r\n")
	}
}

// bothLangs is a message in Persian, then English, on two lines.
func bothLangs(k i18n.Key, args ...any) string {
	return i18n.New(i18n.Fa).T(k, args...) + "\r\n" + i18n.New(i18n.En).T(k, args...)
}

// sessionUser re-checks, when a session starts, what auth approved: the
// key the connection authenticated with is the approved one, it still
// belongs to a user, and that user's login is the session's user name.
func (s *Server) sessionUser(sess ssh.Session) (domain.User, bool) {
	key := sess.PublicKey()
	if key == nil {
		return domain.User{}, false
	}
	fp := gossh.FingerprintSHA256(key)
	if sess.Permissions().Extensions[permFingerprint] != fp {
		return domain.User{}, false
	}
	u, err := s.cfg.Store.UserByKey(key)
	if err != nil || !sameLogin(u.Login, sess.User()) {
		return domain.User{}, false
	}
	return u, true
}
