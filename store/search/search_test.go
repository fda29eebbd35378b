package search

import (
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
)

// person makes a file with just what search reads.
func person(seq uint64, first, last, father string) domain.File {
	return domain.File{
		ID:     domain.NewID(1, seq),
		Center: 1,
		Number: "C01-1403-" + string(rune('0'+seq%10)),
		Head:   domain.Person{FirstName: first, LastName: last, FatherName: father},
	}
}

func ids(p Page) []domain.ID {
	var out []domain.ID
	for _, r := range p.Results {
		out = append(out, r.ID)
	}
	return out
}

func names(p Page) []string {
	var out []string
	for _, r := range p.Results {
		out = append(out, r.Name)
	}
	return out
}

func found(p Page, id domain.ID) *Result {
	for i := range p.Results {
		if p.Results[i].ID == id {
			return &p.Results[i]
		}
	}
	return nil
}

func TestLetterVariants(t *testing.T) {
	ix := New()
	ix.Put(person(1, "علي", "كاظمي", "يحيي"), fa.Date{}, fa.Date{}) // typed with Arabic ي and ك
	ix.Put(person(2, "علی", "کاظمی", "یحیی"), fa.Date{}, fa.Date{}) // Persian letters
	ix.Put(person(3, "مؤمن", "آقایی", "ابراهیم"), fa.Date{}, fa.Date{})
	tests := []struct {
		q    string
		want []domain.ID
	}{
		{"کاظمی", []domain.ID{domain.NewID(1, 1), domain.NewID(1, 2)}},
		{"كاظمي", []domain.ID{domain.NewID(1, 1), domain.NewID(1, 2)}},
		{"علی کاظ", []domain.ID{domain.NewID(1, 1), domain.NewID(1, 2)}},
		{"يحيي", []domain.ID{domain.NewID(1, 1), domain.NewID(1, 2)}},
		{"مومن", []domain.ID{domain.NewID(1, 3)}},
		{"اقایی", []domain.ID{domain.NewID(1, 3)}},
		{"آقائی", []domain.ID{domain.NewID(1, 3)}},
		{"KAZEMI", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := ids(ix.Search(tt.q, Filter{}, Relevance, 0, 10))
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestCompoundNameSpacing(t *testing.T) {
	forms := []string{"محمدرضا", "محمد رضا", "محمد\u200cرضا", "محمد-رضا"}
	ix := New()
	for i, f := range forms {
		ix.Put(person(uint64(i+1), f, "نوروزی", "حسن"), fa.Date{}, fa.Date{})
	}
	ix.Put(person(9, "محمد", "رضایی", "حسن"), fa.Date{}, fa.Date{})
	for _, q := range forms {
		t.Run(q, func(t *testing.T) {
			p := ix.Search(q+" نوروزی", Filter{}, Relevance, 0, 10)
			if p.Total != len(forms) {
				t.Fatalf("Search(%q) found %d (%v), want all %d spellings", q, p.Total, names(p), len(forms))
			}
			for _, r := range p.Results {
				if r.Field != FieldName || len(r.NameMatch) != len([]rune("محمدرضانوروزی")) {
					t.Errorf("%q: field %q, highlight %v", r.Name, r.Field, r.NameMatch)
				}
			}
		})
	}
}

func TestDigitQueries(t *testing.T) {
	ix := New()
	f := person(1, "زهرا", "کاظمی", "علی")
	f.Head.Mobile = domain.Mobile{Raw: "0915 123 4567", Value: "09151234567"}
	f.Head.NationalCode = domain.NationalCode{Raw: "0012345679", Value: "0012345679"}
	f.Number = "GLS-1403-0042"
	ix.Put(f, fa.Date{}, fa.Date{})
	g := person(2, "مریم", "رضایی", "حسن")
	g.Head.ForeignID = domain.ForeignID{Raw: "۱۲۳۴۵۶۷۸۹۰۱۲", Value: "123456789012"}
	g.Head.Mobile = domain.Mobile{Raw: "۰۹۳۵ ۰۰۰", Flag: domain.FlagFormat} // flagged: shown as typed
	ix.Put(g, fa.Date{}, fa.Date{})

	tests := []struct {
		q     string
		want  domain.ID
		field string
	}{
		{"۰۹۱۵۱۲۳", f.ID, FieldMobile},
		{"09151234567", f.ID, FieldMobile},
		{"٠٩١٥", f.ID, FieldMobile},
		{"0012345679", f.ID, FieldNationalCode},
		{"۰۰۱۲۳۴۵۶۷۹", f.ID, FieldNationalCode},
		{"1403-0042", f.ID, FieldNumber},
		{"42", f.ID, FieldNumber},
		{"5678901", g.ID, FieldForeignID},
		{"0935000", g.ID, FieldMobile},
		{"زهرا 0915", f.ID, FieldName},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			for _, s := range []Sort{Relevance, ByName, ByLastActivity, ByNumber} {
				p := ix.Search(tt.q, Filter{}, s, 0, 10)
				if p.Total != 1 || p.Results[0].ID != tt.want {
					t.Fatalf("Search(%q) = %v, want only %v", tt.q, ids(p), tt.want)
				}
				if p.Results[0].Field != tt.field {
					t.Errorf("Search(%q) sort %d: field %q, want %q", tt.q, s, p.Results[0].Field, tt.field)
				}
			}
		})
	}
	if p := ix.Search("مریم", Filter{}, Relevance, 0, 1); p.Results[0].Mobile != "۰۹۳۵ ۰۰۰" {
		t.Errorf("flagged mobile shown as %q, want it as typed", p.Results[0].Mobile)
	}
	if p := ix.Search("زهرا 0999", Filter{}, Relevance, 0, 10); p.Total != 0 {
		t.Errorf("name and a digit run that is nowhere: found %v", names(p))
	}
}

func TestHighlight(t *testing.T) {
	ix := New()
	// م ح ـ م د ZWNJ ر ض ا space ك ا ظ م ي: tatweel at 2, ZWNJ at 5,
	// Arabic kaf and yeh.
	name := "محـمد\u200cرضا"
	ix.Put(person(1, name, "كاظمي", "حسن"), fa.Date{}, fa.Date{})
	ix.Put(person(2, "فاطمه", "حسینی", "محمدرضا"), fa.Date{}, fa.Date{})
	ix.Put(person(3, "ﻻله", "رضوی", "علی"), fa.Date{}, fa.Date{}) // lam-alef ligature
	tests := []struct {
		q    string
		id   domain.ID
		want []int
	}{
		{"محمدرضا", domain.NewID(1, 1), []int{0, 1, 3, 4, 6, 7, 8}},
		{"محمد رضا", domain.NewID(1, 1), []int{0, 1, 3, 4, 6, 7, 8}},
		{"رضا کاظمی", domain.NewID(1, 1), []int{6, 7, 8, 10, 11, 12, 13, 14}},
		{"کاظمی", domain.NewID(1, 1), []int{10, 11, 12, 13, 14}},
		{"کاظمی محمد", domain.NewID(1, 1), []int{0, 1, 3, 4, 10, 11, 12, 13, 14}},
		{"لاله", domain.NewID(1, 3), []int{0, 1, 2}},
		{"له", domain.NewID(1, 3), []int{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			r := found(ix.Search(tt.q, Filter{}, Relevance, 0, 10), tt.id)
			if r == nil {
				t.Fatalf("Search(%q) missed %v", tt.q, tt.id)
			}
			if !slices.Equal(r.NameMatch, tt.want) {
				t.Errorf("Search(%q) highlights %v in %q, want %v", tt.q, r.NameMatch, r.Name, tt.want)
			}
		})
	}
	// A father's-name match highlights nothing in the name and ranks below
	// a name match.
	p := ix.Search("محمدرضا", Filter{}, Relevance, 0, 10)
	if len(p.Results) != 2 || p.Results[0].ID != domain.NewID(1, 1) {
		t.Fatalf("order %v", names(p))
	}
	if r := p.Results[1]; r.Field != FieldFather || len(r.NameMatch) != 0 {
		t.Errorf("father match: field %q, highlight %v", r.Field, r.NameMatch)
	}
}

func TestRelevance(t *testing.T) {
	ix := New()
	ix.Put(person(1, "علی", "محمدی", "حسن"), fa.Date{}, fa.Date{})
	ix.Put(person(2, "محمد", "رضایی", "حسن"), fa.Date{}, fa.Date{})
	ix.Put(person(3, "محمدحسین", "کریمی", "حسن"), fa.Date{}, fa.Date{})
	ix.Put(person(4, "زهرا", "کاظمی", "محمد"), fa.Date{}, fa.Date{})
	ix.Put(person(5, "محمد", "احمدی", "حسن"), fa.Date{}, fa.Date{})
	p := ix.Search("محمد", Filter{}, Relevance, 0, 10)
	want := []string{"محمد احمدی", "محمد رضایی", "محمدحسین کریمی", "علی محمدی", "زهرا کاظمی"}
	if !slices.Equal(names(p), want) {
		t.Errorf("order %v, want %v", names(p), want)
	}
	for i := 1; i < len(p.Results); i++ {
		if p.Results[i].Score > p.Results[i-1].Score {
			t.Errorf("scores not descending: %v then %v", p.Results[i-1].Score, p.Results[i].Score)
		}
	}
	if p.Results[0].Score != p.Results[1].Score {
		t.Errorf("same-shape matches scored %d and %d", p.Results[0].Score, p.Results[1].Score)
	}
}

func TestOneAndTwoLetters(t *testing.T) {
	ix := New()
	ix.Put(person(1, "زهرا", "کاظمی", "علی"), fa.Date{}, fa.Date{})
	ix.Put(person(2, "علی", "رضایی", "حسن"), fa.Date{}, fa.Date{})
	ix.Put(person(3, "مهدی", "نظری", "زکریا"), fa.Date{}, fa.Date{})
	tests := []struct {
		q    string
		want []string
	}{
		{"ز", []string{"زهرا کاظمی", "مهدی نظری"}}, // word starts only; father زکریا
		{"ک", []string{"زهرا کاظمی"}},
		{"زه", []string{"زهرا کاظمی"}},
		{"ظر", []string{"مهدی نظری"}},
		{"زهرا ک", []string{"زهرا کاظمی"}},
		{"ی", nil}, // no word starts with ی
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := names(ix.Search(tt.q, Filter{}, Relevance, 0, 10)); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestFilters(t *testing.T) {
	ix := New()
	add := func(seq uint64, c domain.CenterID, st domain.Status, cat domain.Category, due fa.Date) {
		f := person(seq, "علی", "احمدی", "حسن")
		f.ID, f.Center, f.Status, f.Categories = domain.NewID(c, seq), c, st, []domain.Category{cat}
		ix.Put(f, fa.Date{Year: 1403, Month: 1, Day: 1}, due)
	}
	today := fa.Date{Year: 1403, Month: 6, Day: 15}
	add(1, 1, domain.StatusActive, domain.CategoryElderly, fa.Date{Year: 1403, Month: 6, Day: 14})
	add(2, 1, domain.StatusClosed, domain.CategoryOrphans, fa.Date{Year: 1403, Month: 6, Day: 15})
	add(3, 2, domain.StatusActive, domain.CategoryOrphans, fa.Date{})
	add(4, 3, domain.StatusSuspended, domain.CategoryElderly, fa.Date{Year: 1402})
	active, closed := domain.StatusActive, domain.StatusClosed
	orphans := domain.CategoryOrphans
	tests := []struct {
		name string
		f    Filter
		want []uint64
	}{
		{"all", Filter{}, []uint64{1, 2, 3, 4}},
		{"center 1", Filter{Centers: []domain.CenterID{1}}, []uint64{1, 2}},
		{"centers 2,3", Filter{Centers: []domain.CenterID{2, 3}}, []uint64{3, 4}},
		{"many centers", Filter{Centers: []domain.CenterID{9, 8, 7, 6, 5, 4, 3, 2, 10, 11}}, []uint64{3, 4}},
		{"no centers", Filter{Centers: []domain.CenterID{}}, nil},
		{"active", Filter{Status: &active}, []uint64{1, 3}},
		{"closed", Filter{Status: &closed}, []uint64{2}},
		{"orphans", Filter{Category: &orphans}, []uint64{2, 3}},
		{"overdue", Filter{Overdue: true, Today: today}, []uint64{1, 4}},
		{"overdue active center 1", Filter{Overdue: true, Today: today, Status: &active, Centers: []domain.CenterID{1}}, []uint64{1}},
	}
	for _, tt := range tests {
		for _, q := range []string{"", "احمدی", "ع"} {
			t.Run(tt.name+"/"+q, func(t *testing.T) {
				p := ix.Search(q, tt.f, ByNumber, 0, 10)
				var got []uint64
				for _, id := range ids(p) {
					got = append(got, id.Seq())
				}
				slices.Sort(got)
				if !slices.Equal(got, tt.want) || p.Total != len(tt.want) {
					t.Errorf("got %v (total %d), want %v", got, p.Total, tt.want)
				}
			})
		}
	}
	if r := ix.Search("", Filter{}, ByName, 0, 1).Results[0]; r.LastAid != (fa.Date{Year: 1403, Month: 1, Day: 1}) || !r.HasCategory(r.Categories.List()[0]) {
		t.Errorf("entry fields: %+v", r.Entry)
	}
}

func TestSorts(t *testing.T) {
	ix := New()
	// Byte order would put پ چ ژ گ after every Arabic letter.
	surnames := []string{"گودرزی", "کاظمی", "چراغی", "جعفری", "پاکزاد", "بابایی", "ژیان", "زارعی", "آقایی", "یزدانی"}
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, s := range surnames {
		f := person(uint64(i+1), s, "", "حسن")
		f.Number = []string{"12", "3", "", "1403-0100", "7", "40", "1403-0020", "۵", "1", "2"}[i]
		f.UpdatedAt = base.Add(time.Duration(i) * time.Hour)
		ix.Put(f, fa.Date{}, fa.Date{})
	}
	tests := []struct {
		s    Sort
		want []string
	}{
		{ByName, []string{"آقایی", "بابایی", "پاکزاد", "جعفری", "چراغی", "زارعی", "ژیان", "کاظمی", "گودرزی", "یزدانی"}},
		{Relevance, []string{"آقایی", "بابایی", "پاکزاد", "جعفری", "چراغی", "زارعی", "ژیان", "کاظمی", "گودرزی", "یزدانی"}},
		{ByLastActivity, []string{"یزدانی", "آقایی", "زارعی", "ژیان", "بابایی", "پاکزاد", "جعفری", "چراغی", "کاظمی", "گودرزی"}},
		{ByNumber, []string{"آقایی", "یزدانی", "کاظمی", "زارعی", "پاکزاد", "گودرزی", "بابایی", "ژیان", "جعفری", "چراغی"}},
	}
	for _, tt := range tests {
		got := names(ix.Search("", Filter{}, tt.s, 0, 100))
		if !slices.Equal(got, tt.want) {
			t.Errorf("sort %d:\n got %v\nwant %v", tt.s, got, tt.want)
		}
		// Paging returns slices of the same order.
		var paged []string
		for off := 0; off < len(surnames); off += 3 {
			p := ix.Search("", Filter{}, tt.s, off, 3)
			if p.Total != len(surnames) {
				t.Fatalf("total %d", p.Total)
			}
			paged = append(paged, names(p)...)
		}
		if !slices.Equal(paged, tt.want) {
			t.Errorf("sort %d paged: %v", tt.s, paged)
		}
	}
	// With a query: every file matches on the father's name, so Relevance
	// ties fall back to name order too.
	if got := names(ix.Search("حسن", Filter{}, Relevance, 0, 100)); !slices.Equal(got, tests[0].want) {
		t.Errorf("relevance ties: %v", got)
	}
}

func TestPutRemove(t *testing.T) {
	ix := New()
	f := person(1, "زهرا", "کاظمی", "علی")
	ix.Put(f, fa.Date{}, fa.Date{})
	ix.Put(f, fa.Date{}, fa.Date{})
	if ix.Len() != 1 {
		t.Fatalf("Len %d after putting one file twice", ix.Len())
	}
	f.Head.LastName = "رضایی"
	f.Status = domain.StatusSuspended
	ix.Put(f, fa.Date{}, fa.Date{Year: 1403})
	if p := ix.Search("کاظمی", Filter{}, Relevance, 0, 10); p.Total != 0 {
		t.Errorf("old name still found: %v", names(p))
	}
	p := ix.Search("رضایی", Filter{}, Relevance, 0, 10)
	if p.Total != 1 || p.Results[0].Status != domain.StatusSuspended || p.Results[0].NextDue.Year != 1403 {
		t.Errorf("updated entry: %+v", p)
	}
	ix.Remove(f.ID)
	ix.Remove(f.ID) // twice is harmless
	if ix.Len() != 0 || ix.Search("", Filter{}, ByName, 0, 10).Total != 0 || ix.Search("رضایی", Filter{}, ByName, 0, 10).Total != 0 {
		t.Errorf("removed entry still there")
	}
}

// Removing many entries compacts positions; everything left must still be
// found, and nothing removed.
func TestCompaction(t *testing.T) {
	ix := New()
	g := newGen(1)
	g.fill(ix, 5000)
	var kept []domain.ID
	for i := 1; i <= 5000; i++ {
		id := domain.NewID(domain.CenterID(1+(i-1)%20), uint64(i))
		if i%3 == 0 {
			kept = append(kept, id)
		} else {
			ix.Remove(id)
		}
	}
	if ix.Len() != len(kept) || len(ix.slots) >= 5000 {
		t.Fatalf("Len %d, slots %d", ix.Len(), len(ix.slots))
	}
	all := ix.Search("", Filter{}, ByName, 0, 10000)
	if all.Total != len(kept) {
		t.Fatalf("total %d, want %d", all.Total, len(kept))
	}
	for _, r := range all.Results[:50] {
		p := ix.Search(r.Name+" "+r.Mobile, Filter{}, Relevance, 0, 10)
		if found(p, r.ID) == nil {
			t.Errorf("%v (%s %s) not found after compaction", r.ID, r.Name, r.Mobile)
		}
	}
}

func TestPagingTotals(t *testing.T) {
	ix := New()
	newGen(2).fill(ix, 3000)
	for _, q := range []string{"", "محمد", "رضایی", "09", "0915", "ع"} {
		for _, s := range []Sort{Relevance, ByName, ByLastActivity, ByNumber} {
			all := ix.Search(q, Filter{}, s, 0, 1<<30)
			if len(all.Results) != all.Total {
				t.Fatalf("%q: %d results, total %d", q, len(all.Results), all.Total)
			}
			seen := map[domain.ID]bool{}
			for off := 0; off < 200 && off < all.Total; off += 40 {
				p := ix.Search(q, Filter{}, s, off, 40)
				if p.Total != all.Total {
					t.Fatalf("%q: total %d at offset %d, want %d", q, p.Total, off, all.Total)
				}
				for _, r := range p.Results {
					if seen[r.ID] {
						t.Errorf("%q sort %d: %v on two pages", q, s, r.ID)
					}
					seen[r.ID] = true
				}
			}
		}
	}
	if p := ix.Search("محمد", Filter{}, Relevance, -5, -1); len(p.Results) != 0 || p.Total == 0 {
		t.Errorf("negative offset and limit: %d results, total %d", len(p.Results), p.Total)
	}
}

// The index folds a segment at a time to keep positions; for names as
// clerks type them that must agree with fa's own folding.
func TestFoldAgreesWithFa(t *testing.T) {
	var fo folder
	all := slices.Concat(maleFirst, femaleFirst, surnames)
	for _, n := range all {
		all = append(all, arabicLetters(n))
	}
	all = append(all, "محـمد\u200cرضا", "عَلی", "آقائی", "ﻻله", "مؤمن  زاده", "Ali REZA")
	for _, n := range all {
		b, pos := fo.fold(nil, n, true, nil)
		if string(b) != fa.Fold(n) {
			t.Errorf("fold(%q) = %q, fa.Fold = %q", n, b, fa.Fold(n))
		}
		if len(pos) != utf8.RuneCount(b) {
			t.Errorf("fold(%q): %d positions for %d runes", n, len(pos), utf8.RuneCount(b))
		}
	}
}

// Names alike in their first twelve letters are ordered by the rest of
// their collation keys.
func TestLongNamesSort(t *testing.T) {
	ix := New()
	long := "عبدالرحیم غلامحسین\u200cزاده"
	for i, suffix := range []string{"ی", "پ", "ب", "گ", "ک", ""} {
		ix.Put(person(uint64(i+1), long+suffix, "", "حسن"), fa.Date{}, fa.Date{})
	}
	want := []string{long, long + "ب", long + "پ", long + "ک", long + "گ", long + "ی"}
	if got := names(ix.Search("", Filter{}, ByName, 0, 10)); !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
