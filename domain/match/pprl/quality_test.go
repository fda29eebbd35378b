package pprl

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/parvande/parvande/domain/match"
)

// testSecret is a fixed federation secret for tests.
var testSecret = Secret{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
	17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}

// TestEncodedQualityPublic is the price of encoding: on the public set,
// every row is looked up as a registration would be, against all other
// rows, once in the engine's plaintext index and once in the encoded one;
// the pairs at "possible" and above are scored against pairs.csv. Skips
// under -short. Timings are printed, not asserted.
func TestEncodedQualityPublic(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	files := readSheet(t, filepath.Join(publicDir, "beneficiaries.csv"))
	truth := readTruth(t, filepath.Join(publicDir, "pairs.csv"))
	recs := make([]match.Record, len(files))
	for i := range files {
		recs[i] = match.FromFile(files[i])
	}
	w := match.DefaultWeights()

	t0 := time.Now()
	plain := match.NewIndex(w)
	plain.AddAll(recs)
	plain.Build()
	plainPred := map[uint64]struct{}{}
	for _, r := range recs {
		for _, m := range plain.Lookup(r, 0) {
			plainPred[pairKey(r.ID.Seq(), m.ID.Seq())] = struct{}{}
		}
	}
	tPlain := time.Since(t0)

	t0 = time.Now()
	enc, err := NewEncoder(testSecret, DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	encs := make([]Encoded, len(recs))
	for i := range recs {
		encs[i] = enc.Encode(recs[i])
	}
	tEnc := time.Since(t0)
	t0 = time.Now()
	idx := NewIndex(w, enc.KeyID(), enc.Params(), encs)
	tBuild := time.Since(t0)
	t0 = time.Now()
	encPred := map[uint64]struct{}{}
	for _, e := range encs {
		for _, c := range idx.Lookup(e, 0) {
			encPred[pairKey(e.ID.Seq(), c.ID.Seq())] = struct{}{}
		}
	}
	tLook := time.Since(t0)

	qp, qe := score(plainPred, truth), score(encPred, truth)
	t.Logf("rows %d, true pairs %d", len(recs), len(truth))
	t.Logf("plaintext: P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d) in %v", qp.p, qp.r, qp.f1, qp.tp, qp.fp, qp.fn, tPlain.Round(time.Millisecond))
	t.Logf("encoded:   P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d); encode %v, build %v, lookups %v",
		qe.p, qe.r, qe.f1, qe.tp, qe.fp, qe.fn, tEnc.Round(time.Millisecond), tBuild.Round(time.Millisecond), tLook.Round(time.Millisecond))
	t.Logf("F1 encoded − plaintext: %+.4f", qe.f1-qp.f1)
	if os.Getenv("PPRL_DIFF") != "" {
		diffReport(t, recs, plain, idx, encs, truth)
	}
	if qe.f1 < qp.f1-0.03 {
		t.Errorf("encoded F1 %.4f is more than 0.03 below plaintext %.4f", qe.f1, qp.f1)
	}
}
