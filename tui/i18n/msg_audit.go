package i18n

// The audit trail screen and the audit command.

// The screen.
const (
	TitleAudit        Key = "audit.title"
	HelpAudit         Key = "audit.help.open"
	HelpAuditFilter   Key = "audit.help.filter"
	HelpAuditOlder    Key = "audit.help.older"
	HelpAuditNewer    Key = "audit.help.newer"
	HelpAuditApply    Key = "audit.help.apply"
	HelpAuditClear    Key = "audit.help.clear"
	HelpAuditNextRow  Key = "audit.help.next_row"
	HelpAuditChoose   Key = "audit.help.choose"
	AuditColTime      Key = "audit.col.time"
	AuditColUser      Key = "audit.col.user"
	AuditColAction    Key = "audit.col.action"
	AuditColFile      Key = "audit.col.file"
	AuditColCenter    Key = "audit.col.center"
	AuditColSource    Key = "audit.col.source"
	AuditNone         Key = "audit.none"
	AuditPage         Key = "audit.page"
	AuditFilterNone   Key = "audit.filter.none"
	AuditFilterActive Key = "audit.filter.active"
	AuditFilterTitle  Key = "audit.filter.title"
	AuditFilterUser   Key = "audit.filter.user"
	AuditFilterAction Key = "audit.filter.action"
	AuditFilterFile   Key = "audit.filter.file"
	AuditFilterFrom   Key = "audit.filter.from"
	AuditFilterTo     Key = "audit.filter.to"
	AuditFilterCenter Key = "audit.filter.center"
	AuditDateHint     Key = "audit.date_hint"
	AuditBadField     Key = "audit.bad_field"
	AuditNoFile       Key = "audit.no_file"
	AuditNoChanges    Key = "audit.no_changes"
	AuditNote         Key = "audit.note"
	AuditFrom         Key = "audit.from"
	AuditDetailHead   Key = "audit.detail_head"
	AuditChange       Key = "audit.change"
	AuditSet          Key = "audit.set"
	AuditCleared      Key = "audit.cleared"
	AuditSourceLocal  Key = "audit.source.local"
	AuditSourceCLI    Key = "audit.source.cli"
)

// What each action did, as the trail's rows say it.
const (
	AuditActView      Key = "audit.act.view"
	AuditActCard      Key = "audit.act.card"
	AuditActCreate    Key = "audit.act.create"
	AuditActEdit      Key = "audit.act.edit"
	AuditActClose     Key = "audit.act.close"
	AuditActTransfer  Key = "audit.act.transfer"
	AuditActVisit     Key = "audit.act.visit"
	AuditActAid       Key = "audit.act.aid"
	AuditActDecide    Key = "audit.act.decide"
	AuditActDupView   Key = "audit.act.dup_view"
	AuditActUser      Key = "audit.act.user"
	AuditActCenter    Key = "audit.act.center"
	AuditActImport    Key = "audit.act.import"
	AuditActExport    Key = "audit.act.export"
	AuditActBackup    Key = "audit.act.backup"
	AuditActAudit     Key = "audit.act.audit"
	AuditActReport    Key = "audit.act.report"
	AuditActOpened    Key = "audit.act.opened"
	AuditActCardShown Key = "audit.act.card_shown"
	AuditActUnknown   Key = "audit.act.unknown"
)

// Fields and values of events that are not about a file's contents.
const (
	AuditFieldLogin    Key = "audit.field.login"
	AuditFieldName     Key = "audit.field.name"
	AuditFieldRole     Key = "audit.field.role"
	AuditFieldLang     Key = "audit.field.lang"
	AuditFieldDisabled Key = "audit.field.disabled"
	AuditFieldKeys     Key = "audit.field.keys"
	AuditFieldPassword Key = "audit.field.password"
	AuditFieldPair     Key = "audit.field.pair"
	AuditFieldVerdict  Key = "audit.field.verdict"
	AuditFieldScore    Key = "audit.field.score"
	AuditFieldLink     Key = "audit.field.link"
	AuditFieldMatched  Key = "audit.field.matched"
	AuditFieldCode     Key = "audit.field.code"
	AuditFieldCopy     Key = "audit.field.copy"
	AuditFieldReport   Key = "audit.field.report"
	AuditFieldFamilies Key = "audit.field.families"
	AuditFieldWritten  Key = "audit.field.written"
	AuditKeysCount     Key = "audit.keys_count"
	AuditPassSet       Key = "audit.pass_set"
	AuditPassRemoved   Key = "audit.pass_removed"
	AuditVerdictSame   Key = "audit.verdict.same"
	AuditVerdictDiff   Key = "audit.verdict.different"
)

