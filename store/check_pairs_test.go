package store

import (
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
)

// pairsFixture: three files; x and y decided "same" (linked), x and z
// "different", y and z linked once and unlinked; trained weights stored.
func pairsFixture(t *testing.T) (e *env, x, y, z domain.File) {
	e = newEnv(t)
	x, y = twoCenters(e)
	z = e.create(family(e.c1.ID, "مریم", "رضایی", "", ""))
	coord := e.actors[domain.RoleCoordinator]
	_, err := e.s.Decide(coord, x.ID, y.ID, domain.VerdictSame, 30, "")
	mustNoErr(t, err)
	_, err = e.s.Decide(coord, x.ID, z.ID, domain.VerdictDifferent, 2, "sisters")
	mustNoErr(t, err)
	_, err = e.s.Decide(coord, y.ID, z.ID, domain.VerdictSame, 12, "")
	mustNoErr(t, err)
	mustNoErr(t, e.s.Unlink(coord, y.ID, z.ID, "not the same"))
	mustNoErr(t, e.s.SetMatchWeights(e.admin(), match.DefaultWeights()))
	return e, x, y, z
}

// raw writes straight into the database, as damage or a bug would.
func (e *env) raw(fn func(tx *bbolt.Tx) error) {
	e.t.Helper()
	mustNoErr(e.t, e.s.db.Update(fn))
}

func linkOf(e *env, x, y domain.ID, active bool) domain.Link {
	t := e.t
	t.Helper()
	a, b := domain.OrderPair(x, y)
	ls, err := e.s.Links()
	mustNoErr(t, err)
	for _, l := range ls {
		if l.A == a && l.B == b && l.Active() == active {
			return l
		}
	}
	t.Fatalf("no link %s %s (active %v) among %v", a, b, active, ls)
	return domain.Link{}
}

