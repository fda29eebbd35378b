package i18n

// The command line: help, usage with examples, results and its own errors.
const (
	CLITitle          Key = "cli.title"
	CLIUsageLine      Key = "cli.usage_line"
	CLICommands       Key = "cli.commands"
	CLINone           Key = "cli.none"
	CLIFooterDB       Key = "cli.footer_db"
	CLIFooterHelp     Key = "cli.footer_help"
	CLIFlags          Key = "cli.flags"
	CLIUnknownCommand Key = "cli.unknown_command"
	CLIFailed         Key = "cli.failed"

	CLISumRun     Key = "cli.sum.run"
	CLISumImport  Key = "cli.sum.import"
	CLISumExport  Key = "cli.sum.export"
	CLISumBackup  Key = "cli.sum.backup"
	CLISumRestore Key = "cli.sum.restore"
	CLISumCheck   Key = "cli.sum.check"
	CLISumDemo    Key = "cli.sum.demo"
	CLISumVersion Key = "cli.sum.version"

	CLIUsageRun     Key = "cli.usage.run"
	CLIUsageImport  Key = "cli.usage.import"
	CLIUsageExport  Key = "cli.usage.export"
	CLIUsageBackup  Key = "cli.usage.backup"
	CLIUsageRestore Key = "cli.usage.restore"
	CLIUsageCheck   Key = "cli.usage.check"
	CLIUsageDemo    Key = "cli.usage.demo"
	CLIUsageVersion Key = "cli.usage.version"

	CLIFlagDB            Key = "cli.flag.db"
	CLIFlagLang          Key = "cli.flag.lang"
	CLIFlagCreateCenters Key = "cli.flag.create_centers"
	CLIFlagCenter        Key = "cli.flag.center"
	CLIFlagExportCenter  Key = "cli.flag.export_center"
	CLIFlagDryRun        Key = "cli.flag.dry_run"
	CLIFlagSheet         Key = "cli.flag.sheet"
	CLIFlagReport        Key = "cli.flag.report"
	CLIFlagTo            Key = "cli.flag.to"
	CLIFlagBackupTo      Key = "cli.flag.backup_to"
	CLIFlagFrom          Key = "cli.flag.from"
	CLIFlagFormat        Key = "cli.flag.format"
	CLIFlagHeaderLang    Key = "cli.flag.header_lang"
	CLIFlagFiles         Key = "cli.flag.files"

	CLINeedTo         Key = "cli.need_to"
	CLINeedFrom       Key = "cli.need_from"
	CLINeedOneSheet   Key = "cli.need_one_sheet"
	CLIBothCenters    Key = "cli.both_centers"
	CLINoDatabase     Key = "cli.no_database"
	CLICannotRead     Key = "cli.cannot_read"
	CLIUnknownCenter  Key = "cli.unknown_center"
	CLIUnknownFormat  Key = "cli.unknown_format"
	CLIBadHeaderLang  Key = "cli.bad_header_lang"
	CLIBackupDone     Key = "cli.backup_done"
	CLIRestored       Key = "cli.restored"
	CLIProblems       Key = "cli.problems"
	CLINoProblems     Key = "cli.no_problems"
	CLIExported       Key = "cli.exported"
	CLIDemoDone       Key = "cli.demo_done"
	CLIDemoNotEmpty   Key = "cli.demo_not_empty"
	CLIRejectsWritten Key = "cli.rejects_written"
	CLIProgressImport Key = "cli.progress_import"

	CLIImportDone      Key = "cli.import.done"
	CLIImportDry       Key = "cli.import.dry"
	CLIImportCounts    Key = "cli.import.counts"
	CLIImportWould     Key = "cli.import.would"
	CLIImportRejected  Key = "cli.import.rejected"
	CLICentersCreated  Key = "cli.import.centers_created"
	CLICentersToCreate Key = "cli.import.centers_to_create"
	CLICentersUnknown  Key = "cli.import.centers_unknown"
	CLIColumnsKept     Key = "cli.import.columns_kept"
	CLIFlagged         Key = "cli.import.flagged"
	CLIWarnings        Key = "cli.import.warnings"
	CLIRejectReasons   Key = "cli.import.reject_reasons"
	CLIRejectsKeptOnly Key = "cli.import.rejects_kept_only"
)