// The audit command.
const (
	CLISumAudit           Key = "cli.sum.audit"
	CLIUsageAudit         Key = "cli.usage.audit"
	CLIFlagSince          Key = "cli.flag.since"
	CLIFlagUntil          Key = "cli.flag.until"
	CLIFlagAuditUser      Key = "cli.flag.audit_user"
	CLIFlagAuditCenter    Key = "cli.flag.audit_center"
	CLIFlagAuditAction    Key = "cli.flag.audit_action"
	CLIFlagAuditFile      Key = "cli.flag.audit_file"
	CLIFlagAuditFormat    Key = "cli.flag.audit_format"
	CLIFlagAuditLimit     Key = "cli.flag.audit_limit"
	CLIAuditUnknownAction Key = "cli.audit.unknown_action"
	CLIAuditUnknownFormat Key = "cli.audit.unknown_format"
	CLIAuditBadDate       Key = "cli.audit.bad_date"
	CLIAuditBadLimit      Key = "cli.audit.bad_limit"
	CLIAuditNoFile        Key = "cli.audit.no_file"
	CLIAuditNone          Key = "cli.audit.none"
	CLIAuditMore          Key = "cli.audit.more"
)

var auditMsgs = map[Key]text{
	TitleAudit:        {"رویدادنگاری", "Audit trail"},
	HelpAudit:         {"رویدادها", "audit"},
	HelpAuditFilter:   {"فیلتر", "filter"},
	HelpAuditOlder:    {"صفحهٔ قدیمی‌تر", "older page"},
	HelpAuditNewer:    {"صفحهٔ تازه‌تر", "newer page"},
	HelpAuditApply:    {"اعمال", "apply"},
	HelpAuditClear:    {"پاک کردن فیلترها", "clear filters"},
	HelpAuditNextRow:  {"ردیف بعد", "next row"},
	HelpAuditChoose:   {"گزینهٔ دیگر", "other choice"},
	AuditColTime:      {"زمان", "Time"},
	AuditColUser:      {"کاربر", "User"},
	AuditColAction:    {"کار", "Action"},
	AuditColFile:      {"پرونده", "File"},
	AuditColCenter:    {"مرکز", "Center"},
	AuditColSource:    {"از نشانی", "Source"},
	AuditNone:         {"رویدادی با این فیلترها نیست. فیلترها را با f تغییر دهید یا با x پاک کنید.", "No events match. Change the filters with f or clear them with x."},
	AuditPage:         {"صفحهٔ %d · %d رویداد", "page %d · %d events"},
	AuditFilterNone:   {"همهٔ رویدادها", "all events"},
	AuditFilterActive: {"فیلتر: %s", "filter: %s"},
	AuditFilterTitle:  {"فیلتر رویدادها", "Filter events"},
	AuditFilterUser:   {"کاربر", "User"},
	AuditFilterAction: {"کار", "Action"},
	AuditFilterFile:   {"شمارهٔ پرونده", "File number"},
	AuditFilterFrom:   {"از تاریخ", "From"},
	AuditFilterTo:     {"تا تاریخ", "To"},
	AuditFilterCenter: {"مرکز", "Center"},
	AuditDateHint:     {"مثل ۱۴۰۳/۰۹/۱۲", "e.g. 2024-12-02"},
	AuditBadField:     {"%s: %s", "%s: %s"},
	AuditNoFile:       {"پرونده‌ای با شمارهٔ %s نیست. شماره را از سربرگ پرونده بخوانید.", "No file has the number %s. Copy it from the file's header."},
	AuditNoChanges:    {"(بی تغییر در فیلدها)", "(no field changed)"},
	AuditNote:         {"یادداشت: %s", "note: %s"},
	AuditFrom:         {"از %s", "from %s"},
	AuditDetailHead:   {"%s — %s — %s", "%s — %s — %s"},
	AuditChange:       {"%s: %s ← %s", "%s: %s → %s"},
	AuditSet:          {"%s: %s", "%s: %s"},
	AuditCleared:      {"%s: %s ← (خالی)", "%s: %s → (empty)"},
	AuditSourceLocal:  {"همین رایانه", "this computer"},
	AuditSourceCLI:    {"خط فرمان", "command line"},

	AuditActView:      {"دیدن پرونده", "file view"},
	AuditActCard:      {"دیدن کارت", "card view"},
	AuditActCreate:    {"ثبت پرونده", "file created"},
	AuditActEdit:      {"ویرایش پرونده", "file edited"},
	AuditActClose:     {"بستن یا بازگشایی", "closed or reopened"},
	AuditActTransfer:  {"انتقال پرونده", "file transferred"},
	AuditActVisit:     {"ثبت بازدید", "visit recorded"},
	AuditActAid:       {"ثبت کمک", "aid recorded"},
	AuditActDecide:    {"تصمیم تکراری", "duplicate decision"},
	AuditActDupView:   {"دیدن تکراری‌ها", "duplicates viewed"},
	AuditActUser:      {"تغییر کاربر", "user changed"},
	AuditActCenter:    {"تغییر مرکز", "center changed"},
	AuditActImport:    {"ورود از فایل", "import"},
	AuditActExport:    {"خروجی", "export"},
	AuditActBackup:    {"پشتیبان", "backup"},
	AuditActAudit:     {"دیدن رویدادها", "audit read"},
	AuditActReport:    {"گزارش", "report"},
	AuditActOpened:    {"پرونده را باز کرد", "opened the file"},
	AuditActCardShown: {"کارت پرونده را دید", "looked at the file's card"},
	AuditActUnknown:   {"کار ناشناخته", "unknown action"},

	AuditFieldLogin:    {"نام کاربری", "login"},
	AuditFieldName:     {"نام", "name"},
	AuditFieldRole:     {"نقش", "role"},
	AuditFieldLang:     {"زبان", "language"},
	AuditFieldDisabled: {"غیرفعال", "disabled"},
	AuditFieldKeys:     {"کلیدهای SSH", "SSH keys"},
	AuditFieldPassword: {"گذرواژه", "password"},
	AuditFieldPair:     {"دو پرونده", "pair"},
	AuditFieldVerdict:  {"رأی", "verdict"},
	AuditFieldScore:    {"امتیاز", "score"},
	AuditFieldLink:     {"پیوند", "link"},
	AuditFieldMatched:  {"پروندهٔ مشابه", "matched file"},
	AuditFieldCode:     {"کد مرکز", "center code"},
	AuditFieldCopy:     {"نسخهٔ پشتیبان", "backup copy"},
	AuditFieldReport:   {"گزارش", "report"},
	AuditFieldFamilies: {"خانوارها", "families"},
	AuditFieldWritten:  {"در فایل", "written to"},
	AuditKeysCount:     {"%d کلید", "%d keys"},
	AuditPassSet:       {"گذاشته شد", "set"},
	AuditPassRemoved:   {"برداشته شد", "removed"},
	AuditVerdictSame:   {"یک نفرند", "same person"},
	AuditVerdictDiff:   {"دو نفرند", "different people"},

	CLISumAudit: {"رویدادنگاری: چه کسی، کی و از کجا چه کرد یا چه دید", "the audit trail: who did or saw what, when, from where"},
	CLIUsageAudit: {`کاربرد: parvande audit [--db PATH] [--since DATE] [--until DATE] [--user LOGIN] [--center NAME] [--action NAME] [--file NUMBER] [--format table|csv] [--limit N]

تاریخ‌ها شمسی (۱۴۰۳/۰۹/۱۲) یا میلادی (2024-12-02)، هر دو سر شامل. تازه‌ترین رویداد اول می‌آید.
`, `usage: parvande audit [--db PATH] [--since DATE] [--until DATE] [--user LOGIN] [--center NAME] [--action NAME] [--file NUMBER] [--format table|csv] [--limit N]

Dates are Jalali (1403/09/12) or ISO (2024-12-02), both ends included. Newest events first.
`},
	CLIFlagSince:          {"از این روز (شمسی یا میلادی)", "from this day (Jalali or ISO)"},
	CLIFlagUntil:          {"تا این روز، خودش هم (شمسی یا میلادی)", "up to and including this day (Jalali or ISO)"},
	CLIFlagAuditUser:      {"فقط کارهای این کاربر", "only what this login did"},
	CLIFlagAuditCenter:    {"فقط رویدادهای این مرکز (نام، کد یا شماره)", "only this center's events (name, code or number)"},
	CLIFlagAuditAction:    {"فقط این کار، مثل file.view یا aid.record", "only this action, e.g. file.view or aid.record"},
	CLIFlagAuditFile:      {"فقط رویدادهای پرونده‌ای با این شماره", "only events about the file with this number"},
	CLIFlagAuditFormat:    {"قالب خروجی: table یا csv", "output format: table or csv"},
	CLIFlagAuditLimit:     {"بیشترین شمار رویدادها", "most events to list"},
	CLIAuditUnknownAction: {"کار %q شناخته نیست؛ یکی از این‌ها را بدهید: %s", "no action %q; give one of: %s"},
	CLIAuditUnknownFormat: {"قالب ناشناخته %q؛ table یا csv را بدهید", "unknown format %q; give table or csv"},
	CLIAuditBadDate:       {"--%s: %s", "--%s: %s"},
	CLIAuditBadLimit:      {"--limit باید عددی بزرگ‌تر از صفر باشد، نه %q", "--limit needs a number above zero, not %q"},
	CLIAuditNoFile:        {"پرونده‌ای با شمارهٔ %q نیست؛ شماره را همان‌طور که روی پرونده است بدهید (مثل TUS-1403-0042)", "no file has the number %q; give it as the file shows it (e.g. TUS-1403-0042)"},
	CLIAuditNone:          {"رویدادی با این شرط‌ها نیست", "no events match"},
	CLIAuditMore:          {"(بیش از %d رویداد؛ با --limit بیشتر ببینید یا بازه را تنگ‌تر کنید)", "(more than %d events; raise --limit or narrow the filters)"},
}