func TestCheckPairs(t *testing.T) {
	flip := func(v []byte) []byte { c := append([]byte(nil), v...); c[len(c)/2] ^= 0x20; return c }
	tests := []struct {
		name   string
		damage func(e *env, x, y, z domain.File)
		want   string
	}{
		{"decision flipped byte", func(e *env, x, y, _ domain.File) {
			e.raw(func(tx *bbolt.Tx) error {
				b := tx.Bucket(bDecisions)
				return b.Put(pairKey(x.ID, y.ID), flip(b.Get(pairKey(x.ID, y.ID))))
			})
		}, "checksum"},
		{"decision under the reversed key", func(e *env, x, _, z domain.File) {
			e.raw(func(tx *bbolt.Tx) error {
				d := domain.Decision{A: z.ID, B: x.ID, Verdict: domain.VerdictDifferent, By: 1, At: time.Unix(1, 0)}
				return tx.Bucket(bDecisions).Put(pairKey(z.ID, x.ID), encodeDecision(&d))
			})
		}, "not in order"},
		{"decision under another pair's key", func(e *env, x, y, z domain.File) {
			e.raw(func(tx *bbolt.Tx) error {
				b := tx.Bucket(bDecisions)
				return b.Put(pairKey(x.ID, z.ID), b.Get(pairKey(x.ID, y.ID)))
			})
		}, "holds the pair"},
		{"decision on a file that does not exist", func(e *env, x, _, _ domain.File) {
			ghost := domain.NewID(e.c2.ID, 999)
			e.raw(func(tx *bbolt.Tx) error {
				d := domain.Decision{A: x.ID, B: ghost, Verdict: domain.VerdictDifferent, By: 1, At: time.Unix(1, 0)}
				return tx.Bucket(bDecisions).Put(pairKey(x.ID, ghost), encodeDecision(&d))
			})
		}, "does not exist"},
		{"unknown verdict", func(e *env, x, _, z domain.File) {
			e.raw(func(tx *bbolt.Tx) error {
				d := domain.Decision{A: x.ID, B: z.ID, Verdict: 9, By: 1, At: time.Unix(1, 0)}
				return tx.Bucket(bDecisions).Put(pairKey(x.ID, z.ID), encodeDecision(&d))
			})
		}, "unknown verdict"},
		{"same without its link", func(e *env, x, y, _ domain.File) {
			l := linkOf(e, x.ID, y.ID, true)
			e.raw(func(tx *bbolt.Tx) error { return tx.Bucket(bLinks).Delete(l.ID.Key()) })
		}, "without an active link"},
		{"different yet linked", func(e *env, x, _, z domain.File) {
			e.raw(func(tx *bbolt.Tx) error {
				l := domain.Link{ID: domain.NewID(e.c1.ID, 1), A: x.ID, B: z.ID, By: 1, At: time.Unix(1, 0)}
				return tx.Bucket(bLinks).Put(l.ID.Key(), encodeLink(&l))
			})
		}, "but the files are linked"},
		{"link flipped byte", func(e *env, x, y, _ domain.File) {
			l := linkOf(e, x.ID, y.ID, true)
			e.raw(func(tx *bbolt.Tx) error {
				b := tx.Bucket(bLinks)
				return b.Put(l.ID.Key(), flip(b.Get(l.ID.Key())))
			})
		}, "checksum"},
		{"link without its decision", func(e *env, x, y, _ domain.File) {
			e.raw(func(tx *bbolt.Tx) error { return tx.Bucket(bDecisions).Delete(pairKey(x.ID, y.ID)) })
		}, "no \"same person\" decision"},
		{"link in the wrong order", func(e *env, _, y, z domain.File) {
			l := linkOf(e, y.ID, z.ID, false)
			l.A, l.B = l.B, l.A
			e.raw(func(tx *bbolt.Tx) error { return tx.Bucket(bLinks).Put(l.ID.Key(), encodeLink(&l)) })
		}, "not in order"},
		{"two active links on one pair", func(e *env, x, y, _ domain.File) {
			l := linkOf(e, x.ID, y.ID, true)
			l.ID = domain.NewID(l.ID.Center(), l.ID.Seq()-1)
			e.raw(func(tx *bbolt.Tx) error { return tx.Bucket(bLinks).Put(l.ID.Key(), encodeLink(&l)) })
		}, "already linked by"},
		{"unlinked by nobody", func(e *env, _, y, z domain.File) {
			l := linkOf(e, y.ID, z.ID, false)
			l.UnlinkedBy = 0
			e.raw(func(tx *bbolt.Tx) error { return tx.Bucket(bLinks).Put(l.ID.Key(), encodeLink(&l)) })
		}, "unlinked by nobody"},
		{"link above its counter", func(e *env, _, y, z domain.File) {
			l := linkOf(e, y.ID, z.ID, false)
			l.ID = domain.NewID(l.ID.Center(), 1<<30)
			e.raw(func(tx *bbolt.Tx) error { return tx.Bucket(bLinks).Put(l.ID.Key(), encodeLink(&l)) })
		}, "above its center's counter"},
		{"weights not JSON", func(e *env, _, _, _ domain.File) {
			e.raw(func(tx *bbolt.Tx) error { return tx.Bucket(bMeta).Put(metaWeights, []byte(`{"version":1,`)) })
		}, "match weights"},
		{"weights out of range", func(e *env, _, _, _ domain.File) {
			e.raw(func(tx *bbolt.Tx) error {
				return tx.Bucket(bMeta).Put(metaWeights, []byte(`{"version":1,"dup_rate":0.3,"rel_rate":0.5,"bands":{"possible":0.9,"likely":0.5,"certain":0.99}}`))
			})
		}, "match weights"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, x, y, z := pairsFixture(t)
			e.check() // clean before the damage
			tt.damage(e, x, y, z)
			problems, err := e.s.Check()
			mustNoErr(t, err)
			found := false
			for _, p := range problems {
				found = found || strings.Contains(p, tt.want)
			}
			if !found {
				t.Errorf("no problem with %q among %q", tt.want, problems)
			}
		})
	}
}
