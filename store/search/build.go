package search

import (
	"errors"
	"sync"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// Build reads every file of st into a new index; see Load.
func Build(st *store.Store) (*Index, error) {
	ix := New()
	if err := ix.Load(st); err != nil {
		return nil, err
	}
	return ix, nil
}

// Load reads every file of st into ix. Files stream through st.EachFile
// while another goroutine gathers last-aid and next-due dates, which are set
// on the entries at the end. It holds the write lock throughout, so a
// session may show its first screen while Load runs in the background:
// searches and Refreshes simply wait for it.
//
// A change committed while Load runs may or may not be in the result:
// subscribe first, keep the changes that arrive, and Refresh with them once
// Load returns (Refresh waiting on the lock does exactly that).
func (ix *Index) Load(st *store.Store) error {
	var (
		last, due map[domain.ID]fa.Date
		datesErr  error
		wg        sync.WaitGroup
	)
	wg.Go(func() { last, due, datesErr = dates(st) })
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if stats, err := st.Stats(); err == nil {
		ix.reserve(stats.Files)
	}
	err := st.EachFile(func(f domain.File) error {
		ix.put(f, fa.Date{}, fa.Date{})
		return nil
	})
	wg.Wait()
	if err = errors.Join(err, datesErr); err != nil {
		return err
	}
	for id, d := range last {
		if p, ok := ix.byID[id]; ok {
			ix.slots[p].lastAid = d.Key()
		}
	}
	for id, d := range due {
		if p, ok := ix.byID[id]; ok {
			ix.meta[p].nextDue = d.Key()
		}
	}
	ix.trim()
	return nil
}

// dates reads every file's last aid and next due visit in bulk: the store
// has per-file calls for both, but a transaction per file would make Build
// slow. Aid is read a year at a time, so memory holds one year of records.
func dates(st *store.Store) (last, due map[domain.ID]fa.Date, err error) {
	sys := store.SystemActor()
	ds, err := st.VisitsDue(sys, 0, fa.Date{Year: fa.MaxYear, Month: 12, Day: 31})
	if err != nil {
		return nil, nil, err
	}
	due = make(map[domain.ID]fa.Date, len(ds))
	for _, d := range ds {
		due[d.File] = d.NextDue
	}
	last = make(map[domain.ID]fa.Date)
	for y := fa.MinYear; y <= fa.MaxYear; y++ {
		xs, err := st.AidBetween(sys, fa.Date{Year: y}, fa.Date{Year: y, Month: 12, Day: 31})
		if err != nil {
			return nil, nil, err
		}
		for _, x := range xs {
			if d := last[x.File]; d.Before(x.Date) {
				last[x.File] = x.Date
			}
		}
	}
	return last, due, nil
}

// refreshBatch bounds how long one Refresh holds the write lock: searches
// wait for at most this many Puts.
const refreshBatch = 256

// Refresh re-reads from st the files a change touched and updates their
// entries; files that are gone are removed. Changes that concern no file
// (users, centers) are ignored. It reads with the system actor: the index
// serves every session, and each search filters by what its user may see.
//
// Call it from a goroutine of its own, not inside the Subscribe callback:
// an import's change names thousands of files, and the callback must be
// quick. Refreshes run one at a time and each reads the store afresh, so when
// changes arrive out of order (the store allows it) the last refresh still
// leaves the entries as the store has them.
func (ix *Index) Refresh(st *store.Store, ch store.Change) error {
	ix.refreshMu.Lock()
	defer ix.refreshMu.Unlock()
	var ids []domain.ID
	switch ch.Kind {
	case "file", "import":
		ids = ch.IDs
	case "visit", "aid": // the file's id first, then the new record's
		if len(ch.IDs) > 0 {
			ids = ch.IDs[:1]
		}
	}
	for len(ids) > 0 {
		n := min(len(ids), refreshBatch)
		if err := ix.refresh(st, ids[:n]); err != nil {
			return err
		}
		ids = ids[n:]
	}
	return nil
}

// refresh reads a batch outside the lock, so a slow disk never holds up
// searches, then applies it under the lock.
func (ix *Index) refresh(st *store.Store, ids []domain.ID) error {
	type update struct {
		id        domain.ID
		f         domain.File
		last, due fa.Date
		gone      bool
	}
	sys := store.SystemActor()
	ups := make([]update, 0, len(ids))
	for _, id := range ids {
		f, err := st.File(sys, id)
		if errors.Is(err, store.ErrNotFound) {
			ups = append(ups, update{id: id, gone: true})
			continue
		}
		if err != nil {
			return err
		}
		u := update{id: id, f: f}
		if u.last, err = st.LastAid(id); err != nil {
			return err
		}
		vs, err := st.Visits(sys, id) // newest first
		if err != nil {
			return err
		}
		if len(vs) > 0 {
			u.due = vs[0].NextDue
		}
		ups = append(ups, u)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for _, u := range ups {
		if u.gone {
			ix.remove(u.id)
		} else {
			ix.put(u.f, u.last, u.due)
		}
	}
	ix.tidy()
	return nil
}
