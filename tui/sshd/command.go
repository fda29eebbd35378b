package sshd

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/charmbracelet/ssh"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/tui/i18n"
)

// command runs a non-interactive command. The only one is "backup", for
// administrators: the database, copied and checked while the server runs,
// written to the session's standard output:
//
//	ssh -p 2222 admin@host backup > copy.db
func (s *Server) command(sess ssh.Session, u domain.User, tr *i18n.T, cmd []string, id string) {
	src := host(sess.RemoteAddr())
	if cmd[0] == "sync" {
		s.syncCommand(sess, u, tr, cmd[1:], id) // sync with offline centers (sync.go)
		return
	}
	if len(cmd) != 1 || cmd[0] != "backup" {
		s.log.Info("command refused: unknown", "user", u.Login, "source", src, "session", id)
		s.refuse(sess, tr.T(i18n.SSHUnknownCommand, cmd[0]))
		return
	}
	if !domain.Can(u, domain.ActBackup, domain.Any) {
		s.log.Warn("backup refused: not an admin", "user", u.Login, "source", src, "session", id)
		s.refuse(sess, tr.T(i18n.SSHBackupDenied))
		return
	}
	if _, _, pty := sess.Pty(); pty {
		// A terminal would mangle the bytes (and print them on screen).
		s.refuse(sess, tr.T(i18n.SSHBackupPTY, u.Login))
		return
	}
	start := s.cfg.Now()
	n, err := s.backupTo(sess, store.Actor{User: u, Source: src})
	if err != nil {
		s.log.Error("backup failed", "user", u.Login, "session", id, "err", err)
		s.refuse(sess, tr.T(i18n.SSHBackupFailed, tr.Err(err)))
		return
	}
	s.log.Info("backup sent", "user", u.Login, "source", src, "session", id, "bytes", n, "took", s.cfg.Now().Sub(start).Round(1e6))
	_ = sess.Exit(0)
}

// backupTo makes a checked copy beside the database (Store.BackupAs checks
// the role in the store, writes, syncs, verifies and audits it) and streams
// it to w, so the client never gets a copy that failed its check.
func (s *Server) backupTo(w io.Writer, a store.Actor) (int64, error) {
	dir, err := os.MkdirTemp(filepath.Dir(s.cfg.Store.Path()), ".parvande-backup-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "copy.db")
	if err := s.cfg.Store.BackupAs(a, path); err != nil {
		return 0, err
	}
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n, err := io.Copy(w, f)
	if err != nil {
		return n, fmt.Errorf("send: %w", err)
	}
	return n, nil
}
