package dupes

import "github.com/parvande/parvande/domain/match"

// Ensure starts Load once, in the background, and returns at once. The
// workstation calls it when a screen first needs duplicates (registration,
// review), not at start: the candidate index costs memory an old office PC
// may not spare for a session that never registers anyone. The lock is
// taken before Ensure returns, so every Lookup, Queue or report that
// follows waits for the load instead of reading an empty index.
func (s *Service) Ensure() {
	s.ensure.Do(func() {
		s.started.Store(true)
		w, stored, err := s.st.MatchWeights()
		if err == nil && !stored {
			w = match.DefaultWeights() // as Load does: untrained databases use the priors
		}
		s.mu.Lock()
		go func() {
			defer s.mu.Unlock()
			if err != nil {
				s.loadErr = err
				return
			}
			s.loadErr = s.loadLocked(LoadOptions{}, w, stored)
		}()
	})
}

// LoadErr is the error of the load Ensure started, once it has finished;
// nil while it runs or when it succeeded.
func (s *Service) LoadErr() error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.loadErr
}
