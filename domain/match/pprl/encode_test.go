package pprl

import (
	"bytes"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/match"
)

func TestEncodeDeterministicUnderKey(t *testing.T) {
	f := file(7, "سید مهدی", "حسین‌زاده", "رضا", "1360/05/12", withCheck("287365805"), "", "09151234567", "بولوار توس، توس ۷۲، پلاک ۱۴")
	other := testSecret
	other[0] ^= 1
	a := mustEncoder(testSecret).EncodeFile(f)
	b := mustEncoder(testSecret).EncodeFile(f)
	c := mustEncoder(other).EncodeFile(f)
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("two encoders under one key differ:\n%+v\n%+v", a, b)
	}
	for _, tt := range []struct {
		field  string
		ax, cx any
	}{
		{"national code", a.NationalCode, c.NationalCode},
		{"mobile", a.Mobile, c.Mobile},
		{"first name tag", a.First.Tag, c.First.Tag},
		{"first name sound", a.First.Sound, c.First.Sound},
		{"last name filter", a.Last.Filter, c.Last.Filter},
		{"address", a.Address, c.Address},
	} {
		if reflect.DeepEqual(tt.ax, tt.cx) {
			t.Errorf("%s is the same under another key", tt.field)
		}
	}
	if mustEncoder(testSecret).KeyID() == mustEncoder(other).KeyID() {
		t.Error("two keys share a key id")
	}
	if a.Birth.Year != 1360 || !a.Seyyed || a.Center != f.Center || a.ID != f.ID {
		t.Errorf("clear fields wrong: %+v", a)
	}
}

func TestEncodeKeepsNothingInClear(t *testing.T) {
	f := file(7, "مهدی", "شیرزادی", "رضا", "1360/05/12", withCheck("287365805"), "", "09151234567", "بولوار توس، توس ۷۲، پلاک ۱۴")
	e := mustEncoder(testSecret)
	x := NewIndex(match.DefaultWeights(), e.KeyID(), e.Params(), []Encoded{e.EncodeFile(f)})
	var buf bytes.Buffer
	if _, err := x.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"مهدی", "شیرزادی", "2873658", "9151234567", "توس", "1360/05"} {
		if bytes.Contains(buf.Bytes(), []byte(s)) {
			t.Errorf("the wire index holds %q in clear", s)
		}
	}
}

