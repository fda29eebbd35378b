package store

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Passwords are hashed with argon2id and stored in the PHC string form
// ($argon2id$v=19$m=19456,t=2,p=1$salt$hash), so the parameters travel with
// each hash and can be raised later without breaking old ones. The values
// are OWASP's lowest recommended set: 19 MiB and two passes take about
// 30–60 ms on an old office PC, and a server with a dozen logins at once
// needs only a few hundred MiB.
const (
	argonTime    = 2
	argonMemory  = 19 * 1024 // KiB
	argonThreads = 1
	argonKeyLen  = 32
	argonSaltLen = 16
)

// MinPasswordLen is the shortest password accepted (in characters).
const MinPasswordLen = 6

var b64 = base64.RawStdEncoding

func hashPassword(pw string) (string, error) {
	salt := make([]byte, argonSaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(pw), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version,
		argonMemory, argonTime, argonThreads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// phc is a parsed argon2id hash.
type phc struct {
	m, t      uint32
	p         uint8
	salt, key []byte
}

// parsePHC reads an encoded hash. Parameters are bounded so that a planted
// hash cannot make a login eat the machine.
func parsePHC(encoded string) (phc, bool) {
	var h phc
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return h, false
	}
	var v int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &v); err != nil || v != argon2.Version {
		return h, false
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &h.m, &h.t, &h.p); err != nil {
		return h, false
	}
	if h.m < 8 || h.m > 1<<20 || h.t < 1 || h.t > 16 || h.p < 1 || h.p > 16 {
		return h, false
	}
	var err error
	if h.salt, err = b64.DecodeString(parts[4]); err != nil || len(h.salt) < 8 {
		return h, false
	}
	if h.key, err = b64.DecodeString(parts[5]); err != nil || len(h.key) < 16 || len(h.key) > 64 {
		return h, false
	}
	return h, true
}

// verifyPassword reports whether pw matches an encoded hash, comparing in
// constant time.
func verifyPassword(encoded, pw string) bool {
	h, ok := parsePHC(encoded)
	if !ok {
		return false
	}
	got := argon2.IDKey([]byte(pw), h.salt, h.t, h.m, h.p, uint32(len(h.key)))
	return subtle.ConstantTimeCompare(got, h.key) == 1
}

// dummyHash is verified against when the login is unknown or disabled,
// so such attempts take as long as a wrong password.
const dummyHash = "$argon2id$v=19$m=19456,t=2,p=1$cGFydmFuZGVkdW1teQ$" +
	"0Dl7ZzxQq2Xn8m3Jc8v4t5QGm2n0Q3pVbH1yQm7vGwQ"
