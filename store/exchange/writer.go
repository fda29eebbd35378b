package exchange

import (
	"sync/atomic"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// batchWriter sends batches to the store on its own goroutine, so the next
// batch is read and converted while the store writes and syncs this one.
// Two buffers take turns; memory holds at most two batches.
type batchWriter struct {
	st     Sink
	a      store.Actor
	opt    Options
	total  int
	work   chan batch
	free   chan []domain.File
	done   chan struct{}
	failed atomic.Bool
	err    error // set before done closes
	// totals, read only after done closes
	created, updated, unchanged int
}

type batch struct {
	files   []domain.File
	rows    int // data rows read so far, for progress
	endLine int
}

func newBatchWriter(st Sink, a store.Actor, opt Options, total int) *batchWriter {
	w := &batchWriter{st: st, a: a, opt: opt, total: total,
		work: make(chan batch, 1), free: make(chan []domain.File, 2), done: make(chan struct{})}
	for i := 0; i < 2; i++ {
		w.free <- make([]domain.File, 0, opt.BatchSize)
	}
	go w.run()
	return w
}

func (w *batchWriter) run() {
	defer close(w.done)
	for b := range w.work {
		if w.err == nil && len(b.files) > 0 {
			res, err := w.st.ImportFiles(w.a, b.files, w.opt.Source)
			if err != nil {
				w.err = &WriteError{Line: b.endLine, Err: err}
				w.failed.Store(true)
			}
			w.created += res.Created
			w.updated += res.Updated
			w.unchanged += res.Unchanged
		}
		if w.err == nil && w.opt.Progress != nil {
			w.opt.Progress(b.rows, w.total)
		}
		clear(b.files) // drop references to the rows' strings
		w.free <- b.files[:0]
	}
}

// buffer is an empty batch to fill.
func (w *batchWriter) buffer() []domain.File { return <-w.free }

// send hands a filled batch to the writer.
func (w *batchWriter) send(files []domain.File, rows, endLine int) {
	w.work <- batch{files: files, rows: rows, endLine: endLine}
}

// finish waits for the last batch and returns the first write error.
func (w *batchWriter) finish() error {
	close(w.work)
	<-w.done
	return w.err
}
