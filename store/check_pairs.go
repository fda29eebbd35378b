package store

import (
	"encoding/json"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
)

// pairs checks the duplicate review's records: every decision and link
// decodes, names two different files in canonical order (A < B, as Decide
// writes them) and, except on a sync spoke (which holds links to other
// centers' files without the files), files that exist; and they agree the
// way Decide and Unlink keep them: a "same" decision has the pair's one
// active link, a "different" one none, and an active link its "same"
// decision.
func (c *checker) pairs(tx *bbolt.Tx, exists func(domain.ID) bool, seqOK func(byte, domain.ID, string)) {
	if role, _ := syncRole(tx); role == SyncSpoke {
		exists = func(domain.ID) bool { return true }
	}
	type pair struct{ a, b domain.ID }
	verdicts := map[pair]domain.Verdict{}
	tx.Bucket(bDecisions).ForEach(func(k, v []byte) error {
		if len(k) != 16 {
			c.add("decision under a key of %d bytes", len(k))
			return nil
		}
		a, b := domain.IDFromKey(k), domain.IDFromKey(k[8:])
		what := "decision on " + a.String() + " " + b.String()
		d, err := decodeDecision(v)
		switch {
		case err != nil:
			c.add("%s: %v", what, err)
			return nil
		case d.A != a || d.B != b:
			c.add("%s: holds the pair %s %s", what, d.A, d.B)
		case a == 0 || a >= b:
			c.add("%s: the pair is not in order (smaller id first)", what)
		}
		if _, ok := verdictNames[d.Verdict]; !ok {
			c.add("%s: unknown verdict %d", what, d.Verdict)
		}
		c.pairFiles(what, a, b, exists)
		verdicts[pair{a, b}] = d.Verdict
		return nil
	})
	active := map[pair]domain.ID{}
	tx.Bucket(bLinks).ForEach(func(k, v []byte) error {
		id := domain.IDFromKey(k)
		what := "link " + id.String()
		l, err := decodeLink(id, v)
		if err != nil {
			c.add("%s: %v", what, err)
			return nil
		}
		seqOK(seqLink, id, what)
		if l.A == 0 || l.A >= l.B {
			c.add("%s: the pair %s %s is not in order (smaller id first)", what, l.A, l.B)
		}
		c.pairFiles(what, l.A, l.B, exists)
		if !l.UnlinkedAt.IsZero() && l.UnlinkedBy == 0 {
			c.add("%s: unlinked by nobody", what)
		}
		if !l.Active() {
			return nil
		}
		p := pair{l.A, l.B}
		if other, dup := active[p]; dup {
			c.add("%s: the pair %s %s is already linked by %s", what, l.A, l.B, other)
		}
		active[p] = id
		if v, ok := verdicts[p]; !ok || v != domain.VerdictSame {
			c.add("%s: no \"same person\" decision on %s %s", what, l.A, l.B)
		}
		return nil
	})
	for p, v := range verdicts {
		_, linked := active[p]
		switch {
		case v == domain.VerdictSame && !linked:
			c.add("decision on %s %s: \"same person\" without an active link", p.a, p.b)
		case v == domain.VerdictDifferent && linked:
			c.add("decision on %s %s: \"different\" but the files are linked", p.a, p.b)
		}
	}
}

func (c *checker) pairFiles(what string, a, b domain.ID, exists func(domain.ID) bool) {
	for _, id := range []domain.ID{a, b} {
		if id != 0 && !exists(id) {
			c.add("%s: file %s does not exist", what, id)
		}
	}
}

// weights checks the stored match weights, when any, read as MatchWeights
// reads them (which validates them): a record the duplicate service could
// not load.
func (c *checker) weights(tx *bbolt.Tx) {
	v := tx.Bucket(bMeta).Get(metaWeights)
	if v == nil {
		return
	}
	var w match.Weights
	if err := json.Unmarshal(v, &w); err != nil {
		c.add("match weights: %v", err)
	}
}
