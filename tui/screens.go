package tui

import "github.com/parvande/parvande/domain"

// Screens builds the screens that other screens open by message, so that
// no screen imports another: the list emits OpenFileMsg, the root calls
// File. To add a screen, write its constructor and set it in
// defaultScreens; tests may set their own through Options.Screens.
type Screens struct {
	// Home is the screen after login: the search list.
	Home func(s *Session) Screen
	// File opens a household file (OpenFileMsg).
	File func(s *Session, id domain.ID) Screen
	// NewFile opens the registration form (NewFileMsg).
	NewFile func(s *Session) Screen
	// VisitsDue opens the visits-due view (VisitsDueMsg).
	VisitsDue func(s *Session) Screen
	// Review opens the duplicate review queue (ReviewMsg); nil when the
	// session has no duplicate service.
	Review func(s *Session) Screen
	// Parallel opens the parallel-aid report (ParallelMsg); nil when the
	// session has no duplicate service.
	Parallel func(s *Session) Screen
	// Audit opens the audit trail (AuditMsg); the store limits what each
	// role reads.
	Audit func(s *Session) Screen
	// Admin opens user and key management (AdminMsg).
	Admin func(s *Session) Screen
	// SyncStatus opens the sync status of a hub or spoke (SyncStatusMsg).
	SyncStatus func(s *Session) Screen
}

// defaultScreens are the real screens. A nil hook makes the root say
// "not ready yet" on the message line.
func defaultScreens() Screens {
	// What forms remember during one session (the last funding source),
	// one per App, so SSH sessions do not share it.
	mem := &formMemory{}
	return Screens{
		Home:      func(s *Session) Screen { return newList(s) },
		File:      func(s *Session, id domain.ID) Screen { return newFileScreen(s, id, mem) },
		NewFile:   func(s *Session) Screen { return newRegisterForm(s, mem) },
		VisitsDue: func(s *Session) Screen { return newDueScreen(s) },
		Review: func(s *Session) Screen {
			if s.Dupes == nil {
				return nil
			}
			return newReviewScreen(s)
		},
		Parallel: func(s *Session) Screen {
			if s.Dupes == nil {
				return nil
			}
			return newParallelScreen(s)
		},
		Audit:      func(s *Session) Screen { return newAuditScreen(s) },
		Admin:      func(s *Session) Screen { return newAdminScreen(s) },
		SyncStatus: func(s *Session) Screen { return newSyncStatusScreen(s) },
	}
}

// merge fills o's empty hooks from d.
func (o Screens) merge(d Screens) Screens {
	if o.Home == nil {
		o.Home = d.Home
	}
	if o.File == nil {
		o.File = d.File
	}
	if o.NewFile == nil {
		o.NewFile = d.NewFile
	}
	if o.VisitsDue == nil {
		o.VisitsDue = d.VisitsDue
	}
	if o.Review == nil {
		o.Review = d.Review
	}
	if o.Parallel == nil {
		o.Parallel = d.Parallel
	}
	if o.Audit == nil {
		o.Audit = d.Audit
	}
	if o.Admin == nil {
		o.Admin = d.Admin
	}
	if o.SyncStatus == nil {
		o.SyncStatus = d.SyncStatus
	}
	return o
}
