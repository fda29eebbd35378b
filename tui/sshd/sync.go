package sshd

import (
	"crypto/ed25519"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	psync "github.com/parvande/parvande/store/sync"
	"github.com/parvande/parvande/tui/i18n"
)

// syncCommand is an offline center's online sync: "ssh LOGIN@hub sync"
// run by parvande sync online with the spoke's sync key (registered as
// the key of the center's sync login by sync add-spoke). The stream
// carries signed bundles both ways (store/sync.Answer); the key the
// connection authenticated with must be a spoke's sync key.
func (s *Server) syncCommand(sess ssh.Session, u domain.User, tr *i18n.T, id string) {
	src := host(sess.RemoteAddr())
	var key ed25519.PublicKey
	if ck, ok := sess.PublicKey().(gossh.CryptoPublicKey); ok {
		key, _ = ck.CryptoPublicKey().(ed25519.PublicKey)
	}
	if _, _, pty := sess.Pty(); pty || key == nil {
		s.refuse(sess, tr.T(i18n.SSHUnknownCommand, "sync"))
		return
	}
	// the bundle's signature is the authority: the import runs as the
	// system, recorded with the connection's login and address
	a := store.Actor{User: domain.System, Source: "ssh sync " + u.Login + "@" + src}
	res, err := psync.Answer(s.cfg.Store, a, key, sess, sess)
	if err != nil {
		s.log.Warn("sync failed", "user", u.Login, "source", src, "session", id, "err", err)
		_ = sess.Exit(1)
		return
	}
	s.log.Info("sync", "user", u.Login, "source", src, "session", id, "applied", res.Applied, "conflicts", res.Conflicts)
	_ = sess.Exit(0)
}