// TestLevelsAgreeWithEngine compares pairs both ways: the encoded levels
// must be the engine's for every field the encodings can tell exactly.
func TestLevelsAgreeWithEngine(t *testing.T) {
	nc := withCheck("287365805")
	ncTypo := nc[:3] + string('0'+(nc[3]-'0'+1)%10) + nc[4:] // one digit changed: the check fails
	ncSwap := nc[:4] + string(nc[5]) + string(nc[4]) + nc[6:]
	bf := fileFields{"مهدی", "شیرزادی", "رضا", "1360/05/12", nc, "", "09151234567", "بولوار توس، توس ۷۲، پلاک ۱۴"}
	af := fileFields{"مهدی", "شیرزادی", "رضا", "1360/05/12", "", "123456789012", "", ""}
	with := func(f fileFields, mod func(*fileFields)) fileFields { mod(&f); return f }
	rows := []struct {
		name        string
		left, right fileFields
		field       match.Field
		want        match.Level
	}{
		{"same code", bf, bf, match.FieldNationalCode, match.LevelExact},
		{"code with a wrong digit", bf, with(bf, func(f *fileFields) { f.nc = ncTypo }), match.FieldNationalCode, match.LevelTypo},
		{"code with two digits swapped", bf, with(bf, func(f *fileFields) { f.nc = ncSwap }), match.FieldNationalCode, match.LevelTypo},
		{"two valid codes", bf, with(bf, func(f *fileFields) { f.nc = withCheck("093742210") }), match.FieldNationalCode, match.LevelConflict},
		{"no code", bf, with(bf, func(f *fileFields) { f.nc = "" }), match.FieldNationalCode, match.LevelMissing},
		{"same foreign number", af, af, match.FieldForeignID, match.LevelExact},
		{"foreign number, one digit", af, with(af, func(f *fileFields) { f.fid = "123456789013" }), match.FieldForeignID, match.LevelTypo},
		{"foreign number, swap", af, with(af, func(f *fileFields) { f.fid = "123456798012" }), match.FieldForeignID, match.LevelTypo},
		{"foreign number, swap across halves", af, with(af, func(f *fileFields) { f.fid = "123457689012" }), match.FieldForeignID, match.LevelTypo},
		{"foreign number, two digits", af, with(af, func(f *fileFields) { f.fid = "923456789013" }), match.FieldForeignID, match.LevelDifferent},
		{"mobile written otherwise", bf, with(bf, func(f *fileFields) { f.mob = "+989151234567" }), match.FieldMobile, match.LevelExact},
		{"other mobile", bf, with(bf, func(f *fileFields) { f.mob = "09157654321" }), match.FieldMobile, match.LevelDifferent},
		{"birth day and month swapped", bf, with(bf, func(f *fileFields) { f.birth = "1360/12/05" }), match.FieldBirth, match.LevelSwap},
		{"birth year only", bf, with(bf, func(f *fileFields) { f.birth = "1360" }), match.FieldBirth, match.LevelPartial},
		{"birth 1/1", bf, with(bf, func(f *fileFields) { f.birth = "1360/01/01" }), match.FieldBirth, match.LevelPartial},
		{"birth a year apart", bf, with(bf, func(f *fileFields) { f.birth = "1361/05/12" }), match.FieldBirth, match.LevelNear},
		{"birth another day", bf, with(bf, func(f *fileFields) { f.birth = "1360/05/13" }), match.FieldBirth, match.LevelSameYear},
		{"first name Arabic yeh", bf, with(bf, func(f *fileFields) { f.first = "مهدي" }), match.FieldFirst, match.LevelExact},
		{"surname suffix", bf, with(bf, func(f *fileFields) { f.last = "شیرزاد" }), match.FieldLast, match.LevelClose},
		{"homophone", bf, with(bf, func(f *fileFields) { f.last = "شیرضادی" }), match.FieldLast, match.LevelClose},
		{"vowel letter: another name", with(bf, func(f *fileFields) { f.first = "محمد" }), with(bf, func(f *fileFields) { f.first = "محمود" }), match.FieldFirst, match.LevelSimilar},
		{"keyboard slip in a short name", with(bf, func(f *fileFields) { f.first = "علی" }), with(bf, func(f *fileFields) { f.first = "علز" }), match.FieldFirst, match.LevelClose},
		{"keyboard slip, neighbour key", with(bf, func(f *fileFields) { f.first = "عفت" }), with(bf, func(f *fileFields) { f.first = "عبت" }), match.FieldFirst, match.LevelClose},
		{"letters swapped", with(bf, func(f *fileFields) { f.father = "عباس" }), with(bf, func(f *fileFields) { f.father = "عبسا" }), match.FieldFather, match.LevelClose},
		{"far keys: no slip", with(bf, func(f *fileFields) { f.first = "علی" }), with(bf, func(f *fileFields) { f.first = "علم" }), match.FieldFirst, match.LevelDifferent},
		{"another name", bf, with(bf, func(f *fileFields) { f.father = "جواد" }), match.FieldFather, match.LevelDifferent},
		{"address abbreviated", bf, with(bf, func(f *fileFields) { f.addr = "ب. توس، توس 72، پ 14" }), match.FieldAddress, match.LevelExact},
		{"seyyed on one", bf, with(bf, func(f *fileFields) { f.first = "سید مهدی" }), match.FieldTitles, match.LevelDifferent},
	}
	e := mustEncoder(testSecret)
	sc := match.NewScorer(match.DefaultWeights(), nil)
	sameVectors := 0
	defer func() {
		if sameVectors < len(rows)/2 {
			t.Errorf("only %d of %d pairs had the engine's whole vector: the score check tested little", sameVectors, len(rows))
		}
	}()
	for _, r := range rows {
		a, b := r.left.file(1), r.right.file(2)
		plain := sc.Compare(match.FromFile(a), match.FromFile(b))
		enc := Compare(match.DefaultWeights(), e.EncodeFile(a), e.EncodeFile(b))
		if enc.Levels[r.field] != r.want {
			t.Errorf("%s: encoded %s is %s, want %s", r.name, r.field, enc.Levels[r.field], r.want)
		}
		if plain.Levels[r.field] != enc.Levels[r.field] {
			t.Errorf("%s: engine says %s, encoded %s", r.name, plain.Levels[r.field], enc.Levels[r.field])
		}
		// Same levels must weigh the same: match.EvidenceScorer mirrors
		// the engine's compare, and this catches them drifting apart.
		if plain.Levels == enc.Levels && plain.Swapped == enc.Swapped {
			sameVectors++
			if math.Abs(plain.Score-enc.Score) > 1e-9 || plain.Band != enc.Band {
				t.Errorf("%s: same levels, engine scores %.4f (%s), encoded %.4f (%s)", r.name, plain.Score, plain.Band, enc.Score, enc.Band)
			}
		}
	}
}

