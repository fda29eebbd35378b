package main

import (
	"runtime"
	"runtime/debug"

	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
	"github.com/parvande/parvande/store/search"
	psync "github.com/parvande/parvande/store/sync"
	"github.com/parvande/parvande/tui"
	"github.com/parvande/parvande/tui/i18n"
	"github.com/parvande/parvande/tui/theme"
)

func cmdRun(e *env, args []string) error {
	fs := flags(e, "", i18n.CLIUsageRun)
	db := dbFlag(fs, e)
	lang := fs.String("lang", "", e.tr.T(i18n.CLIFlagLang))
	rtl := fs.String("rtl", "", e.tr.T(i18n.RTLFlagUsage))
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return e.fail(i18n.CLIUnknownCommand, fs.Arg(0))
	}
	if _, ok := theme.ParseMode(*rtl); *rtl != "" && !ok {
		return e.fail(i18n.RTLBadFlag)
	}
	st, err := store.Open(*db, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	ix := search.New()
	load := indexLoader(e, st, ix, true)
	// The duplicate service loads only when a screen first needs it
	// (dupes.Service.Ensure): its index is memory a session that never
	// registers or reviews should not pay for.
	dd := dupes.New(st)
	useSpokeIndex(st, dd, *db)
	return tui.Run(st, ix, tui.Options{Lang: *lang, RTL: *rtl, EnvLang: e.getenv("LANG"), In: e.stdin, Out: e.stdout, LoadIndex: load, Dupes: dd})
}

// indexLoader fills ix from st, then gives back the memory the load
// used. capHeap (the workstation) also holds the heap near what is live;
// the server, whose many sessions make garbage all the time, does not.
func indexLoader(e *env, st *store.Store, ix *search.Index, capHeap bool) func() error {
	return func() error {
		err := ix.Load(st)
		// Loading read every page of the database and left garbage several
		// times the index's size; give both back now, since an old office
		// PC has little memory to spare.
		if rerr := st.ReleasePages(); err == nil {
			err = rerr
		}
		debug.FreeOSMemory()
		if capHeap && e.getenv("GOMEMLIMIT") == "" {
			// Keep the heap near what is live rather than the default
			// twice as much: searching makes short-lived garbage, and the
			// workstation is idle most of the time, so GC is cheap here.
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			debug.SetMemoryLimit(int64(ms.HeapAlloc) + 12<<20)
		}
		return err
	}
}

// useSpokeIndex lets a spoke's live check also search the hub's encoded
// index of the other centers, kept beside the database by sync import.
func useSpokeIndex(st *store.Store, dd *dupes.Service, db string) {
	if info, err := st.SyncInfo(); err == nil && info.Role == store.SyncSpoke {
		dd.UseSpokeIndex(psync.IndexPath(db))
	}
}
