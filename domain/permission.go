package domain

import "strings"

// Action is something a user asks to do; Can decides whether they may.
type Action uint8

const (
	ActFileView        Action = iota + 1 // the whole file: notes, visits, aid, address
	ActFileMatchCard                     // name, center, band, reasons, last aid date only
	ActFileCreate                        // register a household
	ActFileEdit                          // edit fields, add members, suspend or reactivate
	ActFileClose                         // close a file
	ActFileTransfer                      // hand a file to another center
	ActVisitRecord                       // log a visit
	ActAidRecord                         // record aid
	ActDuplicateView                     // see a candidate pair in the review queue
	ActDuplicateDecide                   // mark a pair same or different, link, unlink
	ActUserManage                        // create, disable, change users and their keys
	ActCenterManage                      // create and rename centers
	ActImport                            // import a spreadsheet
	ActExport                            // export files to a spreadsheet
	ActBackup                            // back up and restore the database
	ActAuditView                         // read the audit trail
	ActReportView                        // cross-center reports such as parallel aid
)

// Actions lists every action, for tests that walk the whole matrix.
var Actions = []Action{
	ActFileView, ActFileMatchCard, ActFileCreate, ActFileEdit, ActFileClose,
	ActFileTransfer, ActVisitRecord, ActAidRecord, ActDuplicateView,
	ActDuplicateDecide, ActUserManage, ActCenterManage, ActImport, ActExport,
	ActBackup, ActAuditView, ActReportView,
}

var actionNames = map[Action]string{
	ActFileView: "file.view", ActFileMatchCard: "file.matchcard", ActFileCreate: "file.create",
	ActFileEdit: "file.edit", ActFileClose: "file.close", ActFileTransfer: "file.transfer",
	ActVisitRecord: "visit.record", ActAidRecord: "aid.record", ActDuplicateView: "duplicate.view",
	ActDuplicateDecide: "duplicate.decide", ActUserManage: "user.manage", ActCenterManage: "center.manage",
	ActImport: "import", ActExport: "export", ActBackup: "backup", ActAuditView: "audit.view",
	ActReportView: "report.view",
}

// String is the stable name used in the audit log.
func (a Action) String() string {
	if n, ok := actionNames[a]; ok {
		return n
	}
	return "unknown"
}

// Target is what an action touches: the center that owns it and, for a
// duplicate pair, the other file's center; for user management, the role
// being given or changed.
type Target struct {
	Center CenterID
	Other  CenterID // second center of a duplicate pair; 0 when none
	Role   Role     // role of the user being managed; 0 when none
}

// Any is the target of actions that concern no center in particular.
var Any = Target{}

// scope says which centers a role may act on for an action.
type scope uint8

const (
	never     scope = iota
	ownCenter       // only targets wholly inside the user's home center
	touchOwn        // a pair of which at least one side is the user's center
	anyCenter       // every center
)

// grants is the permission table: role → action → scope. Keeping it as data
// lets the store, the screens and the matrix test read one source.
var grants = map[Role]map[Action]scope{
	RoleCaseworker: {
		ActFileView: ownCenter, ActFileMatchCard: anyCenter, ActFileCreate: ownCenter,
		ActFileEdit: ownCenter, ActVisitRecord: ownCenter, ActAidRecord: ownCenter,
		ActDuplicateView: touchOwn,
	},
	RoleSupervisor: {
		ActFileView: ownCenter, ActFileMatchCard: anyCenter, ActFileCreate: ownCenter,
		ActFileEdit: ownCenter, ActFileClose: ownCenter, ActFileTransfer: ownCenter,
		ActVisitRecord: ownCenter, ActAidRecord: ownCenter, ActDuplicateView: touchOwn,
		ActDuplicateDecide: ownCenter, ActUserManage: ownCenter, ActImport: ownCenter,
		ActExport: ownCenter, ActAuditView: ownCenter, ActReportView: ownCenter,
	},
	RoleCoordinator: {
		ActFileView: anyCenter, ActFileMatchCard: anyCenter, ActFileCreate: ownCenter,
		ActFileEdit: ownCenter, ActFileClose: ownCenter, ActVisitRecord: ownCenter,
		ActAidRecord: ownCenter, ActDuplicateView: anyCenter, ActDuplicateDecide: anyCenter,
		ActExport: anyCenter, ActAuditView: anyCenter, ActReportView: anyCenter,
	},
	RoleAdmin: {
		ActFileView: anyCenter, ActFileMatchCard: anyCenter, ActFileCreate: anyCenter,
		ActFileEdit: anyCenter, ActFileClose: anyCenter, ActFileTransfer: anyCenter,
		ActVisitRecord: anyCenter, ActAidRecord: anyCenter, ActDuplicateView: anyCenter,
		ActDuplicateDecide: anyCenter, ActUserManage: anyCenter, ActCenterManage: anyCenter,
		ActImport: anyCenter, ActExport: anyCenter, ActBackup: anyCenter,
		ActAuditView: anyCenter, ActReportView: anyCenter,
	},
}

// Can reports whether u may do a to t. Disabled users may do nothing.
// A supervisor may not give or manage roles above their own.
func Can(u User, a Action, t Target) bool {
	if u.Disabled {
		return false
	}
	if a == ActUserManage && t.Role > u.Role {
		return false
	}
	switch grants[u.Role][a] {
	case anyCenter:
		return true
	case ownCenter:
		return u.Center != 0 && t.Center == u.Center && (t.Other == 0 || t.Other == u.Center)
	case touchOwn:
		return u.Center != 0 && (t.Center == u.Center || t.Other == u.Center)
	}
	return false
}

// ParseAction reads an action name as String writes it ("file.view").
func ParseAction(s string) (Action, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for a, n := range actionNames {
		if n == s {
			return a, true
		}
	}
	return 0, false
}
