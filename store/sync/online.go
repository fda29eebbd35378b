package sync

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"

	gossh "golang.org/x/crypto/ssh"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// Online sync runs both directions over one byte stream (an SSH session
// running the hub's "sync" command): the spoke sends its bundle, the hub
// imports it and answers with its own bundle for that spoke, which the
// spoke imports. Both sides start from what the other acknowledged
// (resend), so an answer lost with the connection is simply sent again
// next time. The bundles' signatures are the authentication; the stream
// only carries them.
//
// Frames: length (8 bytes, big-endian) then bytes. The hub's reply is a
// status frame ("ok" or a refusal text) then, when ok, its bundle.

// ErrRefusedByHub: the hub did not accept the spoke's bundle; the text
// says why.
var ErrRefusedByHub = errors.New("the hub refused the bundle")

func writeFrame(w io.Writer, b []byte) error {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(b)))
	if _, err := w.Write(n[:]); err != nil {
		return err
	}
	_, err := w.Write(b)
	return err
}

func readFrame(r io.Reader) ([]byte, error) {
	var n [8]byte
	if _, err := io.ReadFull(r, n[:]); err != nil {
		return nil, err
	}
	size := binary.BigEndian.Uint64(n[:])
	if size > maxBody+headerLen+ed25519.SignatureSize {
		return nil, fmt.Errorf("%w: frame of %d bytes", ErrDamaged, size)
	}
	var buf bytes.Buffer
	if _, err := io.CopyN(&buf, r, int64(size)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Exchange is the spoke's side: send, then import the hub's answer.
// sent is the bundle sent; status what the hub said of it ("ok" or why
// not); got what the hub's answer did here.
func Exchange(st *store.Store, a store.Actor, r io.Reader, w io.Writer) (sent Made, status string, got Result, err error) {
	m, err := Export(st, store.HubCenter, true, nil)
	if err != nil {
		return m, "", got, err
	}
	if err := writeFrame(w, m.Data); err != nil {
		return m, "", got, err
	}
	st8, err := readFrame(r)
	if err != nil {
		return m, "", got, err
	}
	if string(st8) != "ok" {
		return m, string(st8), got, fmt.Errorf("%w: %s", ErrRefusedByHub, st8)
	}
	if err := Sent(st, m); err != nil {
		return m, "", got, err
	}
	answer, err := readFrame(r)
	if err != nil {
		return m, "ok", got, err
	}
	got, err = Import(st, a, answer)
	if errors.Is(err, ErrReplayed) {
		err = nil // nothing new from the hub
	}
	return m, "ok", got, err
}

// Answer is the hub's side for the spoke whose sync key is key (the key
// its SSH connection authenticated with): import its bundle, reply with
// ours. A bundle from another center than the key's is refused.
func Answer(st *store.Store, a store.Actor, key ed25519.PublicKey, r io.Reader, w io.Writer) (Result, error) {
	info, err := st.SyncInfo()
	if err != nil {
		return Result{}, err
	}
	peer := domain.CenterID(0)
	for _, p := range info.Peers {
		if info.Role == store.SyncHub && bytes.Equal(p.Key, key) {
			peer = p.Center
		}
	}
	if peer == 0 {
		return Result{}, errors.Join(ErrUnknownPeer, writeFrame(w, []byte(ErrUnknownPeer.Error())))
	}
	data, err := readFrame(r)
	if err != nil {
		return Result{}, err
	}
	h, err := ReadHeader(data)
	if err == nil && h.From != peer {
		err = fmt.Errorf("%w: the connection is center %d's, the bundle center %d's", ErrWrongKey, peer, h.From)
	}
	var res Result
	if err == nil {
		res, err = Import(st, a, data)
		if errors.Is(err, ErrReplayed) {
			err = nil // nothing new from the spoke: still answer
		}
	}
	if err != nil {
		return res, writeFrame(w, []byte(err.Error()))
	}
	m, err := Export(st, peer, true, nil)
	if err != nil {
		return res, writeFrame(w, []byte(err.Error()))
	}
	if err := writeFrame(w, []byte("ok")); err != nil {
		return res, err
	}
	if err := writeFrame(w, m.Data); err != nil {
		return res, err
	}
	return res, Sent(st, m)
}

// SpokeLogin is the SSH login an offline center syncs online with.
func SpokeLogin(center domain.CenterID) string { return fmt.Sprintf("sync-%d", center) }

// RegisterSpokeLogin gives the hub an SSH user for a spoke whose key is
// the spoke's sync key, so that it can run the "sync" command: a
// caseworker of its own center, which at the hub may change nothing of
// that center (the spoke owns it) and sees no more than the spoke holds.
func RegisterSpokeLogin(st *store.Store, center domain.CenterID) (string, error) {
	info, err := st.SyncInfo()
	if err != nil {
		return "", err
	}
	p, ok := info.Peer(center)
	if !ok || info.Role != store.SyncHub {
		return "", fmt.Errorf("%w: center %d is not a spoke of this hub", store.ErrSyncPeer, center)
	}
	pub, err := gossh.NewPublicKey(ed25519.PublicKey(p.Key))
	if err != nil {
		return "", err
	}
	line := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(pub))) + " " + SpokeLogin(center)
	login := SpokeLogin(center)
	u, err := st.UserByLogin(login)
	if err != nil {
		_, err = st.CreateUser(store.SystemActor(), domain.User{Login: login, Name: login, Role: domain.RoleCaseworker,
			Center: center, Keys: []string{line}}, "")
		return login, err
	}
	// a spoke made again: its new key replaces the old one
	sys := store.SystemActor()
	if _, err := st.AddKey(sys, u.ID, line); err != nil {
		return login, err
	}
	for _, k := range store.KeysOf(u) {
		if err := st.RemoveKey(sys, u.ID, k.Fingerprint); err != nil {
			return login, err
		}
	}
	return login, nil
}
