package sync

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
	"github.com/parvande/parvande/domain/match/pprl"
	"github.com/parvande/parvande/store"
)

// ErrNoSecret: the database holds no federation secret (made before the
// match index came, or not in a network).
var ErrNoSecret = errors.New("this database has no federation secret for the match index")

// secretOf reads the federation secret of a hub or spoke.
func secretOf(st *store.Store) (pprl.Secret, error) {
	info, err := st.SyncInfo()
	if err != nil {
		return pprl.Secret{}, err
	}
	s, err := pprl.ParseSecret(info.Secret)
	if err != nil {
		return s, ErrNoSecret
	}
	return s, nil
}

// weightsOf are the hub's trained weights, else the engine's defaults.
func weightsOf(st *store.Store) match.Weights {
	if w, ok, err := st.MatchWeights(); err == nil && ok {
		return w
	}
	return match.DefaultWeights()
}

// BuildIndex encodes every file the hub holds that center does not own:
// what that spoke may know of other centers (keyed encodings, never
// names), in pprl's wire format, to ride in a bundle. n is the number of
// files in it.
func BuildIndex(st *store.Store, center domain.CenterID) (data []byte, n int, err error) {
	secret, err := secretOf(st)
	if err != nil {
		return nil, 0, err
	}
	enc, err := pprl.NewEncoder(secret, pprl.DefaultParams())
	if err != nil {
		return nil, 0, err
	}
	var encs []pprl.Encoded
	err = st.EachHead(func(h *store.Head) error {
		if h.Center == center {
			return nil
		}
		r := match.FromPerson(h.Person, h.Address)
		r.ID, r.Center = h.ID, h.Center
		encs = append(encs, enc.Encode(r))
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	x := pprl.NewIndex(weightsOf(st), enc.KeyID(), enc.Params(), encs)
	var buf bytes.Buffer
	if _, err := x.WriteTo(&buf); err != nil {
		return nil, 0, err
	}
	return buf.Bytes(), x.Len(), nil
}

// ReadIndex reads a match index a spoke received, refusing one made under
// another federation's secret.
func ReadIndex(st *store.Store, data []byte) (*pprl.Index, error) {
	secret, err := secretOf(st)
	if err != nil {
		return nil, err
	}
	x, err := pprl.ReadIndex(bytes.NewReader(data), weightsOf(st), secret.ID())
	if err != nil {
		return nil, fmt.Errorf("match index: %w", err)
	}
	return x, nil
}

// Encoder is the spoke's encoder for its own queries: a family being
// registered is encoded with the federation's secret and looked up in the
// index.
func Encoder(st *store.Store) (*pprl.Encoder, error) {
	secret, err := secretOf(st)
	if err != nil {
		return nil, err
	}
	return pprl.NewEncoder(secret, pprl.DefaultParams())
}

// IndexPath is where a spoke keeps the match index it received: beside
// its database, replaced whole by each newer one.
func IndexPath(db string) string { return db + ".pprl" }