// fileFields are the typed fields of a test file.
type fileFields struct{ first, last, father, birth, nc, fid, mob, addr string }

func (f fileFields) file(id uint64) domain.File {
	return file(id, f.first, f.last, f.father, f.birth, f.nc, f.fid, f.mob, f.addr)
}

func TestDiceThresholds(t *testing.T) {
	e := mustEncoder(testSecret)
	tests := []struct {
		a, b     string
		min, max float64
	}{
		{"محمد", "محمد", 1, 1},
		{"شیرزادی", "شیرزاد", DiceClose, 1},    // a letter dropped
		{"غلامرضا", "غلامرصا", DiceSimilar, 1}, // a slip
		{"محمد", "فاطمه", 0, DiceSimilar},
		{"احمدی", "کریمی", 0, DiceSimilar},
	}
	for _, tt := range tests {
		na, nb := e.encodeName(tt.a), e.encodeName(tt.b)
		d := Dice(&na.Filter, &nb.Filter)
		if d < tt.min || d > tt.max {
			t.Errorf("Dice(%s, %s) = %.3f, want in [%.2f, %.2f]", tt.a, tt.b, d, tt.min, tt.max)
		}
		if back := Dice(&nb.Filter, &na.Filter); back != d {
			t.Errorf("Dice not symmetric on %s, %s", tt.a, tt.b)
		}
	}
	var empty Filter
	if Dice(&empty, &empty) != 0 {
		t.Error("Dice of empty filters should be 0")
	}
}

// TestCompareSymmetric: scoring a pair of encodings does not depend on
// which is looked up, on random pairs drawn to agree and disagree.
func TestCompareSymmetric(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	e := mustEncoder(testSecret)
	w := match.DefaultWeights()
	var encs []Encoded
	for i := range 300 {
		encs = append(encs, e.EncodeFile(randomFile(rng, uint64(i+1))))
	}
	x := NewIndex(w, e.KeyID(), e.Params(), encs)
	for range 3000 {
		a, b := encs[rng.IntN(len(encs))], encs[rng.IntN(len(encs))]
		for _, pair := range [][2]match.Result{{Compare(w, a, b), Compare(w, b, a)}, {x.Compare(a, b), x.Compare(b, a)}} {
			ab, ba := pair[0], pair[1]
			if ab.Score != ba.Score || ab.Band != ba.Band || ab.Levels != ba.Levels {
				t.Fatalf("asymmetric: %v %v %v vs %v %v %v", ab.Score, ab.Band, ab.Levels, ba.Score, ba.Band, ba.Levels)
			}
		}
	}
}

// TestSelfIsBest: a record is at least as like itself as anything else.
func TestSelfIsBest(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	e := mustEncoder(testSecret)
	w := match.DefaultWeights()
	for range 500 {
		a, b := e.EncodeFile(randomFile(rng, 1)), e.EncodeFile(randomFile(rng, 2))
		if self, other := Compare(w, a, a), Compare(w, a, b); other.Score > self.Score+1e-9 {
			t.Fatalf("a scores %.2f against b but %.2f against itself: %v", other.Score, self.Score, other.Levels)
		}
	}
}

