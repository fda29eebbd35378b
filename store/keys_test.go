package store

import (
	"crypto/ed25519"
	"crypto/rand"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/domain"
)

func newPub(t *testing.T) (ssh.PublicKey, string) {
	t.Helper()
	pk, _, err := ed25519.GenerateKey(rand.Reader)
	mustNoErr(t, err)
	pub, err := ssh.NewPublicKey(pk)
	mustNoErr(t, err)
	return pub, strings.TrimSpace(string(ssh.MarshalAuthorizedKey(pub)))
}

func TestParseKey(t *testing.T) {
	_, line := newPub(t)
	for _, tc := range []struct {
		name, in string
		ok       bool
		comment  string
	}{
		{"plain", line, true, ""},
		{"comment", line + " reza@office", true, "reza@office"},
		{"spaces", "  " + line + "  laptop ", true, "laptop"},
		{"options refused", `command="ls" ` + line, false, ""},
		{"two lines", line + "\n" + line, false, ""},
		{"empty", "", false, ""},
		{"garbage", "ssh-ed25519 notbase64!!", false, ""},
		{"private key", "-----BEGIN OPENSSH PRIVATE KEY-----", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k, _, err := ParseKey(tc.in)
			if (err == nil) != tc.ok {
				t.Fatalf("err %v, want ok=%v", err, tc.ok)
			}
			if !tc.ok {
				wantErr(t, err, ErrBadKey)
				return
			}
			if k.Type != "ssh-ed25519" || !strings.HasPrefix(k.Fingerprint, "SHA256:") || k.Comment != tc.comment {
				t.Fatalf("key %+v", k)
			}
			if again, _, err := ParseKey(k.Line); err != nil || again != k {
				t.Fatalf("canonical line does not read back: %+v %v", again, err)
			}
		})
	}
}

func TestKeysBelongToOneUser(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "p.db"), Options{})
	mustNoErr(t, err)
	defer s.Close()
	sys := SystemActor()
	c, err := s.CreateCenter(sys, domain.Center{Name: "توس"})
	mustNoErr(t, err)
	c2, err := s.CreateCenter(sys, domain.Center{Name: "رضا"})
	mustNoErr(t, err)
	pubA, lineA := newPub(t)
	pubB, lineB := newPub(t)
	sup, err := s.CreateUser(sys, domain.User{Login: "sara", Role: domain.RoleSupervisor, Center: c.ID, Keys: []string{lineA + " sara"}}, "")
	mustNoErr(t, err)
	cw, err := s.CreateUser(sys, domain.User{Login: "reza", Role: domain.RoleCaseworker, Center: c.ID}, "")
	mustNoErr(t, err)
	other, err := s.CreateUser(sys, domain.User{Login: "ali", Role: domain.RoleCaseworker, Center: c2.ID}, "")
	mustNoErr(t, err)
	_, err = s.CreateUser(sys, domain.User{Login: "copy", Role: domain.RoleCaseworker, Center: c.ID, Keys: []string{lineA}}, "")
	wantErr(t, err, ErrKeyTaken)

	got, err := s.UserByKey(pubA)
	mustNoErr(t, err)
	if got.ID != sup.ID || got.PasswordHash != "" {
		t.Fatalf("UserByKey(A) = %+v", got)
	}
	_, err = s.UserByKey(pubB)
	wantErr(t, err, ErrNotFound)

	supA, cwA := Actor{User: sup}, Actor{User: cw}
	// A caseworker adds their own key; a supervisor may add one for a
	// caseworker of their center but not for another center's.
	k, err := s.AddKey(cwA, cw.ID, lineB+" reza-laptop")
	mustNoErr(t, err)
	if got, _ := s.UserByKey(pubB); got.ID != cw.ID {
		t.Fatalf("B belongs to %v", got.ID)
	}
	_, err = s.AddKey(cwA, cw.ID, lineB)
	wantErr(t, err, ErrExists)
	_, err = s.AddKey(supA, sup.ID, lineB)
	wantErr(t, err, ErrKeyTaken)
	_, lineC := newPub(t)
	_, err = s.AddKey(supA, other.ID, lineC)
	wantErr(t, err, ErrDenied)
	_, err = s.AddKey(cwA, sup.ID, lineC)
	wantErr(t, err, ErrDenied)
	_, err = s.AddKey(cwA, cw.ID, "not a key")
	wantErr(t, err, ErrBadKey)

	// UpdateUser cannot slip a key past the one-owner rule.
	cwNow, err := s.User(cw.ID)
	mustNoErr(t, err)
	cwNow.Keys = append(cwNow.Keys, lineA)
	cwNow.Name = "رضا"
	_, err = s.UpdateUser(cwA, cwNow)
	mustNoErr(t, err)
	if got, _ := s.UserByKey(pubA); got.ID != sup.ID {
		t.Fatal("UpdateUser moved a key")
	}

	err = s.RemoveKey(supA, cw.ID, "SHA256:nope")
	wantErr(t, err, ErrNoSuchKey)
	mustNoErr(t, s.RemoveKey(supA, cw.ID, k.Fingerprint))
	_, err = s.UserByKey(pubB)
	wantErr(t, err, ErrNotFound)

	evs, err := s.Audit(sys, AuditFilter{})
	mustNoErr(t, err)
	n := 0
	for _, ev := range evs {
		for _, ch := range ev.Changes {
			if ch.Field == "keys" && ev.Target == cw.ID {
				n++
			}
		}
	}
	if n != 2 {
		t.Fatalf("%d audited key changes for reza, want 2 (add, remove)", n)
	}
}
