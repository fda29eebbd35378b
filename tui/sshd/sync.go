package sshd

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	psync "github.com/parvande/parvande/store/sync"
	"github.com/parvande/parvande/tui/i18n"
)

// syncCommand serves the sync network on a hub that is also the SSH
// server (its database is held here, so the file steps run here too):
//
//	sync                          an offline center's online sync, run by
//	                              parvande sync online with its sync key
//	sync import < FILE            a bundle carried on a USB stick
//	sync export CENTER [resend]   the next bundle for a center, on stdout
//
// The bundles' signatures are the authority for what they carry; import
// and export are for coordinators and admins.
func (s *Server) syncCommand(sess ssh.Session, u domain.User, tr *i18n.T, args []string, id string) {
	src := host(sess.RemoteAddr())
	if _, _, pty := sess.Pty(); pty {
		s.refuse(sess, tr.T(i18n.SSHSyncUsage)) // a terminal would mangle the bytes
		return
	}
	a := store.Actor{User: u, Source: "ssh " + src}
	var err error
	switch {
	case len(args) == 0:
		err = s.syncOnline(sess, u, src)
	case !domain.Can(u, domain.ActImport, domain.Any):
		s.log.Warn("sync refused: role", "user", u.Login, "source", src, "session", id)
		s.refuse(sess, tr.T(i18n.SSHSyncDenied))
		return
	case args[0] == "import" && len(args) == 1:
		err = s.syncImport(sess, a, tr)
	case args[0] == "export" && (len(args) == 2 || len(args) == 3 && args[2] == "resend"):
		err = s.syncExport(sess, tr, args[1], len(args) == 3)
	default:
		s.refuse(sess, tr.T(i18n.SSHSyncUsage))
		return
	}
	if err != nil {
		s.log.Warn("sync failed", "user", u.Login, "source", src, "session", id, "err", err)
		fmt.Fprintln(sess.Stderr(), syncText(tr, err))
		_ = sess.Exit(1)
		return
	}
	s.log.Info("sync", "user", u.Login, "source", src, "session", id, "args", strings.Join(args, " "))
	_ = sess.Exit(0)
}

// syncOnline answers a spoke connected with its sync key.
func (s *Server) syncOnline(sess ssh.Session, u domain.User, src string) error {
	var key ed25519.PublicKey
	if ck, ok := sess.PublicKey().(gossh.CryptoPublicKey); ok {
		key, _ = ck.CryptoPublicKey().(ed25519.PublicKey)
	}
	if key == nil {
		return psync.ErrUnknownPeer
	}
	// the import runs as the system, recorded with the login and address
	a := store.Actor{User: domain.System, Source: "ssh sync " + u.Login + "@" + src}
	_, err := psync.Answer(s.cfg.Store, a, key, sess, sess)
	return err
}

func (s *Server) syncImport(sess ssh.Session, a store.Actor, tr *i18n.T) error {
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, io.LimitReader(sess, 1<<31)); err != nil {
		return err
	}
	res, err := psync.Import(s.cfg.Store, a, buf.Bytes())
	switch {
	case errors.Is(err, psync.ErrReplayed):
		fmt.Fprintln(sess, tr.T(i18n.CLISyncReplayed, "-", res.Number, s.peerLabel(res.From)))
		return nil
	case err != nil:
		return err
	case res.Waiting:
		fmt.Fprintln(sess, tr.T(i18n.CLISyncWaiting, "-", res.Number, s.peerLabel(res.From), res.MissingFrom, res.MissingTo, s.peerLabel(res.From)))
	default:
		fmt.Fprintln(sess, tr.T(i18n.CLISyncImported, "-", res.Number, s.peerLabel(res.From), res.Applied, res.Unchanged, res.Conflicts))
	}
	return nil
}

func (s *Server) syncExport(sess ssh.Session, tr *i18n.T, center string, resend bool) error {
	n, err := strconv.ParseUint(center, 10, 32)
	if err != nil {
		c, ferr := s.centerByCode(center)
		if ferr != nil {
			return ferr
		}
		n = uint64(c)
	}
	m, err := psync.Export(s.cfg.Store, domain.CenterID(n), resend, nil)
	if err != nil {
		return err
	}
	if _, err := sess.Write(m.Data); err != nil {
		return err // not sent: the next export starts at the same place
	}
	fmt.Fprintln(sess.Stderr(), tr.T(i18n.SSHSyncExported, m.Batch.Number, center, m.Changes, m.Records))
	return psync.Sent(s.cfg.Store, m)
}

// peerLabel names a sending center by its code.
func (s *Server) peerLabel(c domain.CenterID) string {
	if x, err := s.cfg.Store.Center(c); err == nil {
		return x.Code
	}
	return strconv.Itoa(int(c))
}

func (s *Server) centerByCode(code string) (domain.CenterID, error) {
	cs, err := s.cfg.Store.Centers()
	if err != nil {
		return 0, err
	}
	for _, c := range cs {
		if strings.EqualFold(c.Code, code) || c.Name == code {
			return c.ID, nil
		}
	}
	return 0, fmt.Errorf("center %q: %w", code, store.ErrNotFound)
}

// syncText says a sync refusal in the user's language.
func syncText(tr *i18n.T, err error) string {
	for _, k := range []struct {
		err error
		key i18n.Key
	}{
		{psync.ErrBadSign, i18n.ErrSyncBadSign}, {psync.ErrWrongKey, i18n.ErrSyncWrongKey},
		{psync.ErrNotForUs, i18n.ErrSyncNotForUs}, {psync.ErrUnknownPeer, i18n.ErrSyncUnknownPeer},
		{psync.ErrDamaged, i18n.ErrSyncDamaged}, {psync.ErrNotBundle, i18n.ErrSyncNotBundle},
		{psync.ErrNewer, i18n.ErrSyncNewer},
	} {
		if errors.Is(err, k.err) {
			return tr.T(k.key)
		}
	}
	return tr.Err(err)
}