func TestLookupFindsCopyElsewhere(t *testing.T) {
	e := mustEncoder(testSecret)
	orig := file(1, "مهدی", "شیرزادی", "رضا", "1360/05/12", withCheck("287365805"), "", "09151234567", "بولوار توس، توس ۷۲، پلاک ۱۴")
	sibling := file(2, "حمید", "شیرزادی", "رضا", "1362/01/20", withCheck("093742210"), "", "09151234567", "بولوار توس، توس ۷۲، پلاک ۱۴")
	other := file(3, "فاطمه", "کریمی", "جواد", "1350", withCheck("111222333"), "", "09150000000", "طلاب، بولوار طبرسی، طبرسی 30، پلاک 59")
	x := NewIndex(match.DefaultWeights(), e.KeyID(), e.Params(), []Encoded{e.EncodeFile(orig), e.EncodeFile(sibling), e.EncodeFile(other)})
	copyTyped := file(9, "مهدي", "شیرزاده", "رضا", "1360", withCheck("287365805"), "", "", "خ. توس، توس 72، پ 14")
	got := x.Lookup(e.EncodeFile(copyTyped), 5)
	if len(got) == 0 || got[0].ID != orig.ID || got[0].Band < match.BandLikely {
		t.Fatalf("copy not found first at likely or above: %+v", got)
	}
	for _, c := range got {
		if c.ID == other.ID {
			t.Errorf("an unrelated file was offered: %+v", c)
		}
	}
	codes := map[string]bool{}
	for _, r := range got[0].Reasons {
		codes[r.Code] = true
	}
	if !codes[match.ReasonSameNationalCode] {
		t.Errorf("reasons lack the national code: %+v", got[0].Reasons)
	}
	if self := x.Lookup(e.EncodeFile(orig), 0); len(self) > 0 && self[0].ID == orig.ID {
		t.Error("a file was offered as its own duplicate")
	}
}

// TestBoundAboveScore: the bound Lookup prunes with never falls below the
// score the pair then gets, or a lookup would lose candidates.
func TestBoundAboveScore(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	e := mustEncoder(testSecret)
	var encs []Encoded
	for i := range 300 {
		encs = append(encs, e.EncodeFile(randomFile(rng, uint64(i+1))))
	}
	x := NewIndex(match.DefaultWeights(), e.KeyID(), e.Params(), encs)
	for range 5000 {
		a, b := x.queryView(&encs[rng.IntN(len(encs))]), x.queryView(&encs[rng.IntN(len(encs))])
		var ev match.Evidence
		compareCheap(&a, &b, x, &ev)
		bound := x.sc.Bound(&ev, &dearFields)
		compareNameFields(&a, &b, &ev)
		bound2 := x.sc.Bound(&ev, &addressField)
		compareAddress(&a, &b, &ev)
		r, _ := x.sc.Score(&ev, math.Inf(-1))
		if r.Score > bound+1e-9 {
			t.Fatalf("score %.3f above its bound %.3f: %v", r.Score, bound, r.Levels)
		}
		if !ev.Swapped && r.Score > bound2+1e-9 {
			t.Fatalf("score %.3f above its bound with the names known %.3f: %v", r.Score, bound2, r.Levels)
		}
	}
}

func TestSlotSet(t *testing.T) {
	ss := newSlotSet(4)
	if len(ss.t) != 16 {
		t.Fatalf("table of %d", len(ss.t))
	}
	for i := range uint32(15) {
		if !ss.add(i * 16) { // all in one bucket chain
			t.Fatalf("slot %d refused", i*16)
		}
		if ss.add(i * 16) {
			t.Fatalf("slot %d added twice", i*16)
		}
	}
	if ss.add(1000) {
		t.Error("a full set took more")
	}
}

// TestScoresMatchEngine: on random pairs, wherever the encoded levels are
// the engine's, so are score and band (no term frequencies on either side);
// and the levels are the engine's for most pairs.
func TestScoresMatchEngine(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	e := mustEncoder(testSecret)
	w := match.DefaultWeights()
	sc := match.NewScorer(w, nil)
	same, n := 0, 2000
	for i := range n {
		fa, fb := randomFile(rng, uint64(2*i+1)), randomFile(rng, uint64(2*i+2))
		plain := sc.Compare(match.FromFile(fa), match.FromFile(fb))
		enc := Compare(w, e.EncodeFile(fa), e.EncodeFile(fb))
		if plain.Levels != enc.Levels || plain.Swapped != enc.Swapped {
			continue
		}
		same++
		if math.Abs(plain.Score-enc.Score) > 1e-9 || plain.Band != enc.Band {
			t.Fatalf("same levels %v, engine %.4f %s, encoded %.4f %s", enc.Levels, plain.Score, plain.Band, enc.Score, enc.Band)
		}
	}
	if same < n*9/10 {
		t.Errorf("encoded levels are the engine's for only %d of %d random pairs", same, n)
	}
	t.Logf("%d of %d random pairs have the engine's levels", same, n)
}
