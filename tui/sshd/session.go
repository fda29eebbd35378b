package sshd

import (
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	bm "github.com/charmbracelet/wish/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui"
	"github.com/parvande/parvande/tui/i18n"
)

// handle runs one SSH session: it checks the user again, then runs the
// admin's backup command or a parvande program.
func (s *Server) handle(sess ssh.Session) {
	start := s.cfg.Now()
	src := host(sess.RemoteAddr())
	id := shortID(sess)
	u, ok := s.sessionUser(sess)
	if !ok {
		s.log.Warn("session refused: key no longer matches", "source", src, "session", id, "user", sess.User())
		s.refuse(sess, bothLangs(i18n.SSHUnknownKey))
		return
	}
	tr := i18n.New(i18n.Detect("", u.Lang, envLang(sess.Environ())))
	if u.Disabled {
		s.log.Warn("session refused: user disabled", "source", src, "session", id, "user", u.Login)
		s.failed(src)
		s.refuse(sess, tr.T(i18n.SSHDisabled, u.Login))
		return
	}
	ent, leave, closing, ok := s.reg.enter(u.ID, gossh.FingerprintSHA256(sess.PublicKey()))
	if !ok {
		if closing {
			s.refuse(sess, tr.T(i18n.SSHShuttingDown))
			return
		}
		s.log.Warn("session refused: server full", "source", src, "session", id, "user", u.Login, "max", s.cfg.MaxSessions)
		s.refuse(sess, tr.T(i18n.SSHFull, s.cfg.MaxSessions))
		return
	}
	defer leave()
	if cmd := sess.Command(); len(cmd) > 0 {
		s.command(sess, u, tr, cmd, id)
		return
	}
	if _, _, hasPTY := sess.Pty(); !hasPTY {
		s.log.Info("session refused: no terminal", "source", src, "session", id, "user", u.Login)
		s.refuse(sess, tr.T(i18n.SSHNoPTY, u.Login))
		return
	}
	s.log.Info("session start", "user", u.Login, "source", src, "session", id)
	reason, err := s.runProgram(sess, u, ent)
	if err != nil {
		s.log.Error("session error", "user", u.Login, "session", id, "err", err)
	}
	dur := s.cfg.Now().Sub(start).Round(time.Second)
	switch reason {
	case endIdle:
		fmt.Fprint(sess, tr.T(i18n.SSHIdleBye, int((s.cfg.Idle+time.Minute-1)/time.Minute))+"\n")
	case endShutdown:
		fmt.Fprint(sess, tr.T(i18n.SSHShuttingDown)+"\n")
	case endRevoked:
		fmt.Fprint(sess, tr.T(i18n.SSHRevoked)+"\n")
	}
	s.log.Info("session end", "user", u.Login, "session", id, "duration", dur, "why", reasonText(reason))
	code := 0
	if err != nil {
		fmt.Fprint(sess, tr.T(i18n.SSHInternal)+"\n")
		code = 1
	}
	_ = sess.Exit(code)
}

func reasonText(r endReason) string {
	switch r {
	case endIdle:
		return "idle"
	case endShutdown:
		return "shutdown"
	case endRevoked:
		return "access revoked"
	}
	return "quit"
}

// refuse writes msg to the client's stderr and ends the session.
func (s *Server) refuse(sess ssh.Session, msg string) {
	fmt.Fprint(sess.Stderr(), strings.ReplaceAll(msg, "\r\n", "\n")+"\r\n")
	_ = sess.Exit(1)
}

// envLang is the client's language from the environment it sent (OpenSSH
// sends LANG and LC_* when its config says SendEnv), most specific first.
func envLang(env []string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		for _, kv := range env {
			if v, ok := strings.CutPrefix(kv, k+"="); ok && v != "" {
				return v
			}
		}
	}
	return ""
}

// runProgram runs the user's parvande program until they quit, go idle
// or the server shuts down.
func (s *Server) runProgram(sess ssh.Session, u domain.User, ent *entry) (endReason, error) {
	_, winch, _ := sess.Pty()
	in := &activity{r: sess, now: s.cfg.Now}
	in.touch()
	model := tui.New(s.cfg.Store, s.cfg.Index, tui.Options{
		Renderer: bm.MakeRenderer(sess),
		Source:   sess.RemoteAddr().String(),
		EnvLang:  envLang(sess.Environ()),
		Dupes:    s.cfg.Dupes,
		User:     &u,
		Now:      s.cfg.Now,
		Screens:  s.cfg.Screens,
	})
	p := tea.NewProgram(model,
		tea.WithInput(in), tea.WithOutput(sess), tea.WithAltScreen(),
		// The server handles SIGTERM for every session (Shutdown); a
		// program must not act on the process's signals by itself.
		tea.WithoutSignalHandler(),
		// A frame waits for the renderer's next tick: at 120 a second
		// that wait is half the default's (it only writes what changed).
		tea.WithFPS(120),
		tea.WithFilter(steadyCursor),
	)
	ent.setStop(p.Quit)
	remove := s.fan.Add(p.Send)
	defer remove()

	done := make(chan struct{})
	defer close(done)
	go func() {
		// Drain window changes for the session's whole life: the SSH
		// library blocks on a full channel.
		for w := range winch {
			p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
		}
	}()
	if s.cfg.Idle > 0 {
		go s.watchIdle(in, ent, done)
	}
	m, err := p.Run()
	tui.RestoreTerminal(m, sess)
	if err != nil && ent.why() != endNone {
		err = nil // ended by the server: Quit, not a failure
	}
	if err != nil && strings.Contains(err.Error(), "program was killed") {
		err = nil
	}
	return ent.why(), err
}

// steadyCursor drops the text inputs' cursor blinks: each blink is a
// frame, and a hundred idle sessions blinking twice a second kept most of
// a core busy. The cursor stays shown (focusing and typing show it).
func steadyCursor(_ tea.Model, msg tea.Msg) tea.Msg {
	if _, ok := msg.(cursor.BlinkMsg); ok {
		return nil
	}
	return msg
}

// watchIdle ends the session when no input came for the idle time.
func (s *Server) watchIdle(in *activity, ent *entry, done <-chan struct{}) {
	tick := time.NewTicker(min(s.cfg.Idle/4, 15*time.Second))
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
			if s.cfg.Now().Sub(in.last()) >= s.cfg.Idle {
				ent.end(endIdle)
				return
			}
		}
	}
}

// activity is the session's input, noting when the user last typed.
type activity struct {
	r    io.Reader
	now  func() time.Time
	nano atomic.Int64
}

func (a *activity) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if n > 0 {
		a.touch()
	}
	return n, err
}

func (a *activity) touch()          { a.nano.Store(a.now().UnixNano()) }
func (a *activity) last() time.Time { return time.Unix(0, a.nano.Load()) }
