package sshd

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"os"

	gossh "golang.org/x/crypto/ssh"
)

// HostKey is the server's identity: an ed25519 key kept in a file (mode
// 0600) that is created on first start, so clients see the same key, and
// the same fingerprint, every time.
type HostKey struct {
	Path        string
	PEM         []byte
	Fingerprint string // SHA256:..., as ssh-keygen -l and OpenSSH show it
}

// LoadHostKey reads the key at path, creating it when missing. (keygen,
// which wish uses, would also chmod the database's folder; this does not
// touch anything but the key file.)
func LoadHostKey(path string) (HostKey, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		b, err = createHostKey(path)
	}
	if err != nil {
		return HostKey{}, fmt.Errorf("host key %s: %w", path, err)
	}
	signer, err := gossh.ParsePrivateKey(b)
	if err != nil {
		return HostKey{}, fmt.Errorf("host key %s: %w", path, err)
	}
	return HostKey{Path: path, PEM: b, Fingerprint: gossh.FingerprintSHA256(signer.PublicKey())}, nil
}

func createHostKey(path string) ([]byte, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "parvande host key")
	if err != nil {
		return nil, err
	}
	b := pem.EncodeToMemory(block)
	// O_EXCL: two servers starting at once must not overwrite each other's key.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return os.ReadFile(path)
	}
	if err != nil {
		return nil, err
	}
	_, err = f.Write(b)
	if serr := f.Sync(); err == nil {
		err = serr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return nil, err
	}
	return b, nil
}
