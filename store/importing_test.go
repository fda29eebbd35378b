package store

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/parvande/parvande/domain"
)

func synthBatch(seed uint64, c domain.CenterID, from, n int) []domain.File {
	r := rand.New(rand.NewPCG(seed, uint64(from)))
	out := make([]domain.File, n)
	for i := range out {
		out[i] = synthFile(r, c, from+i)
	}
	return out
}

func TestImportIdempotentAndUpdate(t *testing.T) {
	e := newEnv(t)
	a := e.admin()
	batch := synthBatch(1, e.c1.ID, 0, 300)
	res, err := e.s.ImportFiles(a, batch, "sheet-1.csv")
	mustNoErr(t, err)
	if res.Created != 300 || res.Updated != 0 || res.Unchanged != 0 || len(res.IDs) != 300 {
		t.Fatalf("first import %+v", res)
	}
	for i, id := range res.IDs {
		if id.Center() != e.c1.ID || (i > 0 && id != res.IDs[i-1]+1) {
			t.Fatalf("ids not consecutive at %d: %v", i, id)
		}
	}
	again, err := e.s.ImportFiles(a, batch, "sheet-1.csv")
	mustNoErr(t, err)
	if again.Created != 0 || again.Unchanged != 300 || !slices.Equal(again.IDs, res.IDs) {
		t.Fatalf("second import %+v", again)
	}

	changed := slices.Clone(batch[:10])
	changed[3].Address = "گلشهر، خیابان گلشهر ۱۲"
	changed[3].Head.Mobile = domain.ParseMobile("09150001111")
	changed = append(changed, synthBatch(2, e.c1.ID, 300, 5)...)
	res3, err := e.s.ImportFiles(a, changed, "sheet-2.csv")
	mustNoErr(t, err)
	if res3.Created != 5 || res3.Updated != 1 || res3.Unchanged != 9 {
		t.Fatalf("third import %+v", res3)
	}
	f, err := e.s.File(a, res.IDs[3])
	mustNoErr(t, err)
	if f.Version != 2 || f.Address != changed[3].Address || f.Number != batch[3].Number || f.ID != res.IDs[3] {
		t.Fatalf("updated file %+v", f)
	}
	if got, _ := e.s.FilesByMobile("09150001111"); !slices.Equal(got, ids(f.ID)) {
		t.Fatalf("new mobile not indexed: %v", got)
	}
	h, err := e.s.History(a, f.ID)
	mustNoErr(t, err)
	if len(h) != 2 || h[0].Kind != kindImport || h[0].Note != "sheet-2.csv" || h[1].Note != "sheet-1.csv" {
		t.Fatalf("history %+v", h)
	}
	var fields []string
	for _, c := range h[0].Changes {
		fields = append(fields, c.Field)
	}
	if !slices.Equal(fields, []string{"head.mobile", "address"}) {
		t.Fatalf("update changes %v", fields)
	}
	if len(h[1].Changes) != 1 || h[1].Changes[0].After != "created" {
		t.Fatalf("create changes %+v", h[1].Changes)
	}
	// unchanged files get no history entry from the second import
	h0, _ := e.s.History(a, res.IDs[0])
	if len(h0) != 1 {
		t.Fatalf("file 0 history %d events, want 1", len(h0))
	}
	ev, err := e.s.Audit(a, AuditFilter{Limit: 1, Action: domain.ActImport})
	mustNoErr(t, err)
	if ev[0].Kind != kindImport || ev[0].Changes[0].After != "5" || ev[0].Changes[1].After != "1" || ev[0].Changes[2].After != "9" {
		t.Fatalf("batch event %+v", ev[0].Changes[:4])
	}
	e.check()
}

func TestImportRefusesBatch(t *testing.T) {
	e := newEnv(t)
	batch := synthBatch(1, e.c1.ID, 0, 10)
	batch[4].Head = domain.Person{}
	_, err := e.s.ImportFiles(e.admin(), batch, "x")
	var ife *ImportFileError
	if !errors.As(err, &ife) || ife.Index != 4 || !errors.Is(err, domain.ErrFileNoName) {
		t.Fatalf("err %v", err)
	}
	batch = synthBatch(1, e.c1.ID, 0, 10)
	batch[7].Center = e.c2.ID
	_, err = e.s.ImportFiles(e.actorAt(domain.RoleSupervisor, e.c1.ID), batch, "x")
	if !errors.As(err, &ife) || ife.Index != 7 || !errors.Is(err, ErrDenied) {
		t.Fatalf("err %v", err)
	}
	st, _ := e.s.Stats()
	if st.Files != 0 {
		t.Fatalf("%d files written by refused batches", st.Files)
	}
}

func TestImportRepeatedRefInBatch(t *testing.T) {
	e := newEnv(t)
	batch := synthBatch(1, e.c1.ID, 0, 4)
	dup := batch[1]
	dup.Address = "آدرس دیگر"
	batch = append(batch, dup)
	res, err := e.s.ImportFiles(e.admin(), batch, "x")
	mustNoErr(t, err)
	if res.Created != 4 || res.Updated != 1 || res.IDs[4] != res.IDs[1] {
		t.Fatalf("%+v", res)
	}
	f, _ := e.s.File(e.admin(), res.IDs[1])
	if f.Address != "آدرس دیگر" || f.Version != 2 {
		t.Fatalf("%+v", f)
	}
	e.check()
}

func TestIDRanges(t *testing.T) {
	in := []domain.ID{domain.NewID(2, 5), domain.NewID(1, 3), domain.NewID(1, 1), domain.NewID(1, 2), domain.NewID(2, 7)}
	s := formatRanges(in)
	if s != "1-1..1-3 2-5 2-7" {
		t.Fatalf("format %q", s)
	}
	var out []domain.ID
	eachRangeID(s+" junk 3-9..3-1 4-1..5-2", func(id domain.ID) error { out = append(out, id); return nil })
	slices.Sort(in)
	if !slices.Equal(out, in) {
		t.Fatalf("parse %v", out)
	}
}
