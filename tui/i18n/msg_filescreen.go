package i18n

// The household file screen (header, tabs, panes, history) and the
// visits-due view, beyond the shared labels in msg_file.go.
const (
	FileFlagged      Key = "filescreen.flagged"
	FileScrollPos    Key = "filescreen.scroll_pos"
	FileSecHousehold Key = "filescreen.sec.household"
	FileSecCase      Key = "filescreen.sec.case"
	FileOfMember     Key = "filescreen.of_member"
	FileVisitBy      Key = "filescreen.visit_by"
	FileNextDue      Key = "filescreen.next_due"
	FileAidCount     Key = "filescreen.aid_count"
	FileAidKindSum   Key = "filescreen.aid_kind_sum"
	FileAidByKind    Key = "filescreen.aid_by_kind"
	FileAidByYear    Key = "filescreen.aid_by_year"
	FileAidYearSum   Key = "filescreen.aid_year_sum"
	FileColItems     Key = "filescreen.col.items"
	FileAidQty       Key = "filescreen.aid_qty"
	FileNoNotes      Key = "filescreen.no_notes"

	HelpTabs         Key = "help.file.tabs"
	HelpEdit         Key = "help.file.edit"
	HelpAddMember    Key = "help.file.add_member"
	HelpLogVisit     Key = "help.file.log_visit"
	HelpRecordAid    Key = "help.file.record_aid"
	HelpChangeStatus Key = "help.file.change_status"
	HelpReload       Key = "help.file.reload"

	// History: what an audit event did, and how a field changed.
	HistNote        Key = "hist.note"
	HistCreated     Key = "hist.created"
	HistVisit       Key = "hist.visit"
	HistAid         Key = "hist.aid"
	HistImportedNew Key = "hist.imported_new"
	HistImported    Key = "hist.imported"
	HistTransferred Key = "hist.transferred"
	HistChanged     Key = "hist.changed"
	HistSet         Key = "hist.set"
	HistCleared     Key = "hist.cleared"
	HistBirthRaw    Key = "hist.birth_raw"
	HistExternalRef Key = "hist.external_ref"
	HistMember      Key = "hist.member"
	HistGivenBy     Key = "hist.given_by"

	DueColDate     Key = "due.col.date"
	DueColWhen     Key = "due.col.when"
	DueColLast     Key = "due.col.last"
	DueSummary     Key = "due.summary"
	DueOverdueHead Key = "due.overdue_head"
	DueWeekHead    Key = "due.week_head"
)

var fileScreenMsgs = map[Key]text{
	FileFlagged:      {"%d مورد علامت‌دار", "%d flagged"},
	FileScrollPos:    {"%d–%d از %d", "%d–%d of %d"},
	FileSecHousehold: {"خانوار", "Household"},
	FileSecCase:      {"پرونده", "File"},
	FileOfMember:     {"%s (%s)", "%s (%s)"},
	FileVisitBy:      {"مددکار: %s", "by %s"},
	FileNextDue:      {"بازدید بعدی: %s", "next visit: %s"},
	FileAidCount:     {"%d مورد", "%d record(s)"},
	FileAidKindSum:   {"%s (%d): %s", "%s (%d): %s"},
	FileAidByKind:    {"به تفکیک نوع:", "By kind:"},
	FileAidByYear:    {"به تفکیک سال:", "By year:"},
	FileAidYearSum:   {"%s: %s", "%s SH: %s"},
	FileColItems:     {"اقلام و شرح", "Items"},
	FileAidQty:       {"%d عدد", "%d ×"},
	FileNoNotes:      {"یادداشتی نیست. برای نوشتن یادداشت، پرونده را ویرایش کنید (e).", "No notes. Edit the file (e) to add some."},

	HelpTabs:         {"زبانه‌ها", "tabs"},
	HelpEdit:         {"ویرایش", "edit"},
	HelpAddMember:    {"افزودن عضو", "add member"},
	HelpLogVisit:     {"ثبت بازدید", "log visit"},
	HelpRecordAid:    {"ثبت کمک", "record aid"},
	HelpChangeStatus: {"تغییر وضعیت", "status"},
	HelpReload:       {"بارگذاری دوباره", "reload"},

	HistNote:        {"توضیح: %s", "note: %s"},
	HistCreated:     {"پرونده را تشکیل داد", "opened the file"},
	HistVisit:       {"بازدید ثبت کرد (%s)", "logged a visit (%s)"},
	HistAid:         {"کمک ثبت کرد (%s)", "recorded aid (%s)"},
	HistImportedNew: {"پرونده را از فایل وارد کرد", "imported the file from a sheet"},
	HistImported:    {"پرونده را از فایل به‌روز کرد", "updated the file from a sheet"},
	HistTransferred: {"پرونده را به مرکز دیگری سپرد", "transferred the file"},
	HistChanged:     {"تغییر داد", "changed"},
	HistSet:         {"%s: «%s»", "%s: set to “%s”"},
	HistCleared:     {"%s: «%s» پاک شد", "%s: “%s” removed"},
	HistBirthRaw:    {"تاریخ تولد (همان‌طور که نوشته شد)", "Birth date (as typed)"},
	HistExternalRef: {"شماره در فایل ورودی", "Sheet reference"},
	HistMember:      {"عضو خانوار", "Household member"},
	HistGivenBy:     {"مرکز کمک‌کننده", "Given by"},

	DueColDate:     {"موعد", "Due"},
	DueColWhen:     {"وضعیت", "When"},
	DueColLast:     {"آخرین بازدید", "Last visit"},
	DueSummary:     {"%d عقب‌افتاده · %d در این هفته", "%d overdue · %d this week"},
	DueOverdueHead: {"عقب‌افتاده (%d)", "Overdue (%d)"},
	DueWeekHead:    {"این هفته (%d)", "This week (%d)"},
}
