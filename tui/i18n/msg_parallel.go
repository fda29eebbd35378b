package i18n

// The parallel-aid report: families aided by more than one center in a period.

const (
	TitleParallel Key = "parallel.title"
	HelpParallel  Key = "help.list.parallel"

	ParPreparing  Key = "parallel.preparing"
	ParNone       Key = "parallel.none"
	ParSummary    Key = "parallel.summary"
	ParPeriod     Key = "parallel.period"
	ParAllCenters Key = "parallel.all_centers"
	ParLinked     Key = "parallel.linked"
	ParLikely     Key = "parallel.likely"
	ParCardOnly   Key = "parallel.card_only"
	ParFiles      Key = "parallel.files"
	ParWhen       Key = "parallel.when"
	ParRange      Key = "parallel.range"

	ParColFamily Key = "parallel.col.family"
	ParColName   Key = "parallel.col.name"
	ParColCenter Key = "parallel.col.center"
	ParColTimes  Key = "parallel.col.times"
	ParColLast   Key = "parallel.col.last"
	ParColAmount Key = "parallel.col.amount"
	ParColTotal  Key = "parallel.col.total"
	ParColBasis  Key = "parallel.col.basis"
	ParColAid    Key = "parallel.col.aid"

	ParFieldFrom    Key = "parallel.field.from"
	ParFieldTo      Key = "parallel.field.to"
	ParFieldPath    Key = "parallel.field.path"
	ParAskPeriod    Key = "parallel.ask_period"
	ParAskExport    Key = "parallel.ask_export"
	ParDateHint     Key = "parallel.date_hint"
	ParPathHint     Key = "parallel.path_hint"
	ParNeedFullDate Key = "parallel.need_full_date"
	ParOrder        Key = "parallel.order"
	ParPathFormat   Key = "parallel.path_format"
	ParExported     Key = "parallel.exported"
	ParExportEmpty  Key = "parallel.export_empty"

	HelpParPeriod Key = "help.parallel.period"
	HelpParCenter Key = "help.parallel.center"
	HelpParExport Key = "help.parallel.export"
	HelpParSubmit Key = "help.parallel.submit"
	HelpParCancel Key = "help.parallel.cancel"

	CLISumReport           Key = "cli.sum.report"
	CLIUsageReport         Key = "cli.usage.report"
	CLIFlagReportFrom      Key = "cli.flag.report_from"
	CLIFlagReportTo        Key = "cli.flag.report_to"
	CLIFlagReportCenter    Key = "cli.flag.report_center"
	CLIFlagReportFormat    Key = "cli.flag.report_format"
	CLIReportUnknown       Key = "cli.report.unknown"
	CLIReportBadDate       Key = "cli.report.bad_date"
	CLIReportFullDate      Key = "cli.report.full_date"
	CLIReportOrder         Key = "cli.report.order"
	CLIReportUnknownFormat Key = "cli.report.unknown_format"
	CLIReportXLSXOut       Key = "cli.report.xlsx_out"
	CLIReportSummary       Key = "cli.report.summary"
	CLIReportWritten       Key = "cli.report.written"
)

