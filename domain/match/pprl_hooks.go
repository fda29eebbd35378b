package match

// Hook for domain/match/pprl, which compares keyed encodings of records
// (offline centers never hold other centers' names) and must weigh what it
// finds with the same bits as the engine, so that bands mean the same.

// Evidence is a comparison made outside the engine: each field's level,
// and for a field at LevelExact how many records hold the agreed value (the
// term frequency; 0 or 1: rare). Sims and AddrSim go to the reasons only.
// When Swapped, Levels hold the crossed name levels and Self holds each
// record's own first- and last-name counts, for the cap on crossed names.
type Evidence struct {
	Levels  Vector
	Counts  [NumFields]int32
	Sims    [3]float64
	AddrSim float64
	Swapped bool
	Self    [2][2]int32 // [record][0 first, 1 last]
}

// EvidenceScorer weighs Evidence as compare does for a database of n records.
type EvidenceScorer struct{ s *scorer }

// NewEvidenceScorer returns a scorer for an index of n records.
func NewEvidenceScorer(w Weights, n int) *EvidenceScorer {
	tf := NewTF()
	tf.n = n
	return &EvidenceScorer{s: newScorer(w, tf)}
}

// Floor is the lowest score of band b.
func (e *EvidenceScorer) Floor(b Band) float64 {
	if int(b) >= len(e.s.cut) {
		return e.s.cut[BandCertain]
	}
	return e.s.cut[b]
}

// Score weighs ev: the prior, each level's bits with term-frequency
// adjustments of exact agreement, crossed names capped, relatives taken
// off. Below floor it returns ok=false and skips the reasons (pass
// math.Inf(-1) to always have them).
func (e *EvidenceScorer) Score(ev *Evidence, floor float64) (r Result, ok bool) {
	s := e.s
	c := comparison{v: ev.Levels, sims: ev.Sims, addrSim: ev.AddrSim, swapped: ev.Swapped, addrDone: true}
	score, rel := s.logPrior, s.logRel
	for f := Field(0); f < NumFields; f++ {
		l := c.v[f]
		if l >= NumLevels {
			l, c.v[f] = LevelMissing, LevelMissing
		}
		adj := 0.0
		crossed := ev.Swapped && (f == FieldFirst || f == FieldLast)
		if l == LevelExact && !crossed {
			adj = s.tfAdjust(f, max(ev.Counts[f], 1))
		}
		c.adj[f] = adj
		score += s.bits[f][l] + adj
		rel += s.rbits[f][l] + adj
	}
	if ev.Swapped {
		self := func(i int) float64 {
			return s.bits[FieldFirst][LevelExact] + s.tfAdjust(FieldFirst, max(ev.Self[i][0], 1)) +
				s.bits[FieldLast][LevelExact] + s.tfAdjust(FieldLast, max(ev.Self[i][1], 1))
		}
		crossed := s.bits[FieldFirst][c.v[FieldFirst]] + s.bits[FieldLast][c.v[FieldLast]]
		if adj := min(self(0), self(1)) - crossed; adj < 0 {
			c.adj[FieldFirst] += adj
			score += adj
			rel += adj
		}
	}
	c.relBits = relTerm(rel)
	score -= c.relBits
	if score < floor {
		return Result{Score: score}, false
	}
	return s.result(nil, nil, &c, score), true
}

// Bound is the most ev can score once the fields marked open are compared
// too (their levels in ev are ignored): the levels known so far, and the
// best each open field can add, term frequency included. Relatives only
// take off, so they are left out. A pair whose bound is below a band's
// floor cannot reach it.
func (e *EvidenceScorer) Bound(ev *Evidence, open *[NumFields]bool) float64 {
	s := e.s
	b := s.logPrior
	for f := Field(0); f < NumFields; f++ {
		if open[f] {
			b += s.maxBits[f]
			continue
		}
		l := ev.Levels[f]
		if l >= NumLevels {
			l = LevelMissing
		}
		b += s.bits[f][l]
		if l == LevelExact {
			b += s.tfAdjust(f, max(ev.Counts[f], 1))
		}
	}
	return b
}
