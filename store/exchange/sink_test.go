package exchange

import (
	"reflect"
	"sync"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// memSink is an in-memory Sink with the store's import contract: a file
// with the same center and external reference as a stored one is unchanged
// or updated, never created twice.
type memSink struct {
	mu      sync.Mutex
	centers []domain.Center
	files   []domain.File
	byRef   map[string]int
	calls   int
}

func newMemSink() *memSink { return &memSink{byRef: map[string]int{}} }

func (m *memSink) Centers() ([]domain.Center, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]domain.Center(nil), m.centers...), nil
}

func (m *memSink) CreateCenter(a store.Actor, c domain.Center) (domain.Center, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c.ID = domain.CenterID(len(m.centers) + 1)
	m.centers = append(m.centers, c)
	return c, nil
}

func (m *memSink) ImportFiles(a store.Actor, files []domain.File, source string) (store.ImportResult, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls++
	var res store.ImportResult
	for _, f := range files {
		key := ""
		if f.ExternalRef != "" {
			key = string(rune(f.Center)) + "\x00" + f.ExternalRef
			if i, ok := m.byRef[key]; ok {
				old := m.files[i]
				f.ID = old.ID
				if reflect.DeepEqual(old, f) {
					res.Unchanged++
				} else {
					m.files[i] = f
					res.Updated++
				}
				res.IDs = append(res.IDs, f.ID)
				continue
			}
		}
		f.ID = domain.NewID(f.Center, uint64(len(m.files)+1))
		m.files = append(m.files, f)
		if key != "" {
			m.byRef[key] = len(m.files) - 1
		}
		res.Created++
		res.IDs = append(res.IDs, f.ID)
	}
	return res, nil
}

// each is a FileSource over the stored files.
func (m *memSink) each(yield func(domain.File) error) error {
	for _, f := range m.files {
		if err := yield(f); err != nil {
			return err
		}
	}
	return nil
}