var parallelMsgs = map[Key]text{
	TitleParallel: {"کمک موازی", "Parallel aid"},
	HelpParallel:  {"کمک موازی", "parallel aid"},

	ParPreparing:  {"در حال آماده کردن گزارش کمک موازی…", "Preparing the parallel-aid report…"},
	ParNone:       {"در این بازه هیچ خانواده‌ای از بیش از یک مرکز کمک نگرفته است.", "No family received aid from more than one center in this period."},
	ParSummary:    {"%d خانواده · %s · %s · جمع %s", "%d families · %s · %s · total %s"},
	ParPeriod:     {"از %s تا %s", "%s to %s"},
	ParAllCenters: {"همه مراکز", "all centers"},
	ParLinked:     {"پیوند", "linked"},
	ParLikely:     {"محتمل", "likely"},
	ParCardOnly:   {"(کارت)", "(card)"},
	ParFiles:      {"پرونده‌ها: %s", "files: %s"},
	ParWhen:       {"%s %d بار، %s", "%s %d×, %s"},
	ParRange:      {"%s تا %s", "%s to %s"},

	ParColFamily: {"ردیف", "#"},
	ParColName:   {"نام", "name"},
	ParColCenter: {"مرکز", "center"},
	ParColTimes:  {"دفعات", "times"},
	ParColLast:   {"آخرین", "last"},
	ParColAmount: {"مبلغ", "amount"},
	ParColTotal:  {"جمع", "total"},
	ParColBasis:  {"مبنا", "basis"},
	ParColAid:    {"کمک هر مرکز (تومان)", "aid by center (toman)"},

	ParFieldFrom:    {"از تاریخ", "From"},
	ParFieldTo:      {"تا تاریخ", "To"},
	ParFieldPath:    {"فایل", "File"},
	ParAskPeriod:    {"بازه گزارش", "Report period"},
	ParAskExport:    {"خروجی گزارش (پسوند ‎.csv یا ‎.xlsx قالب را تعیین می‌کند)", "Export the report (.csv or .xlsx sets the format)"},
	ParDateHint:     {"مثل ۱۴۰۳/۰۷/۰۱", "e.g. 2024-09-22 or 1403/07/01"},
	ParPathHint:     {"نشانی فایل؛ اگر پوشه ندهید در پوشه کنونی نوشته می‌شود", "path of the file; without a folder it goes in the current folder"},
	ParNeedFullDate: {"روز، ماه و سال را کامل بنویسید، مثل ۱۴۰۳/۰۷/۰۱", "write the whole date, day included, e.g. 2024-09-22"},
	ParOrder:        {"«از تاریخ» بعد از «تا تاریخ» است؛ جایشان را عوض کنید", "the start is after the end; swap them"},
	ParPathFormat:   {"نام فایل باید به ‎.csv یا ‎.xlsx ختم شود", "the file name must end in .csv or .xlsx"},
	ParExported:     {"گزارش %d خانواده در %s نوشته شد", "report of %d families written to %s"},
	ParExportEmpty:  {"گزارش خالی است؛ چیزی برای نوشتن نیست", "the report is empty; nothing to write"},

	HelpParPeriod: {"بازه", "period"},
	HelpParCenter: {"مرکز", "center"},
	HelpParExport: {"خروجی", "export"},
	HelpParSubmit: {"تأیید", "apply"},
	HelpParCancel: {"انصراف", "cancel"},

	CLISumReport: {"گزارش‌ها: کمک موازی (خانواده‌هایی که از چند مرکز کمک گرفته‌اند)", "reports: parallel aid (families aided by more than one center)"},
	CLIUsageReport: {`کاربرد: parvande report parallel [--db PATH] [--from DATE] [--to DATE] [--center NAME] [--format csv|xlsx|table] [--out FILE] [--lang fa|en]

خانواده‌هایی را که در بازه از بیش از یک مرکز کمک گرفته‌اند، با مبلغ هر مرکز، می‌نویسد.
خانواده یعنی پرونده‌هایی که بازبین پیوند داده یا موتور همانندی «احتمالاً» یکی دانسته است.
تاریخ‌ها شمسی (۱۴۰۳/۰۷/۰۱) یا میلادی (2024-09-22)؛ بی‌آن‌ها سه ماه شمسی اخیر.
قالب از پسوند --out معلوم می‌شود؛ بی --out جدولی روی صفحه. مبلغ‌ها در برگه به ریال و تومان.

مثال:
  parvande report parallel --from 1403/07/01 --to 1403/09/30
  parvande report parallel --center توس --out موازی.xlsx
`, `usage: parvande report parallel [--db PATH] [--from DATE] [--to DATE] [--center NAME] [--format csv|xlsx|table] [--out FILE] [--lang fa|en]

Lists the families that received aid from more than one center in the period, with the
amount each center gave. A family is files linked by a reviewer or paired "likely" or
above by the duplicate engine. Dates are Jalali (1403/07/01) or ISO (2024-09-22); without
them, the last three Solar Hijri months. The format follows --out's extension; without
--out, a table on the terminal. Sheets give amounts in Rial and in Toman.

examples:
  parvande report parallel --from 1403/07/01 --to 1403/09/30
  parvande report parallel --center TUS --out parallel.xlsx
`},
	CLIFlagReportFrom:      {"نخستین روز بازه (شمسی یا میلادی)", "first day of the period (Jalali or ISO)"},
	CLIFlagReportTo:        {"آخرین روز بازه (شمسی یا میلادی)", "last day of the period (Jalali or ISO)"},
	CLIFlagReportCenter:    {"فقط خانواده‌هایی که این مرکز پرونده‌ای از آن‌ها دارد یا به آن‌ها کمک داده (نام، کد یا شماره)", "only families this center has a file of or gave aid to (name, code or number)"},
	CLIFlagReportFormat:    {"قالب: csv، xlsx یا table (پیش‌فرض: از پسوند --out، وگرنه table)", "format: csv, xlsx or table (default: from --out's extension, else table)"},
	CLIReportUnknown:       {"گزارش %q نداریم؛ گزارش‌ها: parallel", "no report %q; the reports are: parallel"},
	CLIReportBadDate:       {"--%s %q: %s", "--%s %q: %s"},
	CLIReportFullDate:      {"--%s %q: روز، ماه و سال را کامل بدهید، مثل 1403/07/01", "--%s %q: give the whole date, day included, e.g. 1403/07/01 or 2024-09-22"},
	CLIReportOrder:         {"--from %s بعد از --to %s است؛ جایشان را عوض کنید", "--from %s is after --to %s; swap them"},
	CLIReportUnknownFormat: {"قالب ناشناخته %q؛ csv، xlsx یا table را بدهید", "unknown format %q; give csv, xlsx or table"},
	CLIReportXLSXOut:       {"xlsx را نمی‌شود روی صفحه نوشت؛ --out FILE.xlsx بدهید", "xlsx cannot go to the terminal; give --out FILE.xlsx"},
	CLIReportSummary:       {"%d خانواده از بیش از یک مرکز کمک گرفته‌اند، %s تا %s؛ جمع %s", "%d families aided by more than one center, %s to %s; total %s"},
	CLIReportWritten:       {"در %s نوشته شد.", "written to %s."},
}