var cliMsgs = map[Key]text{
	CLITitle:          {"پرونده — پرونده‌های خانوار برای مراکز نیکوکاری محله", "parvande — case files for neighborhood charity centers"},
	CLIUsageLine:      {"کاربرد: parvande [فرمان] [گزینه‌ها]", "usage: parvande [command] [flags]"},
	CLICommands:       {"فرمان‌ها:", "commands:"},
	CLINone:           {"(هیچ)", "(none)"},
	CLIFooterDB:       {"همه فرمان‌ها --db PATH می‌گیرند (پیش‌فرض $PARVANDE_DB، وگرنه پوشه داده‌های کاربر).", "Every command takes --db PATH (default $PARVANDE_DB, else the per-user data directory)."},
	CLIFooterHelp:     {"برای گزینه‌ها و نمونه‌های هر فرمان: parvande COMMAND --help", "Run 'parvande COMMAND --help' for a command's flags and examples."},
	CLIFlags:          {"گزینه‌ها:", "flags:"},
	CLIUnknownCommand: {"فرمان ناشناخته %q؛ فهرست فرمان‌ها: parvande help", "unknown command %q; run 'parvande help'"},
	CLIFailed:         {"parvande %s: %s", "parvande %s: %s"},

	CLISumRun:     {"باز کردن میز کار (پیش‌فرض)", "open the workstation (the default)"},
	CLISumImport:  {"ورود خانوارها از برگه CSV یا XLSX", "import a CSV or XLSX sheet of households"},
	CLISumExport:  {"خروجی خانوارها به CSV یا XLSX", "export households to CSV or XLSX"},
	CLISumBackup:  {"پشتیبان‌گیری امن حتی هنگام کار", "copy the database safely while it is in use"},
	CLISumRestore: {"جایگزینی پایگاه داده با پشتیبانی سالم", "replace the database with a checked backup"},
	CLISumCheck:   {"بررسی آسیب‌دیدگی پایگاه داده", "check a database for damage"},
	CLISumDemo:    {"پر کردن پایگاه داده خالی با داده نمونه", "fill an empty database with demo data"},
	CLISumVersion: {"نمایش نسخه", "print the version"},

	CLIUsageRun: {`کاربرد: parvande [--db PATH] [--lang fa|en]

میز کار را باز می‌کند. روی پایگاه داده خالی، داده نمونه یا راه‌اندازی کوتاه
(نخستین مرکز و مدیر سامانه) پیشنهاد می‌کند و سپس ورود می‌خواهد.

نمونه‌ها:
  parvande
  parvande --db /srv/parvande.db --lang en
`, `usage: parvande [--db PATH] [--lang fa|en]

Opens the workstation. On an empty database it offers demo data or a short
setup (the first center and an administrator); then it asks you to log in.

examples:
  parvande
  parvande --db /srv/parvande.db --lang en
`},
	CLIUsageImport: {`کاربرد: parvande import [--db PATH] [--create-centers | --center NAME] [--dry-run] [--report FILE] SHEET

خانوارها را از برگه CSV یا XLSX وارد می‌کند. سرستون‌ها فارسی یا انگلیسی و به
هر ترتیبی می‌توانند باشند؛ ستون‌های اضافه در یادداشت پرونده نگه داشته می‌شوند.
CSV می‌تواند UTF-8 (با یا بی BOM)، UTF-16 یا Windows-1256 باشد. ستون ردیف
مرجع بیرونی هر پرونده می‌شود، پس ورود دوباره همان برگه چیزی را دوبار نمی‌سازد.
برگه خراب پیش از هر نوشتنی رد می‌شود؛ ردیفی فقط وقتی رد می‌شود که پرونده
نسازد (بی‌نام، مرکز ناشناخته) و هر ردیف ردشده در گزارش می‌آید.

نمونه‌ها:
  parvande import --create-centers beneficiaries.csv
  parvande import --center "کانون نیکوکاری گلشهر" --dry-run list.xlsx
  parvande import --create-centers --report rejected.csv sheet.csv
`, `usage: parvande import [--db PATH] [--create-centers | --center NAME] [--dry-run] [--report FILE] SHEET

Imports households from a CSV or XLSX sheet. Headers may be Persian or English,
in any order; extra columns are kept in the file's notes. CSV may be UTF-8
(with or without BOM), UTF-16 or Windows-1256. The row-number column (ردیف)
becomes each file's external reference, so importing the same sheet again
creates nothing twice. A broken sheet is refused before anything is written;
a row is rejected only when it cannot form a file (no name, unknown center),
and every rejected row is listed in the report.

examples:
  parvande import --create-centers beneficiaries.csv
  parvande import --center "کانون نیکوکاری گلشهر" --dry-run list.xlsx
  parvande import --create-centers --report rejected.csv sheet.csv
`},
	CLIUsageExport: {`کاربرد: parvande export [--db PATH] --to FILE [--format csv|xlsx] [--lang fa|en] [--center NAME]

خانوارها را در برگه CSV (UTF-8 با BOM، آن‌طور که Excel می‌خواهد) یا XLSX با
سرستون فارسی یا انگلیسی می‌نویسد. قالب از پسوند فایل می‌آید مگر --format
چیز دیگری بگوید. آنچه بیرون می‌رود بی‌تغییر دوباره وارد می‌شود.

نمونه‌ها:
  parvande export --to households.xlsx
  parvande export --to households.csv --lang en --center GLS
`, `usage: parvande export [--db PATH] --to FILE [--format csv|xlsx] [--lang fa|en] [--center NAME]

Writes households to a CSV (UTF-8 with BOM, as Excel expects) or XLSX sheet,
with Persian or English headers. The format follows the file's extension
unless --format says otherwise. What is exported imports back unchanged.

examples:
  parvande export --to households.xlsx
  parvande export --to households.csv --lang en --center GLS
`},
	CLIUsageBackup: {`کاربرد: parvande backup [--db PATH] --to FILE

از پایگاه داده، حتی هنگام کار، رونوشت می‌گیرد و رونوشت را باز و بررسی می‌کند؛
FILE فقط وقتی پدید می‌آید که بررسی درست باشد.

نمونه‌ها:
  parvande backup --to /media/usb/parvande-1403-09-12.db
  PARVANDE_DB=/srv/parvande.db parvande backup --to backup.db
`, `usage: parvande backup [--db PATH] --to FILE

Copies the database to FILE while it may be in use, then opens the copy and
checks it; FILE appears only when the check passed.

examples:
  parvande backup --to /media/usb/parvande-1403-09-12.db
  PARVANDE_DB=/srv/parvande.db parvande backup --to backup.db
`},
	CLIUsageRestore: {`کاربرد: parvande restore [--db PATH] --from FILE

پایگاه داده را با یک پشتیبان جایگزین می‌کند. پشتیبان نخست بررسی و اگر آسیب
دیده باشد رد می‌شود؛ پایگاه داده پیشین با نام PATH.before-restore می‌ماند.

نمونه:
  parvande restore --from /media/usb/parvande-1403-09-12.db
`, `usage: parvande restore [--db PATH] --from FILE

Replaces the database with a backup. The backup is checked first and refused
if damaged; the database it replaces is kept as PATH.before-restore.

example:
  parvande restore --from /media/usb/parvande-1403-09-12.db
`},
	CLIUsageCheck: {`کاربرد: parvande check [--db PATH]

ساختار فایل پایگاه داده و نمایه‌های پرونده را بررسی می‌کند. اگر مشکلی باشد
فهرستش را می‌نویسد و با کد ۱ پایان می‌یابد.

نمونه:
  parvande check --db /srv/parvande.db
`, `usage: parvande check [--db PATH]

Checks the database file's structure and parvande's own indexes. Exits 1 and
lists the problems when any are found.

example:
  parvande check --db /srv/parvande.db
`},
	CLIUsageDemo: {`کاربرد: parvande demo [--db PATH] [--files N]

در پایگاه داده خالی مرکزها، کارکنان، خانوارها، بازدیدها و کمک‌های نمونه
(همه ساختگی) می‌سازد. گذرواژه همه کاربران نمونه %s است.

نمونه‌ها:
  parvande demo --db /tmp/try.db && parvande --db /tmp/try.db
  parvande demo --files 5000
`, `usage: parvande demo [--db PATH] [--files N]

Creates demo centers, staff, households, visits and aid in an empty database
(all invented). Every demo user's password is %s.

examples:
  parvande demo --db /tmp/try.db && parvande --db /tmp/try.db
  parvande demo --files 5000
`},
	CLIUsageVersion: {"کاربرد: parvande version\n", "usage: parvande version\n"},

	CLIFlagDB:            {"فایل پایگاه داده", "database file"},
	CLIFlagLang:          {"زبان صفحه‌ها: fa یا en (پیش‌فرض: تنظیم شما، وگرنه LANG)", "language of the screens: fa or en (default: your setting, else LANG)"},
	CLIFlagCreateCenters: {"مرکزهایی را که برگه نام می‌برد و پایگاه داده ندارد بساز", "create centers the sheet names that the database does not know"},
	CLIFlagCenter:        {"همه ردیف‌ها را در این مرکز بگذار (نام، کد یا شماره)", "put every row into this center (name, code or number)"},
	CLIFlagExportCenter:  {"فقط پرونده‌های این مرکز (نام، کد یا شماره)", "only this center's files (name, code or number)"},
	CLIFlagDryRun:        {"همه‌چیز را بخوان و بررسی کن، چیزی ننویس", "read and check everything, write nothing"},
	CLIFlagSheet:         {"برگه XLSX (نام یا شماره؛ پیش‌فرض نخستین)", "XLSX sheet to read (name or number; the first by default)"},
	CLIFlagReport:        {"ردیف‌های ردشده را در این CSV بنویس (پیش‌فرض SHEET.rejected.csv)", "write rejected rows to this CSV (default: SHEET.rejected.csv when any)"},
	CLIFlagTo:            {"فایلی که نوشته می‌شود (لازم)", "file to write (required)"},
	CLIFlagBackupTo:      {"فایل پشتیبان (لازم)", "backup file to write (required)"},
	CLIFlagFrom:          {"فایل پشتیبانی که بازگردانده می‌شود (لازم)", "backup file to restore (required)"},
	CLIFlagFormat:        {"csv یا xlsx (پیش‌فرض: از پسوند فایل)", "csv or xlsx (default: from the file's extension)"},
	CLIFlagHeaderLang:    {"زبان سرستون‌ها: fa یا en", "header language: fa or en"},
	CLIFlagFiles:         {"شمار خانوارها", "number of households"},

	CLINeedTo:         {"بگویید کجا نوشته شود: --to FILE", "say where to write: --to FILE"},
	CLINeedFrom:       {"بگویید کدام پشتیبان بازگردانده شود: --from FILE", "say which backup to restore: --from FILE"},
	CLINeedOneSheet:   {"یک برگه برای ورود بدهید، مانند: parvande import sheet.csv", "give one sheet to import, e.g. parvande import sheet.csv"},
	CLIBothCenters:    {"یا --create-centers بدهید یا --center، نه هر دو", "give either --create-centers or --center, not both"},
	CLINoDatabase:     {"پایگاه داده‌ای در %s نیست؛ --db درست را بدهید، یا با parvande demo یا parvande import یکی بسازید", "no database at %s; give the right --db, or create one with 'parvande demo' or 'parvande import'"},
	CLICannotRead:     {"%s خوانده نمی‌شود: %s", "cannot read %s: %s"},
	CLIUnknownCenter:  {"مرکز %q شناخته نیست؛ نام، کد یا شماره‌اش را همان‌طور که در پایگاه داده است بدهید", "no center %q; give its name, code or number as the database knows it"},
	CLIUnknownFormat:  {"قالب %s معلوم نیست؛ --format csv یا --format xlsx بدهید", "cannot tell the format of %s; give --format csv or --format xlsx"},
	CLIBadHeaderLang:  {"--lang باید fa یا en باشد، نه %q", "--lang must be fa or en, not %q"},
	CLIBackupDone:     {"پشتیبان نوشته و بررسی شد: %s", "backup written and checked: %s"},
	CLIRestored:       {"%s از %s بازگردانده شد", "restored %s from %s"},
	CLIProblems:       {"%d مشکل پیدا شد؛ آخرین پشتیبان سالم را با parvande restore بازگردانید", "%d problems found; restore the last good backup with 'parvande restore'"},
	CLINoProblems:     {"%s: مشکلی پیدا نشد", "%s: no problems found"},
	CLIExported:       {"%d پرونده در %s نوشته شد", "%d files exported to %s"},
	CLIDemoDone:       {"داده نمونه در %s نوشته شد\nکاربران: %s — گذرواژه %s", "demo data written to %s\nusers: %s, password %s"},
	CLIDemoNotEmpty:   {"داده نمونه فقط در پایگاه داده خالی نوشته می‌شود؛ این یکی کاربر دارد. --db دیگری بدهید", "demo data goes only into an empty database; this one already has users. Give another --db"},
	CLIRejectsWritten: {"ردیف‌های ردشده با شماره خط و دلیل: %s", "rejected rows with line numbers and reasons: %s"},
	CLIProgressImport: {"ورود", "importing"},

	CLIImportDone:      {"%s: %d ردیف در %s وارد شد", "%s: imported %d data rows in %s"},
	CLIImportDry:       {"%s: %d ردیف در %s بررسی شد (آزمایشی، چیزی نوشته نشد)", "%s: checked %d data rows in %s (dry run, nothing written)"},
	CLIImportCounts:    {"  ساخته %d، به‌روز %d، بی‌تغییر %d", "  created %d, updated %d, unchanged %d"},
	CLIImportWould:     {"  %d پرونده وارد می‌شد", "  would import %d files"},
	CLIImportRejected:  {"  ردشده %d، ردیف خالی %d", "  rejected %d, empty rows skipped %d"},
	CLICentersCreated:  {"  مرکزهای ساخته‌شده (%d): %s", "  centers created (%d): %s"},
	CLICentersToCreate: {"  مرکزهایی که ساخته می‌شد (%d): %s", "  centers to create (%d): %s"},
	CLICentersUnknown:  {"  مرکزهای ناشناخته (%d): %s", "  unknown centers (%d): %s"},
	CLIColumnsKept:     {"  ستون‌هایی که در یادداشت نگه داشته شد: %s", "  columns kept in notes: %s"},
	CLIFlagged:         {"  مقدارهای نشان‌دار (همان‌طور که نوشته شده نگه داشته شد): %s", "  flagged values (kept as typed): %s"},
	CLIWarnings:        {"  هشدارها: %s", "  warnings: %s"},
	CLIRejectReasons:   {"  دلیل‌های رد: %s", "  rejections by reason: %s"},
	CLIRejectsKeptOnly: {"  (فقط %d ردیف ردشده نخست نگه داشته شد)", "  (only the first %d rejected rows are kept)"},
}
